// SnowflakeAge: creation time from an id, the wait beyond the usual transit under a skewed host
// clock, and no age at all for ids it cannot judge.
#include "discord/snowflakeage.h"

#include <QTest>

using namespace mechdock::discord;

namespace {
QString snowflakeAt(qint64 epochMs, int increment = 0) {
    return QString::number((quint64(epochMs - SnowflakeAge::kDiscordEpochMs) << 22) |
                           quint64(increment));
}
} // namespace

class TestSnowflakeAge : public QObject {
    Q_OBJECT
private slots:
    void creationTimeOfDiscordsExample() {
        // The example of Discord's reference: 2016-04-30 11:18:25.796 UTC.
        QCOMPARE(SnowflakeAge::creationEpochMs(QStringLiteral("175928847299117063")).value(),
                 1462015105796LL);
        QVERIFY(!SnowflakeAge::creationEpochMs(QStringLiteral("abc")).has_value());
        QVERIFY(!SnowflakeAge::creationEpochMs(QString()).has_value());
    }

    void waitIsMeasuredAgainstTheUsualTransitUnderASkewedClock() {
        SnowflakeAge age;
        const qint64 created = 1'800'000'000'000LL;
        // The host clock runs 4 s ahead and the trip takes 30 ms: that is the baseline.
        QCOMPARE(age.waitedMs(snowflakeAt(created), created + 4030).value(), 0);
        // The next one waited 2.7 s here beyond it.
        QCOMPARE(age.waitedMs(snowflakeAt(created + 1000, 1), created + 1000 + 4030 + 2700).value(),
                 2700);
        // A quicker trip lowers the baseline.
        QCOMPARE(age.waitedMs(snowflakeAt(created + 2000, 2), created + 2000 + 4010).value(), 0);
        QCOMPARE(age.waitedMs(snowflakeAt(created + 3000, 3), created + 3000 + 4030).value(), 20);
    }

    void baselineIsForgottenAfterAMinute() {
        SnowflakeAge age;
        const qint64 created = 1'800'000'000'000LL;
        QCOMPARE(age.waitedMs(snowflakeAt(created), created + 10).value(), 0);
        // A clock stepped forward 5 s is learnt again once the old minute has passed.
        const qint64 later = created + 120'000;
        QCOMPARE(age.waitedMs(snowflakeAt(later), later + 5010).value(), 0);
        QCOMPARE(age.waitedMs(snowflakeAt(later + 500, 1), later + 500 + 5010).value(), 0);
    }

    void idsItCannotJudgeGiveNoAge() {
        SnowflakeAge age;
        const qint64 now = 1'800'000'000'000LL;
        QVERIFY(!age.waitedMs(QStringLiteral("not-an-id"), now).has_value());
        // An id from 2015 (a test's fixed id, or a host clock years off): no guess.
        QVERIFY(!age.waitedMs(QStringLiteral("900000000000000001"), now).has_value());
        QVERIFY(!age.waitedMs(snowflakeAt(now + 11 * 60 * 1000), now).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSnowflakeAge)
#include "tst_discord_snowflakeage.moc"
