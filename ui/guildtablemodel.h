// GuildTableModel: the guilds the bot is in (from the snapshot's gateway rows) as a sortable
// table; rows update in place when the same guilds come again. A guild the bot is in whose id the
// settings' guild ids do not list has no slash commands there: its row says so, and how to fix it.
#pragma once

#include "service/servicesnapshot.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class GuildTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuildTableModel)
public:
    enum Column { Name = 0, Id, Members, Shard, Available, Commands, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit GuildTableModel(QObject *parent = nullptr);

    void setGuilds(const QList<service::GuildRow> &guilds);
    // discord.guildIds: commands are registered in these guilds only (empty: globally).
    void setConfiguredGuildIds(const QStringList &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool hasCommands(const service::GuildRow &guild) const;

    QList<service::GuildRow> m_guilds;
    QStringList m_configuredIds;
};

} // namespace mechdock::ui
