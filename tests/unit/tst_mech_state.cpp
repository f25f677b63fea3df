// Tests for the mech model's pure functions: evolution levels and costs, continuous power decay
// (default rate, per-level overrides, the top level), surplus carrying over several levels,
// speed level and speed quantization at its edges. Time comes from a ManualClock.
#include "common/clock.h"
#include "mech/evolutionlevels.h"
#include "mech/mechstate.h"
#include "mech/speedmapping.h"

#include <QtTest>

using namespace mechdock;
using namespace mechdock::mech;

namespace {
constexpr qint64 kHour = 60LL * 60 * 1000;
constexpr qint64 kDay = 24 * kHour;

MechState donated(qint64 cents, qint64 atMs, const MechRules &rules = {}) {
    return MechState{}.withEvent(1, cents, atMs, rules);
}
} // namespace

class TestMechState : public QObject {
    Q_OBJECT
private slots:
    void levelCosts() {
        const qint64 expected[] = {1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 10000};
        for (int level = 1; level <= 10; ++level)
            QCOMPARE(EvolutionLevels::costToNext(level), expected[level - 1]);
        QCOMPARE(EvolutionLevels::costToNext(11), 0);
        QCOMPARE(EvolutionLevels::costToNext(0), 0);
        QCOMPARE(EvolutionLevels::threshold(1), 0);
        QCOMPARE(EvolutionLevels::threshold(2), 1000);
        QCOMPARE(EvolutionLevels::threshold(6), 10000);
        QCOMPARE(EvolutionLevels::threshold(10), 27000);
        QCOMPARE(EvolutionLevels::threshold(11), 37000);
    }

    void levelForTotals_data() {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("level");
        QTest::newRow("nothing") << qint64(0) << 1;
        QTest::newRow("one cent short of L2") << qint64(999) << 1;
        QTest::newRow("exactly L2") << qint64(1000) << 2;
        QTest::newRow("between") << qint64(2499) << 2;
        QTest::newRow("L3") << qint64(2500) << 3;
        QTest::newRow("one cent short of L11") << qint64(36999) << 10;
        QTest::newRow("L11") << qint64(37000) << 11;
        QTest::newRow("far beyond") << qint64(10'000'000) << 11;
    }
    void levelForTotals() {
        QFETCH(qint64, total);
        QFETCH(int, level);
        QCOMPARE(EvolutionLevels::levelFor(total), level);
    }

    void levelNames() {
        QCOMPARE(EvolutionLevels::name(1), QStringLiteral("The Rustborn Husk"));
        QCOMPARE(EvolutionLevels::name(11), QStringLiteral("OMEGA MECH"));
        QSet<QString> names;
        for (int level = 1; level <= 11; ++level)
            names.insert(EvolutionLevels::name(level));
        QCOMPARE(names.size(), 11);
        QCOMPARE(EvolutionLevels::name(0), EvolutionLevels::name(1));
        QCOMPARE(EvolutionLevels::name(99), EvolutionLevels::name(11));
    }

    void surplusClimbsSeveralLevels() {
        ManualClock clock;
        const MechState s = donated(10000, clock.epochMs()); // $100 at L1
        QCOMPARE(s.level(), 6);
        QCOMPARE(s.levelProgressCents(), 0);
        QCOMPARE(s.levelCostCents(), 3500);
        QCOMPARE(s.powerWholeCents(), 10000);

        const MechState t = donated(9999, clock.epochMs());
        QCOMPARE(t.level(), 5);
        QCOMPARE(t.levelProgressCents(), 9999 - 7000);
        // Small donations add up across a level boundary too.
        MechState u;
        for (int i = 0; i < 4; ++i)
            u = u.withEvent(i + 1, 300, clock.epochMs(), MechRules{});
        QCOMPARE(u.level(), 2);
        QCOMPARE(u.levelProgressCents(), 200);
        QCOMPARE(u.eventCount, 4);
        QCOMPARE(u.lastEventId, 4);
    }

