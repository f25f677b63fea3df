// CacheTableModel: every registered cache and queue of a snapshot (name, kind, entries against
// their bound, bytes, hit rate, evictions, drops). Rows are updated in place by name, so sorting
// and selection survive the once-a-second refresh.
#pragma once

#include "memory/managedcache.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class CacheTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Entries, Bytes, HitRate, Evictions, Drops, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CacheTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setCaches(const QList<memory::CacheStats> &caches);
    const memory::CacheStats &cache(int row) const { return m_rows.at(row); }

private:
    QList<memory::CacheStats> m_rows;
};

} // namespace mechdock::ui
