// MechState: decay is linear between events because the level (and with it the rate) only
// changes when an event arrives.
#include "mech/mechstate.h"

#include "mech/evolutionlevels.h"

#include <QStringList>

#include <cmath>

namespace mechdock::mech {

namespace {
constexpr double kMsPerDay = 24.0 * 60.0 * 60.0 * 1000.0;
}

qint64 MechRules::decayPerDay(int level) const {
    if (level >= EvolutionLevels::kMaxLevel && !topLevelDecays)
        return 0;
    const auto it = decayOverrides.constFind(level);
    return qMax<qint64>(0, it != decayOverrides.constEnd() ? it.value() : decayCentsPerDay);
}

MechRules MechRules::normalized() const {
    MechRules r = *this;
    r.decayCentsPerDay = qMax<qint64>(0, r.decayCentsPerDay);
    for (auto it = r.decayOverrides.begin(); it != r.decayOverrides.end(); ++it)
        it.value() = qMax<qint64>(0, it.value());
    r.speedStepPercent = qBound(1, r.speedStepPercent, 100);
    r.minSpeedPercent = qBound(1, r.minSpeedPercent, 100);
    r.maxSpeedPercent = qBound(100, r.maxSpeedPercent, 1000);
    return r;
}

QString MechRules::foldFingerprint() const {
    QStringList parts;
    parts << QString::number(decayCentsPerDay)
          << (topLevelDecays ? QStringLiteral("t") : QStringLiteral("f"));
    for (auto it = decayOverrides.constBegin(); it != decayOverrides.constEnd(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(u';');
}

int MechState::level() const {
    return EvolutionLevels::levelFor(totalCents);
}

qint64 MechState::levelProgressCents() const {
    return totalCents - EvolutionLevels::threshold(level());
}

qint64 MechState::levelCostCents() const {
    return EvolutionLevels::costToNext(level());
}

qint64 MechState::powerWholeCents() const {
    // A tiny epsilon keeps 2999.9999999 (float noise after decay) from showing as 2999.
    return qint64(std::floor(powerCents + 1e-6));
}

MechState MechState::decayedTo(qint64 nowMs, const MechRules &rules) const {
    MechState s = *this;
    if (nowMs <= atMs)
        return s;
    const double drained = double(rules.decayPerDay(level())) * double(nowMs - atMs) / kMsPerDay;
    s.powerCents = qMax(0.0, powerCents - drained);
    s.atMs = nowMs;
    return s;
}

MechState MechState::withEvent(qint64 eventId, qint64 cents, qint64 eventMs,
                               const MechRules &rules) const {
    MechState s = decayedTo(eventMs, rules);
    s.powerCents = qMax(0.0, s.powerCents + double(cents));
    s.totalCents = qMax<qint64>(0, s.totalCents + cents);
    s.lastEventId = eventId;
    ++s.eventCount;
    return s;
}

qint64 MechState::msUntilPowerOut(const MechRules &rules) const {
    const qint64 rate = rules.decayPerDay(level());
    if (powerCents <= 0.0)
        return 0;
    if (rate <= 0)
        return -1;
    return qint64(std::ceil(powerCents * kMsPerDay / double(rate)));
}

} // namespace mechdock::mech
