// Re-timing animated WebP files: every DDC animation in tests/data and a grid of generated ones
// (lossy and lossless, with and without alpha, 1 to 120 frames, 1x1 to 333x201) at five speeds,
// decoded frame by frame and compared byte for byte with the input; durations checked against
// retimedDuration() and against libwebp's demuxer; and hostile files (truncated, oversized
// chunks, missing padding, no frames, huge canvas, too many frames, still images, not WebP) each
// rejected with its own message.
#include "mech/animationinfo.h"
#include "mech/animationretimer.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <webp/decode.h>
#include <webp/demux.h>
#include <webp/encode.h>
#include <webp/mux.h>

#include <cmath>
#include <limits>

using namespace mechdock::mech;

namespace {

struct Generated {
    QByteArray bytes;
    QList<int> durations;
};

// The pixel pattern changes every frame, so the encoder never merges two frames.
void fillFrame(WebPPicture *pic, int frame, bool alpha) {
    for (int y = 0; y < pic->height; ++y) {
        for (int x = 0; x < pic->width; ++x) {
            const uint32_t r = uint32_t(x * 7 + frame * 13) & 0xff;
            const uint32_t g = uint32_t(y * 5 + frame * 3) & 0xff;
            const uint32_t b = uint32_t(x + y + frame * 29) & 0xff;
            const uint32_t a = alpha ? (uint32_t(x * 11 + y * 3 + frame * 17) & 0xff) : 0xff;
            pic->argb[y * pic->argb_stride + x] = a << 24 | r << 16 | g << 8 | b;
        }
    }
}

// Building files by hand, for one-frame animations and hostile cases.

QByteArray le(quint32 v, int bytes) {
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
    return out;
}

QByteArray chunk(const char *tag, const QByteArray &payload) {
    QByteArray c = QByteArray(tag, 4) + le(quint32(payload.size()), 4) + payload;
    if (payload.size() % 2)
        c.append('\0');
    return c;
}

QByteArray riff(const QByteArray &body) {
    return QByteArray("RIFF") + le(quint32(body.size() + 4), 4) + QByteArray("WEBP") + body;
}

// WebPAnimEncoder and WebPMux both turn a one-frame animation into a still image; build a real
// one-frame animation by hand from the still's image chunks, as other tools write them.
QByteArray asAnimation(const QByteArray &still, int width, int height, int duration, int loop) {
    const bool extended = still.mid(12, 4) == "VP8X";
    const QByteArray image = still.mid(extended ? 30 : 12);
    WebPBitstreamFeatures features;
    WebPGetFeatures(reinterpret_cast<const uint8_t *>(still.constData()), size_t(still.size()),
                    &features);
    const bool alpha = features.has_alpha != 0;
    const QByteArray header = QByteArray(1, char(0x02 | (alpha ? 0x10 : 0))) + QByteArray(3, '\0') +
                              le(width - 1, 3) + le(height - 1, 3);
    const QByteArray frame = le(0, 3) + le(0, 3) + le(width - 1, 3) + le(height - 1, 3) +
                             le(duration, 3) + QByteArray(1, '\0') + image;
    return riff(chunk("VP8X", header) + chunk("ANIM", le(0, 4) + le(loop, 2)) +
                chunk("ANMF", frame));
}

Generated generate(int width, int height, int frames, bool lossless, bool alpha, int loop) {
    WebPAnimEncoderOptions options;
    WebPAnimEncoderOptionsInit(&options);
    options.anim_params.loop_count = loop;
    WebPAnimEncoder *encoder = WebPAnimEncoderNew(width, height, &options);
    WebPConfig config;
    WebPConfigInit(&config);
    config.lossless = lossless ? 1 : 0;
    config.quality = lossless ? 0 : 60;
    config.method = 0;
    WebPPicture pic;
    WebPPictureInit(&pic);
    pic.use_argb = 1;
    pic.width = width;
    pic.height = height;
    WebPPictureAlloc(&pic);
    Generated g;
    int timestamp = 0;
    for (int f = 0; f < frames; ++f) {
        fillFrame(&pic, f, alpha);
        WebPAnimEncoderAdd(encoder, &pic, timestamp, &config);
        // Odd and varied durations, so rounding is exercised.
        const int duration = 33 + (f * 37) % 97;
        g.durations.append(duration);
        timestamp += duration;
    }
    WebPAnimEncoderAdd(encoder, nullptr, timestamp, nullptr);
    WebPData data;
    WebPDataInit(&data);
    WebPAnimEncoderAssemble(encoder, &data);
    g.bytes = QByteArray(reinterpret_cast<const char *>(data.bytes), qsizetype(data.size));
    WebPDataClear(&data);
    WebPPictureFree(&pic);
    WebPAnimEncoderDelete(encoder);
    if (frames == 1 && !AnimationInspector::inspect(g.bytes, nullptr, nullptr))
        g.bytes = asAnimation(g.bytes, width, height, g.durations.first(), loop);
    return g;
}

// Durations and loop count as libwebp's own demuxer reads them: an independent check.
struct Demuxed {
    bool ok = false;
    int loop = -1;
    QList<int> durations;
};

Demuxed demux(const QByteArray &bytes) {
    Demuxed d;
    WebPData data{reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())};
    WebPDemuxer *demuxer = WebPDemux(&data);
    if (!demuxer)
        return d;
    d.loop = int(WebPDemuxGetI(demuxer, WEBP_FF_LOOP_COUNT));
    WebPIterator it;
    if (WebPDemuxGetFrame(demuxer, 1, &it)) {
        do {
            d.durations.append(it.duration);
        } while (WebPDemuxNextFrame(&it));
        WebPDemuxReleaseIterator(&it);
    }
    WebPDemuxDelete(demuxer);
    d.ok = true;
    return d;
}

