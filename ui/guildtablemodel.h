// GuildTableModel: the guilds the bot is in (from the snapshot's gateway rows) as a sortable
// table; rows update in place when the same guilds come again.
#pragma once

#include "service/servicesnapshot.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class GuildTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuildTableModel)
public:
    enum Column { Name = 0, Id, Members, Shard, Available, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit GuildTableModel(QObject *parent = nullptr);

    void setGuilds(const QList<service::GuildRow> &guilds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<service::GuildRow> m_guilds;
};

} // namespace mechdock::ui
