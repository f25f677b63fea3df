#include "preparedstatementcache.h"

#include <algorithm>

namespace mechdock::storage {

PreparedStatementCache::PreparedStatementCache(int capacity)
    : m_capacity(std::max(1, capacity)) {}

QSqlQuery &PreparedStatementCache::get(const QSqlDatabase &db, const QString &sql) {
    auto it = m_index.find(sql);
    if (it != m_index.end()) {
        ++m_hits;
        m_lru.splice(m_lru.begin(), m_lru, it.value());
        QSqlQuery &q = *m_lru.front().query;
        q.finish();
        return q;
    }
    ++m_misses;
    auto query = std::make_unique<QSqlQuery>(db);
    if (!query->prepare(sql)) {
        // A statement that does not prepare is not cached; the caller reads lastError().
        m_failed = std::move(query);
        return *m_failed;
    }
    if (int(m_lru.size()) >= m_capacity) {
        m_index.remove(m_lru.back().sql);
        m_lru.pop_back();
    }
    m_lru.push_front(Entry{sql, std::move(query)});
    m_index.insert(sql, m_lru.begin());
    return *m_lru.front().query;
}

void PreparedStatementCache::clear() {
    m_index.clear();
    m_lru.clear();
    m_failed.reset();
}

} // namespace mechdock::storage
