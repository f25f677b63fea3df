// DonationLedger: one write transaction (BEGIN IMMEDIATE) per record, so the idempotency check,
// the insert and an occasional snapshot are atomic and writers from several threads or processes
// serialize in SQLite rather than racing between check and insert.
#include "mech/donationledger.h"

#include "common/clock.h"
#include "common/translation.h"
#include "storage/connectionpool.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mechdock::mech {

namespace {
constexpr int kMaxKeyLength = 200;
constexpr int kMaxDonorLength = 200;
constexpr int kMaxNoteLength = 2000;

QString kindText(LedgerEventKind kind) {
    return kind == LedgerEventKind::Adjustment ? QStringLiteral("adjustment")
                                               : QStringLiteral("donation");
}

LedgerEventKind kindFrom(const QString &text) {
    return text == QLatin1String("adjustment") ? LedgerEventKind::Adjustment
                                               : LedgerEventKind::Donation;
}

// Null QStrings bind as SQL NULL; the columns are NOT NULL.
QString text(const QString &s, int max) {
    return s.isNull() ? QStringLiteral("") : s.left(max);
}

LedgerEvent eventFrom(const QSqlQuery &q) {
    LedgerEvent e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.cents = q.value(2).toLongLong();
    e.donor = q.value(3).toString();
    e.note = q.value(4).toString();
    e.createdAtMs = q.value(5).toLongLong();
    e.kind = kindFrom(q.value(6).toString());
    return e;
}

const char *const kSelectEvent =
    "SELECT id, idempotency_key, cents, donor, note, created_at, kind FROM mech_events ";

// Ends a transaction on every path: ROLLBACK unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db)) {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~Transaction() {
        if (m_active) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit() {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
} // namespace

DonationLedger::DonationLedger(storage::ConnectionPool &pool, const MechRules &rules,
                               const Clock *clock, int snapshotInterval)
    : m_pool(pool)
    , m_clock(clock ? clock : &Clock::system())
    , m_snapshotInterval(qMax(1, snapshotInterval))
    , m_rules(rules.normalized()) {}

QString DonationLedger::tr(const char *text) const {
    return mechdock::translate("mechdock::mech::DonationLedger", text);
}

MechRules DonationLedger::rules() const {
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

void DonationLedger::setRules(const MechRules &rules) {
    QMutexLocker lock(&m_mutex);
    const MechRules normalized = rules.normalized();
    if (normalized.foldFingerprint() != m_rules.foldFingerprint())
        m_folded.reset();
    m_rules = normalized;
}

DonationLedger::Loaded DonationLedger::loadLocked() const {
    Loaded out;
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        out.error = lease.error();
        return out;
    }
    MechState state;
    {
        QSqlQuery &q = lease.prepared(QStringLiteral(
            "SELECT event_id, event_count, total_cents, power_cents, at_ms FROM mech_snapshots "
            "WHERE rules = ? ORDER BY event_id DESC LIMIT 1"));
        q.addBindValue(m_rules.foldFingerprint());
        if (!q.exec()) {
            out.error = q.lastError().text();
            return out;
        }
        if (q.next()) {
            state.lastEventId = q.value(0).toLongLong();
            state.eventCount = q.value(1).toLongLong();
            state.totalCents = q.value(2).toLongLong();
            state.powerCents = q.value(3).toDouble();
            state.atMs = q.value(4).toLongLong();
        }
        q.finish();
    }
    QSqlQuery &q = lease.prepared(
        QStringLiteral("SELECT id, cents, created_at FROM mech_events WHERE id > ? ORDER BY id"));
    q.addBindValue(state.lastEventId);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        state = state.withEvent(q.value(0).toLongLong(), q.value(1).toLongLong(),
                                q.value(2).toLongLong(), m_rules);
        ++out.eventsSinceSnapshot;
    }
    q.finish();
    out.ok = true;
    out.state = state;
    return out;
}

