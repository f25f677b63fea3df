// ScheduleError: where and why a schedule expression was rejected (field name, 1-based
// character position in the whole expression, the offending text and the reason), so the UI,
// the CLI and Discord replies can point at the exact spot.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mechdock::scheduler {

struct ScheduleError {
    QString field;    // e.g. "day-of-month", "time", "weekday"
    int position = 0; // 1-based position in the expression; 0 when not tied to a spot
    QString text;     // the offending text
    QString reason;   // why it was rejected (translated)

    bool isError() const { return !reason.isEmpty(); }
    QString message() const {
        if (field.isEmpty())
            return reason;
        return QCoreApplication::translate("mechdock::scheduler::ScheduleError",
                                           "%1 (field %2 at position %3: \"%4\")")
            .arg(reason, field, QString::number(position), text);
    }
};

} // namespace mechdock::scheduler
