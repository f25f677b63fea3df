// Next-run rules: calendar kinds (short months, leap years), DST gaps and overlaps in
// Europe/Berlin, America/New_York and Australia/Lord_Howe, "never" results, the Vixie day
// rule, and the cases where croniter 1.3.5 differs by design or by quirk (see
// tst_scheduler_croniter.cpp), each pinned down explicitly here.
#include "scheduler/nextruncalculator.h"
#include "scheduler/schedulespec.h"

#include <QtTest>

using namespace mechdock::scheduler;

namespace {

QDateTime utc(const char *iso) {
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

ScheduleSpec spec(const char *text) {
    const auto r = ScheduleSpec::parse(QString::fromLatin1(text));
    if (!r.ok())
        qFatal("bad spec in test: %s", text);
    return *r.spec;
}

// The next `count` runs as ISO strings with offsets in the zone.
QStringList runs(const char *text, const char *zone, const char *after, int count) {
    const QTimeZone tz{QByteArray(zone)};
    QStringList out;
    for (const QDateTime &r : NextRunCalculator::upcoming(spec(text), tz, utc(after), count))
        out.append(r.toTimeZone(tz).toString(Qt::ISODate));
    return out;
}

} // namespace

class TestSchedulerNextRun : public QObject {
    Q_OBJECT
private slots:
    void monthlyShortMonthsRunOnLastDay() {
        QCOMPARE(runs("monthly 31 02:00", "UTC", "2026-01-31T03:00:00Z", 5),
                 (QStringList{"2026-02-28T02:00:00+00:00", "2026-03-31T02:00:00+00:00",
                              "2026-04-30T02:00:00+00:00", "2026-05-31T02:00:00+00:00",
                              "2026-06-30T02:00:00+00:00"}));
        QCOMPARE(runs("monthly 30 10:00", "Europe/Berlin", "2028-02-01T00:00:00Z", 2),
                 (QStringList{"2028-02-29T10:00:00+01:00", "2028-03-30T10:00:00+02:00"}));
        QCOMPARE(runs("monthly 15 10:00", "UTC", "2026-02-15T10:00:00Z", 1),
                 (QStringList{"2026-03-15T10:00:00+00:00"}));
    }

    void yearlyLeapDayFallsBackToFeb28() {
        QCOMPARE(runs("yearly 02-29 20:00", "UTC", "2026-01-01T00:00:00Z", 4),
                 (QStringList{"2026-02-28T20:00:00+00:00", "2027-02-28T20:00:00+00:00",
                              "2028-02-29T20:00:00+00:00", "2029-02-28T20:00:00+00:00"}));
        QCOMPARE(runs("yearly 12-24 20:00", "America/New_York", "2026-12-25T00:00:00Z", 2),
                 (QStringList{"2026-12-24T20:00:00-05:00", "2027-12-24T20:00:00-05:00"}));
        // Cron has no such rule: Feb 29 only in leap years.
        QCOMPARE(runs("0 0 29 2 *", "UTC", "2026-01-01T00:00:00Z", 2),
                 (QStringList{"2028-02-29T00:00:00+00:00", "2032-02-29T00:00:00+00:00"}));
    }

    void dailyAndWeekly() {
        QCOMPARE(runs("weekly mon,fri 18:00", "Europe/Berlin", "2026-03-25T00:00:00Z", 3),
                 (QStringList{"2026-03-27T18:00:00+01:00", "2026-03-30T18:00:00+02:00",
                              "2026-04-03T18:00:00+02:00"}));
        QCOMPARE(runs("daily 07:30", "Asia/Kolkata", "2026-06-01T02:00:00Z", 2),
                 (QStringList{"2026-06-02T07:30:00+05:30", "2026-06-03T07:30:00+05:30"}));
        // Strictly after: a start exactly on a run moves on.
        QCOMPARE(runs("daily 07:30", "UTC", "2026-06-01T07:30:00Z", 1),
                 (QStringList{"2026-06-02T07:30:00+00:00"}));
        QCOMPARE(runs("daily 07:30", "UTC", "2026-06-01T07:29:59Z", 1),
                 (QStringList{"2026-06-01T07:30:00+00:00"}));
    }

