// ContainerConfigStore: the per-container configuration in SQLite (component "docker"): create,
// read, update, delete, the ordered list, and mergeDeclared() which brings in the containers the
// settings file declares (the file wins for the fields it sets) without deleting the ones added
// in the panel. Invalid input is refused with a message, never stored.
#pragma once

#include "containerconfig.h"

#include "storage/migration.h"

#include <QList>
#include <QString>

#include <optional>

namespace mechdock {
class Clock;
}
namespace mechdock::storage {
class ConnectionPool;
}

namespace mechdock::docker {

struct StoreResult {
    bool ok = false;
    QString error;
    int inserted = 0;
    int updated = 0;
};

class ContainerConfigStore {
    Q_DISABLE_COPY_MOVE(ContainerConfigStore)
public:
    static storage::MigrationSet migrations();
    static QStringList knownActions(); // status, start, stop, restart, logs, info
    // Empty when the configuration may be stored, else what is wrong.
    static QString validate(const ContainerConfig &config);

    explicit ContainerConfigStore(storage::ConnectionPool &pool, const Clock *clock = nullptr);

    StoreResult save(const ContainerConfig &config); // insert or replace
    StoreResult remove(const QString &endpoint, const QString &name);
    std::optional<ContainerConfig> find(const QString &endpoint, const QString &name,
                                        QString *error = nullptr) const;
    // Ordered by order, then display name, then endpoint and name.
    QList<ContainerConfig> list(QString *error = nullptr) const;
    StoreResult mergeDeclared(const QList<ContainerConfig> &declared);

private:
    const ContainerConfig *validateAll(const QList<ContainerConfig> &configs, QString *why) const;

    storage::ConnectionPool &m_pool;
    const Clock *m_clock;
};

} // namespace mechdock::docker
