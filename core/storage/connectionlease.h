// ConnectionLease: the calling thread's use of its pooled SQLite connection. While a lease
// lives the connection is busy; when the last lease on a thread ends it becomes idle again.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace mechdock::storage {

class ConnectionPool;
struct PooledConnection;

class ConnectionLease {
public:
    ConnectionLease() = default;
    ConnectionLease(ConnectionLease &&other) noexcept;
    ConnectionLease &operator=(ConnectionLease &&other) noexcept;
    ConnectionLease(const ConnectionLease &) = delete;
    ConnectionLease &operator=(const ConnectionLease &) = delete;
    ~ConnectionLease();

    bool isValid() const { return m_connection != nullptr; }
    QString error() const { return m_error; }
    QSqlDatabase database() const;
    // A cached prepared statement on this connection; bind values and exec() it.
    QSqlQuery &prepared(const QString &sql);
    void release();

private:
    friend class ConnectionPool;
    ConnectionLease(ConnectionPool *pool, PooledConnection *connection);
    explicit ConnectionLease(QString error);

    ConnectionPool *m_pool = nullptr;
    PooledConnection *m_connection = nullptr;
    QString m_error;
};

} // namespace mechdock::storage
