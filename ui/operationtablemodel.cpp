#include "operationtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <climits>

namespace mechdock::ui {

namespace {

QString milliseconds(double ms) {
    // Sub-millisecond calls (cache lookups) need a decimal; slow ones do not.
    return ms < 10 ? QStringLiteral("%1").arg(QLocale().toString(ms, 'f', 2))
                   : QStringLiteral("%1").arg(QLocale().toString(ms, 'f', 0));
}

} // namespace

OperationTableModel::OperationTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int OperationTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const monitor::OperationSummary &o = m_rows.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return o.name.toLower();
        case Count:
            return o.totalCount;
        case P50:
            return o.p50Ms;
        case P95:
            return o.p95Ms;
        case P99:
            return o.p99Ms;
        case Max:
            return o.maxMs;
        case SuccessRate:
            return o.successRate;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == SuccessRate && o.successRate < 0.95)
        return QBrush(QColor(0xc5, 0x30, 0x30));
    if (role == Qt::ToolTipRole)
        return tr("%1: %n call(s) since start, %2 failed; percentiles over the last %3", nullptr,
                  int(qMin<quint64>(o.totalCount, quint64(INT_MAX))))
            .arg(o.name, QLocale().toString(o.totalFailures), QString::number(o.windowCount));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return o.name;
    case Count:
        return QLocale().toString(o.totalCount);
    case P50:
        return milliseconds(o.p50Ms);
    case P95:
        return milliseconds(o.p95Ms);
    case P99:
        return milliseconds(o.p99Ms);
    case Max:
        return milliseconds(o.maxMs);
    case SuccessRate:
        return QStringLiteral("%1 %").arg(QLocale().toString(o.successRate * 100.0, 'f', 1));
    default:
        return {};
    }
}

QVariant OperationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Count:
            return tr("Calls since the service started");
        case P50:
        case P95:
        case P99:
            return tr("Duration in milliseconds that this share of recent calls stayed under");
        case Max:
            return tr("The slowest recent call, in milliseconds");
        case SuccessRate:
            return tr("Recent calls that succeeded");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Operation");
    case Count:
        return tr("Calls");
    case P50:
        return tr("p50 ms");
    case P95:
        return tr("p95 ms");
    case P99:
        return tr("p99 ms");
    case Max:
        return tr("Max ms");
    case SuccessRate:
        return tr("Success");
    default:
        return {};
    }
}

void OperationTableModel::setOperations(const QList<monitor::OperationSummary> &operations) {
    bool sameRows = operations.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < operations.size(); ++i)
        sameRows = operations.at(i).name == m_rows.at(i).name;
    if (!sameRows) {
        beginResetModel();
        m_rows = operations;
        endResetModel();
        return;
    }
    m_rows = operations;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace mechdock::ui