    void decayOverHoursAndDays() {
        ManualClock clock;
        const MechRules rules; // 100 cents per day
        const MechState s = donated(1000, clock.epochMs(), rules);
        clock.advanceMs(12 * kHour);
        MechState now = s.decayedTo(clock.epochMs(), rules);
        QCOMPARE(now.powerWholeCents(), 950);
        QCOMPARE(now.totalCents, 1000); // evolution does not decay
        QCOMPARE(now.level(), 2);
        clock.advanceMs(kHour); // 13 h: 54.1666 cents gone
        now = s.decayedTo(clock.epochMs(), rules);
        QCOMPARE(now.powerWholeCents(), 945);
        QVERIFY(qAbs(now.powerCents - (1000.0 - 100.0 * 13.0 / 24.0)) < 1e-6);
        clock.advanceMs(3 * kDay - 13 * kHour); // 3 days in all
        QCOMPARE(s.decayedTo(clock.epochMs(), rules).powerWholeCents(), 700);
        clock.advanceMs(30 * kDay); // far past zero: clamps, never negative
        now = s.decayedTo(clock.epochMs(), rules);
        QCOMPARE(now.powerCents, 0.0);
        QVERIFY(now.isResting());
        QCOMPARE(now.level(), 2);
        QCOMPARE(now.levelProgressCents(), 0);
    }

    void decayIsContinuousAcrossSteps() {
        // Decaying in many small steps lands where one big step does.
        const MechRules rules;
        const MechState s = donated(5000, 0, rules);
        MechState stepped = s;
        for (int i = 1; i <= 48; ++i)
            stepped = stepped.decayedTo(i * kHour, rules);
        const MechState direct = s.decayedTo(48 * kHour, rules);
        QVERIFY(qAbs(stepped.powerCents - direct.powerCents) < 1e-6);
        QCOMPARE(direct.powerWholeCents(), 4800);
    }

    void donationAfterDecay() {
        const MechRules rules;
        MechState s = donated(500, 0, rules);
        s = s.withEvent(2, 200, 2 * kDay, rules); // 300 left, then +200
        QCOMPARE(s.powerWholeCents(), 500);
        QCOMPARE(s.totalCents, 700);
        s = s.withEvent(3, 100, 10 * kDay, rules); // drained to 0 first, not below
        QCOMPARE(s.powerWholeCents(), 100);
        QCOMPARE(s.totalCents, 800);
    }

    void perLevelOverrides() {
        MechRules rules;
        rules.decayOverrides.insert(2, 400);
        rules.decayOverrides.insert(3, 0);
        QCOMPARE(rules.decayPerDay(1), 100);
        QCOMPARE(rules.decayPerDay(2), 400);
        QCOMPARE(rules.decayPerDay(3), 0);
        const MechState l2 = donated(1500, 0, rules);
        QCOMPARE(l2.level(), 2);
        QCOMPARE(l2.decayedTo(kDay, rules).powerWholeCents(), 1100);
        const MechState l3 = donated(2500, 0, rules);
        QCOMPARE(l3.level(), 3);
        QCOMPARE(l3.decayedTo(100 * kDay, rules).powerWholeCents(), 2500);
        QCOMPARE(l3.msUntilPowerOut(rules), -1);
        const MechState l1 = donated(50, 0, rules);
        QCOMPARE(l1.decayedTo(kDay / 4, rules).powerWholeCents(), 25);
        QCOMPARE(l1.msUntilPowerOut(rules), kDay / 2);
        // Negative overrides are clamped by normalized().
        MechRules bad;
        bad.decayCentsPerDay = -5;
        bad.decayOverrides.insert(4, -1);
        QCOMPARE(bad.normalized().decayPerDay(1), 0);
        QCOMPARE(bad.normalized().decayPerDay(4), 0);
    }

