// WebpContainer: RIFF walk of an animated WebP. Layout (Google's container specification):
//   "RIFF" size32 "WEBP", then chunks: tag4 size32 payload [pad byte if size is odd].
//   VP8X (first): flags8 reserved24 canvasW-1 (24) canvasH-1 (24)
//   ANIM: background32 loop16
//   ANMF: x/2 (24) y/2 (24) w-1 (24) h-1 (24) duration24 flags8, then ALPH? and VP8 / VP8L.
#include "mech/webpcontainer.h"

#include <QCoreApplication>

#include <webp/decode.h>

#include <cstring>

namespace mechdock::mech {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("mechdock::mech::WebpContainer", text);
}

quint32 le16(const uchar *p) {
    return quint32(p[0]) | quint32(p[1]) << 8;
}
quint32 le24(const uchar *p) {
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16;
}
quint32 le32(const uchar *p) {
    return le24(p) | quint32(p[3]) << 24;
}

bool tagIs(const uchar *p, const char *tag) {
    return std::memcmp(p, tag, 4) == 0;
}

// A chunk tag as printable text for messages; hostile files put anything there.
QString tagText(const uchar *p) {
    QString s;
    for (int i = 0; i < 4; ++i)
        s += (p[i] >= 0x20 && p[i] < 0x7f) ? QChar(p[i]) : QChar(u'?');
    return s;
}

constexpr quint32 kChunkHeader = 8;
constexpr quint32 kAnmfHeader = 16;
constexpr uchar kFlagAnimation = 0x02;
constexpr uchar kFlagAlpha = 0x10;
constexpr uchar kKnownFlags = 0x3e; // ICC, alpha, EXIF, XMP, animation

} // namespace

void WebpContainer::writeDuration(char *data, qsizetype offset, int durationMs) {
    const quint32 v = quint32(qBound(0, durationMs, kMaxDurationMs));
    data[offset] = char(v & 0xff);
    data[offset + 1] = char((v >> 8) & 0xff);
    data[offset + 2] = char((v >> 16) & 0xff);
}

QByteArray WebpContainer::stillAsAnimation(const QByteArray &still, int durationMs, int loopCount,
                                           quint32 backgroundColor) {
    const auto *p = reinterpret_cast<const uchar *>(still.constData());
    const quint64 n = quint64(still.size());
    WebPBitstreamFeatures features;
    if (n < 12 + kChunkHeader || !tagIs(p, "RIFF") || !tagIs(p + 8, "WEBP") ||
        WebPGetFeatures(p, size_t(n), &features) != VP8_STATUS_OK || features.has_animation)
        return {};
    const quint64 riffEnd = qMin(n, quint64(le32(p + 4)) + 8);
    QByteArray image; // ALPH? + VP8/VP8L chunks, with their padding
    for (quint64 pos = 12; pos + kChunkHeader <= riffEnd;) {
        const quint32 size = le32(p + pos + 4);
        const quint64 next = pos + kChunkHeader + size + (size & 1u);
        if (next > riffEnd)
            return {};
        if (tagIs(p + pos, "ALPH") || tagIs(p + pos, "VP8 ") || tagIs(p + pos, "VP8L"))
            image.append(reinterpret_cast<const char *>(p + pos), qsizetype(next - pos));
        pos = next;
    }
    if (image.isEmpty())
        return {};
    auto le = [](QByteArray &out, quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out.append(char((v >> (8 * i)) & 0xff));
    };
    const quint32 w = quint32(features.width) - 1;
    const quint32 h = quint32(features.height) - 1;
    QByteArray out("RIFF\0\0\0\0WEBPVP8X", 16);
    le(out, 10, 4);
    out.append(char(kFlagAnimation | (features.has_alpha ? kFlagAlpha : 0)));
    le(out, 0, 3);
    le(out, w, 3);
    le(out, h, 3);
    out.append("ANIM", 4);
    le(out, 6, 4);
    le(out, backgroundColor, 4);
    le(out, quint32(qBound(0, loopCount, 0xffff)), 2);
    out.append("ANMF", 4);
    le(out, quint32(kAnmfHeader + image.size()), 4);
    le(out, 0, 6); // offset 0,0
    le(out, w, 3);
    le(out, h, 3);
    le(out, quint32(qBound(0, durationMs, kMaxDurationMs)), 3);
    out.append(char(0));
    out.append(image);
    const quint32 riffSize = quint32(out.size() - 8);
    for (int i = 0; i < 4; ++i)
        out[4 + i] = char((riffSize >> (8 * i)) & 0xff);
    return out;
}

