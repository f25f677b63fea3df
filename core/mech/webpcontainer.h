// WebpContainer: a validating walk over the RIFF chunks of an animated WebP (VP8X + ANIM +
// ANMF frames). It reads headers only, never pixels: canvas, loop count, flags, and for each
// frame where its 24-bit duration field sits, so the re-timer can patch durations in place.
// Every chunk size is checked against the buffer before anything is read behind it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mechdock::mech {

struct WebpFrameRecord {
    qsizetype durationOffset = 0; // byte offset of the little-endian 24-bit duration field
    int durationMs = 0;
    bool lossless = false; // the frame's bitstream is VP8L
};

class WebpContainer {
public:
    // WebP's own format allows 16384 per side; more frames than this is not an animation we
    // would ever ship, only a way to make a parser allocate.
    static constexpr int kMaxCanvasSide = 16384;
    static constexpr int kMaxFrames = 10000;
    static constexpr int kMaxDurationMs = 0xFFFFFF;

    // Parses and validates the whole file. On failure returns false and sets *error (translated).
    bool parse(const QByteArray &data, QString *error);

    int canvasWidth() const { return m_canvasWidth; }
    int canvasHeight() const { return m_canvasHeight; }
    int loopCount() const { return m_loopCount; }
    quint32 backgroundColor() const { return m_backgroundColor; }
    bool hasAlpha() const { return m_hasAlpha; }
    bool anyLossless() const { return m_anyLossless; }
    const QList<WebpFrameRecord> &frames() const { return m_frames; }

    // Writes a duration (clamped to the 24-bit field) at a record's offset.
    static void writeDuration(char *data, qsizetype offset, int durationMs);

    // Wraps a still WebP image as a one-frame animation. libwebp's encoder and muxer turn
    // one-frame animations into still images, which the re-timer would then refuse. Returns an
    // empty array if `still` is not a readable still image.
    static QByteArray stillAsAnimation(const QByteArray &still, int durationMs, int loopCount,
                                       quint32 backgroundColor);

private:
    bool parseFrame(const uchar *payload, quint32 size, qsizetype payloadOffset, QString *error);

    int m_canvasWidth = 0;
    int m_canvasHeight = 0;
    int m_loopCount = 0;
    quint32 m_backgroundColor = 0;
    bool m_hasAlpha = false;
    bool m_anyLossless = false;
    QList<WebpFrameRecord> m_frames;
};

} // namespace mechdock::mech
