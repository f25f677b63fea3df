// EvolutionLevels: the cost table of DDC (reference/ddc.md, Mech) with Mechdock's level names.
#include "mech/evolutionlevels.h"

#include "common/translation.h"

#include <array>

namespace mechdock::mech {

namespace {
// Only L1 and L11 are named in DDC's documentation; the levels between follow the same arc from
// scrap to legend.
constexpr std::array<const char *, EvolutionLevels::kMaxLevel> kNames = {
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "The Rustborn Husk"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Scrapyard Walker"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Ironclad Strider"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Steel Sentinel"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Cobalt Vanguard"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Thunder Warden"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Titan Breaker"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Plasma Colossus"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Storm Dreadnought"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "Celestial Juggernaut"),
    QT_TRANSLATE_NOOP("mechdock::mech::EvolutionLevels", "OMEGA MECH"),
};
} // namespace

int EvolutionLevels::clampLevel(int level) {
    return qBound(kMinLevel, level, kMaxLevel);
}

QString EvolutionLevels::name(int level) {
    return mechdock::translate("mechdock::mech::EvolutionLevels", kNames[clampLevel(level) - 1]);
}

qint64 EvolutionLevels::costToNext(int level) {
    if (level < kMinLevel || level >= kMaxLevel)
        return 0;
    if (level == kMaxLevel - 1)
        return 10000;
    return 1000 + qint64(level - 1) * 500;
}

qint64 EvolutionLevels::threshold(int level) {
    qint64 total = 0;
    for (int l = kMinLevel; l < clampLevel(level); ++l)
        total += costToNext(l);
    return total;
}

int EvolutionLevels::levelFor(qint64 totalCents) {
    int level = kMinLevel;
    qint64 needed = 0;
    while (level < kMaxLevel) {
        needed += costToNext(level);
        if (totalCents < needed)
            break;
        ++level;
    }
    return level;
}

} // namespace mechdock::mech
