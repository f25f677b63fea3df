// EvolutionLevels: the eleven mech levels, their names and level-up costs, and the level that a
// cumulative donation total reaches. Pure functions; evolution progress never decays.
#pragma once

#include <QString>
#include <QtGlobal>

namespace mechdock::mech {

class EvolutionLevels {
public:
    static constexpr int kMinLevel = 1;
    static constexpr int kMaxLevel = 11;

    // Display name of a level (clamped into 1..11), translated.
    static QString name(int level);
    // Cents needed to climb from `level` to `level + 1`: $10 for L1, +$5 per level up to $50 for
    // L9, $100 for L10. 0 at the top level.
    static qint64 costToNext(int level);
    // Cumulative donated cents at which `level` is reached (0 for L1).
    static qint64 threshold(int level);
    // The level reached with `totalCents` donated in all (surplus carries over, so one large
    // donation can climb several levels).
    static int levelFor(qint64 totalCents);
    static int clampLevel(int level);
};

} // namespace mechdock::mech
