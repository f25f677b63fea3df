#include "connectionlease.h"

#include "connectionpool.h"
#include "preparedstatementcache.h"

#include <utility>

namespace mechdock::storage {

ConnectionLease::ConnectionLease(ConnectionPool *pool, PooledConnection *connection)
    : m_pool(pool)
    , m_connection(connection) {}

ConnectionLease::ConnectionLease(QString error)
    : m_error(std::move(error)) {}

ConnectionLease::ConnectionLease(ConnectionLease &&other) noexcept
    : m_pool(std::exchange(other.m_pool, nullptr))
    , m_connection(std::exchange(other.m_connection, nullptr))
    , m_error(std::move(other.m_error)) {}

ConnectionLease &ConnectionLease::operator=(ConnectionLease &&other) noexcept {
    if (this != &other) {
        release();
        m_pool = std::exchange(other.m_pool, nullptr);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

ConnectionLease::~ConnectionLease() {
    release();
}

QSqlDatabase ConnectionLease::database() const {
    return m_connection ? m_connection->db : QSqlDatabase();
}

QSqlQuery &ConnectionLease::prepared(const QString &sql) {
    Q_ASSERT(m_connection);
    return m_connection->statements->get(m_connection->db, sql);
}

void ConnectionLease::release() {
    if (m_pool && m_connection)
        m_pool->release(m_connection);
    m_pool = nullptr;
    m_connection = nullptr;
}

} // namespace mechdock::storage