// Decodes both files in step and compares every composed canvas byte for byte.
void compareFrames(const QByteArray &a, const QByteArray &b, int *frames) {
    WebPData da{reinterpret_cast<const uint8_t *>(a.constData()), size_t(a.size())};
    WebPData db{reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size())};
    WebPAnimDecoderOptions options;
    WebPAnimDecoderOptionsInit(&options);
    options.color_mode = MODE_RGBA;
    WebPAnimDecoder *decA = WebPAnimDecoderNew(&da, &options);
    WebPAnimDecoder *decB = WebPAnimDecoderNew(&db, &options);
    QVERIFY(decA);
    QVERIFY(decB);
    WebPAnimInfo infoA, infoB;
    QVERIFY(WebPAnimDecoderGetInfo(decA, &infoA));
    QVERIFY(WebPAnimDecoderGetInfo(decB, &infoB));
    QCOMPARE(infoB.canvas_width, infoA.canvas_width);
    QCOMPARE(infoB.canvas_height, infoA.canvas_height);
    QCOMPARE(infoB.frame_count, infoA.frame_count);
    const size_t canvasBytes = size_t(infoA.canvas_width) * infoA.canvas_height * 4;
    int n = 0;
    while (WebPAnimDecoderHasMoreFrames(decA)) {
        QVERIFY(WebPAnimDecoderHasMoreFrames(decB));
        uint8_t *pa = nullptr;
        uint8_t *pb = nullptr;
        int ta = 0;
        int tb = 0;
        QVERIFY(WebPAnimDecoderGetNext(decA, &pa, &ta));
        QVERIFY(WebPAnimDecoderGetNext(decB, &pb, &tb));
        QVERIFY2(std::memcmp(pa, pb, canvasBytes) == 0, qPrintable(QString::number(n)));
        ++n;
    }
    QVERIFY(!WebPAnimDecoderHasMoreFrames(decB));
    WebPAnimDecoderDelete(decA);
    WebPAnimDecoderDelete(decB);
    *frames = n;
}