    void springForwardGapRunsAtTheJump() {
        // Berlin: 2026-03-29 02:00 CET jumps to 03:00 CEST.
        QCOMPARE(runs("30 2 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z", 2),
                 (QStringList{"2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"}));
        QCOMPARE(runs("daily 02:30", "Europe/Berlin", "2026-03-28T12:00:00Z", 1),
                 (QStringList{"2026-03-29T03:00:00+02:00"}));
        // Every skipped minute maps to the jump, which fires once.
        QCOMPARE(runs("*/15 2 * * *", "Europe/Berlin", "2026-03-29T00:00:00Z", 2),
                 (QStringList{"2026-03-29T03:00:00+02:00", "2026-03-30T02:00:00+02:00"}));
        // New York: 2026-03-08 02:00 EST jumps to 03:00 EDT.
        QCOMPARE(runs("weekly sun 02:15", "America/New_York", "2026-03-07T00:00:00Z", 2),
                 (QStringList{"2026-03-08T03:00:00-04:00", "2026-03-15T02:15:00-04:00"}));
        // Lord Howe: a 30-minute jump, 02:00 -> 02:30 on 2026-10-04.
        QCOMPARE(runs("15 2 * * *", "Australia/Lord_Howe", "2026-10-03T00:00:00Z", 2),
                 (QStringList{"2026-10-04T02:30:00+11:00", "2026-10-05T02:15:00+11:00"}));
        // A one-time task inside the gap too.
        QCOMPARE(runs("once 2026-03-29T02:45", "Europe/Berlin", "2026-03-01T00:00:00Z", 2),
                 (QStringList{"2026-03-29T03:00:00+02:00"}));
    }

