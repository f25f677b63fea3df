#include "containertablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace mechdock::ui {

ContainerTableModel::ContainerTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ContainerTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Endpoint:
        return tr("Host");
    case Name:
        return tr("Container");
    case State:
        return tr("State");
    case Cpu:
        return tr("CPU");
    case Memory:
        return tr("RAM");
    case Status:
        return tr("Docker says");
    }
    return {};
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const service::ContainerRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Endpoint:
            return r.endpoint;
        case Name:
            return r.configured && r.displayName != r.name
                       ? QStringLiteral("%1 (%2)").arg(r.displayName, r.name)
                       : r.name;
        case State:
            return r.state;
        case Cpu:
            if (sort)
                return r.cpuPercent;
            return r.cpuPercent < 0 ? QStringLiteral("–")
                                    : QStringLiteral("%1 %").arg(r.cpuPercent, 0, 'f', 1);
        case Memory:
            if (sort)
                return r.memoryBytes;
            return r.memoryBytes < 0 ? QStringLiteral("–")
                                     : QLocale().formattedDataSize(r.memoryBytes);
        case Status:
            return r.statusText;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State)
        return QBrush(r.running ? QColor(0x2f855a) : QColor(0xc53030));
    if (role == Qt::ToolTipRole) {
        return r.configured ? tr("Allowed: %1").arg(r.allowedActions.join(QStringLiteral(", ")))
                            : tr("Not configured: shown only, no actions");
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Cpu || index.column() == Memory))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void ContainerTableModel::setRows(const QList<service::ContainerRow> &rows) {
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace mechdock::ui
