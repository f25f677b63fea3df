// ScheduleCli: `mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] [--count N]`
// prints the next N run times, one a line, as ISO 8601 with the zone's offset (like
// `systemd-analyze calendar --iterations=N`). EXPRESSION is a cron expression or a calendar
// form (see schedulespec.h): "daily 07:30", "weekly mon,fri 18:00", "monthly 31 02:00",
// "yearly 12-24 20:00", "once 2026-12-24T20:00". --tz defaults to the system zone, --from to
// now (an ISO time without offset is read in --tz), --count to 5 (1-1000).
// Exit codes: 0 runs printed, 1 the schedule never runs after --from, 2 bad usage or a bad
// expression (the message points at the field).
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mechdock {
class Clock;
}

namespace mechdock::scheduler {

class ScheduleCli {
    Q_DISABLE_COPY_MOVE(ScheduleCli)
public:
    explicit ScheduleCli(const Clock *clock = nullptr);
    // args: the words after `mechdock schedule` (a leading "schedule" is accepted too).
    int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();

private:
    const Clock *m_clock;
};

} // namespace mechdock::scheduler
