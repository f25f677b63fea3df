// NextRunCalculator: field-wise search over local wall time plus explicit DST mapping.
#include "nextruncalculator.h"

#include <algorithm>

namespace mechdock::scheduler {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr int kSearchYears = 400;

qint64 offsetAt(const QTimeZone &zone, qint64 utcSecs) {
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

struct LocalMinute {
    QDate date;
    int minute; // minute of the day
};

int firstBitFrom(quint64 bits, int from, int max) {
    for (int i = from; i <= max; ++i) {
        if ((bits >> i) & 1)
            return i;
    }
    return -1;
}

// The first local minute at or after start that the matcher accepts.
std::optional<LocalMinute> nextLocalMatch(const CronExpression &m, QDate date, int minute) {
    const quint64 months = m.bits(CronExpression::Month);
    const quint64 hours = m.bits(CronExpression::Hour);
    const quint64 minutes = m.bits(CronExpression::Minute);
    const int lastYear = date.year() + kSearchYears;
    while (date.year() <= lastYear) {
        if (!((months >> date.month()) & 1)) {
            // Jump to the first day of the next allowed month.
            int month = firstBitFrom(months, date.month() + 1, 12);
            int year = date.year();
            if (month < 0) {
                month = firstBitFrom(months, 1, 12);
                ++year;
            }
            if (month < 0)
                return std::nullopt;
            date = QDate(year, month, 1);
            minute = 0;
            continue;
        }
        if (m.dayMatches(date)) {
            int hour = minute / 60;
            int startMinute = minute % 60;
            while (hour < 24) {
                const int h = firstBitFrom(hours, hour, 23);
                if (h < 0)
                    break;
                if (h != hour)
                    startMinute = 0; // a later hour starts from its first minute
                const int mm = firstBitFrom(minutes, startMinute, 59);
                if (mm >= 0)
                    return LocalMinute{date, h * 60 + mm};
                hour = h + 1;
                startMinute = 0;
            }
        }
        date = date.addDays(1);
        minute = 0;
    }
    return std::nullopt;
}

} // namespace

QDateTime NextRunCalculator::localToUtc(const QTimeZone &zone, const QDate &date, int minuteOfDay) {
    const qint64 local =
        (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + qint64(minuteOfDay) * 60;
    // Offsets that can apply around this wall time (transitions are far more than a day apart).
    const qint64 candidates[3] = {offsetAt(zone, local - 86400), offsetAt(zone, local),
                                  offsetAt(zone, local + 86400)};
    std::optional<qint64> best;
    for (qint64 offset : candidates) {
        const qint64 utc = local - offset;
        if (offsetAt(zone, utc) == offset && (!best || utc < *best))
            best = utc;
    }
    if (!best) {
        // In a gap: the first instant whose wall time is at or after the requested one, i.e.
        // the jump itself. Wall time is monotonic across a forward jump, so bisect.
        const qint64 lowOffset = *std::min_element(candidates, candidates + 3);
        const qint64 highOffset = *std::max_element(candidates, candidates + 3);
        qint64 lo = local - highOffset; // wall time before the requested one
        qint64 hi = local - lowOffset;  // wall time at or after it
        while (hi - lo > 1) {
            const qint64 mid = lo + (hi - lo) / 2;
            if (mid + offsetAt(zone, mid) >= local)
                hi = mid;
            else
                lo = mid;
        }
        best = hi;
    }
    return QDateTime::fromSecsSinceEpoch(*best, Qt::UTC);
}

bool NextRunCalculator::provablyNever(const CronExpression &m) {
    // Under the AND rule (one day field starts with '*') a day must match the day-of-month, so
    // a day-of-month no allowed month has can never match. Under the OR rule weekdays widen it.
    const bool domRequired = !(m.domRestricted() && m.dowRestricted());
    if (!domRequired || m.clampsToMonthEnd())
        return false;
    const quint64 dom = m.bits(CronExpression::DayOfMonth);
    for (int month = 1; month <= 12; ++month) {
        if (!((m.bits(CronExpression::Month) >> month) & 1))
            continue;
        const int longest = QDate(2024, month, 1).daysInMonth(); // leap year: Feb has 29
        if (firstBitFrom(dom, 1, longest) >= 0)
            return false;
    }
    return true;
}

std::optional<QDateTime> NextRunCalculator::next(const ScheduleSpec &spec, const QTimeZone &zone,
                                                 const QDateTime &afterUtc) {
    if (!zone.isValid() || !afterUtc.isValid())
        return std::nullopt;
    if (spec.kind() == ScheduleSpec::Kind::Once) {
        const QTime t = spec.onceTime();
        const QDateTime at = localToUtc(zone, spec.onceDate(), t.hour() * 60 + t.minute());
        if (at > afterUtc)
            return at;
        return std::nullopt;
    }
    const CronExpression &matcher = spec.matcher();
    if (provablyNever(matcher))
        return std::nullopt;
    const QDateTime local = afterUtc.toTimeZone(zone);
    QDate date = local.date();
    int minute = local.time().hour() * 60 + local.time().minute() + 1;
    // Repeats only while skipping the second pass of a repeated hour (at most ~2 hours).
    for (int guard = 0; guard < 1000; ++guard) {
        if (minute >= 1440) {
            date = date.addDays(1);
            minute = 0;
        }
        const std::optional<LocalMinute> match = nextLocalMatch(matcher, date, minute);
        if (!match)
            return std::nullopt;
        const QDateTime utc = localToUtc(zone, match->date, match->minute);
        if (utc > afterUtc)
            return utc;
        date = match->date;
        minute = match->minute + 1;
    }
    return std::nullopt;
}

QList<QDateTime> NextRunCalculator::upcoming(const ScheduleSpec &spec, const QTimeZone &zone,
                                             const QDateTime &afterUtc, int count,
                                             const QDateTime &untilUtc) {
    QList<QDateTime> runs;
    QDateTime from = afterUtc;
    while (runs.size() < count) {
        const std::optional<QDateTime> run = next(spec, zone, from);
        if (!run || (untilUtc.isValid() && *run > untilUtc))
            break;
        runs.append(*run);
        from = *run;
    }
    return runs;
}

} // namespace mechdock::scheduler