void checkRetime(const QByteArray &input, double speed) {
    AnimationInfo before;
    QString error;
    QVERIFY2(AnimationInspector::inspect(input, &before, &error), qPrintable(error));
    const WebpResult r = AnimationRetimer::retime(input, speed);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.data.size(), input.size());
    if (speed == 1.0)
        QCOMPARE(r.data, input);
    AnimationInfo after;
    QVERIFY2(AnimationInspector::inspect(r.data, &after, &error), qPrintable(error));
    QCOMPARE(after.width, before.width);
    QCOMPARE(after.height, before.height);
    QCOMPARE(after.frameCount, before.frameCount);
    QCOMPARE(after.loopCount, before.loopCount);
    QCOMPARE(after.hasAlpha, before.hasAlpha);
    QCOMPARE(after.lossless, before.lossless);
    QList<int> expected;
    for (int d : before.durationsMs)
        expected.append(AnimationRetimer::retimedDuration(d, speed));
    QCOMPARE(after.durationsMs, expected);
    const Demuxed demuxed = demux(r.data);
    QVERIFY(demuxed.ok);
    QCOMPARE(demuxed.durations, expected);
    QCOMPARE(demuxed.loop, before.loopCount);
    int frames = 0;
    compareFrames(input, r.data, &frames);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(frames, before.frameCount);
    // Only duration bytes may differ.
    int differing = 0;
    for (qsizetype i = 0; i < input.size(); ++i)
        differing += input[i] != r.data[i] ? 1 : 0;
    QVERIFY(differing <= 3 * before.frameCount);
}

const double kSpeeds[] = {0.7, 0.85, 1.0, 1.3, 2.0};

QByteArray vp8x(int width, int height, quint8 flags = 0x12) {
    return chunk("VP8X", QByteArray(1, char(flags)) + QByteArray(3, '\0') + le(width - 1, 3) +
                             le(height - 1, 3));
}

QByteArray anim(int loop = 0) {
    return chunk("ANIM", le(0, 4) + le(quint32(loop), 2));
}

// The chunks of a file after the RIFF header, as (tag, whole chunk with padding).
QList<QPair<QByteArray, QByteArray>> chunksOf(const QByteArray &file) {
    QList<QPair<QByteArray, QByteArray>> out;
    qsizetype pos = 12;
    while (pos + 8 <= file.size()) {
        const auto *p = reinterpret_cast<const uchar *>(file.constData() + pos);
        const quint32 size =
            quint32(p[4]) | quint32(p[5]) << 8 | quint32(p[6]) << 16 | quint32(p[7]) << 24;
        const qsizetype total = 8 + qsizetype(size) + (size & 1);
        out.append({file.mid(pos, 4), file.mid(pos, total)});
        pos += total;
    }
    return out;
}

QByteArray firstChunk(const QByteArray &file, const char *tag) {
    for (const auto &c : chunksOf(file))
        if (c.first == tag)
            return c.second;
    return {};
}

qsizetype offsetOf(const QByteArray &file, const char *tag) {
    return file.indexOf(QByteArray(tag, 4), 12);
}

} // namespace

class TestMechRetime : public QObject {
    Q_OBJECT

private slots:
    void retimedDuration() {
        QCOMPARE(AnimationRetimer::retimedDuration(125, 1.3), 96);
        QCOMPARE(AnimationRetimer::retimedDuration(125, 0.7), 179);
        QCOMPARE(AnimationRetimer::retimedDuration(125, 0.85), 147);
        QCOMPARE(AnimationRetimer::retimedDuration(125, 2.0), 63); // 62.5 rounds up
        QCOMPARE(AnimationRetimer::retimedDuration(10, 2.0), 20);
        QCOMPARE(AnimationRetimer::retimedDuration(10, 2.0, 0), 5);
        QCOMPARE(AnimationRetimer::retimedDuration(100, 1.25, 90), 90);
        QCOMPARE(AnimationRetimer::retimedDuration(10, 1.0), 10); // speed 1: file untouched
        QCOMPARE(AnimationRetimer::retimedDuration(0xFFFFFF, 0.5), 0xFFFFFF);
        QCOMPARE(AnimationRetimer::retimedDuration(104, 20 * 0.05), 104);
    }

