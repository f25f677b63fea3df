// ShardTableModel: one row per gateway shard (state, latency, identifies, resumes, last close
// code) from the snapshot, updated in place while the shard count stays the same.
#pragma once

#include "service/servicesnapshot.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class ShardTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShardTableModel)
public:
    enum Column {
        ShardId = 0,
        State,
        Latency,
        Identifies,
        Resumes,
        CloseCode,
        Events,
        ColumnCount
    };

    explicit ShardTableModel(QObject *parent = nullptr);

    void setShards(const QList<service::GatewayShardRow> &shards);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<service::GatewayShardRow> m_shards;
};

} // namespace mechdock::ui
