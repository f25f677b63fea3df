// SpeedMapping: from power to the animation shown. Speed level 0..100 is power relative to the
// cost of the next level-up; the animation speed runs linearly from minSpeedPercent (level 0) to
// maxSpeedPercent (level 100), quantized to speedStepPercent so that small power changes map to
// the same cached animation (seed 000). No power shows the rest animation at 100 %.
#pragma once

#include "mech/animationkey.h"
#include "mech/mechstate.h"

namespace mechdock::mech {

struct AnimationChoice {
    AnimationKind kind = AnimationKind::Rest;
    int speedPercent = 100;

    bool operator==(const AnimationChoice &other) const = default;
};

class SpeedMapping {
public:
    // 0..100; the top level (no next level) measures against the L10 -> L11 cost.
    static int speedLevel(const MechState &state);
    // Unquantized speed in percent for a speed level (0..100).
    static double rawSpeedPercent(int speedLevel, const MechRules &rules);
    // Rounds to the nearest multiple of the step (halves up), kept inside [min, max] on step
    // multiples; 100 % is always a step when the step divides 100.
    static int quantize(double percent, const MechRules &rules);
    static int speedPercent(int speedLevel, const MechRules &rules);
    // What the mech shows in `state` (already decayed to the moment of interest).
    static AnimationChoice choose(const MechState &state, const MechRules &rules);
    static AnimationKey keyFor(const MechState &state, const MechRules &rules, AnimationSize size);
};

} // namespace mechdock::mech
