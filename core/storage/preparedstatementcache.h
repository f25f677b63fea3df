// PreparedStatementCache: per-connection LRU of prepared QSqlQuery objects (seed 002: 200), so
// hot statements are compiled once; bounded so a stream of distinct SQL cannot grow it.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <list>
#include <memory>

namespace mechdock::storage {

class PreparedStatementCache {
    Q_DISABLE_COPY_MOVE(PreparedStatementCache)
public:
    static constexpr int kDefaultCapacity = 200;
    explicit PreparedStatementCache(int capacity = kDefaultCapacity);

    // A prepared query for `sql` on `db`; on a prepare error the query's lastError() says why.
    QSqlQuery &get(const QSqlDatabase &db, const QString &sql);
    void clear();
    int size() const { return int(m_lru.size()); }
    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

private:
    struct Entry {
        QString sql;
        std::unique_ptr<QSqlQuery> query;
    };
    const int m_capacity;
    std::list<Entry> m_lru; // front = most recently used
    QHash<QString, std::list<Entry>::iterator> m_index;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    std::unique_ptr<QSqlQuery> m_failed;
};

} // namespace mechdock::storage
