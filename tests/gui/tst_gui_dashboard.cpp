// The Dashboard, offscreen, driven by snapshots: the memory history's per-window resolution and
// bounds, the chart's series and pressure bands, the level badge, the cache table, CPU/disk/
// network, the alert list, and Force cleanup from the button to the report of what it freed.
#include "cachetablemodel.h"
#include "dashboardpage.h"
#include "eventloopprobe.h"
#include "firstrunchecklist.h"
#include "mainwindow.h"
#include "memorychart.h"
#include "memoryhistory.h"
#include "pressurebadge.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace mechdock;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kStart = 1'700'000'000'000; // a multiple of 5 min, 10 s and 1 s

service::ServiceSnapshot snapshot(qint64 epochMs, qint64 rssMiB, const QString &pressure) {
    service::ServiceSnapshot s;
    s.epochMs = epochMs;
    s.rssBytes = rssMiB * kMiB;
    s.heapBytes = rssMiB / 2 * kMiB;
    s.limitBytes = 800 * kMiB;
    s.pressure = pressure;
    return s;
}

memory::CacheStats cache(const QString &name, memory::ContainerKind kind, qint64 entries,
                         quint64 hits, quint64 misses) {
    memory::CacheStats c;
    c.name = name;
    c.kind = kind;
    c.entries = entries;
    c.maxEntries = 100;
    c.bytes = entries * 1024;
    c.hits = hits;
    c.misses = misses;
    c.evictions = 7;
    c.dropped = kind == memory::ContainerKind::Queue ? 3 : 0;
    return c;
}

QString cell(const QAbstractItemModel *model, int row, int column) {
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

} // namespace

