#include "pressuretracker.h"

#include <QCoreApplication>

namespace mechdock::monitor {

namespace {
constexpr double kBoundaries[] = {50.0, 70.0, 85.0}; // lower edges of Medium, High, Critical
}

QString pressureName(PressureLevel level) {
    switch (level) {
    case PressureLevel::Low:
        return QStringLiteral("Low");
    case PressureLevel::Medium:
        return QStringLiteral("Medium");
    case PressureLevel::High:
        return QStringLiteral("High");
    case PressureLevel::Critical:
        return QStringLiteral("Critical");
    }
    return QStringLiteral("Low");
}

PressureTracker::PressureTracker(double hysteresisPercent)
    : m_hysteresis(hysteresisPercent) {}

PressureLevel PressureTracker::levelFor(double usagePercent) {
    int level = 0;
    for (double b : kBoundaries)
        level += usagePercent >= b ? 1 : 0;
    return PressureLevel(level);
}

PressureLevel PressureTracker::update(double usagePercent) {
    const PressureLevel raw = levelFor(usagePercent);
    if (int(raw) >= int(m_level)) {
        m_level = raw;
        return m_level;
    }
    // Going down: step down while usage is clearly below the current level's lower edge.
    while (int(m_level) > int(raw) && usagePercent < kBoundaries[int(m_level) - 1] - m_hysteresis)
        m_level = PressureLevel(int(m_level) - 1);
    return m_level;
}

} // namespace mechdock::monitor