bool DonationLedger::writeSnapshotLocked(const MechState &state, QString *error) {
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        *error = lease.error();
        return false;
    }
    QSqlQuery &q = lease.prepared(
        QStringLiteral("INSERT OR REPLACE INTO mech_snapshots(event_id, rules, event_count, "
                       "total_cents, power_cents, at_ms) VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(state.lastEventId);
    q.addBindValue(m_rules.foldFingerprint());
    q.addBindValue(state.eventCount);
    q.addBindValue(state.totalCents);
    q.addBindValue(state.powerCents);
    q.addBindValue(state.atMs);
    const bool ok = q.exec();
    if (!ok)
        *error = q.lastError().text();
    q.finish();
    return ok;
}

LedgerRecordResult DonationLedger::record(const NewLedgerEvent &input) {
    LedgerRecordResult result;
    if (input.kind == LedgerEventKind::Donation && input.cents <= 0) {
        result.error = tr("a donation must be at least one cent");
        return result;
    }
    if (input.kind == LedgerEventKind::Adjustment && input.cents == 0) {
        result.error = tr("an adjustment of zero changes nothing");
        return result;
    }
    if (qAbs(input.cents) > kMaxEventCents) {
        result.error = tr("the amount is larger than a ledger entry accepts");
        return result;
    }
    if (input.idempotencyKey.size() > kMaxKeyLength) {
        result.error = tr("the idempotency key is longer than 200 characters");
        return result;
    }
    const QString key = input.idempotencyKey.isEmpty()
                            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                            : input.idempotencyKey;

    QMutexLocker lock(&m_mutex);
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        result.error = lease.error();
        return result;
    }
    Transaction tx(lease.database());
    if (!tx.isActive()) {
        result.error = tr("cannot start a ledger transaction: %1").arg(tx.error());
        return result;
    }
    {
        QSqlQuery &q = lease.prepared(QLatin1String(kSelectEvent) +
                                      QStringLiteral("WHERE idempotency_key = ?"));
        q.addBindValue(key);
        if (!q.exec()) {
            result.error = q.lastError().text();
            return result;
        }
        if (q.next()) {
            result.event = eventFrom(q);
            q.finish();
            result.ok = true;
            result.duplicate = true;
            if (m_folded)
                result.state = *m_folded;
            return result;
        }
        q.finish();
    }
    // Another process may have written since this one last looked: trust the in-memory fold
    // only when it ends at the newest event.
    qint64 maxId = 0;
    {
        QSqlQuery &q =
            lease.prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM mech_events"));
        if (!q.exec() || !q.next()) {
            result.error = q.lastError().text();
            return result;
        }
        maxId = q.value(0).toLongLong();
        q.finish();
    }
    if (!m_folded || m_folded->lastEventId != maxId) {
        const Loaded loaded = loadLocked();
        if (!loaded.ok) {
            result.error = loaded.error;
            return result;
        }
        m_folded = loaded.state;
    }

    LedgerEvent event;
    event.idempotencyKey = key;
    event.cents = input.cents;
    event.donor = text(input.donor, kMaxDonorLength);
    event.note = text(input.note, kMaxNoteLength);
    event.createdAtMs = m_clock->epochMs();
    event.kind = input.kind;
    {
        QSqlQuery &q = lease.prepared(
            QStringLiteral("INSERT INTO mech_events(idempotency_key, cents, donor, note, "
                           "created_at, kind) VALUES(?, ?, ?, ?, ?, ?)"));
        q.addBindValue(event.idempotencyKey);
        q.addBindValue(event.cents);
        q.addBindValue(event.donor);
        q.addBindValue(event.note);
        q.addBindValue(event.createdAtMs);
        q.addBindValue(kindText(event.kind));
        if (!q.exec()) {
            result.error = tr("cannot record the donation: %1").arg(q.lastError().text());
            m_pool.reportWrite(false, q.lastError().text());
            return result;
        }
        event.id = q.lastInsertId().toLongLong();
        q.finish();
    }
    const MechState next = m_folded->withEvent(event.id, event.cents, event.createdAtMs, m_rules);
    if (next.eventCount % m_snapshotInterval == 0) {
        QString error;
        if (!writeSnapshotLocked(next, &error)) {
            result.error = tr("cannot write a ledger snapshot: %1").arg(error);
            return result;
        }
    }
    if (!tx.commit()) {
        result.error = tr("cannot commit the donation: %1").arg(tx.error());
        m_pool.reportWrite(false, tx.error());
        m_folded.reset();
        return result;
    }
    m_pool.reportWrite(true);
    m_folded = next;
    result.ok = true;
    result.event = event;
    result.state = next;
    return result;
}

LedgerStateResult DonationLedger::stateAtLastEvent() {
    LedgerStateResult result;
    QMutexLocker lock(&m_mutex);
    if (!m_folded) {
        const Loaded loaded = loadLocked();
        if (!loaded.ok) {
            result.error = loaded.error;
            return result;
        }
        m_folded = loaded.state;
        // A long tail after the last snapshot (new rules, or many events) gets one now, so the
        // next start folds little. Best effort: the events stay the truth.
        if (loaded.eventsSinceSnapshot >= m_snapshotInterval) {
            QString ignored;
            writeSnapshotLocked(loaded.state, &ignored);
        }
    }
    result.ok = true;
    result.state = *m_folded;
    return result;
}

LedgerStateResult DonationLedger::state() {
    LedgerStateResult result = stateAtLastEvent();
    if (result.ok)
        result.state = result.state.decayedTo(m_clock->epochMs(), rules());
    return result;
}

LedgerStateResult DonationLedger::rebuild() {
    LedgerStateResult result;
    QMutexLocker lock(&m_mutex);
    const Loaded loaded = loadLocked();
    if (!loaded.ok) {
        result.error = loaded.error;
        return result;
    }
    m_folded = loaded.state;
    result.ok = true;
    result.state = loaded.state;
    return result;
}

QList<LedgerEvent> DonationLedger::selectEvents(const QString &tail, const QVariantList &binds,
                                                QString *error) const {
    QList<LedgerEvent> out;
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        if (error)
            *error = lease.error();
        return out;
    }
    QSqlQuery &q = lease.prepared(QLatin1String(kSelectEvent) + tail);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(eventFrom(q));
    q.finish();
    return out;
}

QList<LedgerEvent> DonationLedger::events(qint64 afterId, int limit, QString *error) const {
    return selectEvents(QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                        {afterId, qMax(0, limit)}, error);
}

QList<LedgerEvent> DonationLedger::recentEvents(int limit, QString *error) const {
    return selectEvents(QStringLiteral("ORDER BY id DESC LIMIT ?"), {qMax(0, limit)}, error);
}

std::optional<LedgerEvent> DonationLedger::eventByKey(const QString &idempotencyKey,
                                                      QString *error) const {
    storage::ConnectionLease lease = m_pool.acquire();
    if (!lease.isValid()) {
        if (error)
            *error = lease.error();
        return std::nullopt;
    }
    QSqlQuery &q =
        lease.prepared(QLatin1String(kSelectEvent) + QStringLiteral("WHERE idempotency_key = ?"));
    q.addBindValue(idempotencyKey);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    std::optional<LedgerEvent> out;
    if (q.next())
        out = eventFrom(q);
    q.finish();
    return out;
}

} // namespace mechdock::mech
