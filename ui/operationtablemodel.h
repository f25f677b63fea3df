// OperationTableModel: the operation metrics of a snapshot (per operation: calls since start,
// p50, p95, p99 and success rate over the recent window, the slowest and when it last ran).
#pragma once

#include "monitor/operationmetrics.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class OperationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Count, P50, P95, P99, Max, SuccessRate, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit OperationTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setOperations(const QList<monitor::OperationSummary> &operations);
    const monitor::OperationSummary &operation(int row) const { return m_rows.at(row); }

private:
    QList<monitor::OperationSummary> m_rows;
};

} // namespace mechdock::ui
