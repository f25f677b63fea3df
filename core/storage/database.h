// Database: the SQLite file, its connection pool and its schema. open() creates the folder and
// the file, applies every component's migrations and refuses a database it cannot understand.
#pragma once

#include "connectionpool.h"
#include "migration.h"

#include <QString>

#include <memory>

namespace mechdock::storage {

class Database {
    Q_DISABLE_COPY_MOVE(Database)
public:
    static std::unique_ptr<Database>
    open(const QString &path, const QList<MigrationSet> &sets, QString *error,
         int maxConnections = ConnectionPool::kDefaultMaxConnections,
         int idleTimeoutMs = ConnectionPool::kDefaultIdleTimeoutMs);
    ~Database();

    ConnectionPool &pool() { return *m_pool; }
    QString path() const { return m_path; }
    // A cheap liveness check for /health: a read on a pooled connection.
    bool check(QString *error);

private:
    Database(QString path, std::unique_ptr<ConnectionPool> pool);
    QString m_path;
    std::unique_ptr<ConnectionPool> m_pool;
};

} // namespace mechdock::storage
