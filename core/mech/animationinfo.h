// AnimationInspector: what an animated WebP holds (canvas, frames, loop, alpha, lossless,
// durations, size) read from its chunk headers alone, for `mechdock anim info`, the cache and
// the transcoder's memory estimate. AnimationInfo is its result value.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mechdock::mech {

struct AnimationInfo {
    int width = 0;
    int height = 0;
    int frameCount = 0;
    int loopCount = 0; // 0: forever
    bool hasAlpha = false;
    bool lossless = false; // any frame is VP8L
    QList<int> durationsMs;
    qint64 bytes = 0;
};

class AnimationInspector {
public:
    // Validates the whole container; never decodes pixels. On failure returns false and sets
    // *error to a translated message (error may be null).
    static bool inspect(const QByteArray &webp, AnimationInfo *out, QString *error);
};

} // namespace mechdock::mech
