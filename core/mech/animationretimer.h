// AnimationRetimer: changes an animated WebP's speed by rewriting the 24-bit duration field of
// each ANMF frame in a copy of the file. No pixel is decoded or encoded, so the cost is one copy
// of the bytes and the result is pixel-identical to the input. Speed 1.0 returns the input.
#pragma once

#include "mech/webpresult.h"

#include <QByteArray>

namespace mechdock::mech {

class AnimationRetimer {
public:
    static constexpr double kMaxSpeed = 10.0;
    static constexpr int kMaxMinFrameMs = 60000;

    // new duration = max(minFrameMs, round(ms / speed)), at most the format's 24-bit limit;
    // speed in (0, 10]; minFrameMs in [0, 60000].
    static WebpResult retime(const QByteArray &webp, double speed, int minFrameMs = 20);
    // The duration retime() writes for a frame of `ms`. At speed 1.0 the file is returned as it
    // is, so this is `ms` unchanged (the minimum does not apply to the untouched file).
    static int retimedDuration(int ms, double speed, int minFrameMs = 20);
    static bool isIdentitySpeed(double speed);
};

} // namespace mechdock::mech
