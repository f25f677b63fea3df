#include "shardtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace mechdock::ui {

ShardTableModel::ShardTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ShardTableModel::setShards(const QList<service::GatewayShardRow> &shards) {
    if (shards.size() != m_shards.size()) {
        beginResetModel();
        m_shards = shards;
        endResetModel();
        return;
    }
    m_shards = shards;
    if (!m_shards.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ShardTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_shards.size());
}

int ShardTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShardTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_shards.size())
        return {};
    const service::GatewayShardRow &s = m_shards.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ShardId:
            return s.shardId;
        case State:
            return s.state;
        case Latency:
            return s.latencyMs >= 0
                       ? QVariant(tr("%1 ms").arg(QLocale().toString(s.latencyMs, 'f', 0)))
                       : QVariant(tr("not measured"));
        case Identifies:
            return s.identifies;
        case Resumes:
            return s.resumes;
        case CloseCode:
            return s.lastCloseCode >= 0 ? QVariant(s.lastCloseCode) : QVariant(tr("none"));
        case Events:
            return s.dispatches;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State &&
        s.state != QLatin1String("connected"))
        return QBrush(QColor(0xc0, 0x56, 0x21));
    if (role == Qt::ToolTipRole && !s.fatalReason.isEmpty())
        return s.fatalReason;
    if (role == Qt::TextAlignmentRole && index.column() != State)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ShardTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Events)
        return tr("Gateway events received on this shard");
    // Otherwise the header's text is its tooltip: readable when the column is narrower.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case ShardId:
        return tr("Shard");
    case State:
        return tr("State");
    case Latency:
        return tr("Latency");
    case Identifies:
        return tr("Identifies");
    case Resumes:
        return tr("Resumes");
    case CloseCode:
        return tr("Last close");
    case Events:
        return tr("Events");
    default:
        return {};
    }
}

} // namespace mechdock::ui