    void sharedFiles_data() {
        // No checks here: a failure in a _data function ends the whole test run.
        QTest::addColumn<QString>("path");
        const QDir dir(mechdock::test::ddcMechDir());
        for (const QString &f : mechdock::test::ddcMechFiles())
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void sharedFiles() {
        QFETCH(QString, path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QFAIL(qPrintable(
                QStringLiteral("test file %1 cannot be read: %2").arg(path, file.errorString())));
        const QByteArray input = file.readAll();
        AnimationInfo info;
        QString error;
        QVERIFY2(AnimationInspector::inspect(input, &info, &error), qPrintable(error));
        QCOMPARE(info.frameCount, 8);
        QVERIFY(info.lossless);
        QVERIFY(info.hasAlpha);
        QCOMPARE(info.bytes, input.size());
        const Demuxed d = demux(input);
        QCOMPARE(info.durationsMs, d.durations);
        for (double speed : kSpeeds) {
            checkRetime(input, speed);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("speed %1").arg(speed)));
        }
    }

    void generated_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("frames");
        QTest::addColumn<bool>("lossless");
        QTest::addColumn<bool>("alpha");
        const QList<QPair<int, int>> sizes{{1, 1}, {17, 9}, {333, 201}};
        for (const auto &size : sizes)
            for (int frames : {1, 2, 8, 120})
                for (bool lossless : {false, true})
                    for (bool alpha : {false, true})
                        QTest::addRow("%dx%d-%df-%s-%s", size.first, size.second, frames,
                                      lossless ? "lossless" : "lossy", alpha ? "alpha" : "opaque")
                            << size.first << size.second << frames << lossless << alpha;
    }

    void generated() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, frames);
        QFETCH(bool, lossless);
        QFETCH(bool, alpha);
        const int loop = frames % 3; // 0 (forever), 1 and 2 all occur
        const Generated g = generate(width, height, frames, lossless, alpha, loop);
        AnimationInfo info;
        QString error;
        QVERIFY2(AnimationInspector::inspect(g.bytes, &info, &error), qPrintable(error));
        QCOMPARE(info.width, width);
        QCOMPARE(info.height, height);
        QCOMPARE(info.frameCount, frames);
        QCOMPARE(info.loopCount, loop);
        QCOMPARE(info.durationsMs, g.durations);
        QCOMPARE(info.lossless, lossless);
        if (alpha)
            QVERIFY(info.hasAlpha);
        for (double speed : kSpeeds) {
            checkRetime(g.bytes, speed);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("speed %1").arg(speed)));
        }
    }

    void minimumFrameDuration() {
        const Generated g = generate(17, 9, 8, true, true, 0);
        const WebpResult r = AnimationRetimer::retime(g.bytes, 10.0, 25);
        QVERIFY2(r.ok, qPrintable(r.error));
        AnimationInfo info;
        QVERIFY(AnimationInspector::inspect(r.data, &info, nullptr));
        for (int i = 0; i < info.frameCount; ++i) {
            QVERIFY(info.durationsMs[i] >= 25);
            QCOMPARE(info.durationsMs[i], qMax(25, int(std::round(g.durations[i] / 10.0))));
        }
    }

    void identitySpeedReturnsInput() {
        const Generated g = generate(17, 9, 2, false, true, 0);
        for (double speed : {1.0, 20 * 0.05, 1.0 + 1e-12}) {
            const WebpResult r = AnimationRetimer::retime(g.bytes, speed);
            QVERIFY(r.ok);
            QCOMPARE(r.data, g.bytes);
        }
        // Even at speed 1 a broken file is an error, not passed through.
        const WebpResult bad = AnimationRetimer::retime(QByteArray("not a webp"), 1.0);
        QVERIFY(!bad.ok);
        QVERIFY(bad.data.isEmpty());
    }

    void badParameters() {
        const Generated g = generate(17, 9, 2, true, false, 0);
        for (double speed : {0.0, -1.0, 10.01, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity()}) {
            const WebpResult r = AnimationRetimer::retime(g.bytes, speed);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("out of range")), qPrintable(r.error));
        }
        QVERIFY(AnimationRetimer::retime(g.bytes, 10.0).ok);
        QVERIFY(AnimationRetimer::retime(g.bytes, 0.01).ok);
        const WebpResult negative = AnimationRetimer::retime(g.bytes, 1.3, -1);
        QVERIFY(!negative.ok);
        QVERIFY(negative.error.contains(QStringLiteral("minimum frame duration")));
    }

    void hostile_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray good = generate(17, 9, 2, true, true, 0).bytes;
        const QString notWebp = QStringLiteral("not a WebP file (no RIFF/WEBP header)");
        const QString still = QStringLiteral("not an animated WebP (a still image)");
        QTest::newRow("empty") << QByteArray() << notWebp;
        QTest::newRow("text") << QByteArray("hello, this is not an image") << notWebp;
        QTest::newRow("wave") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << notWebp;
        QTest::newRow("header only")
            << QByteArray("RIFF\x04\0\0\0WEBP", 12)
            << QStringLiteral("damaged WebP file: the RIFF size is too small");

        // Still images: simple lossy, simple lossless, and extended (VP8X + ALPH + VP8).
        const QByteArray rgba(16 * 8 * 4, char(0x80));
        uint8_t *out = nullptr;
        size_t size = WebPEncodeRGB(reinterpret_cast<const uint8_t *>(rgba.constData()), 16, 8,
                                    16 * 3, 80, &out);
        QTest::newRow("still lossy")
            << QByteArray(reinterpret_cast<char *>(out), qsizetype(size)) << still;
        WebPFree(out);
        size = WebPEncodeLosslessRGBA(reinterpret_cast<const uint8_t *>(rgba.constData()), 16, 8,
                                      16 * 4, &out);
        QTest::newRow("still lossless")
            << QByteArray(reinterpret_cast<char *>(out), qsizetype(size)) << still;
        WebPFree(out);
        size = WebPEncodeRGBA(reinterpret_cast<const uint8_t *>(rgba.constData()), 16, 8, 16 * 4,
                              80, &out);
        const QByteArray extendedStill(reinterpret_cast<char *>(out), qsizetype(size));
        WebPFree(out);
        QVERIFY(extendedStill.mid(12, 4) == "VP8X");
        QTest::newRow("still extended") << extendedStill << still;

        QByteArray truncated = good.left(good.size() / 2);
        QTest::newRow("truncated")
            << truncated
            << QStringLiteral("truncated WebP file: the header announces %1 bytes but there are %2")
                   .arg(good.size())
                   .arg(truncated.size());

        const qsizetype anmf = offsetOf(good, "ANMF");
        QByteArray huge = good;
        huge.replace(anmf + 4, 4, le(0x7ffffff0u, 4));
        QTest::newRow("chunk past end")
            << huge
            << QStringLiteral(
                   "damaged WebP file: chunk \"ANMF\" at offset %1 runs past the end of the file")
                   .arg(anmf);

        // An odd-sized chunk at the end whose pad byte is missing.
        QByteArray unpadded = good + QByteArray("XTRA") + le(3, 4) + QByteArray("abc");
        unpadded.replace(4, 4, le(quint32(unpadded.size() - 8), 4));
        QTest::newRow("odd padding missing")
            << unpadded
            << QStringLiteral(
                   "damaged WebP file: chunk \"XTRA\" at offset %1 runs past the end of the file")
                   .arg(good.size());

        QTest::newRow("zero frames")
            << riff(vp8x(16, 16) + anim()) << QStringLiteral("the animation has no frames");
        QTest::newRow("no ANIM") << riff(vp8x(16, 16))
                                 << QStringLiteral(
                                        "damaged WebP file: the animation has no ANIM chunk");

        QByteArray absurd = good;
        const qsizetype vp8xAt = offsetOf(good, "VP8X");
        absurd.replace(vp8xAt + 12, 6, le(19999, 3) + le(19999, 3));
        QTest::newRow("absurd canvas")
            << absurd
            << QStringLiteral("the canvas 20000x20000 is larger than the limit of "
                              "16384x16384");

        QByteArray smallCanvas = good;
        smallCanvas.replace(vp8xAt + 12, 6, le(9, 3) + le(4, 3));
        QTest::newRow("frame outside canvas")
            << smallCanvas << QStringLiteral("damaged WebP file: frame 1 lies outside the canvas");

        const QByteArray frame = firstChunk(good, "ANMF");
        QTest::newRow("frame before ANIM")
            << riff(vp8x(17, 9) + frame + anim())
            << QStringLiteral("damaged WebP file: a frame comes before the ANIM chunk");
        QTest::newRow("two ANIM") << riff(vp8x(17, 9) + anim() + anim() + frame)
                                  << QStringLiteral(
                                         "damaged WebP file: a second or short ANIM chunk");
        QTest::newRow("image outside frame")
            << riff(vp8x(17, 9) + anim() + frame + frame.mid(24))
            << QStringLiteral("damaged WebP file: chunk \"VP8L\" outside an animation frame");
        QTest::newRow("first chunk not VP8X")
            << riff(anim() + vp8x(17, 9) + frame)
            << QStringLiteral("damaged WebP file: the first chunk must be VP8X, found \"ANIM\"");

        const QByteArray frameHeader = frame.mid(8, 16);
        QTest::newRow("frame without image")
            << riff(vp8x(17, 9) + anim() + chunk("ANMF", frameHeader + chunk("ALPH", "12")))
            << QStringLiteral("damaged WebP file: frame 1 has no image data");
        QByteArray flags = good;
        flags[vp8xAt + 8] = char(0x53);
        QTest::newRow("reserved flags")
            << flags
            << QStringLiteral("damaged WebP file: unknown feature flags in the VP8X chunk");
        QTest::newRow("alpha chunk before lossless image")
            << riff(vp8x(17, 9) + anim() +
                    chunk("ANMF", frameHeader + chunk("ALPH", "12") + frame.mid(24)))
            << QStringLiteral("damaged WebP file: misplaced alpha data in frame 1");
        QTest::newRow("unknown chunk before image")
            << riff(vp8x(17, 9) + anim() +
                    chunk("ANMF", frameHeader + chunk("XYZW", "12") + frame.mid(24)))
            << QStringLiteral(
                   "damaged WebP file: unexpected chunk \"XYZW\" before the image of frame 1");
        QTest::newRow("frame too short")
            << riff(vp8x(17, 9) + anim() + chunk("ANMF", frameHeader))
            << QStringLiteral("damaged WebP file: frame 1 is too short");
        QTest::newRow("frame sub-chunk past end")
            << riff(vp8x(17, 9) + anim() +
                    chunk("ANMF", frameHeader + QByteArray("VP8L") + le(1000, 4) + "abcd"))
            << QStringLiteral(
                   "damaged WebP file: chunk \"VP8L\" in frame 1 runs past the frame's end");
        QTest::newRow("two images in a frame")
            << riff(vp8x(17, 9) + anim() + chunk("ANMF", frame.mid(8) + frame.mid(24)))
            << QStringLiteral("damaged WebP file: frame 1 holds two images");

        QByteArray corrupt = good;
        corrupt[anmf + 8 + 16 + 8] = char(0x00); // the VP8L signature byte 0x2f
        QTest::newRow("damaged bitstream")
            << corrupt
            << QStringLiteral("damaged WebP file: the image of frame 1 is unreadable or does "
                              "not match the frame size 17x9");

        QByteArray wrongSize = good;
        wrongSize.replace(anmf + 8 + 6, 3, le(15, 3)); // announces 16 wide, image is 17
        QTest::newRow("frame size mismatch")
            << wrongSize
            << QStringLiteral("damaged WebP file: the image of frame 1 is unreadable or does "
                              "not match the frame size 16x9");

        const QByteArray tiny = firstChunk(generate(1, 1, 2, true, false, 0).bytes, "ANMF");
        QByteArray many;
        for (int i = 0; i < 10001; ++i)
            many += tiny;
        QTest::newRow("too many frames")
            << riff(vp8x(1, 1, 0x02) + anim() + many)
            << QStringLiteral("the animation has more than 10000 frames");
    }

    void hostile() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        AnimationInfo info;
        QString message;
        QVERIFY(!AnimationInspector::inspect(bytes, &info, &message));
        QCOMPARE(message, error);
        for (double speed : {1.0, 1.3}) {
            const WebpResult r = AnimationRetimer::retime(bytes, speed);
            QVERIFY(!r.ok);
            QVERIFY(r.data.isEmpty());
            QCOMPARE(r.error, error);
        }
    }

    void acceptedOddCases() {
        // A padded odd-sized unknown chunk is carried through and the file stays valid.
        const QByteArray good = generate(17, 9, 2, true, true, 0).bytes;
        QByteArray padded = good + QByteArray("XTRA") + le(3, 4) + QByteArray("abc", 4);
        padded.replace(4, 4, le(quint32(padded.size() - 8), 4));
        const WebpResult r = AnimationRetimer::retime(padded, 1.3);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.data.endsWith(QByteArray("XTRA") + le(3, 4) + QByteArray("abc", 4)));
        QVERIFY(demux(r.data).ok);
        // Exactly the frame limit is accepted.
        const QByteArray tiny = firstChunk(generate(1, 1, 2, true, false, 0).bytes, "ANMF");
        QByteArray many;
        for (int i = 0; i < 10000; ++i)
            many += tiny;
        const QByteArray limit = riff(vp8x(1, 1, 0x02) + anim() + many);
        AnimationInfo info;
        QVERIFY(AnimationInspector::inspect(limit, &info, nullptr));
        QCOMPARE(info.frameCount, 10000);
        const WebpResult fast = AnimationRetimer::retime(limit, 2.0);
        QVERIFY(fast.ok);
        QCOMPARE(demux(fast.data).durations.size(), 10000);
    }

    void everyPrefixIsRejected() {
        const QByteArray good = generate(17, 9, 2, false, true, 1).bytes;
        for (qsizetype n = 0; n < good.size(); ++n) {
            QString error;
            QVERIFY(!AnimationInspector::inspect(good.left(n), nullptr, &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void mutatedFilesNeverCrash() {
        // Random byte changes: whatever is accepted must also be accepted by libwebp's demuxer,
        // and re-timing it must keep it readable.
        const QByteArray good = generate(17, 9, 8, false, true, 0).bytes;
        QRandomGenerator rng(7);
        int accepted = 0;
        for (int i = 0; i < 5000; ++i) {
            QByteArray bytes = good;
            const int changes = 1 + int(rng.bounded(4));
            for (int c = 0; c < changes; ++c)
                bytes[qsizetype(rng.bounded(quint32(bytes.size())))] = char(rng.bounded(256));
            QString error;
            AnimationInfo info;
            if (!AnimationInspector::inspect(bytes, &info, &error)) {
                QVERIFY(!error.isEmpty());
                continue;
            }
            ++accepted;
            // On a disagreement, name the changed bytes.
            QString changed;
            for (qsizetype k = 0; k < bytes.size(); ++k)
                if (bytes[k] != good[k])
                    changed += QStringLiteral(" %1").arg(k);
            QVERIFY2(demux(bytes).ok, qPrintable(changed));
            const WebpResult r = AnimationRetimer::retime(bytes, 1.3);
            QVERIFY(r.ok);
            QVERIFY(AnimationInspector::inspect(r.data, nullptr, nullptr));
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestMechRetime)
#include "tst_mech_retime.moc"
