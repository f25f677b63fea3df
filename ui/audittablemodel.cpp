#include "audittablemodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace mechdock::ui {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<storage::AuditEntry> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const storage::AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Time:
            if (role == SortRole)
                return e.epochMs;
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.epochMs),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Source:
            return e.source;
        case Actor:
            return e.actor;
        case Action:
            return e.action;
        case Target:
            return e.target;
        case Result:
            return e.result;
        case Detail:
            return e.detail;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Result && e.result != QLatin1String("ok"))
        return QBrush(QColor(0xc5, 0x30, 0x30));
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!e.actorId.isEmpty())
            lines << tr("User id: %1").arg(e.actorId);
        if (!e.guildId.isEmpty())
            lines << tr("Guild: %1").arg(e.guildId);
        if (!e.channelId.isEmpty())
            lines << tr("Channel: %1").arg(e.channelId);
        if (!e.detail.isEmpty())
            lines << e.detail;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // The header's text is also its tooltip: readable when the column is narrower than it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Source:
        return tr("Source");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace mechdock::ui
