#include "auditlog.h"

#include "common/clock.h"
#include "connectionpool.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mechdock::storage {

namespace {
// Null QStrings bind as SQL NULL; the columns are NOT NULL text.
QString text(const QString &s, int max) {
    return s.isNull() ? QStringLiteral("") : s.left(max);
}
} // namespace

MigrationSet AuditLog::migrations() {
    return {QStringLiteral("audit"),
            {{1,
              QStringLiteral("audit log"),
              {QStringLiteral("CREATE TABLE audit_log ("
                              " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                              " time_ms INTEGER NOT NULL,"
                              " source TEXT NOT NULL,"
                              " actor TEXT NOT NULL,"
                              " actor_id TEXT NOT NULL DEFAULT '',"
                              " guild_id TEXT NOT NULL DEFAULT '',"
                              " channel_id TEXT NOT NULL DEFAULT '',"
                              " action TEXT NOT NULL,"
                              " target TEXT NOT NULL DEFAULT '',"
                              " result TEXT NOT NULL,"
                              " detail TEXT NOT NULL DEFAULT '')"),
               QStringLiteral("CREATE INDEX audit_log_time ON audit_log(time_ms)")}}}};
}

AuditLog::AuditLog(ConnectionPool &pool, int maxRows, const Clock *clock)
    : m_pool(pool)
    , m_maxRows(std::max(1, maxRows))
    , m_clock(clock ? clock : &Clock::system()) {}

bool AuditLog::record(AuditEntry entry, QString *error) {
    return recordAll({std::move(entry)}, error);
}

bool AuditLog::recordAll(QList<AuditEntry> entries, QString *error) {
    if (entries.isEmpty())
        return true;
    {
        ConnectionLease lease = m_pool.acquire();
        if (!lease.isValid()) {
            m_pool.reportWrite(false, lease.error());
            if (error)
                *error = lease.error();
            return false;
        }
        // One transaction for the batch: one durable commit instead of one per entry.
        QSqlDatabase db = lease.database();
        const bool batch = entries.size() > 1 && db.transaction();
        QSqlQuery &q = lease.prepared(QStringLiteral(
            "INSERT INTO audit_log(time_ms, source, actor, actor_id, guild_id, channel_id, "
            "action, target, result, detail) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (AuditEntry &entry : entries) {
            if (entry.epochMs == 0)
                entry.epochMs = m_clock->epochMs();
            q.addBindValue(entry.epochMs);
            q.addBindValue(text(entry.source, 50));
            q.addBindValue(text(entry.actor, 200));
            q.addBindValue(text(entry.actorId, 50));
            q.addBindValue(text(entry.guildId, 50));
            q.addBindValue(text(entry.channelId, 50));
            q.addBindValue(text(entry.action, 200));
            q.addBindValue(text(entry.target, 200));
            q.addBindValue(text(entry.result, 100));
            q.addBindValue(text(entry.detail, 2000));
            if (!q.exec()) {
                m_pool.reportWrite(false, q.lastError().text());
                if (error)
                    *error = q.lastError().text();
                if (batch)
                    db.rollback();
                return false;
            }
        }
        if (batch && !db.commit()) {
            m_pool.reportWrite(false, db.lastError().text());
            if (error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
        m_pool.reportWrite(true);
    }
    // Pruning costs a count; do it every few hundred rows, not on every insert.
    m_sincePrune += int(entries.size());
    if (m_sincePrune >= 256) {
        m_sincePrune = 0;
        prune();
    }
    return true;
}

QList<AuditEntry> AuditLog::query(const AuditFilter &filter, QString *error) const {
    QList<AuditEntry> out;
    ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        if (error)
            *error = lease.error();
        return out;
    }
    QString sql = QStringLiteral("SELECT id, time_ms, source, actor, actor_id, guild_id, "
                                 "channel_id, action, target, result, detail FROM audit_log "
                                 "WHERE time_ms >= ?");
    QVariantList binds{filter.sinceEpochMs};
    auto add = [&](const QString &value, const char *column) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            binds.append(value);
        }
    };
    add(filter.source, "source");
    add(filter.actor, "actor");
    add(filter.action, "action");
    add(filter.result, "result");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds.append(std::clamp(filter.limit, 1, 10000));
    QSqlQuery &q = lease.prepared(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.epochMs = q.value(1).toLongLong();
        e.source = q.value(2).toString();
        e.actor = q.value(3).toString();
        e.actorId = q.value(4).toString();
        e.guildId = q.value(5).toString();
        e.channelId = q.value(6).toString();
        e.action = q.value(7).toString();
        e.target = q.value(8).toString();
        e.result = q.value(9).toString();
        e.detail = q.value(10).toString();
        out.append(e);
    }
    return out;
}

qint64 AuditLog::count() const {
    ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid())
        return -1;
    QSqlQuery &q = lease.prepared(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int AuditLog::prune() {
    ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid())
        return 0;
    QSqlQuery &q = lease.prepared(QStringLiteral(
        "DELETE FROM audit_log WHERE id <= (SELECT id FROM audit_log ORDER BY id DESC "
        "LIMIT 1 OFFSET ?)"));
    q.addBindValue(m_maxRows);
    if (!q.exec())
        return 0;
    return q.numRowsAffected();
}

} // namespace mechdock::storage
