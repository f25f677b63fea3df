#include "containerconfigstore.h"

#include "dockerclient.h"

#include "common/clock.h"
#include "common/translation.h"
#include "storage/connectionpool.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mechdock::docker {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::docker::ContainerConfigStore", text);
}

const char *const kColumns = "endpoint, name, display_name, allowed_actions, sort_order, "
                             "info_text, active, detailed_status, declared, updated_ms";

ContainerConfig fromRow(const QSqlQuery &q) {
    ContainerConfig c;
    c.endpoint = q.value(0).toString();
    c.name = q.value(1).toString();
    c.displayName = q.value(2).toString();
    c.allowedActions = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.order = q.value(4).toInt();
    c.infoText = q.value(5).toString();
    c.active = q.value(6).toBool();
    c.detailedStatus = q.value(7).toBool();
    c.declared = q.value(8).toBool();
    c.updatedEpochMs = q.value(9).toLongLong();
    return c;
}

QString nonNull(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

storage::MigrationSet ContainerConfigStore::migrations() {
    return {QStringLiteral("docker"),
            {{1,
              QStringLiteral("per-container configuration"),
              {QStringLiteral("CREATE TABLE docker_containers ("
                              " endpoint TEXT NOT NULL,"
                              " name TEXT NOT NULL,"
                              " display_name TEXT NOT NULL DEFAULT '',"
                              " allowed_actions TEXT NOT NULL DEFAULT 'status',"
                              " sort_order INTEGER NOT NULL DEFAULT 0,"
                              " info_text TEXT NOT NULL DEFAULT '',"
                              " active INTEGER NOT NULL DEFAULT 1,"
                              " detailed_status INTEGER NOT NULL DEFAULT 1,"
                              " declared INTEGER NOT NULL DEFAULT 0,"
                              " updated_ms INTEGER NOT NULL DEFAULT 0,"
                              " PRIMARY KEY (endpoint, name))")}}}};
}

QStringList ContainerConfigStore::knownActions() {
    return {QStringLiteral("status"),  QStringLiteral("start"), QStringLiteral("stop"),
            QStringLiteral("restart"), QStringLiteral("logs"),  QStringLiteral("info")};
}

QString ContainerConfigStore::validate(const ContainerConfig &c) {
    if (c.endpoint.trimmed().isEmpty())
        return tr("the container \"%1\" names no Docker endpoint").arg(c.name.left(100));
    if (c.name.isEmpty() || !DockerClient::isValidName(c.name) ||
        c.name.startsWith(QLatin1Char('/')))
        return DockerClient::invalidNameMessage(c.name);
    for (const QString &a : c.allowedActions) {
        if (!knownActions().contains(a))
            return tr("%1: \"%2\" is not an action (allowed: %3)")
                .arg(c.name, a.left(50), knownActions().join(QStringLiteral(", ")));
    }
    if (c.infoText.size() > ContainerConfig::kMaxInfoText)
        return tr("%1: the info text has %2 characters; at most %3 are allowed")
            .arg(c.name)
            .arg(c.infoText.size())
            .arg(ContainerConfig::kMaxInfoText);
    if (c.displayName.size() > ContainerConfig::kMaxDisplayName)
        return tr("%1: the display name has more than %2 characters")
            .arg(c.name)
            .arg(ContainerConfig::kMaxDisplayName);
    return {};
}

ContainerConfigStore::ContainerConfigStore(storage::ConnectionPool &pool, const Clock *clock)
    : m_pool(pool)
    , m_clock(clock ? clock : &Clock::system()) {}

StoreResult ContainerConfigStore::save(const ContainerConfig &config) {
    StoreResult r;
    r.error = validate(config);
    if (!r.error.isEmpty())
        return r;
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        r.error = lease.error();
        return r;
    }
    const bool existed = find(config.endpoint, config.name).has_value();
    QSqlQuery &q = lease.prepared(
        QStringLiteral("INSERT OR REPLACE INTO docker_containers(%1) VALUES(?,?,?,?,?,?,?,?,?,?)")
            .arg(QLatin1String(kColumns)));
    QStringList actions = config.allowedActions;
    actions.removeDuplicates();
    q.addBindValue(config.endpoint.trimmed());
    q.addBindValue(config.name);
    q.addBindValue(nonNull(config.displayName));
    q.addBindValue(nonNull(actions.join(QLatin1Char(','))));
    q.addBindValue(config.order);
    q.addBindValue(nonNull(config.infoText));
    q.addBindValue(config.active ? 1 : 0);
    q.addBindValue(config.detailedStatus ? 1 : 0);
    q.addBindValue(config.declared ? 1 : 0);
    q.addBindValue(m_clock->epochMs());
    if (!q.exec()) {
        r.error = tr("could not store the configuration of %1: %2")
                      .arg(config.name, q.lastError().text());
        return r;
    }
    r.ok = true;
    (existed ? r.updated : r.inserted) = 1;
    return r;
}

