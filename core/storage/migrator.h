// Migrator: brings each component's tables to the newest version this build knows, one
// migration per transaction, and refuses a database written by a newer Mechdock.
#pragma once

#include "migration.h"

#include <QSqlDatabase>

namespace mechdock::storage {

struct MigrationResult {
    bool ok = true;
    QString error;
    int applied = 0;
};

class Migrator {
public:
    static MigrationResult migrate(QSqlDatabase &db, const QList<MigrationSet> &sets);
    // The version recorded for a component, 0 when it has none yet, -1 on a read error.
    static int currentVersion(QSqlDatabase &db, const QString &component);
};

} // namespace mechdock::storage