    void topLevel() {
        MechRules rules;
        rules.topLevelDecays = false;
        const MechState top = donated(40000, 0, rules);
        QCOMPARE(top.level(), 11);
        QCOMPARE(top.levelCostCents(), 0);
        QCOMPARE(top.decayedTo(365 * kDay, rules).powerWholeCents(), 40000);
        // Overrides do not revive decay at a top level that does not decay.
        rules.decayOverrides.insert(11, 500);
        QCOMPARE(rules.decayPerDay(11), 0);
        rules.topLevelDecays = true;
        QCOMPARE(rules.decayPerDay(11), 500);
        rules.decayOverrides.clear();
        QCOMPARE(top.decayedTo(10 * kDay, rules).powerWholeCents(), 39000);
        // L10 decays whatever the top-level option says.
        rules.topLevelDecays = false;
        QCOMPARE(donated(30000, 0, rules).decayedTo(kDay, rules).powerWholeCents(), 29900);
    }

    void clockSteppedBack() {
        const MechRules rules;
        const MechState s = donated(1000, 10 * kDay, rules);
        const MechState back = s.decayedTo(9 * kDay, rules);
        QCOMPARE(back.powerWholeCents(), 1000);
        QCOMPARE(back.atMs, 10 * kDay);
    }

    void negativeAdjustments() {
        const MechRules rules;
        MechState s = donated(2500, 0, rules);
        QCOMPARE(s.level(), 3);
        s = s.withEvent(2, -2000, 0, rules);
        QCOMPARE(s.totalCents, 500);
        QCOMPARE(s.level(), 1);
        QCOMPARE(s.powerWholeCents(), 500);
        s = s.withEvent(3, -9000, 0, rules);
        QCOMPARE(s.totalCents, 0);
        QCOMPARE(s.powerCents, 0.0);
    }

    void speedLevel() {
        const MechRules rules;
        QCOMPARE(SpeedMapping::speedLevel(donated(0, 0)), 0);
        QCOMPARE(SpeedMapping::speedLevel(donated(1, 0)), 0);
        QCOMPARE(SpeedMapping::speedLevel(donated(500, 0)), 50); // L1: 500 of 1000
        QCOMPARE(SpeedMapping::speedLevel(donated(999, 0)), 99);
        // L2 at 1000: measured against the L2 -> L3 cost (1500).
        QCOMPARE(SpeedMapping::speedLevel(donated(1000, 0)), 66);
        QCOMPARE(SpeedMapping::speedLevel(donated(1500, 0)), 100);
        QCOMPARE(SpeedMapping::speedLevel(donated(2499, 0)), 100); // capped
        // Top level: against the L10 -> L11 cost.
        MechState top = donated(37000, 0);
        top.powerCents = 5000;
        QCOMPARE(SpeedMapping::speedLevel(top), 50);
        // Decay lowers it over time.
        const MechState s = donated(800, 0, rules).decayedTo(3 * kDay, rules);
        QCOMPARE(SpeedMapping::speedLevel(s), 50);
    }

    void speedPercentRange() {
        MechRules rules; // 70..130, step 5
        QCOMPARE(SpeedMapping::speedPercent(0, rules), 70);
        QCOMPARE(SpeedMapping::speedPercent(50, rules), 100);
        QCOMPARE(SpeedMapping::speedPercent(100, rules), 130);
        QCOMPARE(SpeedMapping::speedPercent(-5, rules), 70);
        QCOMPARE(SpeedMapping::speedPercent(500, rules), 130);
        QCOMPARE(SpeedMapping::rawSpeedPercent(25, rules), 85.0);
        // Every level maps to a multiple of the step inside the range, monotonically.
        int previous = 0;
        for (int level = 0; level <= 100; ++level) {
            const int p = SpeedMapping::speedPercent(level, rules);
            QCOMPARE(p % 5, 0);
            QVERIFY(p >= 70 && p <= 130);
            QVERIFY(p >= previous);
            previous = p;
        }
        rules.speedStepPercent = 10;
        for (int level = 0; level <= 100; ++level)
            QCOMPARE(SpeedMapping::speedPercent(level, rules) % 10, 0);
        QCOMPARE(SpeedMapping::speedPercent(50, rules), 100);
    }

