// PerformancePage: how long things take. The operation metrics as a sortable table and a bar
// chart of p50 and p95 for the busiest operations, plus the Discord gateway latency and the
// REST 429 count (shown as not connected while the bot is not online).
#pragma once

#include "service/servicesnapshot.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QValueAxis;

namespace mechdock::ui {

class OperationTableModel;

class PerformancePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kChartOperations = 10;

    explicit PerformancePage(QWidget *parent = nullptr);

    OperationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QBarSet *p50Set() const { return m_p50; }
    QBarSet *p95Set() const { return m_p95; }
    QStringList chartCategories() const;
    QString gatewayText() const;
    QString rateLimitText() const;

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);

private:
    OperationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QChartView *m_chartView;
    QBarSet *m_p50;
    QBarSet *m_p95;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_ms;
    QLabel *m_empty;
    QLabel *m_gateway;
    QLabel *m_rateLimits;
    QLabel *m_interactions;
};

} // namespace mechdock::ui
