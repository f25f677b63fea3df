#include "performancepage.h"

#include "operationtablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace mechdock::ui {

PerformancePage::PerformancePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new OperationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_chartView(new QChartView(this))
    , m_p50(new QBarSet(tr("p50")))
    , m_p95(new QBarSet(tr("p95")))
    , m_categories(new QBarCategoryAxis)
    , m_ms(new QValueAxis)
    , m_empty(new QLabel(this))
    , m_gateway(new QLabel(this))
    , m_rateLimits(new QLabel(this))
    , m_interactions(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OperationTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OperationTableModel::Count, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(OperationTableModel::Name,
                                                     QHeaderView::Stretch);
    for (int c = OperationTableModel::Count; c < OperationTableModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Every timed operation: Docker calls, Discord REST calls, "
                          "interaction handling, animation jobs"));

    // Horizontal bars: operation names are long ("docker.containers.list") and read whole on
    // the left; under the bars, at an angle, they were cut and two could look the same.
    auto *series = new QHorizontalBarSeries;
    m_p50->setColor(QColor(0x2b, 0x6c, 0xb0));
    m_p95->setColor(QColor(0xdd, 0x6b, 0x20));
    series->append(m_p50);
    series->append(m_p95);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_ms, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_ms);
    m_ms->setTitleText(tr("ms"));
    m_ms->setLabelFormat(QStringLiteral("%.0f"));
    // The whole name and both values of the bar under the pointer.
    for (QBarSet *set : {m_p50, m_p95}) {
        connect(set, &QBarSet::hovered, this, [this](bool over, int index) {
            if (!over || index < 0 || index >= m_categories->count()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1\nmedian %2 ms, 95th percentile %3 ms")
                                   .arg(m_categories->at(index))
                                   .arg(QLocale().toString(m_p50->at(index), 'f', 2))
                                   .arg(QLocale().toString(m_p95->at(index), 'f', 2)),
                               m_chartView);
        });
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_categories->setLabelsColor(palette().color(QPalette::Text));
    m_ms->setLabelsColor(palette().color(QPalette::Text));
    m_chartView->setChart(chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_chartView->setToolTip(tr("Median and 95th percentile of the busiest operations"));
    m_empty->setText(tr("No operations measured yet."));
    m_empty->setAlignment(Qt::AlignCenter);

    for (QLabel *l : {m_gateway, m_rateLimits, m_interactions})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gateway->setToolTip(tr("Round trip of the gateway heartbeat"));
    m_rateLimits->setToolTip(tr("Discord REST answers with 429 Too Many Requests since start"));
    m_interactions->setToolTip(tr("Slash commands and buttons handled since start"));
    auto *discord = new QGroupBox(tr("Discord"), this);
    auto *form = new QFormLayout(discord);
    form->addRow(tr("Gateway latency:"), m_gateway);
    form->addRow(tr("REST 429 answers:"), m_rateLimits);
    form->addRow(tr("Interactions handled:"), m_interactions);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *chartBox = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_empty);
    chartLayout->addWidget(m_chartView, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(discord);
    layout->addWidget(splitter, 1);

    applySnapshot(service::ServiceSnapshot{});
}

QStringList PerformancePage::chartCategories() const {
    return m_categories->categories();
}

QString PerformancePage::gatewayText() const {
    return m_gateway->text();
}

QString PerformancePage::rateLimitText() const {
    return m_rateLimits->text();
}

void PerformancePage::applySnapshot(const service::ServiceSnapshot &s) {
    m_model->setOperations(s.operations);

    // The chart shows the busiest operations, in a stable order (by name) so bars do not jump.
    QList<monitor::OperationSummary> busiest = s.operations;
    std::sort(busiest.begin(), busiest.end(), [](const auto &a, const auto &b) {
        return a.totalCount != b.totalCount ? a.totalCount > b.totalCount : a.name < b.name;
    });
    if (busiest.size() > kChartOperations)
        busiest.resize(kChartOperations);
    // Horizontal bars are drawn from the bottom up: reverse name order reads A to Z downwards.
    std::sort(busiest.begin(), busiest.end(),
              [](const auto &a, const auto &b) { return a.name > b.name; });
    QStringList names;
    QList<qreal> p50;
    QList<qreal> p95;
    double top = 0;
    for (const monitor::OperationSummary &o : busiest) {
        names.append(o.name);
        p50.append(o.p50Ms);
        p95.append(o.p95Ms);
        top = qMax(top, o.p95Ms);
    }
    if (names != m_categories->categories()) {
        m_categories->clear();
        m_categories->append(names);
    }
    if (m_p50->count() != p50.size()) {
        m_p50->remove(0, m_p50->count());
        m_p95->remove(0, m_p95->count());
        m_p50->append(p50);
        m_p95->append(p95);
    } else {
        for (int i = 0; i < p50.size(); ++i) {
            m_p50->replace(i, p50.at(i));
            m_p95->replace(i, p95.at(i));
        }
    }
    m_ms->setRange(0, top > 0 ? top * 1.1 : 1);
    m_ms->applyNiceNumbers();
    // Cache lookups take microseconds: whole milliseconds would label every tick 0.
    m_ms->setLabelFormat(m_ms->max() < 1    ? QStringLiteral("%.2f")
                         : m_ms->max() < 10 ? QStringLiteral("%.1f")
                                            : QStringLiteral("%.0f"));
    m_empty->setVisible(busiest.isEmpty());
    m_chartView->setVisible(!busiest.isEmpty());

    const bool online = s.botState == service::BotState::Online;
    const QLocale locale;
    if (!online)
        m_gateway->setText(tr("not connected (%1)").arg(service::botStateName(s.botState)));
    else if (s.gatewayLatencyMs < 0)
        m_gateway->setText(tr("connected, waiting for the first heartbeat"));
    else
        m_gateway->setText(tr("%1 ms over %2 of %n shard(s)", nullptr, s.gatewayShards)
                               .arg(qRound(s.gatewayLatencyMs))
                               .arg(s.gatewayShardsConnected));
    m_rateLimits->setText(online || s.rest429s > 0 ? locale.toString(s.rest429s)
                                                   : tr("not connected"));
    m_interactions->setText(online || s.interactionsHandled > 0
                                ? locale.toString(s.interactionsHandled)
                                : tr("not connected"));
}

} // namespace mechdock::ui
