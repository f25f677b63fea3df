// Operation metrics: ring bounds, nearest-rank percentiles, success rate, name cap.
#include "common/clock.h"
#include "monitor/operationmetrics.h"

#include <QtTest>

using mechdock::ManualClock;
using mechdock::monitor::OperationMetrics;

class TestOperationMetrics : public QObject {
    Q_OBJECT
private slots:
    void percentilesOverWindow() {
        ManualClock clock;
        OperationMetrics metrics(1000, 100, 16, &clock);
        for (int i = 1; i <= 100; ++i)
            metrics.record(QStringLiteral("op"), i, i % 10 != 0);
        const auto s = metrics.summary(QStringLiteral("op"));
        QCOMPARE(s.windowCount, 100);
        QCOMPARE(s.minMs, 1.0);
        QCOMPARE(s.maxMs, 100.0);
        QCOMPARE(s.p50Ms, 50.0);
        QCOMPARE(s.p95Ms, 95.0);
        QCOMPARE(s.p99Ms, 99.0);
        QCOMPARE(s.averageMs, 50.5);
        QCOMPARE(s.successRate, 0.9);
        QCOMPARE(s.totalFailures, quint64(10));
    }

    void windowIsTheMostRecentSamples() {
        OperationMetrics metrics(10, 5, 16);
        for (int i = 1; i <= 25; ++i)
            metrics.record(QStringLiteral("op"), i, true);
        const auto s = metrics.summary(QStringLiteral("op"));
        QCOMPARE(s.windowCount, 5);
        QCOMPARE(s.minMs, 21.0);
        QCOMPARE(s.totalCount, quint64(25));
        QCOMPARE(metrics.samples(QStringLiteral("op")).size(), 10);
        QCOMPARE(metrics.samples(QStringLiteral("op")).last().durationMs, 25.0);
    }

    void ringGrowsWithUseThenWraps() {
        // Samples are stored as they come (the ring is not allocated whole up front), then the
        // oldest are overwritten: the order holds across the growth and the wrap.
        OperationMetrics metrics(40, 40, 16);
        for (int i = 1; i <= 3; ++i)
            metrics.record(QStringLiteral("op"), i, true);
        QList<mechdock::monitor::OperationSample> held = metrics.samples(QStringLiteral("op"));
        QCOMPARE(held.size(), 3);
        QCOMPARE(held.first().durationMs, 1.0);
        QCOMPARE(metrics.summary(QStringLiteral("op")).maxMs, 3.0);
        for (int i = 4; i <= 45; ++i)
            metrics.record(QStringLiteral("op"), i, true);
        held = metrics.samples(QStringLiteral("op"));
        QCOMPARE(held.size(), 40);
        for (int i = 0; i < held.size(); ++i)
            QCOMPARE(held.at(i).durationMs, double(6 + i));
        QCOMPARE(metrics.summary(QStringLiteral("op")).minMs, 6.0);
    }

    void distinctNamesAreCapped() {
        OperationMetrics metrics(4, 4, 3);
        for (int i = 0; i < 50; ++i)
            metrics.record(QStringLiteral("route/%1").arg(i), 1, true);
        const auto all = metrics.summaries();
        QCOMPARE(all.size(), 4); // three names plus the overflow entry
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [](const auto &s) { return s.name == QLatin1String("(other)"); }));
    }

    void timerRecordsFailure() {
        OperationMetrics metrics;
        {
            OperationMetrics::Timer t(metrics, QStringLiteral("scoped"));
            t.fail();
        }
        const auto s = metrics.summary(QStringLiteral("scoped"));
        QCOMPARE(s.totalCount, quint64(1));
        QCOMPARE(s.successRate, 0.0);
        QVERIFY(s.maxMs >= 0);
    }
};

QTEST_GUILESS_MAIN(TestOperationMetrics)
#include "tst_monitor_operationmetrics.moc"