StoreResult ContainerConfigStore::remove(const QString &endpoint, const QString &name) {
    StoreResult r;
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        r.error = lease.error();
        return r;
    }
    QSqlQuery &q =
        lease.prepared(QStringLiteral("DELETE FROM docker_containers WHERE endpoint=? AND name=?"));
    q.addBindValue(endpoint);
    q.addBindValue(name);
    if (!q.exec()) {
        r.error = q.lastError().text();
        return r;
    }
    if (q.numRowsAffected() == 0) {
        r.error = tr("no container \"%1\" is configured on %2").arg(name.left(100), endpoint);
        return r;
    }
    r.ok = true;
    return r;
}

std::optional<ContainerConfig>
ContainerConfigStore::find(const QString &endpoint, const QString &name, QString *error) const {
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        if (error)
            *error = lease.error();
        return std::nullopt;
    }
    QSqlQuery &q = lease.prepared(
        QStringLiteral("SELECT %1 FROM docker_containers WHERE endpoint=? AND name=?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(endpoint);
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    std::optional<ContainerConfig> out;
    if (q.next())
        out = fromRow(q);
    q.finish();
    return out;
}

QList<ContainerConfig> ContainerConfigStore::list(QString *error) const {
    QList<ContainerConfig> out;
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        if (error)
            *error = lease.error();
        return out;
    }
    QSqlQuery &q =
        lease.prepared(QStringLiteral("SELECT %1 FROM docker_containers ORDER BY sort_order, "
                                      "CASE display_name WHEN '' THEN name ELSE display_name END "
                                      "COLLATE NOCASE, endpoint, name")
                           .arg(QLatin1String(kColumns)));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}

const ContainerConfig *ContainerConfigStore::validateAll(const QList<ContainerConfig> &configs,
                                                         QString *why) const {
    for (const ContainerConfig &c : configs) {
        *why = validate(c);
        if (!why->isEmpty())
            return &c;
    }
    return nullptr;
}

StoreResult ContainerConfigStore::mergeDeclared(const QList<ContainerConfig> &declared) {
    StoreResult r;
    // All or nothing: one bad entry in the file leaves the stored configuration as it was.
    if (validateAll(declared, &r.error))
        return r;
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        r.error = lease.error();
        return r;
    }
    QSqlDatabase db = lease.database();
    if (!db.transaction()) {
        r.error = db.lastError().text();
        return r;
    }
    for (const ContainerConfig &d : declared) {
        QString error;
        const std::optional<ContainerConfig> stored = find(d.endpoint, d.name, &error);
        if (!error.isEmpty()) {
            db.rollback();
            r.error = error;
            return r;
        }
        ContainerConfig merged = stored.value_or(ContainerConfig{});
        merged.endpoint = d.endpoint;
        merged.name = d.name;
        const quint32 f = d.declaredFields;
        if (!stored || (f & ContainerConfig::DisplayName))
            merged.displayName = d.displayName;
        if (!stored || (f & ContainerConfig::AllowedActions))
            merged.allowedActions = d.allowedActions;
        if (!stored || (f & ContainerConfig::Order))
            merged.order = d.order;
        if (!stored || (f & ContainerConfig::InfoText))
            merged.infoText = d.infoText;
        if (!stored || (f & ContainerConfig::Active))
            merged.active = d.active;
        if (!stored || (f & ContainerConfig::DetailedStatus))
            merged.detailedStatus = d.detailedStatus;
        merged.declared = true;
        const StoreResult one = save(merged);
        if (!one.ok) {
            db.rollback();
            r.error = one.error;
            r.inserted = r.updated = 0;
            return r;
        }
        r.inserted += one.inserted;
        r.updated += one.updated;
    }
    if (!db.commit()) {
        r.error = db.lastError().text();
        r.inserted = r.updated = 0;
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace mechdock::docker
