// AuditLog: the append-only record of every action in SQLite, bounded by a row cap so a busy
// server cannot grow the file forever; newest rows are kept.
#pragma once

#include "auditentry.h"
#include "migration.h"

#include <QList>

namespace mechdock {
class Clock;
}

namespace mechdock::storage {

class ConnectionPool;

class AuditLog {
    Q_DISABLE_COPY_MOVE(AuditLog)
public:
    static constexpr int kDefaultMaxRows = 100000;
    static MigrationSet migrations();

    explicit AuditLog(ConnectionPool &pool, int maxRows = kDefaultMaxRows,
                      const Clock *clock = nullptr);

    // Stamps the time when epochMs is 0. Returns false with the reason on a database error.
    bool record(AuditEntry entry, QString *error = nullptr);
    // Several entries in one transaction (one commit); all or none are written.
    bool recordAll(QList<AuditEntry> entries, QString *error = nullptr);
    QList<AuditEntry> query(const AuditFilter &filter, QString *error = nullptr) const;
    qint64 count() const;
    // Deletes the oldest rows past the cap; returns how many were removed.
    int prune();

private:
    ConnectionPool &m_pool;
    const int m_maxRows;
    const Clock *m_clock;
    int m_sincePrune = 0;
};

} // namespace mechdock::storage
