// Cron and calendar schedule parsing: accepted syntax, names, 0/7 Sunday, the Vixie day-rule
// flags, canonical text, and errors that name the field, position and text.
#include "scheduler/cronexpression.h"
#include "scheduler/schedulespec.h"

#include <QtTest>

using namespace mechdock::scheduler;

namespace {

quint64 bitsOf(std::initializer_list<int> values) {
    quint64 b = 0;
    for (int v : values)
        b |= quint64(1) << v;
    return b;
}

} // namespace

class TestSchedulerCronExpression : public QObject {
    Q_OBJECT
private slots:
    void fieldsExpand() {
        const auto r =
            CronExpression::parse(QStringLiteral("*/15 1-3,22 1,15 JAN-mar,Dec mon-FRI"));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const CronExpression &e = *r.expression;
        QCOMPARE(e.bits(CronExpression::Minute), bitsOf({0, 15, 30, 45}));
        QCOMPARE(e.bits(CronExpression::Hour), bitsOf({1, 2, 3, 22}));
        QCOMPARE(e.bits(CronExpression::DayOfMonth), bitsOf({1, 15}));
        QCOMPARE(e.bits(CronExpression::Month), bitsOf({1, 2, 3, 12}));
        QCOMPARE(e.bits(CronExpression::DayOfWeek), bitsOf({1, 2, 3, 4, 5}));
        QVERIFY(e.domRestricted());
        QVERIFY(e.dowRestricted());
    }

    void stepsAndSundays() {
        const auto r = CronExpression::parse(QStringLiteral("5/20 10-20/5 */10 * 7"));
        QVERIFY(r.ok());
        QCOMPARE(r.expression->bits(CronExpression::Minute), bitsOf({5, 25, 45}));
        QCOMPARE(r.expression->bits(CronExpression::Hour), bitsOf({10, 15, 20}));
        QCOMPARE(r.expression->bits(CronExpression::DayOfMonth), bitsOf({1, 11, 21, 31}));
        QCOMPARE(r.expression->bits(CronExpression::DayOfWeek), bitsOf({0}));
        // "*/10" starts with '*': Vixie treats it as unrestricted for the day rule.
        QVERIFY(!r.expression->domRestricted());
        for (const char *sunday : {"0", "7", "sun", "SUN", "Sun"}) {
            const auto s =
                CronExpression::parse(QStringLiteral("0 0 * * ") + QLatin1String(sunday));
            QVERIFY(s.ok());
            QCOMPARE(s.expression->bits(CronExpression::DayOfWeek), bitsOf({0}));
        }
        const auto range = CronExpression::parse(QStringLiteral("0 0 * * 5-7"));
        QCOMPARE(range.expression->bits(CronExpression::DayOfWeek), bitsOf({0, 5, 6}));
        const auto all = CronExpression::parse(QStringLiteral("0 0 * * 0-7"));
        QCOMPARE(all.expression->bits(CronExpression::DayOfWeek), quint64(0x7f));
    }

