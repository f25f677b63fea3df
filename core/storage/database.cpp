#include "database.h"

#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mechdock::storage {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("mechdock::storage::Database", text);
}
} // namespace

Database::Database(QString path, std::unique_ptr<ConnectionPool> pool)
    : m_path(std::move(path))
    , m_pool(std::move(pool)) {}

Database::~Database() = default;

std::unique_ptr<Database> Database::open(const QString &path, const QList<MigrationSet> &sets,
                                         QString *error, int maxConnections, int idleTimeoutMs) {
    QString dummy;
    QString &err = error ? *error : dummy;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        err = tr("cannot create the folder %1 for the database").arg(info.absolutePath());
        return nullptr;
    }
    if (info.exists() && !info.isWritable()) {
        err = tr("the database %1 is not writable by this user").arg(path);
        return nullptr;
    }
    auto pool = std::make_unique<ConnectionPool>(path, maxConnections, idleTimeoutMs);
    {
        ConnectionLease lease = pool->acquire();
        if (!lease.isValid()) {
            err = lease.error();
            return nullptr;
        }
        QSqlDatabase db = lease.database();
        QSqlQuery probe(db);
        // A file that is not SQLite fails here, before any migration touches it.
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            err = tr("%1 is not a usable SQLite database: %2").arg(path, probe.lastError().text());
            return nullptr;
        }
        probe.finish();
        const MigrationResult r = Migrator::migrate(db, sets);
        if (!r.ok) {
            err = r.error;
            return nullptr;
        }
    }
    return std::unique_ptr<Database>(new Database(path, std::move(pool)));
}

bool Database::check(QString *error) {
    ConnectionLease lease = m_pool->acquire(2000);
    if (!lease.isValid()) {
        if (error)
            *error = lease.error();
        return false;
    }
    QSqlQuery q(lease.database());
    if (!q.exec(QStringLiteral("SELECT 1 FROM schema_migrations LIMIT 1"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace mechdock::storage
