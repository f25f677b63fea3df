// PressureTracker: usage percent to a pressure level (seed 002: Low < 50 %, Medium < 70 %,
// High < 85 %, Critical), with hysteresis: a level is left downwards only a margin below its
// boundary, so memory hovering at a boundary does not flap between levels.
#pragma once

#include "memorysample.h"

namespace mechdock::monitor {

class PressureTracker {
public:
    explicit PressureTracker(double hysteresisPercent = 5.0);
    PressureLevel update(double usagePercent);
    PressureLevel level() const { return m_level; }
    static PressureLevel levelFor(double usagePercent);

private:
    double m_hysteresis;
    PressureLevel m_level = PressureLevel::Low;
};

} // namespace mechdock::monitor
