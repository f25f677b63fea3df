#include "cachetablemodel.h"

#include <QLocale>

namespace mechdock::ui {

CacheTableModel::CacheTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int CacheTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CacheTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CacheTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const memory::CacheStats &c = m_rows.at(index.row());
    const bool queue = c.kind == memory::ContainerKind::Queue;
    const bool lookups = c.hits + c.misses > 0;
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return c.name.toLower();
        case Kind:
            return int(c.kind);
        case Entries:
            return c.entries;
        case Bytes:
            return c.bytes;
        case HitRate:
            return lookups ? c.hitRate() : -1.0;
        case Evictions:
            return c.evictions;
        case Drops:
            return c.dropped;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Entries)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Entries && queue)
        return tr("Deepest so far: %1").arg(c.highWater);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return c.name;
    case Kind:
        switch (c.kind) {
        case memory::ContainerKind::Cache:
            return tr("cache");
        case memory::ContainerKind::Queue:
            return tr("queue");
        case memory::ContainerKind::Map:
            return tr("map");
        case memory::ContainerKind::Set:
            return tr("set");
        }
        return {};
    case Entries:
        return c.maxEntries > 0
                   ? tr("%1 / %2").arg(locale.toString(c.entries), locale.toString(c.maxEntries))
                   : locale.toString(c.entries);
    case Bytes:
        return c.maxBytes > 0 ? tr("%1 / %2").arg(locale.formattedDataSize(c.bytes),
                                                  locale.formattedDataSize(c.maxBytes))
                              : locale.formattedDataSize(c.bytes);
    case HitRate:
        return lookups ? QStringLiteral("%1 %").arg(QLocale().toString(c.hitRate() * 100.0, 'f', 1))
                       : QStringLiteral("–");
    case Evictions:
        return locale.toString(c.evictions);
    case Drops:
        return queue || c.dropped > 0 ? locale.toString(c.dropped) : QStringLiteral("–");
    default:
        return {};
    }
}

QVariant CacheTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Entries:
            return tr("Entries held, against the bound");
        case Bytes:
            return tr("Estimated payload bytes, against the byte bound when there is one");
        case HitRate:
            return tr("Lookups answered from the cache");
        case Evictions:
            return tr("Entries removed to stay within bounds, by age or by pressure");
        case Drops:
            return tr("Queue items dropped or refused because the queue was full");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Entries:
        return tr("Entries");
    case Bytes:
        return tr("Bytes");
    case HitRate:
        return tr("Hit rate");
    case Evictions:
        return tr("Evictions");
    case Drops:
        return tr("Drops");
    default:
        return {};
    }
}

void CacheTableModel::setCaches(const QList<memory::CacheStats> &caches) {
    // Same names in the same order (the usual case): update values without a reset.
    bool sameRows = caches.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < caches.size(); ++i)
        sameRows = caches.at(i).name == m_rows.at(i).name;
    if (!sameRows) {
        beginResetModel();
        m_rows = caches;
        endResetModel();
        return;
    }
    m_rows = caches;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace mechdock::ui
