#include "database.h"
#include "common/translation.h"

#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mechdock::storage {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::storage::Database", text);
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
        // A damaged file can still answer the probe above; quick_check reads every page once
        // (not the slower index cross-check), so a bad database is named at start, not found
        // later through failing writes.
        QSqlQuery integrity(db);
        if (!integrity.exec(QStringLiteral("PRAGMA quick_check"))) {
            err = tr("%1 cannot be checked: %2").arg(path, integrity.lastError().text());
            return nullptr;
        }
        QStringList problems;
        while (integrity.next() && problems.size() < 3)
            problems.append(integrity.value(0).toString());
        integrity.finish();
        if (problems != QStringList{QStringLiteral("ok")}) {
            err = tr("%1 is damaged (%2). Stop Mechdock, move the file aside (sqlite3's .recover "
                     "can rescue its rows) and start again: a new database is created.")
                      .arg(path, problems.join(QStringLiteral("; ")));
            return nullptr;
        }
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
    // A health probe must answer quickly: wait at most half a second for a lock here. It takes
    // the write lock and releases it without writing, so a stuck writer shows up as unhealthy.
    q.exec(QStringLiteral("PRAGMA busy_timeout=500"));
    bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (ok) {
        ok = q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations"));
        q.finish();
        q.exec(QStringLiteral("ROLLBACK"));
    }
    if (!ok && error)
        *error = q.lastError().text();
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    return ok;
}

} // namespace mechdock::storage