    void fallBackOverlapRunsOnce() {
        // Berlin: 2026-10-25 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
        QCOMPARE(runs("30 2 * * *", "Europe/Berlin", "2026-10-24T12:00:00Z", 2),
                 (QStringList{"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"}));
        // From inside the second pass of the hour nothing repeats.
        QCOMPARE(runs("30 2 * * *", "Europe/Berlin", "2026-10-25T01:10:00Z", 1),
                 (QStringList{"2026-10-26T02:30:00+01:00"}));
        // Wildcard minutes also run once per wall time: after 02:40 CEST the next is 03:00 CET.
        QCOMPARE(runs("*/20 * * * *", "Europe/Berlin", "2026-10-25T00:30:00Z", 3),
                 (QStringList{"2026-10-25T02:40:00+02:00", "2026-10-25T03:00:00+01:00",
                              "2026-10-25T03:20:00+01:00"}));
        // New York: 2026-11-01 02:00 EDT falls back to 01:00 EST.
        QCOMPARE(runs("daily 01:30", "America/New_York", "2026-10-31T12:00:00Z", 2),
                 (QStringList{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"}));
        // Lord Howe: 02:00 (+11) falls back to 01:30 (+10:30) on 2026-04-05.
        QCOMPARE(runs("45 1 * * *", "Australia/Lord_Howe", "2026-04-04T00:00:00Z", 2),
                 (QStringList{"2026-04-05T01:45:00+11:00", "2026-04-06T01:45:00+10:30"}));
    }

    void localToUtcRules() {
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(NextRunCalculator::localToUtc(berlin, QDate(2026, 3, 29), 2 * 60 + 30),
                 utc("2026-03-29T01:00:00Z"));
        QCOMPARE(NextRunCalculator::localToUtc(berlin, QDate(2026, 10, 25), 2 * 60 + 30),
                 utc("2026-10-25T00:30:00Z"));
        QCOMPARE(NextRunCalculator::localToUtc(berlin, QDate(2026, 7, 1), 12 * 60),
                 utc("2026-07-01T10:00:00Z"));
    }

    void neverMatches() {
        const QTimeZone z("UTC");
        const QDateTime from = utc("2026-01-01T00:00:00Z");
        for (const char *never :
             {"0 0 30 2 *", "0 0 31 4,6,9,11 *", "0 0 30,31 feb *", "0 0 31 2,4,6,9,11 */7"}) {
            QVERIFY2(!NextRunCalculator::next(spec(never), z, from), never);
            QVERIFY(NextRunCalculator::provablyNever(spec(never).matcher()));
        }
        // Under the OR rule an impossible day-of-month is no proof: Mondays in February run.
        QVERIFY(!NextRunCalculator::provablyNever(spec("0 0 31 2 1").matcher()));
        QCOMPARE(runs("0 0 31 2 1", "UTC", "2026-01-01T00:00:00Z", 1),
                 (QStringList{"2026-02-02T00:00:00+00:00"}));
        // The OR rule widens an impossible day-of-month with weekdays.
        QCOMPARE(runs("0 3 30 2 tue,fri", "Asia/Kolkata", "2037-08-03T20:57:08Z", 2),
                 (QStringList{"2038-02-02T03:00:00+05:30", "2038-02-05T03:00:00+05:30"}));
        // Past one-time tasks never run again.
        QVERIFY(!NextRunCalculator::next(spec("once 2025-12-31T23:00"), z, from));
        // A rare but possible match is found, not reported as never (Feb 29 on a Monday).
        QCOMPARE(runs("0 0 29 2 *", "UTC", "2026-01-01T00:00:00Z", 1),
                 (QStringList{"2028-02-29T00:00:00+00:00"}));
    }

    void vixieDayRule() {
        // Both restricted: either day field matches (1st of the month OR Mondays).
        QCOMPARE(runs("0 0 1 * mon", "UTC", "2026-03-28T00:00:00Z", 3),
                 (QStringList{"2026-03-30T00:00:00+00:00", "2026-04-01T00:00:00+00:00",
                              "2026-04-06T00:00:00+00:00"}));
        // "*/2" starts with '*': Vixie ANDs, so only odd days that are Mondays.
        // croniter 1.3.5 by default ORs here and would give 2026-03-02 first.
        QCOMPARE(runs("0 0 */2 * 1", "UTC", "2026-03-01T00:00:00Z", 2),
                 (QStringList{"2026-03-09T00:00:00+00:00", "2026-03-23T00:00:00+00:00"}));
        // A restricted field that expands to every weekday still ORs (every day); croniter
        // 1.3.5 treats the full set as '*' and would AND (only the 7th).
        QCOMPARE(runs("0 6 7 * 1-6,0", "UTC", "2014-11-25T22:11:14Z", 2),
                 (QStringList{"2014-11-26T06:00:00+00:00", "2014-11-27T06:00:00+00:00"}));
    }

    void croniterQuirksPinned() {
        // croniter 1.3.5 skips day 1 after February for day-of-month steps; 1 is in */10.
        QCOMPARE(runs("* * */10 * *", "America/New_York", "2014-02-28T00:41:53Z", 1),
                 (QStringList{"2014-03-01T00:00:00-05:00"}));
        QCOMPARE(runs("29 13 */3 * *", "Pacific/Chatham", "2020-02-26T18:23:52Z", 3),
                 (QStringList{"2020-02-28T13:29:00+13:45", "2020-03-01T13:29:00+13:45",
                              "2020-03-04T13:29:00+13:45"}));
    }

    void searchIsBoundedAndFieldWise() {
        // A yearly-only match far ahead is found in one call (the day loop skips whole months).
        QCOMPARE(runs("0 0 29 2 mon", "UTC", "2026-01-01T00:00:00Z", 1),
                 (QStringList{"2026-02-02T00:00:00+00:00"}));
        QCOMPARE(runs("0 0 */31 2 1", "UTC", "2026-01-01T00:00:00Z", 2),
                 (QStringList{"2027-02-01T00:00:00+00:00", "2038-02-01T00:00:00+00:00"}));
    }
};

QTEST_GUILESS_MAIN(TestSchedulerNextRun)
#include "tst_scheduler_nextrun.moc"