class TestGuiDashboard : public QObject {
    Q_OBJECT
private slots:
    void historyKeepsEachWindowAtItsResolutionAndBounded() {
        ui::MemoryHistory h;
        // Two days at one reading a second.
        for (qint64 t = 0; t < 2 * 24 * 3600; ++t)
            h.add(kStart + t * 1000, (100 + t % 50) * kMiB, 10 * kMiB, 800 * kMiB);
        QCOMPARE(h.size(ui::MemoryHistory::FiveMinutes), 300);
        QCOMPARE(h.size(ui::MemoryHistory::OneHour), 360);
        QCOMPARE(h.size(ui::MemoryHistory::OneDay), 288);
        const QList<ui::MemoryPoint> hour = h.points(ui::MemoryHistory::OneHour);
        for (qsizetype i = 1; i < hour.size(); ++i)
            QCOMPARE(hour.at(i).epochMs - hour.at(i - 1).epochMs, 10'000);
        // Within a step the peak is kept: 10 s buckets of a 50 s sawtooth reach 100 + 49 at
        // most, and the bucket holding t % 50 == 49 shows exactly that.
        qint64 peak = 0;
        for (const ui::MemoryPoint &p : hour)
            peak = qMax(peak, p.rssBytes);
        QCOMPARE(peak, 149 * kMiB);
        const QList<ui::MemoryPoint> day = h.points(ui::MemoryHistory::OneDay);
        QCOMPARE(day.last().epochMs - day.first().epochMs, qint64(287) * 5 * 60'000);
    }

    void historySeedGoesBeforeOwnPointsAndSkipsGaps() {
        ui::MemoryHistory h;
        h.add(kStart + 3'600'000, 300 * kMiB, -1, 800 * kMiB);
        QList<monitor::MemorySample> seed;
        for (int minute = 0; minute < 60; ++minute) {
            monitor::MemorySample s;
            s.epochMs = kStart + minute * 60'000;
            s.rssBytes = 200 * kMiB;
            s.heapInUseBytes = 50 * kMiB;
            s.effectiveLimitBytes = 800 * kMiB;
            seed.append(s);
        }
        // The monitor's lists overlap and need not be in order.
        std::reverse(seed.begin(), seed.end());
        h.seed(seed);
        const QList<ui::MemoryPoint> hour = h.points(ui::MemoryHistory::OneHour);
        QCOMPARE(hour.size(), 60); // the first seeded minute is exactly one hour old: dropped
        QCOMPARE(hour.last().rssBytes, 300 * kMiB);
        QCOMPARE(hour.first().rssBytes, 200 * kMiB);
        // The 5-minute window only keeps what is younger than 5 minutes.
        const QList<ui::MemoryPoint> five = h.points(ui::MemoryHistory::FiveMinutes);
        QCOMPARE(five.size(), 5);
        // A gap longer than the window empties it instead of keeping stale points.
        h.add(kStart + 3'600'000 + 10 * 60'000, 310 * kMiB, -1, 800 * kMiB);
        QCOMPARE(h.size(ui::MemoryHistory::FiveMinutes), 1);
    }

    void chartBadgeAndNumbersFollowSnapshots() {
        ui::DashboardPage page;
        page.resize(1000, 700);
        QVERIFY(page.chart()->isEmptyMessageShown());
        QCOMPARE(page.badge()->level(), QString());
        for (int i = 0; i < 10; ++i)
            page.applySnapshot(snapshot(kStart + i * 1000, 400 + i, QStringLiteral("Medium")));
        ui::MemoryChart *chart = page.chart();
        QVERIFY(!chart->isEmptyMessageShown());
        QCOMPARE(chart->rssSeries()->count(), 10);
        QCOMPARE(chart->heapSeries()->count(), 10);
        QCOMPARE(chart->limitSeries()->count(), 10);
        QCOMPARE(chart->rssSeries()->at(9).y(), 409.0);
        QCOMPARE(chart->heapSeries()->at(0).y(), 200.0);
        QCOMPARE(chart->limitSeries()->at(0).y(), 800.0);
        // Bands: Medium 400-560, High 560-680, Critical 680-800 MiB for an 800 MiB limit.
        QCOMPARE(chart->bandLower(0)->at(0).y(), 400.0);
        QCOMPARE(chart->bandUpper(0)->at(0).y(), 560.0);
        QCOMPARE(chart->bandLower(1)->at(0).y(), 560.0);
        QCOMPARE(chart->bandUpper(1)->at(0).y(), 680.0);
        QCOMPARE(chart->bandLower(2)->at(0).y(), 680.0);
        QCOMPARE(chart->bandUpper(2)->at(0).y(), 800.0);
        // The bands span the whole 5-minute window, not only where readings exist.
        QCOMPARE(chart->bandLower(0)->at(0).x(), double(kStart + 9000 - 5 * 60'000));
        QCOMPARE(chart->bandUpper(2)->at(chart->bandUpper(2)->count() - 1).x(),
                 double(kStart + 9000));
        // Readings near the first band: the axis shows the whole limit.
        QVERIFY(chart->axisTopMiB() >= 800.0);
        QCOMPARE(page.badge()->level(), QStringLiteral("Medium"));
        QVERIFY(page.badge()->text().contains(QStringLiteral("medium")));
        QVERIFY(page.memoryText().contains(QStringLiteral("51 %")));

        // One hour at 10 s: the ten readings share one step, which keeps the peak.
        page.setChartWindow(ui::MemoryHistory::OneHour);
        QCOMPARE(chart->rssSeries()->count(), 1);
        QCOMPARE(chart->rssSeries()->at(0).y(), 409.0);
        page.setChartWindow(ui::MemoryHistory::FiveMinutes);
        QCOMPARE(chart->rssSeries()->count(), 10);

        // Without a heap figure (other platforms) the heap line stays empty.
        service::ServiceSnapshot noHeap = snapshot(kStart + 10'000, 600, QStringLiteral("High"));
        noHeap.heapBytes = -1;
        page.applySnapshot(noHeap);
        QCOMPARE(chart->heapSeries()->count(), 10);
        QCOMPARE(chart->rssSeries()->count(), 11);
        QCOMPARE(page.badge()->level(), QStringLiteral("High"));
    }

    void cacheTableAndResourcesAndAlerts() {
        ui::DashboardPage page;
        service::ServiceSnapshot s = snapshot(kStart, 100, QStringLiteral("Low"));
        s.caches = {cache(QStringLiteral("docker.status"), memory::ContainerKind::Cache, 10, 3, 1),
                    cache(QStringLiteral("discord.outbox"), memory::ContainerKind::Queue, 4, 0, 0)};
        s.processCpuPercent = 2.5;
        s.systemCpuPercent = 30;
        s.diskUsedPercent = 61.26;
        s.netReceivedBytes = 1'000'000;
        s.netSentBytes = 500'000;
        s.recentAlerts = {QStringLiteral("warning cpu: old"),
                          QStringLiteral("critical memory: new")};
        page.applySnapshot(s);
        ui::CacheTableModel *model = page.cacheModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, 0, ui::CacheTableModel::Name), QStringLiteral("docker.status"));
        QCOMPARE(cell(model, 0, ui::CacheTableModel::HitRate), QStringLiteral("75.0 %"));
        QVERIFY(cell(model, 0, ui::CacheTableModel::Entries).contains(QStringLiteral("100")));
        QCOMPARE(cell(model, 0, ui::CacheTableModel::Evictions), QStringLiteral("7"));
        QCOMPARE(cell(model, 1, ui::CacheTableModel::Kind), QStringLiteral("queue"));
        QCOMPARE(cell(model, 1, ui::CacheTableModel::HitRate), QStringLiteral("–"));
        QCOMPARE(cell(model, 1, ui::CacheTableModel::Drops), QStringLiteral("3"));
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(tabs->tabText(0).contains(QStringLiteral("2")));
        QVERIFY(page.resourcesText().contains(QStringLiteral("2.5 %")));
        QVERIFY(page.resourcesText().contains(QStringLiteral("61.3 %")));

        // The network rate comes from two snapshots: 2 MB more in 2 s.
        s.epochMs += 2000;
        s.netReceivedBytes += 2'000'000;
        page.applySnapshot(s);
        QVERIFY2(page.resourcesText().contains(QStringLiteral("/s in")),
                 qPrintable(page.resourcesText()));
        QCOMPARE(model->rowCount(), 2);

        QListWidget *alerts = nullptr;
        for (QListWidget *l : page.findChildren<QListWidget *>()) {
            if (l->count() > 0 && l->item(0)->text().contains(QStringLiteral("memory")))
                alerts = l;
        }
        QVERIFY(alerts);
        QCOMPARE(alerts->count(), 2);
        QCOMPARE(alerts->item(0)->text(), QStringLiteral("critical memory: new"));
    }

    void summaryCountsContainersBotEndpointsAndAlerts() {
        ui::DashboardPage page;
        service::ServiceSnapshot s = snapshot(kStart, 60, QStringLiteral("Low"));
        service::ContainerRow up;
        up.name = QStringLiteral("web");
        up.running = true;
        service::ContainerRow down;
        down.name = QStringLiteral("db");
        s.containers = {up, down, down};
        service::EndpointState e;
        e.name = QStringLiteral("local");
        e.reachable = true;
        s.endpoints = {e};
        s.recentAlerts = {QStringLiteral("warning memory: high")};
        page.applySnapshot(s);
        const QString text = page.summaryText();
        QVERIFY2(text.contains(QStringLiteral("1 container")) &&
                     text.contains(QStringLiteral("2 stopped")) &&
                     text.contains(QStringLiteral("bot ")) &&
                     text.contains(QStringLiteral("1 of 1 endpoint")) &&
                     text.contains(QStringLiteral("1 alert")),
                 qPrintable(text));
    }

    void gettingStartedTicksItselfAndLeadsToEachPlace() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        auto *page = window.findChild<ui::DashboardPage *>();
        ui::FirstRunChecklist *list = page->checklist();
        service::ServiceSnapshot s = snapshot(kStart, 60, QStringLiteral("Low"));
        s.botState = service::BotState::Offline;
        page->applySnapshot(s);
        QVERIFY(!list->isHidden());
        for (int step = 0; step < ui::FirstRunChecklist::StepCount; ++step)
            QVERIFY(!list->isDone(ui::FirstRunChecklist::Step(step)));
        // Each step's button opens its place.
        list->button(ui::FirstRunChecklist::Containers)->click();
        QCOMPARE(window.pageName(window.findChild<QListWidget *>()->currentRow()),
                 QStringLiteral("Containers"));
        list->button(ui::FirstRunChecklist::Docker)->click();
        QCOMPARE(window.pageName(window.findChild<QListWidget *>()->currentRow()),
                 QStringLiteral("Settings"));

        // The engine reports each step done: they tick, and the list goes once all are.
        s.botState = service::BotState::Online;
        service::EndpointState e;
        e.name = QStringLiteral("local");
        e.reachable = true;
        s.endpoints = {e};
        service::GuildRow guild;
        guild.id = QStringLiteral("223456789012345678");
        s.guilds = {guild};
        service::ContainerRow web;
        web.name = QStringLiteral("web");
        web.configured = true;
        s.containers = {web};
        page->applySnapshot(s);
        QVERIFY(list->isDone(ui::FirstRunChecklist::Token));
        QVERIFY(list->isDone(ui::FirstRunChecklist::Server));
        QVERIFY(!list->isDone(ui::FirstRunChecklist::Channels));
        QVERIFY(!list->isHidden());
        config::Settings settings;
        settings.discord.channels = {config::ChannelSettings{QStringLiteral("323456789012345678"),
                                                             QStringLiteral("status"),
                                                             config::ChannelKind::Status}};
        list->applySettings(settings);
        QVERIFY(list->allDone());
        QVERIFY(list->isHidden());
    }

    void chartIsScaledToLowReadings() {
        // 60 MiB under an 800 MiB limit is drawn large enough to read, not as a flat line.
        ui::DashboardPage page;
        page.resize(1000, 700);
        for (int i = 0; i < 5; ++i)
            page.applySnapshot(snapshot(kStart + i * 1000, 60 + i, QStringLiteral("Low")));
        const double top = page.chart()->axisTopMiB();
        QVERIFY2(top >= 64.0 && top <= 200.0, qPrintable(QString::number(top)));
    }

    void forceCleanupShowsWhatItFreed() {
        ui::DashboardPage page;
        QSignalSpy spy(&page, &ui::DashboardPage::forceCleanupRequested);
        QTest::mouseClick(page.cleanupButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!page.cleanupButton()->isEnabled());
        monitor::CleanupReport report;
        report.entriesFreed = 1234;
        report.bytesFreed = 5 * kMiB;
        report.rssBefore = 300 * kMiB;
        report.rssAfter = 280 * kMiB;
        page.showCleanupReport(report);
        QVERIFY(page.cleanupButton()->isEnabled());
        QVERIFY2(page.cleanupText().contains(QStringLiteral("1234")) ||
                     page.cleanupText().contains(QStringLiteral("1,234")),
                 qPrintable(page.cleanupText()));
        QVERIFY(page.cleanupText().contains(QStringLiteral("→")));
        page.showCleanupFailed(QStringLiteral("the memory monitor is not running"));
        QVERIFY(page.cleanupText().contains(QStringLiteral("not running")));
    }

    void forceCleanupWithoutEngineSaysSo() {
        // A window attached to no engine answers the click instead of waiting forever.
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        auto *page = window.findChild<ui::DashboardPage *>();
        // click(): the window is never shown, so its layout has placed nothing to aim at.
        page->cleanupButton()->click();
        QVERIFY(page->cleanupButton()->isEnabled());
        QVERIFY2(page->cleanupText().contains(QStringLiteral("not connected")),
                 qPrintable(page->cleanupText()));
    }

    void eventLoopDelayIsShown() {
        ui::DashboardPage page;
        ui::EventLoopProbe probe;
        page.setEventLoopProbe(&probe);
        QVERIFY(page.eventLoopText().contains(QStringLiteral("measuring")));
        for (int i = 1; i <= 100; ++i)
            probe.record(i / 10.0);
        page.applySnapshot(snapshot(kStart, 100, QStringLiteral("Low")));
        QCOMPARE(page.eventLoopText(), QStringLiteral("p50 5.0 ms · p99 9.9 ms · max 10.0 ms"));
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
