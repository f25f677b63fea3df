#include "migrator.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace mechdock::storage {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::storage::Migrator", text);
}

bool ensureVersionTable(QSqlDatabase &db, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               " component TEXT PRIMARY KEY,"
                               " version INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL)"))) {
        *error = tr("cannot create the schema version table: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
} // namespace

int Migrator::currentVersion(QSqlDatabase &db, const QString &component) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM schema_migrations WHERE component = ?"));
    q.addBindValue(component);
    if (!q.exec())
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

MigrationResult Migrator::migrate(QSqlDatabase &db, const QList<MigrationSet> &sets) {
    MigrationResult result;
    if (!ensureVersionTable(db, &result.error)) {
        result.ok = false;
        return result;
    }
    for (const MigrationSet &set : sets) {
        const int current = currentVersion(db, set.component);
        if (current < 0) {
            result.ok = false;
            result.error = tr("cannot read the schema version of '%1'").arg(set.component);
            return result;
        }
        const int known = set.migrations.isEmpty() ? 0 : set.migrations.last().version;
        if (current > known) {
            result.ok = false;
            result.error = tr("the database's '%1' tables are at version %2, newer than this "
                              "Mechdock knows (%3): run a newer Mechdock or restore a backup")
                               .arg(set.component)
                               .arg(current)
                               .arg(known);
            return result;
        }
        int expected = 1;
        for (const Migration &m : set.migrations) {
            if (m.version != expected++) {
                result.ok = false;
                result.error = tr("migrations of '%1' are not numbered 1..n").arg(set.component);
                return result;
            }
            if (m.version <= current)
                continue;
            if (!db.transaction()) {
                result.ok = false;
                result.error = tr("cannot start a transaction: %1").arg(db.lastError().text());
                return result;
            }
            QSqlQuery q(db);
            for (const QString &statement : m.statements) {
                if (!q.exec(statement)) {
                    const QString why = q.lastError().text();
                    db.rollback();
                    result.ok = false;
                    result.error = tr("migration %1 of '%2' (%3) failed: %4")
                                       .arg(m.version)
                                       .arg(set.component, m.description, why);
                    return result;
                }
            }
            q.prepare(QStringLiteral("INSERT INTO schema_migrations(component, version, "
                                     "updated_at) VALUES(?, ?, ?) ON CONFLICT(component) DO "
                                     "UPDATE SET version = excluded.version, "
                                     "updated_at = excluded.updated_at"));
            q.addBindValue(set.component);
            q.addBindValue(m.version);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!q.exec() || !db.commit()) {
                const QString why = q.lastError().text();
                db.rollback();
                result.ok = false;
                result.error = tr("cannot record migration %1 of '%2': %3")
                                   .arg(m.version)
                                   .arg(set.component, why);
                return result;
            }
            ++result.applied;
        }
    }
    return result;
}

} // namespace mechdock::storage
