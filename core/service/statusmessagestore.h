// StatusMessageStore: which Discord message shows what, per channel (the overview, or one
// container), with the digest of its last content. Kept in SQLite so a restart, even after a
// crash, edits the messages it posted before instead of posting a second set.
#pragma once

#include "storage/migration.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace mechdock::storage {
class ConnectionPool;
}

namespace mechdock::service {

struct StoredStatusMessage {
    QString messageId;
    QByteArray digest;
};

class StatusMessageStore {
    Q_DISABLE_COPY_MOVE(StatusMessageStore)
public:
    static storage::MigrationSet migrations();

    explicit StatusMessageStore(storage::ConnectionPool &pool);

    // key → message; empty when the channel has none stored (or on a database error).
    QHash<QString, StoredStatusMessage> load(const QString &channelId) const;
    bool save(const QString &channelId, const QString &key, const StoredStatusMessage &message);
    bool remove(const QString &channelId, const QString &key);
    // Forgets every channel not in the list (channels removed from the settings).
    bool keepOnly(const QStringList &channelIds);

private:
    bool write(const QString &sql, const QVariantList &binds);

    storage::ConnectionPool &m_pool;
};

} // namespace mechdock::service
