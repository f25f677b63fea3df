// MechState and MechRules: the mech's power and evolution as a value, and the pure functions that
// move it forward: a donation or adjustment adds to both, time only drains power (continuous
// decay, never below zero). Evolution progress does not decay, as in DDC: a level once reached
// is kept; only negative adjustments (operator corrections) can lower it.
#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

namespace mechdock::mech {

// The rules the mech follows. core/mech does not read settings itself; the service maps
// config::MechSettings onto this struct.
struct MechRules {
    qint64 decayCentsPerDay = 100;    // DDC: $1 per day
    QMap<int, qint64> decayOverrides; // level -> cents per day, replaces the default there
    bool topLevelDecays = true;       // false: L11 keeps its power forever
    int minSpeedPercent = 70;         // seed 000 (DDC's code uses 80)
    int maxSpeedPercent = 130;        // seed 000 (DDC's code uses 120)
    int speedStepPercent = 5;         // quantization step of the animation speed

    // Cents per day that drain power at `level` (0 when the level does not decay).
    qint64 decayPerDay(int level) const;
    // The same rules with out-of-range values brought into range (negative decay -> 0, step in
    // 1..100, min <= 100 <= max so that 100 % stays reachable).
    MechRules normalized() const;
    // Identifies everything that changes how events fold into a state (decay only); snapshots
    // taken under other rules are not reused.
    QString foldFingerprint() const;
};

struct MechState {
    qint64 totalCents = 0;   // evolution progress: every donation and adjustment, never decays
    double powerCents = 0.0; // power at atMs
    qint64 atMs = 0;         // UTC epoch ms the power value refers to
    qint64 lastEventId = 0;  // ledger event this state includes up to (0: none)
    qint64 eventCount = 0;

    int level() const;
    // Cents donated within the current level and the cost of the level (0 at the top).
    qint64 levelProgressCents() const;
    qint64 levelCostCents() const;
    // Power as shown to users: whole cents, rounded down.
    qint64 powerWholeCents() const;
    // No power left: the rest animation shows.
    bool isResting() const { return powerWholeCents() <= 0; }

    // The state at `nowMs` with power decayed at the current level's rate. A time before atMs
    // (a clock stepped back) decays nothing.
    MechState decayedTo(qint64 nowMs, const MechRules &rules) const;
    // Decays to `atMs`, then adds `cents` to power and evolution (negative for corrections;
    // neither goes below zero).
    MechState withEvent(qint64 eventId, qint64 cents, qint64 atMs, const MechRules &rules) const;
    // Milliseconds from atMs until power reaches zero at the current rate; -1 when it never does.
    qint64 msUntilPowerOut(const MechRules &rules) const;

    bool operator==(const MechState &other) const = default;
};

} // namespace mechdock::mech
