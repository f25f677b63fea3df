#include "guildtablemodel.h"

#include <QBrush>
#include <QColor>

namespace mechdock::ui {

GuildTableModel::GuildTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void GuildTableModel::setGuilds(const QList<service::GuildRow> &guilds) {
    bool sameRows = guilds.size() == m_guilds.size();
    for (qsizetype i = 0; sameRows && i < guilds.size(); ++i)
        sameRows = guilds.at(i).id == m_guilds.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_guilds = guilds;
        endResetModel();
        return;
    }
    // Same guilds: update in place, which keeps the selection and the scroll position.
    m_guilds = guilds;
    if (!m_guilds.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GuildTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_guilds.size());
}

int GuildTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuildTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_guilds.size())
        return {};
    const service::GuildRow &g = m_guilds.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return g.name.isEmpty() ? tr("(not loaded yet)") : g.name;
        case Id:
            return g.id;
        case Members:
            return g.memberCount >= 0 ? QVariant(g.memberCount) : QVariant(tr("unknown"));
        case Shard:
            return g.shardId;
        case Available:
            return g.available ? tr("yes") : tr("no");
        case Commands:
            if (m_configuredIds.isEmpty())
                return tr("global");
            return hasCommands(g) ? tr("yes") : tr("no: not in Guild ids");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Commands && !hasCommands(g))
        return QBrush(QColor(0xc5, 0x30, 0x30));
    if (role == Qt::ToolTipRole && index.column() == Commands && !hasCommands(g))
        return tr("The slash commands are registered only in the servers the settings list. Add "
                  "%1 to Guild ids on the Settings page (Discord tab) so this server can use "
                  "them.")
            .arg(g.id);
    if (role == SortRole) {
        switch (index.column()) {
        case Members:
            return g.memberCount;
        case Shard:
            return g.shardId;
        case Id:
            return g.id.toULongLong();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name && g.available)
        return tr("Guild id %1").arg(g.id);
    if (role == Qt::ToolTipRole && !g.available)
        return tr("Not known to be available: its shard is not connected, Discord reports an "
                  "outage, or its details have not arrived yet");
    return {};
}

void GuildTableModel::setConfiguredGuildIds(const QStringList &ids) {
    m_configuredIds = ids;
    if (!m_guilds.isEmpty())
        emit dataChanged(index(0, Commands), index(int(m_guilds.size()) - 1, Commands));
}

bool GuildTableModel::hasCommands(const service::GuildRow &guild) const {
    return m_configuredIds.isEmpty() || m_configuredIds.contains(guild.id);
}

QVariant GuildTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // The header's text is also its tooltip: readable when the column is narrower than it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Name:
        return tr("Guild");
    case Id:
        return tr("Id");
    case Members:
        return tr("Members");
    case Shard:
        return tr("Shard");
    case Available:
        return tr("Available");
    case Commands:
        return tr("Commands");
    default:
        return {};
    }
}

} // namespace mechdock::ui
