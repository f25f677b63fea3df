#include "dashboardpage.h"

#include "firstrunchecklist.h"

#include "cachetablemodel.h"
#include "eventloopprobe.h"
#include "memorychart.h"
#include "pressurebadge.h"

#include <QComboBox>
#include <QDateTime>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace mechdock::ui {

namespace {

QString dataSize(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1);
}

void setItems(QListWidget *list, const QStringList &items) {
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown.append(list->item(i)->text());
    if (shown != items) {
        list->clear();
        list->addItems(items);
    }
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_badge(new PressureBadge(this))
    , m_memory(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_cleanup(new QPushButton(tr("Force &cleanup"), this))
    , m_cleanupResult(new QLabel(this))
    , m_issues(new QListWidget(this))
    , m_issuesBox(new QGroupBox(tr("Configuration problems"), this))
    , m_chart(new MemoryChart(this))
    , m_bot(new QLabel(this))
    , m_docker(new QLabel(this))
    , m_database(new QLabel(this))
    , m_cpu(new QLabel(this))
    , m_disk(new QLabel(this))
    , m_network(new QLabel(this))
    , m_eventLoop(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_cacheModel(new CacheTableModel(this))
    , m_cacheProxy(new QSortFilterProxyModel(this))
    , m_caches(new QTableView(this))
    , m_alerts(new QListWidget(this)) {
    // Header: the level, the numbers, the window and the one action.
    QFont badgeFont = m_badge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.15);
    m_badge->setFont(badgeFont);
    m_memory->setText(tr("Memory: not measured yet"));
    m_memory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines rather than a window wider than a 1024-pixel screen in German or French.
    m_memory->setWordWrap(true);
    m_window->addItem(tr("Last 5 minutes"), int(MemoryHistory::FiveMinutes));
    m_window->addItem(tr("Last hour"), int(MemoryHistory::OneHour));
    m_window->addItem(tr("Last 24 hours"), int(MemoryHistory::OneDay));
    m_window->setToolTip(tr("How much history the memory chart shows"));
    m_cleanup->setToolTip(tr("Empty every registered cache and return free heap to the system "
                             "now; shows what it freed"));
    m_cleanupResult->setWordWrap(true);
    m_cleanupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cleanupResult->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_badge);
    header->addWidget(m_memory, 1);
    header->addWidget(m_window);
    header->addWidget(m_cleanup);

    m_issues->setToolTip(tr("Problems found in the settings file and the environment"));
    m_issues->setMaximumHeight(m_issues->fontMetrics().height() * 4 + 8);
    auto *issuesLayout = new QVBoxLayout(m_issuesBox);
    issuesLayout->setContentsMargins(6, 2, 6, 6);
    issuesLayout->addWidget(m_issues);
    m_issuesBox->hide();

    // Beside the chart: everything else about the machine and the service.
    for (QLabel *l : {m_bot, m_docker, m_database, m_cpu, m_disk, m_network, m_eventLoop}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setText(tr("Waiting for the service…"));
    }
    m_eventLoop->setText(tr("not measured"));
    m_eventLoop->setToolTip(tr("How late the window's event loop runs a timer: above ~50 ms "
                               "the panel feels sluggish"));
    m_cpu->setToolTip(tr("Mechdock's CPU use (of one core) and the whole system's"));
    m_disk->setToolTip(tr("Used space on the disk that holds Mechdock's data folder"));
    m_network->setToolTip(tr("The machine's network traffic: rate now and total since boot"));
    auto *system = new QGroupBox(tr("Service and system"), this);
    auto *form = new QFormLayout(system);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Discord bot:"), m_bot);
    form->addRow(tr("Docker:"), m_docker);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("CPU:"), m_cpu);
    form->addRow(tr("Disk:"), m_disk);
    form->addRow(tr("Network:"), m_network);
    form->addRow(tr("Panel delay:"), m_eventLoop);
    system->setMinimumWidth(260);
    system->setMaximumWidth(380);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_cleanupResult);
    auto *middle = new QHBoxLayout;
    middle->addWidget(chartBox, 1);
    middle->addWidget(system);

    m_cacheProxy->setSourceModel(m_cacheModel);
    m_cacheProxy->setSortRole(CacheTableModel::SortRole);
    m_caches->setModel(m_cacheProxy);
    m_caches->setSortingEnabled(true);
    m_caches->sortByColumn(CacheTableModel::Bytes, Qt::DescendingOrder);
    m_caches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caches->verticalHeader()->hide();
    m_caches->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_caches->horizontalHeader()->setSectionResizeMode(CacheTableModel::Name, QHeaderView::Stretch);
    m_caches->setToolTip(tr("Every bounded cache and queue: what it holds and how well it works"));
    m_alerts->setToolTip(tr("Recent alerts about memory, CPU, disk and the service, newest first"));
    m_tabs->addTab(m_caches, tr("Caches and queues"));
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->setTabToolTip(0, m_caches->toolTip());
    m_tabs->setTabToolTip(1, m_alerts->toolTip());

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(middle);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_summary->setText(tr("Waiting for the engine…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    m_checklist = new FirstRunChecklist(this);
    layout->addWidget(m_checklist);
    layout->addLayout(header);
    layout->addWidget(m_issuesBox);
    layout->addWidget(splitter, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, &DashboardPage::redrawChart);
    connect(m_cleanup, &QPushButton::clicked, this, [this] {
        m_cleanup->setEnabled(false);
        m_cleanupResult->setText(tr("Cleaning up…"));
        m_cleanupResult->show();
        emit forceCleanupRequested();
    });
    setTabOrder(m_window, m_cleanup);
    setTabOrder(m_cleanup, m_tabs);
    setTabOrder(m_tabs, m_caches);
    setItems(m_issues, {tr("None: the settings are valid.")});
    setItems(m_alerts, {tr("No alerts.")});
}

void DashboardPage::setEventLoopProbe(EventLoopProbe *probe) {
    m_probe = probe;
    updateEventLoop();
}

MemoryHistory::Window DashboardPage::chartWindow() const {
    return MemoryHistory::Window(m_window->currentData().toInt());
}

void DashboardPage::setChartWindow(MemoryHistory::Window window) {
    m_window->setCurrentIndex(m_window->findData(int(window)));
}

QString DashboardPage::memoryText() const {
    return m_memory->text();
}

QString DashboardPage::resourcesText() const {
    return QStringList{m_cpu->text(), m_disk->text(), m_network->text()}.join(QLatin1Char('\n'));
}

QString DashboardPage::eventLoopText() const {
    return m_eventLoop->text();
}

QString DashboardPage::cleanupText() const {
    return m_cleanupResult->isHidden() ? QString() : m_cleanupResult->text();
}

void DashboardPage::redrawChart() {
    const MemoryHistory::Window window = chartWindow();
    const qint64 now = m_lastEpochMs > 0 ? m_lastEpochMs : QDateTime::currentMSecsSinceEpoch();
    m_chart->setPoints(m_history.points(window), MemoryHistory::spanMs(window), now);
}

void DashboardPage::seedMemoryHistory(const QList<monitor::MemorySample> &samples) {
    m_history.seed(samples);
    redrawChart();
}

void DashboardPage::updateEventLoop() {
    if (!m_probe) {
        m_eventLoop->setText(tr("not measured"));
        return;
    }
    const EventLoopStats st = m_probe->stats();
    if (st.samples == 0) {
        m_eventLoop->setText(tr("measuring…"));
        return;
    }
    m_eventLoop->setText(tr("p50 %1 ms · p99 %2 ms · max %3 ms")
                             .arg(QLocale().toString(st.p50Ms, 'f', 1))
                             .arg(QLocale().toString(st.p99Ms, 'f', 1))
                             .arg(QLocale().toString(st.maxMs, 'f', 1)));
}

void DashboardPage::showCleanupReport(const monitor::CleanupReport &r) {
    QString text = tr("Freed %n entr(ies), %1 of cache payload.", nullptr,
                      int(qMin<qint64>(r.entriesFreed, INT_MAX)))
                       .arg(dataSize(r.bytesFreed));
    if (r.rssBefore > 0 && r.rssAfter > 0)
        text += QLatin1Char(' ') +
                tr("Resident %1 → %2.").arg(dataSize(r.rssBefore), dataSize(r.rssAfter));
    if (r.heapBefore >= 0 && r.heapAfter >= 0)
        text += QLatin1Char(' ') +
                tr("Heap in use %1 → %2.").arg(dataSize(r.heapBefore), dataSize(r.heapAfter));
    m_cleanupResult->setText(text);
    m_cleanupResult->show();
    m_cleanup->setEnabled(true);
}

void DashboardPage::showCleanupFailed(const QString &reason) {
    m_cleanupResult->setText(tr("Cleanup did not run: %1").arg(reason));
    m_cleanupResult->show();
    m_cleanup->setEnabled(true);
}

QString DashboardPage::summaryText() const {
    return m_summary->text();
}

void DashboardPage::applySnapshot(const service::ServiceSnapshot &s) {
    if (s.epochMs > 0)
        m_lastEpochMs = s.epochMs;
    // What an operator looks for first, as Portainer's home shows it.
    int running = 0;
    for (const service::ContainerRow &c : s.containers)
        running += c.running ? 1 : 0;
    int reachable = 0;
    for (const service::EndpointState &e : s.endpoints)
        reachable += e.reachable ? 1 : 0;
    QStringList parts;
    parts.append(tr("%n container(s) running", nullptr, running) + QStringLiteral(", ") +
                 tr("%n stopped", nullptr, int(s.containers.size()) - running));
    parts.append(tr("bot %1").arg(service::botStateName(s.botState)));
    parts.append(
        tr("%1 of %n endpoint(s) reachable", nullptr, int(s.endpoints.size())).arg(reachable));
    parts.append(tr("%n alert(s)", nullptr, int(s.recentAlerts.size())));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_checklist->applySnapshot(s);
    m_history.add(s.epochMs, s.rssBytes, s.heapBytes, s.limitBytes);
    redrawChart();
    m_badge->setLevel(s.pressure);
    if (s.rssBytes > 0) {
        QString text = tr("Resident %1").arg(dataSize(s.rssBytes));
        if (s.heapBytes >= 0)
            text += tr(" · heap %1").arg(dataSize(s.heapBytes));
        if (s.limitBytes > 0)
            text += tr(" · limit %1 (%2 % used)")
                        .arg(dataSize(s.limitBytes))
                        .arg(QLocale().toString(100.0 * double(s.rssBytes) / double(s.limitBytes),
                                                'f', 0));
        m_memory->setText(text);
    } else {
        m_memory->setText(tr("Memory: not measured yet"));
    }

    QString bot = service::botStateName(s.botState);
    if (!s.botReason.isEmpty())
        bot += QStringLiteral(": ") + s.botReason;
    if (s.botState == service::BotState::Online && s.gatewayLatencyMs >= 0)
        bot += tr(" (latency %1 ms)").arg(qRound(s.gatewayLatencyMs));
    m_bot->setText(bot);
    QStringList endpoints;
    for (const service::EndpointState &e : s.endpoints) {
        endpoints.append(e.reachable
                             ? tr("%1 (%2): reachable, API %3").arg(e.name, e.uri, e.apiVersion)
                             : tr("%1: %2").arg(e.name, e.error));
    }
    m_docker->setText(endpoints.isEmpty() ? tr("no endpoint reported yet")
                                          : endpoints.join(QLatin1Char('\n')));
    m_database->setText(s.databaseOk ? s.databasePath : tr("unavailable: %1").arg(s.databaseError));

    auto percent = [](double v) {
        return v < 0 ? tr("measuring…") : QStringLiteral("%1 %").arg(QLocale().toString(v, 'f', 1));
    };
    m_cpu->setText(tr("Mechdock %1 · system %2")
                       .arg(percent(s.processCpuPercent), percent(s.systemCpuPercent)));
    m_disk->setText(s.diskUsedPercent < 0 ? tr("measuring…")
                                          : tr("%1 used").arg(percent(s.diskUsedPercent)));
    // Rates from the difference of two snapshots; totals are counters since boot.
    QString rate;
    if (m_lastNetEpochMs > 0 && s.epochMs > m_lastNetEpochMs &&
        s.netReceivedBytes >= m_lastReceived && s.netSentBytes >= m_lastSent) {
        const double seconds = double(s.epochMs - m_lastNetEpochMs) / 1000.0;
        rate = tr("%1/s in, %2/s out · ")
                   .arg(dataSize(qint64(double(s.netReceivedBytes - m_lastReceived) / seconds)),
                        dataSize(qint64(double(s.netSentBytes - m_lastSent) / seconds)));
    }
    if (s.epochMs > 0) {
        m_lastNetEpochMs = s.epochMs;
        m_lastReceived = s.netReceivedBytes;
        m_lastSent = s.netSentBytes;
    }
    m_network->setText(
        rate + tr("%1 in, %2 out in total")
                   .arg(dataSize(qint64(s.netReceivedBytes)), dataSize(qint64(s.netSentBytes))));
    updateEventLoop();

    m_cacheModel->setCaches(s.caches);
    m_tabs->setTabText(0, tr("Caches and queues (%1)").arg(s.caches.size()));
    QStringList alertLines = s.recentAlerts;
    std::reverse(alertLines.begin(), alertLines.end());
    m_tabs->setTabText(1, alertLines.isEmpty() ? tr("Alerts")
                                               : tr("Alerts (%1)").arg(alertLines.size()));
    if (alertLines.isEmpty())
        alertLines.append(tr("No alerts."));
    setItems(m_alerts, alertLines);
    setItems(m_issues, s.configIssues.isEmpty() ? QStringList{tr("None: the settings are valid.")}
                                                : s.configIssues);
    m_issuesBox->setVisible(!s.configIssues.isEmpty());
}

} // namespace mechdock::ui