bool WebpContainer::parse(const QByteArray &data, QString *error) {
    *this = WebpContainer();
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const quint64 n = quint64(data.size());
    if (n < 12 || !tagIs(p, "RIFF") || !tagIs(p + 8, "WEBP")) {
        *error = tr("not a WebP file (no RIFF/WEBP header)");
        return false;
    }
    const quint64 riffEnd = quint64(le32(p + 4)) + 8;
    if (riffEnd < 12 + kChunkHeader) {
        *error = tr("damaged WebP file: the RIFF size is too small");
        return false;
    }
    if (riffEnd > n) {
        *error = tr("truncated WebP file: the header announces %1 bytes but there are %2")
                     .arg(riffEnd)
                     .arg(n);
        return false;
    }

    quint64 pos = 12;
    bool first = true;
    bool seenAnim = false;
    while (pos < riffEnd) {
        if (riffEnd - pos < kChunkHeader) {
            *error = tr("truncated WebP file: incomplete chunk header at offset %1").arg(pos);
            return false;
        }
        const uchar *h = p + pos;
        const quint32 size = le32(h + 4);
        const quint64 payload = pos + kChunkHeader;
        // The pad byte after an odd-sized chunk is part of the file; libwebp requires it too.
        const quint64 next = payload + size + (size & 1u);
        if (next > riffEnd) {
            *error =
                tr("damaged WebP file: chunk \"%1\" at offset %2 runs past the end of the file")
                    .arg(tagText(h))
                    .arg(pos);
            return false;
        }
        if (first) {
            first = false;
            if (tagIs(h, "VP8 ") || tagIs(h, "VP8L")) {
                *error = tr("not an animated WebP (a still image)");
                return false;
            }
            if (!tagIs(h, "VP8X") || size < 10) {
                *error = tr("damaged WebP file: the first chunk must be VP8X, found \"%1\"")
                             .arg(tagText(h));
                return false;
            }
            const uchar flags = p[payload];
            m_canvasWidth = int(le24(p + payload + 4)) + 1;
            m_canvasHeight = int(le24(p + payload + 7)) + 1;
            if (flags & ~kKnownFlags) {
                *error = tr("damaged WebP file: unknown feature flags in the VP8X chunk");
                return false;
            }
            if (!(flags & kFlagAnimation)) {
                *error = tr("not an animated WebP (a still image)");
                return false;
            }
            if (m_canvasWidth > kMaxCanvasSide || m_canvasHeight > kMaxCanvasSide) {
                *error = tr("the canvas %1x%2 is larger than the limit of %3x%3")
                             .arg(m_canvasWidth)
                             .arg(m_canvasHeight)
                             .arg(kMaxCanvasSide);
                return false;
            }
            m_hasAlpha = (flags & kFlagAlpha) != 0;
        } else if (tagIs(h, "ANIM")) {
            if (seenAnim || size < 6) {
                *error = tr("damaged WebP file: a second or short ANIM chunk");
                return false;
            }
            seenAnim = true;
            m_backgroundColor = le32(p + payload);
            m_loopCount = int(le16(p + payload + 4));
        } else if (tagIs(h, "ANMF")) {
            if (!seenAnim) {
                *error = tr("damaged WebP file: a frame comes before the ANIM chunk");
                return false;
            }
            if (m_frames.size() >= kMaxFrames) {
                *error = tr("the animation has more than %1 frames").arg(kMaxFrames);
                return false;
            }
            if (!parseFrame(p + payload, size, qsizetype(payload), error))
                return false;
        } else if (tagIs(h, "VP8X") || tagIs(h, "VP8 ") || tagIs(h, "VP8L") || tagIs(h, "ALPH")) {
            *error =
                tr("damaged WebP file: chunk \"%1\" outside an animation frame").arg(tagText(h));
            return false;
        }
        // ICCP, EXIF, XMP and unknown chunks are carried along untouched.
        pos = next;
    }
    if (!seenAnim) {
        *error = tr("damaged WebP file: the animation has no ANIM chunk");
        return false;
    }
    if (m_frames.isEmpty()) {
        *error = tr("the animation has no frames");
        return false;
    }
    return true;
}

