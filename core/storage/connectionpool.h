// ConnectionPool: SQLite connections for QtSql, one per thread (a QtSql rule), at most N open
// (DB_MAX_CONNECTIONS, seed 002: 3), idle ones closed after a timeout (10 minutes). A thread that
// finds every connection busy waits up to a timeout instead of opening more.
#pragma once

#include "connectionlease.h"

#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace mechdock {
class Clock;
}

namespace mechdock::storage {

class PreparedStatementCache;

struct PooledConnection {
    QString name;
    QSqlDatabase db;
    Qt::HANDLE thread = nullptr;
    int leases = 0;
    qint64 lastUsedMs = 0;
    std::unique_ptr<PreparedStatementCache> statements;
    ~PooledConnection();
};

// Whether writes are landing: /health reports a database whose writes fail (disk full, a damaged
// file, a folder that became read-only) even while reads still work.
struct WriteHealth {
    quint64 writes = 0;
    quint64 failures = 0;
    qint64 lastSuccessMs = 0;
    qint64 lastFailureMs = 0;
    QString lastError;
    // True while the most recent write failed: one success clears it.
    bool failing() const { return lastFailureMs > 0 && lastFailureMs >= lastSuccessMs; }
};

struct PoolStats {
    int open = 0;
    int busy = 0;
    int maxConnections = 0;
    quint64 opened = 0;
    quint64 closedIdle = 0;
    quint64 waits = 0;
    quint64 timeouts = 0;
};

class ConnectionPool {
    Q_DISABLE_COPY_MOVE(ConnectionPool)
public:
    static constexpr int kDefaultMaxConnections = 3;
    static constexpr int kDefaultIdleTimeoutMs = 10 * 60 * 1000;

    explicit ConnectionPool(QString databasePath, int maxConnections = kDefaultMaxConnections,
                            int idleTimeoutMs = kDefaultIdleTimeoutMs,
                            const Clock *clock = nullptr);
    ~ConnectionPool();

    ConnectionLease acquire(int timeoutMs = 5000);
    // Closes connections idle longer than the timeout; returns how many were closed.
    int closeIdleConnections();
    // Prepared statements cached per connection (seed 002: 200); applies to new connections.
    void setStatementCacheSize(int size) { m_statementCacheSize = std::max(1, size); }
    PoolStats stats() const;
    // Repositories report each write's outcome here, so failures show in one place.
    void reportWrite(bool ok, const QString &error = {});
    WriteHealth writeHealth() const;
    QString databasePath() const { return m_path; }

private:
    friend class ConnectionLease;
    void release(PooledConnection *connection);
    bool openConnection(PooledConnection &connection, QString *error);
    void closeConnection(std::unique_ptr<PooledConnection> connection);
    int closeIdleLocked(qint64 now, std::vector<std::unique_ptr<PooledConnection>> &closed);

    const QString m_path;
    const int m_max;
    const int m_idleTimeoutMs;
    int m_statementCacheSize = 200;
    const Clock *m_clock;
    const quint64 m_poolId;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    std::vector<std::unique_ptr<PooledConnection>> m_connections;
    int m_opening = 0;
    quint64 m_nextName = 1;
    PoolStats m_counters;
    WriteHealth m_writes;
};

} // namespace mechdock::storage