    void errorsPointAtTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("offending");
        QTest::newRow("minute range") << "60 * * * *"
                                      << "minute" << 1 << "60";
        QTest::newRow("hour") << "0 24 * * *"
                              << "hour" << 3 << "24";
        QTest::newRow("dom zero") << "0 0 0 * *"
                                  << "day-of-month" << 5 << "0";
        QTest::newRow("month name") << "0 0 1 FOO *"
                                    << "month" << 7 << "FOO";
        QTest::newRow("weekday 8") << "0 0 * * 8"
                                   << "day-of-week" << 9 << "8";
        QTest::newRow("step zero") << "*/0 * * * *"
                                   << "minute" << 3 << "0";
        QTest::newRow("reverse") << "0 5-2 * * *"
                                 << "hour" << 3 << "5-2";
        QTest::newRow("empty item") << "0 1,,2 * * *"
                                    << "hour" << 5 << "1,,2";
        QTest::newRow("name in hour") << "0 mon * * *"
                                      << "hour" << 3 << "mon";
        QTest::newRow("junk") << "0 1x * * *"
                              << "hour" << 4 << "x";
        QTest::newRow("too few") << "0 0 * *"
                                 << "expression" << 1 << "0 0 * *";
        QTest::newRow("too many") << "0 0 * * * 2026"
                                  << "extra field" << 11 << "2026";
    }

    void errorsPointAtTheField() {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(int, position);
        QFETCH(QString, offending);
        const auto r = CronExpression::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.field, field);
        QCOMPARE(r.error.position, position);
        QCOMPARE(r.error.text, offending);
        QVERIFY(!r.error.reason.isEmpty());
        QVERIFY(r.error.message().contains(field));
    }

    void calendarForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("daily") << "Daily 7:30"
                               << "daily 07:30";
        QTest::newRow("weekly") << "weekly Fri,MON 18:00"
                                << "weekly mon,fri 18:00";
        QTest::newRow("weekly range") << "weekly mon-fri 06:05"
                                      << "weekly mon,tue,wed,thu,fri 06:05";
        QTest::newRow("weekly to sunday") << "weekly sat-sun 09:00"
                                          << "weekly sat,sun 09:00";
        QTest::newRow("monthly") << "monthly 31 02:00"
                                 << "monthly 31 02:00";
        QTest::newRow("yearly") << "yearly 2-29 20:00"
                                << "yearly 02-29 20:00";
        QTest::newRow("once") << "once 2026-12-24T20:00"
                              << "once 2026-12-24T20:00";
        QTest::newRow("once split") << "once 2026-12-24 20:00"
                                    << "once 2026-12-24T20:00";
        QTest::newRow("bare cron") << "0  3 * *   sun"
                                   << "cron 0 3 * * sun";
        QTest::newRow("cron") << "CRON */5 * * * *"
                              << "cron */5 * * * *";
    }

    void calendarForms() {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto r = ScheduleSpec::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.spec->toString(), canonical);
        const auto again = ScheduleSpec::parse(r.spec->toString());
        QVERIFY(again.ok());
        QCOMPARE(again.spec->toString(), canonical);
    }

    void factories() {
        QCOMPARE(ScheduleSpec::weekly({1, 5}, QTime(18, 0)).spec->toString(),
                 QStringLiteral("weekly mon,fri 18:00"));
        QCOMPARE(ScheduleSpec::weekly({7}, QTime(8, 0)).spec->toString(),
                 QStringLiteral("weekly sun 08:00"));
        QCOMPARE(ScheduleSpec::yearly(12, 24, QTime(20, 0)).spec->toString(),
                 QStringLiteral("yearly 12-24 20:00"));
        QVERIFY(!ScheduleSpec::weekly({}, QTime(8, 0)).ok());
        QVERIFY(!ScheduleSpec::monthly(32, QTime(8, 0)).ok());
        QVERIFY(!ScheduleSpec::yearly(2, 30, QTime(8, 0)).ok());
        QVERIFY(!ScheduleSpec::daily(QTime()).ok());
    }

    void calendarErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("position");
        QTest::newRow("time") << "daily 25:00"
                              << "time" << 7;
        QTest::newRow("weekday") << "weekly mon,fry 18:00"
                                 << "weekday" << 12;
        QTest::newRow("day") << "monthly 32 02:00"
                             << "day" << 9;
        QTest::newRow("yearly day") << "yearly 04-31 02:00"
                                    << "day" << 11;
        QTest::newRow("yearly month") << "yearly 13-01 02:00"
                                      << "month" << 8;
        QTest::newRow("once date") << "once 2026-02-30T10:00"
                                   << "date" << 6;
        QTest::newRow("once time") << "once 2026-02-03T10:0"
                                   << "time" << 17;
        QTest::newRow("kind") << "hourly 10"
                              << "kind" << 1;
        QTest::newRow("missing time") << "weekly mon"
                                      << "expression" << 11;
        QTest::newRow("extra") << "daily 07:30 now"
                               << "extra field" << 13;
        QTest::newRow("cron field") << "cron 0 0 32 * *"
                                    << "day-of-month" << 10;
        QTest::newRow("empty") << "   "
                               << "expression" << 1;
    }

    void calendarErrors() {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(int, position);
        const auto r = ScheduleSpec::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.field, field);
        QCOMPARE(r.error.position, position);
        QVERIFY(!r.error.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchedulerCronExpression)
#include "tst_scheduler_cronexpression.moc"
