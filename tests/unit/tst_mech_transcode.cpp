// Resizing animated WebP files: output canvas size, frame count, durations, loop count and alpha
// are kept; every output frame is compared with an independent reference resampling of the
// decoded input frame (alpha-weighted area average down, bilinear up); lossless stays lossless
// unless a quality is given; one-frame animations stay animations; bad input and bad
// parameters are clear errors.
#include "mech/animationinfo.h"
#include "mech/animationretimer.h"
#include "mech/animationtranscoder.h"
#include "mech/webpcontainer.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <webp/decode.h>
#include <webp/demux.h>
#include <webp/encode.h>
#include <webp/mux.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace mechdock::mech;

namespace {

struct Generated {
    QByteArray bytes;
    QList<int> durations;
};

// Smooth content with a moving feature, so frames differ and scaling has something to average;
// with alpha, a transparent band, a half-transparent ramp and opaque parts.
void fillFrame(WebPPicture *pic, int frame, bool alpha) {
    for (int y = 0; y < pic->height; ++y) {
        for (int x = 0; x < pic->width; ++x) {
            const double fx = double(x) / std::max(1, pic->width - 1);
            const double fy = double(y) / std::max(1, pic->height - 1);
            const uint32_t r = uint32_t(127.5 + 127.5 * std::sin(6.0 * fx + frame * 0.7));
            const uint32_t g = uint32_t(255.0 * fy);
            const uint32_t b = uint32_t(127.5 + 127.5 * std::cos(4.0 * (fx + fy) - frame * 0.5));
            uint32_t a = 255;
            if (alpha)
                a = fx < 0.2 ? 0 : fx < 0.6 ? uint32_t(255.0 * (fx - 0.2) / 0.4) : 255;
            pic->argb[y * pic->argb_stride + x] = a << 24 | r << 16 | g << 8 | b;
        }
    }
}

Generated generate(int width, int height, int frames, bool lossless, bool alpha, int loop) {
    WebPAnimEncoderOptions options;
    WebPAnimEncoderOptionsInit(&options);
    options.anim_params.loop_count = loop;
    WebPAnimEncoder *encoder = WebPAnimEncoderNew(width, height, &options);
    WebPConfig config;
    WebPConfigInit(&config);
    config.lossless = lossless ? 1 : 0;
    config.quality = lossless ? 10 : 90;
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
        const int duration = 41 + 10 * f;
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
    return g;
}

// Independent reference: each output pixel integrates the source over its footprint (down) or
// interpolates the four nearest centres (up), weighting colour by alpha. Premultiplied result.
std::vector<double> reference(const uint8_t *src, int sw, int sh, int dw, int dh) {
    std::vector<double> out(size_t(dw) * dh * 4, 0.0);
    auto axis = [](int s, int d, int i) {
        std::vector<std::pair<int, double>> taps;
        const double scale = double(d) / s;
        if (scale <= 1.0) {
            const double lo = i / scale;
            const double hi = std::min(double(s), (i + 1) / scale);
            for (int k = int(lo); k < s && k < hi; ++k) {
                const double w = std::min(hi, k + 1.0) - std::max(lo, double(k));
                if (w > 0)
                    taps.push_back({k, w / (hi - lo)});
            }
        } else {
            const double c = std::clamp((i + 0.5) / scale - 0.5, 0.0, double(s - 1));
            const int k0 = int(c);
            const int k1 = std::min(k0 + 1, s - 1);
            taps.push_back({k0, 1.0 - (c - k0)});
            if (k1 != k0)
                taps.push_back({k1, c - k0});
        }
        return taps;
    };
    for (int y = 0; y < dh; ++y) {
        const auto ty = axis(sh, dh, y);
        for (int x = 0; x < dw; ++x) {
            const auto tx = axis(sw, dw, x);
            double acc[4] = {0, 0, 0, 0};
            for (const auto &[sy, wy] : ty) {
                for (const auto &[sx, wx] : tx) {
                    const uint8_t *p = src + (size_t(sy) * sw + sx) * 4;
                    const double wa = wx * wy * p[3];
                    acc[0] += wa * p[0] / 255.0;
                    acc[1] += wa * p[1] / 255.0;
                    acc[2] += wa * p[2] / 255.0;
                    acc[3] += wa;
                }
            }
            std::copy(acc, acc + 4, out.begin() + (size_t(y) * dw + x) * 4);
        }
    }
    return out;
}

struct Difference {
    double mean = 0;
    double max = 0;
    double alphaMean = 0;
};

// Decodes input and output in step and compares each output canvas (premultiplied) with the
// reference resampling of the input canvas.
Difference compareWithReference(const QByteArray &input, const QByteArray &output, int *frames) {
    WebPData di{reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())};
    WebPData dout{reinterpret_cast<const uint8_t *>(output.constData()), size_t(output.size())};
    WebPAnimDecoderOptions options;
    WebPAnimDecoderOptionsInit(&options);
    options.color_mode = MODE_RGBA;
    WebPAnimDecoder *decIn = WebPAnimDecoderNew(&di, &options);
    WebPAnimDecoder *decOut = WebPAnimDecoderNew(&dout, &options);
    Difference d;
    *frames = -1;
    if (!decIn || !decOut)
        return d;
    WebPAnimInfo infoIn, infoOut;
    WebPAnimDecoderGetInfo(decIn, &infoIn);
    WebPAnimDecoderGetInfo(decOut, &infoOut);
    const int sw = int(infoIn.canvas_width);
    const int sh = int(infoIn.canvas_height);
    const int dw = int(infoOut.canvas_width);
    const int dh = int(infoOut.canvas_height);
    double sum = 0;
    double alphaSum = 0;
    qint64 samples = 0;
    int n = 0;
    while (WebPAnimDecoderHasMoreFrames(decIn) && WebPAnimDecoderHasMoreFrames(decOut)) {
        uint8_t *a = nullptr;
        uint8_t *b = nullptr;
        int ta = 0;
        int tb = 0;
        WebPAnimDecoderGetNext(decIn, &a, &ta);
        WebPAnimDecoderGetNext(decOut, &b, &tb);
        const std::vector<double> ref = reference(a, sw, sh, dw, dh);
        for (size_t i = 0; i < ref.size(); i += 4) {
            const double alpha = b[i + 3];
            for (int c = 0; c < 4; ++c) {
                const double got = c == 3 ? alpha : b[i + size_t(c)] * alpha / 255.0;
                const double diff = std::abs(got - ref[i + size_t(c)]);
                sum += diff;
                d.max = std::max(d.max, diff);
                if (c == 3)
                    alphaSum += diff;
            }
            ++samples;
        }
        ++n;
    }
    if (WebPAnimDecoderHasMoreFrames(decIn) || WebPAnimDecoderHasMoreFrames(decOut))
        n = -1;
    WebPAnimDecoderDelete(decIn);
    WebPAnimDecoderDelete(decOut);
    *frames = n;
    d.mean = samples ? sum / double(samples * 4) : 0;
    d.alphaMean = samples ? alphaSum / double(samples) : 0;
    return d;
}

} // namespace

