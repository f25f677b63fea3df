// NextRunCalculator: when a schedule next fires, as a UTC instant, in an IANA time zone.
//
// Rules (the same for every kind):
// - Matching happens on local wall-clock minutes in the task's zone.
// - A local time that does not exist (spring forward) runs at the first valid instant after it,
//   i.e. the moment the clocks jump (02:30 in Berlin on the last Sunday of March runs at 03:00
//   CEST). Several skipped minutes therefore fire once, at that instant.
// - A local time that occurs twice (fall back) runs once, at its first occurrence; during the
//   repeated hour nothing fires again for wall times that already passed.
// - The search advances field-wise (month, day, hour, minute) and is bounded to 400 years, a
//   whole Gregorian cycle, so "never" is exact: e.g. "0 0 30 2 *" returns no run.
#pragma once

#include "schedulespec.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace mechdock::scheduler {

class NextRunCalculator {
public:
    // The first run strictly after afterUtc, or nullopt when the schedule never fires again.
    static std::optional<QDateTime> next(const ScheduleSpec &spec, const QTimeZone &zone,
                                         const QDateTime &afterUtc);
    // Up to count runs after afterUtc; stops early at untilUtc when it is valid.
    static QList<QDateTime> upcoming(const ScheduleSpec &spec, const QTimeZone &zone,
                                     const QDateTime &afterUtc, int count,
                                     const QDateTime &untilUtc = QDateTime());
    // The UTC instant for a local wall time under the rules above (gap: the jump instant;
    // overlap: the first occurrence).
    static QDateTime localToUtc(const QTimeZone &zone, const QDate &date, int minuteOfDay);
    // True when a recurring matcher can never fire (checked without searching).
    static bool provablyNever(const CronExpression &matcher);
};

} // namespace mechdock::scheduler
