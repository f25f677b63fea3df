// CronExpression: a parsed 5-field cron expression (minute hour day-of-month month day-of-week)
// as bit sets, with Vixie cron's day rule: when both day fields are restricted (neither starts
// with '*'), a day matches if EITHER matches; otherwise both must match.
//
// Accepted syntax per field: '*', numbers, ranges a-b, lists a,b,c, steps */n, a-b/n and a/n
// (a/n means a-max/n). Month names JAN-DEC and weekday names SUN-SAT, case-insensitive; 0 and 7
// are both Sunday. Wrap-around ranges (e.g. FRI-MON) are rejected with a message.
#pragma once

#include "scheduleerror.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mechdock::scheduler {

struct CronParseResult;

class CronExpression {
public:
    enum Field { Minute = 0, Hour, DayOfMonth, Month, DayOfWeek, FieldCount };

    // offset: where the expression starts in a larger text (for error positions).
    static CronParseResult parse(const QString &text, int offset = 0);
    static QString fieldName(Field field);

    // Bit i set means value i is allowed (minute 0-59, hour 0-23, dom 1-31, month 1-12,
    // dow 0-6 with Sunday = 0).
    quint64 bits(Field field) const { return m_bits[field]; }
    bool domRestricted() const { return m_domRestricted; }
    bool dowRestricted() const { return m_dowRestricted; }
    bool dayMatches(const QDate &date) const;
    QString toString() const { return m_text; }

    // Builds an expression from bit sets directly (used by the calendar kinds).
    static CronExpression fromBits(quint64 minutes, quint64 hours, quint64 dom, quint64 months,
                                   quint64 dow, bool domRestricted, bool dowRestricted,
                                   const QString &text, bool clampToMonthEnd = false);
    // True for the calendar kinds' rule: a day beyond the month's length (31 in April, 29 in
    // February of a common year) runs on the month's last day instead of being skipped.
    bool clampsToMonthEnd() const { return m_clampToMonthEnd; }

private:
    quint64 m_bits[FieldCount] = {};
    bool m_domRestricted = false;
    bool m_dowRestricted = false;
    bool m_clampToMonthEnd = false;
    QString m_text;
};

struct CronParseResult {
    std::optional<CronExpression> expression;
    ScheduleError error;
    bool ok() const { return expression.has_value(); }
};

} // namespace mechdock::scheduler
