// DonationLedger: donations and adjustments in whole cents, in an append-only SQLite table, with
// snapshots of the folded state every N events so the state is rebuilt from the latest snapshot
// plus the events after it. Recording is idempotent by key: the same key twice returns the first
// event and adds nothing. A record is durable when record() returns: the storage pool runs every
// connection in WAL mode with synchronous=FULL, which syncs the WAL on each commit (NORMAL would
// survive a killed process but could lose the last commits on power loss, and a donation that
// was acknowledged in Discord must not vanish).
#pragma once

#include "mech/mechstate.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QVariant>

#include <optional>

namespace mechdock {
class Clock;
}
namespace mechdock::storage {
class ConnectionPool;
}

namespace mechdock::mech {

enum class LedgerEventKind { Donation, Adjustment };

struct LedgerEvent {
    qint64 id = 0;
    QString idempotencyKey;
    qint64 cents = 0;
    QString donor;
    QString note;
    qint64 createdAtMs = 0; // UTC epoch ms
    LedgerEventKind kind = LedgerEventKind::Donation;
};

struct NewLedgerEvent {
    QString idempotencyKey; // empty: a fresh unique key is generated
    qint64 cents = 0;       // donation: > 0; adjustment: non-zero, may be negative
    QString donor;
    QString note;
    LedgerEventKind kind = LedgerEventKind::Donation;
};

struct LedgerRecordResult {
    bool ok = false;
    QString error;
    LedgerEvent event;      // the stored event (the first one for a repeated key)
    bool duplicate = false; // the key was already recorded; nothing was added
    MechState state;        // folded state right after the event (not decayed further)
};

struct LedgerStateResult {
    bool ok = false;
    QString error;
    MechState state;
};

class DonationLedger {
    Q_DISABLE_COPY_MOVE(DonationLedger)
public:
    static constexpr int kDefaultSnapshotInterval = 100;
    static constexpr qint64 kMaxEventCents = 10'000'000'000; // $100 million: a typo guard

    DonationLedger(storage::ConnectionPool &pool, const MechRules &rules,
                   const Clock *clock = nullptr, int snapshotInterval = kDefaultSnapshotInterval);

    LedgerRecordResult record(const NewLedgerEvent &event);
    // The state now: the folded events with power decayed to the clock's time.
    LedgerStateResult state();
    // The state right after the last event (no decay since).
    LedgerStateResult stateAtLastEvent();
    // Rebuilds from the database (latest snapshot + later events), ignoring the in-memory copy.
    LedgerStateResult rebuild();
    // Events with id > afterId, oldest first, at most `limit`.
    QList<LedgerEvent> events(qint64 afterId, int limit, QString *error = nullptr) const;
    // The latest `limit` events, newest first (the panel's donation history).
    QList<LedgerEvent> recentEvents(int limit, QString *error = nullptr) const;
    std::optional<LedgerEvent> eventByKey(const QString &idempotencyKey,
                                          QString *error = nullptr) const;

    MechRules rules() const;
    // New decay rules refold the history on the next read (snapshots are per rule set).
    void setRules(const MechRules &rules);
    int snapshotInterval() const { return m_snapshotInterval; }

private:
    // kSelectEvent followed by `tail` (WHERE/ORDER/LIMIT with ? placeholders for `binds`).
    QList<LedgerEvent> selectEvents(const QString &tail, const QVariantList &binds,
                                    QString *error) const;
    struct Loaded {
        bool ok = false;
        QString error;
        MechState state;
        qint64 eventsSinceSnapshot = 0;
    };
    Loaded loadLocked() const;
    bool writeSnapshotLocked(const MechState &state, QString *error);
    QString tr(const char *text) const;

    storage::ConnectionPool &m_pool;
    const Clock *m_clock;
    const int m_snapshotInterval;
    mutable QMutex m_mutex;
    MechRules m_rules;
    std::optional<MechState> m_folded; // state after the last event, when known
};

} // namespace mechdock::mech