bool WebpContainer::parseFrame(const uchar *q, quint32 size, qsizetype payloadOffset,
                               QString *error) {
    const int index = int(m_frames.size()) + 1;
    if (size < kAnmfHeader + kChunkHeader) {
        *error = tr("damaged WebP file: frame %1 is too short").arg(index);
        return false;
    }
    const quint32 x = 2 * le24(q);
    const quint32 y = 2 * le24(q + 3);
    const quint32 w = le24(q + 6) + 1;
    const quint32 h = le24(q + 9) + 1;
    if (x + w > quint32(m_canvasWidth) || y + h > quint32(m_canvasHeight)) {
        *error = tr("damaged WebP file: frame %1 lies outside the canvas").arg(index);
        return false;
    }
    WebpFrameRecord record;
    record.durationOffset = payloadOffset + 12;
    record.durationMs = int(le24(q + 12));

    bool image = false;
    bool alpha = false;
    quint32 pos = kAnmfHeader;
    while (pos < size) {
        if (size - pos < kChunkHeader) {
            *error = tr("damaged WebP file: frame %1 ends in an incomplete chunk").arg(index);
            return false;
        }
        const uchar *c = q + pos;
        const quint32 len = le32(c + 4);
        const quint64 next = quint64(pos) + kChunkHeader + len + (len & 1u);
        if (next > size) {
            *error = tr("damaged WebP file: chunk \"%1\" in frame %2 runs past the frame's end")
                         .arg(tagText(c))
                         .arg(index);
            return false;
        }
        if (tagIs(c, "ALPH")) {
            if (image || alpha) {
                *error = tr("damaged WebP file: misplaced alpha data in frame %1").arg(index);
                return false;
            }
            alpha = true;
        } else if (tagIs(c, "VP8 ") || tagIs(c, "VP8L")) {
            if (image) {
                *error = tr("damaged WebP file: frame %1 holds two images").arg(index);
                return false;
            }
            image = true;
            record.lossless = tagIs(c, "VP8L");
            if (record.lossless && alpha) { // VP8L carries its own alpha
                *error = tr("damaged WebP file: misplaced alpha data in frame %1").arg(index);
                return false;
            }
            // Reads the bitstream header only (a few bytes), to catch frames whose image does
            // not match the size the frame announces.
            int bw = 0;
            int bh = 0;
            if (!WebPGetInfo(c, size_t(kChunkHeader) + len, &bw, &bh) || quint32(bw) != w ||
                quint32(bh) != h) {
                *error = tr("damaged WebP file: the image of frame %1 is unreadable or does not "
                            "match the frame size %2x%3")
                             .arg(index)
                             .arg(w)
                             .arg(h);
                return false;
            }
        } else if (!image) {
            // libwebp reads a frame's ALPH and image first; anything before them is damage.
            *error = tr("damaged WebP file: unexpected chunk \"%1\" before the image of frame %2")
                         .arg(tagText(c))
                         .arg(index);
            return false;
        }
        pos = quint32(next);
    }
    if (!image) {
        *error = tr("damaged WebP file: frame %1 has no image data").arg(index);
        return false;
    }
    m_anyLossless = m_anyLossless || record.lossless;
    m_frames.append(record);
    return true;
}

} // namespace mechdock::mech
