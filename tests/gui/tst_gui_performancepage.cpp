// The Performance page, offscreen, driven by snapshots: one table row per operation with its
// count, percentiles and success rate, the p50/p95 bar chart of the busiest operations, and
// the gateway latency and REST 429s ("not connected" while the bot is not online).
#include "operationtablemodel.h"
#include "performancepage.h"

#include <QBarSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace mechdock;

namespace {

monitor::OperationSummary operation(const QString &name, quint64 count, double p50, double p95,
                                    double success) {
    monitor::OperationSummary o;
    o.name = name;
    o.totalCount = count;
    o.windowCount = int(qMin<quint64>(count, 100));
    o.p50Ms = p50;
    o.p95Ms = p95;
    o.p99Ms = p95 * 1.5;
    o.maxMs = p95 * 2;
    o.successRate = success;
    return o;
}

QString cell(const QAbstractItemModel *model, int row, int column) {
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

} // namespace

class TestGuiPerformancePage : public QObject {
    Q_OBJECT
private slots:
    void tableRowsFollowTheSnapshot() {
        ui::PerformancePage page;
        service::ServiceSnapshot s;
        s.operations = {operation(QStringLiteral("docker.start"), 12, 180, 420, 0.75),
                        operation(QStringLiteral("rest.POST /channels"), 300, 95, 310, 1.0),
                        operation(QStringLiteral("interaction.handle"), 40, 3.25, 8.5, 1.0)};
        page.applySnapshot(s);
        ui::OperationTableModel *model = page.model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 0, ui::OperationTableModel::Name), QStringLiteral("docker.start"));
        QCOMPARE(cell(model, 0, ui::OperationTableModel::Count), QStringLiteral("12"));
        QCOMPARE(cell(model, 0, ui::OperationTableModel::P50), QStringLiteral("180"));
        QCOMPARE(cell(model, 0, ui::OperationTableModel::P95), QStringLiteral("420"));
        QCOMPARE(cell(model, 0, ui::OperationTableModel::P99), QStringLiteral("630"));
        QCOMPARE(cell(model, 0, ui::OperationTableModel::SuccessRate), QStringLiteral("75.0 %"));
        QCOMPARE(cell(model, 2, ui::OperationTableModel::P50), QStringLiteral("3.25"));
        // The view sorts by count, busiest first.
        const QAbstractItemModel *view = page.view()->model();
        QCOMPARE(cell(view, 0, ui::OperationTableModel::Name),
                 QStringLiteral("rest.POST /channels"));

        // Same operations, new values: rows update in place.
        s.operations[0].totalCount = 13;
        page.applySnapshot(s);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 0, ui::OperationTableModel::Count), QStringLiteral("13"));
    }

    void chartShowsTheBusiestOperations() {
        ui::PerformancePage page;
        service::ServiceSnapshot s;
        for (int i = 0; i < 14; ++i)
            s.operations.append(operation(QStringLiteral("op%1").arg(i, 2, 10, QLatin1Char('0')),
                                          quint64(100 + i), 10.0 + i, 20.0 + i, 1.0));
        page.applySnapshot(s);
        const QStringList categories = page.chartCategories();
        QCOMPARE(categories.size(), ui::PerformancePage::kChartOperations);
        // The four least busy (op00 to op03) are left out; the rest in name order from the top
        // (horizontal bars are laid out from the bottom up).
        QCOMPARE(categories.first(), QStringLiteral("op13"));
        QCOMPARE(categories.last(), QStringLiteral("op04"));
        QCOMPARE(page.p50Set()->count(), 10);
        QCOMPARE(page.p50Set()->at(9), 14.0);
        QCOMPARE(page.p95Set()->at(0), 33.0);

        s.operations.clear();
        page.applySnapshot(s);
        QCOMPARE(page.chartCategories().size(), 0);
        QCOMPARE(page.p50Set()->count(), 0);
    }

    void gatewayAndRateLimitsNeedAConnection() {
        ui::PerformancePage page;
        service::ServiceSnapshot s;
        s.botState = service::BotState::Offline;
        page.applySnapshot(s);
        QVERIFY(page.gatewayText().contains(QStringLiteral("not connected")));
        QVERIFY(page.rateLimitText().contains(QStringLiteral("not connected")));
        s.botState = service::BotState::Online;
        s.gatewayLatencyMs = 41.6;
        s.gatewayShards = 2;
        s.gatewayShardsConnected = 2;
        s.rest429s = 3;
        page.applySnapshot(s);
        QVERIFY2(page.gatewayText().startsWith(QStringLiteral("42 ms")),
                 qPrintable(page.gatewayText()));
        QCOMPARE(page.rateLimitText(), QStringLiteral("3"));
    }
};

QTEST_MAIN(TestGuiPerformancePage)
#include "tst_gui_performancepage.moc"
