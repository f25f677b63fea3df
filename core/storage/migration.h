// Migration and MigrationSet: a component's schema as an ordered list of versions. Each
// component (audit, docker, mech, scheduler, ...) tracks its own version in schema_migrations.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mechdock::storage {

struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

struct MigrationSet {
    QString component;
    QList<Migration> migrations; // versions 1..n, ascending
};

} // namespace mechdock::storage