class TestMechTranscode : public QObject {
    Q_OBJECT

private slots:
    void scaledHeight() {
        QCOMPARE(AnimationTranscoder::scaledHeight(333, 201, 100), 60);
        QCOMPARE(AnimationTranscoder::scaledHeight(640, 597, 320), 299); // 298.5 rounds up
        QCOMPARE(AnimationTranscoder::scaledHeight(1000, 1, 10), 1);     // never 0
        QCOMPARE(AnimationTranscoder::scaledHeight(17, 9, 34), 18);
    }

    void generated_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("frames");
        QTest::addColumn<bool>("lossless");
        QTest::addColumn<bool>("alpha");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("quality");
        QTest::addColumn<double>("meanTolerance");
        QTest::addColumn<double>("maxTolerance");
        // Lossless output differs from the reference by rounding to 8 bits only (mean about 0.25).
        QTest::newRow("lossless alpha down")
            << 333 << 201 << 8 << true << true << 100 << -1 << 0.3 << 1.5;
        QTest::newRow("lossless opaque down")
            << 333 << 201 << 2 << true << false << 111 << -1 << 0.3 << 1.5;
        QTest::newRow("lossless same width")
            << 333 << 201 << 2 << true << true << 333 << -1 << 0.3 << 1.5;
        QTest::newRow("lossless up") << 17 << 9 << 8 << true << true << 34 << -1 << 0.3 << 1.5;
        QTest::newRow("lossless 1x1 up") << 1 << 1 << 2 << true << false << 3 << -1 << 0.3 << 1.5;
        QTest::newRow("lossless odd down")
            << 333 << 201 << 8 << true << true << 97 << -1 << 0.3 << 1.5;
        QTest::newRow("lossy alpha down")
            << 333 << 201 << 8 << false << true << 160 << -1 << 2.5 << 30.0;
        QTest::newRow("lossy opaque down")
            << 333 << 201 << 8 << false << false << 160 << -1 << 2.5 << 30.0;
        QTest::newRow("lossless to lossy")
            << 333 << 201 << 8 << true << true << 160 << 90 << 2.5 << 30.0;
        QTest::newRow("120 frames") << 64 << 48 << 120 << true << true << 32 << -1 << 0.3 << 1.5;
    }

    void generated() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, frames);
        QFETCH(bool, lossless);
        QFETCH(bool, alpha);
        QFETCH(int, target);
        QFETCH(int, quality);
        QFETCH(double, meanTolerance);
        QFETCH(double, maxTolerance);
        const Generated g = generate(width, height, frames, lossless, alpha, 3);
        AnimationInfo in;
        QVERIFY(AnimationInspector::inspect(g.bytes, &in, nullptr));
        QCOMPARE(in.frameCount, frames);

        const WebpResult r = AnimationTranscoder::resize(g.bytes, target, quality);
        QVERIFY2(r.ok, qPrintable(r.error));
        AnimationInfo out;
        QString error;
        QVERIFY2(AnimationInspector::inspect(r.data, &out, &error), qPrintable(error));
        QCOMPARE(out.width, target);
        QCOMPARE(out.height, AnimationTranscoder::scaledHeight(width, height, target));
        QCOMPARE(out.frameCount, frames);
        QCOMPARE(out.durationsMs, g.durations);
        QCOMPARE(out.loopCount, 3);
        QCOMPARE(out.hasAlpha, alpha);
        QCOMPARE(out.lossless, lossless && quality < 0);

        int decoded = 0;
        const Difference d = compareWithReference(g.bytes, r.data, &decoded);
        QCOMPARE(decoded, frames);
        qInfo("mean %.3f max %.1f alpha mean %.3f", d.mean, d.max, d.alphaMean);
        QVERIFY2(d.mean <= meanTolerance, qPrintable(QString::number(d.mean)));
        QVERIFY2(d.max <= maxTolerance, qPrintable(QString::number(d.max)));
        if (alpha)
            QVERIFY(d.alphaMean <= meanTolerance);

        // The result re-times like any animation.
        const WebpResult faster = AnimationRetimer::retime(r.data, 1.3);
        QVERIFY2(faster.ok, qPrintable(faster.error));
    }

    void sharedFiles_data() {
        // No checks here: a failure in a _data function ends the whole test run.
        QTest::addColumn<QString>("name");
        for (const QString &f : mechdock::test::ddcMechFiles())
            QTest::newRow(qPrintable(f)) << f;
    }

    void sharedFiles() {
        QFETCH(QString, name);
        QFile file(QDir(mechdock::test::ddcMechDir()).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            QFAIL(qPrintable(QStringLiteral("test file %1 cannot be read: %2")
                                 .arg(file.fileName(), file.errorString())));
        const QByteArray input = file.readAll();
        AnimationInfo in;
        QVERIFY(AnimationInspector::inspect(input, &in, nullptr));
        const int target = in.width / 2;
        const WebpResult r = AnimationTranscoder::resize(input, target);
        QVERIFY2(r.ok, qPrintable(r.error));
        AnimationInfo out;
        QVERIFY(AnimationInspector::inspect(r.data, &out, nullptr));
        QCOMPARE(out.width, target);
        QCOMPARE(out.height, AnimationTranscoder::scaledHeight(in.width, in.height, target));
        QCOMPARE(out.frameCount, in.frameCount);
        QCOMPARE(out.durationsMs, in.durationsMs);
        QCOMPARE(out.loopCount, in.loopCount);
        QVERIFY(out.hasAlpha);
        QVERIFY(out.lossless);
        int decoded = 0;
        const Difference d = compareWithReference(input, r.data, &decoded);
        QCOMPARE(decoded, in.frameCount);
        qInfo("%s: %lld -> %lld bytes, mean %.3f max %.1f", qPrintable(name), in.bytes, out.bytes,
              d.mean, d.max);
        QVERIFY(d.mean <= 0.3);
        QVERIFY(d.max <= 1.5);
    }

    void oneFrameStaysAnimated() {
        // libwebp's encoder writes a single frame as a still image; the result must still be a
        // one-frame animation (the re-timer refuses stills). Input: a still wrapped by hand.
        std::vector<uint8_t> rgba(17 * 9 * 4);
        for (size_t i = 0; i < rgba.size(); ++i)
            rgba[i] = uint8_t(i * 7);
        uint8_t *out = nullptr;
        const size_t size = WebPEncodeLosslessRGBA(rgba.data(), 17, 9, 17 * 4, &out);
        const QByteArray still(reinterpret_cast<char *>(out), qsizetype(size));
        WebPFree(out);
        const QByteArray one = WebpContainer::stillAsAnimation(still, 250, 2, 0xff000000u);
        AnimationInfo in;
        QString error;
        QVERIFY2(AnimationInspector::inspect(one, &in, &error), qPrintable(error));
        QCOMPARE(in.frameCount, 1);
        QCOMPARE(in.durationsMs, QList<int>{250});
        QCOMPARE(in.loopCount, 2);
        QVERIFY(in.hasAlpha);
        QVERIFY(in.lossless);
        QVERIFY(WebpContainer::stillAsAnimation(one, 250, 2, 0).isEmpty()); // already animated
        QVERIFY(WebpContainer::stillAsAnimation(QByteArray("junk"), 250, 2, 0).isEmpty());

        const WebpResult r = AnimationTranscoder::resize(one, 8);
        QVERIFY2(r.ok, qPrintable(r.error));
        AnimationInfo info;
        QVERIFY2(AnimationInspector::inspect(r.data, &info, &error), qPrintable(error));
        QCOMPARE(info.width, 8);
        QCOMPARE(info.height, 4);
        QCOMPARE(info.frameCount, 1);
        QCOMPARE(info.durationsMs, QList<int>{250});
        QCOMPARE(info.loopCount, 2);
        int decoded = 0;
        const Difference d = compareWithReference(one, r.data, &decoded);
        QCOMPARE(decoded, 1);
        QVERIFY(d.max <= 2.0);
    }

    void badInput() {
        const Generated g = generate(17, 9, 2, true, false, 0);
        for (int width : {0, -5, 16385}) {
            const WebpResult r = AnimationTranscoder::resize(g.bytes, width);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("width")), qPrintable(r.error));
        }
        for (int quality : {-2, 101}) {
            const WebpResult r = AnimationTranscoder::resize(g.bytes, 8, quality);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("quality")), qPrintable(r.error));
        }
        // The height follows the aspect ratio: a tall canvas scaled up exceeds the limit.
        const Generated tall = generate(1, 3, 2, true, false, 0);
        const WebpResult tooTall = AnimationTranscoder::resize(tall.bytes, 6000);
        QVERIFY(!tooTall.ok);
        QVERIFY2(tooTall.error.contains(QStringLiteral("larger than the limit")),
                 qPrintable(tooTall.error));

        const WebpResult text = AnimationTranscoder::resize(QByteArray("plain text"), 8);
        QVERIFY(!text.ok);
        QCOMPARE(text.error, QStringLiteral("not a WebP file (no RIFF/WEBP header)"));
        const WebpResult truncated = AnimationTranscoder::resize(g.bytes.left(60), 8);
        QVERIFY(!truncated.ok);
        QVERIFY(truncated.error.startsWith(QStringLiteral("truncated WebP file")));
        const QByteArray rgba(4 * 4 * 4, char(0x40));
        uint8_t *out = nullptr;
        const size_t size = WebPEncodeLosslessRGBA(
            reinterpret_cast<const uint8_t *>(rgba.constData()), 4, 4, 16, &out);
        const QByteArray still(reinterpret_cast<char *>(out), qsizetype(size));
        WebPFree(out);
        const WebpResult stillResult = AnimationTranscoder::resize(still, 2);
        QVERIFY(!stillResult.ok);
        QCOMPARE(stillResult.error, QStringLiteral("not an animated WebP (a still image)"));
    }

    void peakEstimate() {
        AnimationInfo info;
        info.width = 640;
        info.height = 597;
        const qint64 estimate = AnimationTranscoder::estimatedPeakBytes(info, 320);
        // Input canvas three times, output frame eight times.
        QCOMPARE(estimate, 3LL * 640 * 597 * 4 + 8LL * 320 * 299 * 4);
    }
};

QTEST_GUILESS_MAIN(TestMechTranscode)
#include "tst_mech_transcode.moc"