    void quantizationEdges_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("minPercent");
        QTest::addColumn<int>("maxPercent");
        QTest::addColumn<double>("raw");
        QTest::addColumn<int>("expected");
        QTest::newRow("5: just below half") << 5 << 70 << 130 << 72.49 << 70;
        QTest::newRow("5: half rounds up") << 5 << 70 << 130 << 72.5 << 75;
        QTest::newRow("5: 100.1 stays 100") << 5 << 70 << 130 << 100.1 << 100;
        QTest::newRow("5: 102.4 stays 100") << 5 << 70 << 130 << 102.4 << 100;
        QTest::newRow("5: 97.5 up to 100") << 5 << 70 << 130 << 97.5 << 100;
        QTest::newRow("10: 74.9 down") << 10 << 70 << 130 << 74.9 << 70;
        QTest::newRow("10: 75 up") << 10 << 70 << 130 << 75.0 << 80;
        QTest::newRow("10: 136 clamps") << 10 << 70 << 130 << 136.0 << 130;
        QTest::newRow("odd bounds: below min") << 5 << 72 << 128 << 72.0 << 75;
        QTest::newRow("odd bounds: above max") << 5 << 72 << 128 << 128.0 << 125;
        QTest::newRow("10 with 75..125") << 10 << 75 << 125 << 75.0 << 80;
    }
    void quantizationEdges() {
        QFETCH(int, step);
        QFETCH(int, minPercent);
        QFETCH(int, maxPercent);
        QFETCH(double, raw);
        QFETCH(int, expected);
        MechRules rules;
        rules.speedStepPercent = step;
        rules.minSpeedPercent = minPercent;
        rules.maxSpeedPercent = maxPercent;
        QCOMPARE(SpeedMapping::quantize(raw, rules), expected);
    }

    void smallPowerChangesShareABucket() {
        // Seed 000: 100.1 vs 100.2 must hit the same cached animation.
        const MechRules rules;
        const MechState a = donated(500, 0, rules);
        const MechState b = donated(501, 0, rules);
        QCOMPARE(SpeedMapping::choose(a, rules), SpeedMapping::choose(b, rules));
    }

    void restAtZeroPower() {
        ManualClock clock;
        const MechRules rules;
        const MechState s = donated(100, clock.epochMs(), rules);
        AnimationChoice c = SpeedMapping::choose(s, rules);
        QCOMPARE(c.kind, AnimationKind::Walk);
        QCOMPARE(c.speedPercent, 75);  // speed level 10 -> 76 % -> 75
        clock.advanceMs(kDay - kHour); // 4 cents left: speed level 0, slowest walk
        c = SpeedMapping::choose(s.decayedTo(clock.epochMs(), rules), rules);
        QCOMPARE(c.kind, AnimationKind::Walk);
        QCOMPARE(c.speedPercent, 70);
        clock.advanceMs(kHour);
        c = SpeedMapping::choose(s.decayedTo(clock.epochMs(), rules), rules);
        QCOMPARE(c.kind, AnimationKind::Rest);
        QCOMPARE(c.speedPercent, 100);
        const AnimationKey key =
            SpeedMapping::keyFor(s.decayedTo(clock.epochMs(), rules), rules, AnimationSize::Big);
        QCOMPARE(key, (AnimationKey{1, AnimationKind::Rest, AnimationSize::Big, 100}));
        QCOMPARE(key.toString(), QStringLiteral("big_rest_L1_S100"));
    }

    void foldFingerprint() {
        MechRules a;
        MechRules b;
        QCOMPARE(a.foldFingerprint(), b.foldFingerprint());
        b.minSpeedPercent = 80; // speed does not change the fold
        QCOMPARE(a.foldFingerprint(), b.foldFingerprint());
        b.decayOverrides.insert(3, 50);
        QVERIFY(a.foldFingerprint() != b.foldFingerprint());
        b = a;
        b.topLevelDecays = false;
        QVERIFY(a.foldFingerprint() != b.foldFingerprint());
    }
};

QTEST_GUILESS_MAIN(TestMechState)
#include "tst_mech_state.moc"
