// ScheduleSpec: one schedule, of a calendar kind or a cron expression, parsed from and written
// back to a short text form (stored in the database, typed in the CLI and the UI):
//
//   once 2026-12-24T20:00         one local date-time (also "once 2026-12-24 20:00")
//   daily 07:30                   every day at a local time
//   weekly mon,fri 18:00          on the listed weekdays (names or ranges like mon-fri)
//   monthly 31 02:00              on a day of the month; a day the month does not have (31 in
//                                 April, 29-31 in February) runs on the month's last day
//   yearly 12-24 20:00            on month-day every year; 02-29 runs on Feb 28 in common years
//   cron 30 2 * * 1-5             a 5-field cron expression (the word "cron" is optional)
//
// Keywords, weekday and month names are case-insensitive. Times are 24-hour HH:MM in the task's
// time zone; how they map to instants (DST gaps and overlaps) is NextRunCalculator's job.
#pragma once

#include "cronexpression.h"
#include "scheduleerror.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace mechdock::scheduler {

struct SpecParseResult;

class ScheduleSpec {
public:
    enum class Kind { Once, Daily, Weekly, Monthly, Yearly, Cron };

    static SpecParseResult parse(const QString &text);

    static SpecParseResult once(const QDate &date, const QTime &time);
    static SpecParseResult daily(const QTime &time);
    // weekdays: ISO numbers 1 (Monday) to 7 (Sunday).
    static SpecParseResult weekly(const QList<int> &weekdays, const QTime &time);
    static SpecParseResult monthly(int day, const QTime &time);
    static SpecParseResult yearly(int month, int day, const QTime &time);
    static SpecParseResult cron(const QString &expression);

    Kind kind() const { return m_kind; }
    static QString kindName(Kind kind);
    // The canonical text form; parse(toString()) gives an equal spec.
    QString toString() const { return m_text; }

    // For Once: the local date-time. For the recurring kinds: the compiled matcher.
    QDate onceDate() const { return m_onceDate; }
    QTime onceTime() const { return m_onceTime; }
    const CronExpression &matcher() const { return m_matcher; }

    bool operator==(const ScheduleSpec &other) const { return m_text == other.m_text; }

private:
    Kind m_kind = Kind::Once;
    QString m_text;
    QDate m_onceDate;
    QTime m_onceTime;
    CronExpression m_matcher;
};

struct SpecParseResult {
    std::optional<ScheduleSpec> spec;
    ScheduleError error;
    bool ok() const { return spec.has_value(); }
};

} // namespace mechdock::scheduler
