// SpeedMapping: integer arithmetic where it decides a bucket, so the same power always lands
// in the same cache entry.
#include "mech/speedmapping.h"

#include "mech/evolutionlevels.h"

#include <cmath>

namespace mechdock::mech {

int SpeedMapping::speedLevel(const MechState &state) {
    qint64 cost = EvolutionLevels::costToNext(state.level());
    if (cost <= 0)
        cost = EvolutionLevels::costToNext(EvolutionLevels::kMaxLevel - 1);
    const qint64 power = qMax<qint64>(0, state.powerWholeCents());
    return int(qMin<qint64>(100, power * 100 / cost));
}

double SpeedMapping::rawSpeedPercent(int speedLevel, const MechRules &rules) {
    const MechRules r = rules.normalized();
    const int level = qBound(0, speedLevel, 100);
    return r.minSpeedPercent + double(r.maxSpeedPercent - r.minSpeedPercent) * level / 100.0;
}

int SpeedMapping::quantize(double percent, const MechRules &rules) {
    const MechRules r = rules.normalized();
    const int step = r.speedStepPercent;
    // The lowest and highest step multiples inside [min, max].
    const int lo = (r.minSpeedPercent + step - 1) / step * step;
    const int hi = r.maxSpeedPercent / step * step;
    const int q = int(std::floor(percent / step + 0.5 + 1e-9)) * step;
    if (lo > hi) // a range narrower than one step: the nearest bound
        return qBound(r.minSpeedPercent, q, r.maxSpeedPercent);
    return qBound(lo, q, hi);
}

int SpeedMapping::speedPercent(int speedLevel, const MechRules &rules) {
    return quantize(rawSpeedPercent(speedLevel, rules), rules);
}

AnimationChoice SpeedMapping::choose(const MechState &state, const MechRules &rules) {
    if (state.isResting())
        return {AnimationKind::Rest, 100};
    return {AnimationKind::Walk, speedPercent(speedLevel(state), rules)};
}

AnimationKey SpeedMapping::keyFor(const MechState &state, const MechRules &rules,
                                  AnimationSize size) {
    const AnimationChoice c = choose(state, rules);
    return AnimationKey{state.level(), c.kind, size, c.speedPercent};
}

} // namespace mechdock::mech
