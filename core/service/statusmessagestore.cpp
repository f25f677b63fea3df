#include "statusmessagestore.h"

#include "storage/connectionpool.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace mechdock::service {

storage::MigrationSet StatusMessageStore::migrations() {
    return {QStringLiteral("status_messages"),
            {{1,
              QStringLiteral("status and control messages per channel"),
              {QStringLiteral("CREATE TABLE status_messages ("
                              " channel_id TEXT NOT NULL,"
                              " message_key TEXT NOT NULL,"
                              " message_id TEXT NOT NULL,"
                              " digest BLOB NOT NULL,"
                              " updated_at INTEGER NOT NULL,"
                              " PRIMARY KEY (channel_id, message_key))")}}}};
}

StatusMessageStore::StatusMessageStore(storage::ConnectionPool &pool)
    : m_pool(pool) {}

QHash<QString, StoredStatusMessage> StatusMessageStore::load(const QString &channelId) const {
    QHash<QString, StoredStatusMessage> out;
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid())
        return out;
    QSqlQuery &q = lease.prepared(QStringLiteral(
        "SELECT message_key, message_id, digest FROM status_messages WHERE channel_id = ?"));
    q.addBindValue(channelId);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toByteArray()});
    q.finish();
    return out;
}

bool StatusMessageStore::save(const QString &channelId, const QString &key,
                              const StoredStatusMessage &message) {
    return write(QStringLiteral("INSERT INTO status_messages(channel_id, message_key, message_id, "
                                "digest, updated_at) VALUES(?, ?, ?, ?, ?) ON CONFLICT(channel_id, "
                                "message_key) DO UPDATE SET message_id = excluded.message_id, "
                                "digest = excluded.digest, updated_at = excluded.updated_at"),
                 {channelId, key, message.messageId,
                  message.digest.isNull() ? QByteArray("") : message.digest,
                  QDateTime::currentMSecsSinceEpoch()});
}

bool StatusMessageStore::remove(const QString &channelId, const QString &key) {
    return write(
        QStringLiteral("DELETE FROM status_messages WHERE channel_id = ? AND message_key = ?"),
        {channelId, key});
}

bool StatusMessageStore::keepOnly(const QStringList &channelIds) {
    QString placeholders;
    QVariantList binds;
    for (const QString &id : channelIds) {
        placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        binds.append(id);
    }
    if (binds.isEmpty())
        return write(QStringLiteral("DELETE FROM status_messages"), {});
    return write(QStringLiteral("DELETE FROM status_messages WHERE channel_id NOT IN (%1)")
                     .arg(placeholders),
                 binds);
}

bool StatusMessageStore::write(const QString &sql, const QVariantList &binds) {
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        m_pool.reportWrite(false, lease.error());
        return false;
    }
    QSqlQuery q(lease.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    const bool ok = q.exec();
    m_pool.reportWrite(ok, ok ? QString() : q.lastError().text());
    return ok;
}

} // namespace mechdock::service
