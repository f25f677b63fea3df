// `mechdock schedule preview`: output format (ISO 8601 with offset, one a line), --tz, --from
// (with and without offset), --count, DST in the printed offsets, "never", and exit code 2 with
// an error pointing at the offending field.
#include "scheduler/schedulecli.h"

#include "common/clock.h"

#include <QtTest>

using namespace mechdock;
using namespace mechdock::scheduler;

namespace {

struct Outcome {
    int code;
    QString out;
    QString err;
};

Outcome run(const QStringList &args) {
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-03-28T12:00:00Z"), Qt::ISODate)
                          .toMSecsSinceEpoch());
    ScheduleCli cli(&clock);
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = cli.run(args, o, e);
    return {code, out, err};
}

} // namespace

class TestSchedulerScheduleCli : public QObject {
    Q_OBJECT
private slots:
    void previewAcrossSpringForward() {
        const Outcome r = run({"preview", "30 2 * * *", "--tz", "Europe/Berlin", "--count", "3"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("2026-03-29T03:00:00+02:00\n"
                                       "2026-03-30T02:30:00+02:00\n"
                                       "2026-03-31T02:30:00+02:00\n"));
        QVERIFY(r.err.isEmpty());
    }

    void calendarFormsAndFrom() {
        Outcome r = run({"schedule", "preview", "monthly 31 02:00", "--tz=UTC",
                         "--from=2026-01-31T03:00:00Z", "--count=3"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("2026-02-28T02:00:00+00:00\n"
                                       "2026-03-31T02:00:00+00:00\n"
                                       "2026-04-30T02:00:00+00:00\n"));
        // Without an offset, --from is a wall time in --tz.
        r = run({"preview", "weekly", "mon,fri", "18:00", "--tz", "America/New_York", "--from",
                 "2026-03-06T18:00:00", "--count", "2"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("2026-03-09T18:00:00-04:00\n2026-03-13T18:00:00-04:00\n"));
        r = run({"preview", "yearly 12-24 20:00", "--tz", "Asia/Kolkata", "--count", "1"});
        QCOMPARE(r.out, QStringLiteral("2026-12-24T20:00:00+05:30\n"));
        // A one-time schedule prints its single run even when more are asked for.
        r = run({"preview", "once 2026-12-24T20:00", "--tz", "Europe/Berlin"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("2026-12-24T20:00:00+01:00\n"));
        // Default count is 5.
        r = run({"preview", "daily 07:30", "--tz", "UTC"});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 5);
    }

    void errors() {
        Outcome r = run({"preview", "0 0 32 * *", "--tz", "UTC"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("day-of-month"), qPrintable(r.err));
        QVERIFY(r.err.contains("\"32\""));
        QVERIFY2(r.err.contains(QStringLiteral("\n  0 0 32 * *\n      ^^\n")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = run({"preview", "daily 07:30", "--tz", "Nowhere/City"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("Nowhere/City"));
        r = run({"preview", "daily 07:30", "--count", "0"});
        QCOMPARE(r.code, 2);
        r = run({"preview", "daily 07:30", "--from", "yesterday"});
        QCOMPARE(r.code, 2);
        r = run({"preview"});
        QCOMPARE(r.code, 2);
        r = run({"frobnicate"});
        QCOMPARE(r.code, 2);
        r = run({});
        QCOMPARE(r.code, 2);
        r = run({"preview", "daily 07:30", "--bogus"});
        QCOMPARE(r.code, 2);
        r = run({"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("preview"));
    }

    void never() {
        const Outcome r = run({"preview", "0 0 30 2 *", "--tz", "UTC"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("never"));
        const Outcome past = run({"preview", "once 2020-01-01T00:00", "--tz", "UTC"});
        QCOMPARE(past.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestSchedulerScheduleCli)
#include "tst_scheduler_schedulecli.moc"
