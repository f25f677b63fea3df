// Tests for DonationLedger on a real SQLite file: recording, idempotency, validation, snapshots
// and rebuilding from them, decay through a ManualClock, the append-only guard, rule changes,
// durability settings and concurrent writers.
#include "common/clock.h"
#include "mech/donationledger.h"
#include "mech/mechschema.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>
#include <vector>

using namespace mechdock;
using namespace mechdock::mech;

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

NewLedgerEvent donation(qint64 cents, const QString &key = {}, const QString &donor = {}) {
    NewLedgerEvent e;
    e.cents = cents;
    e.idempotencyKey = key;
    e.donor = donor;
    return e;
}

qint64 scalar(storage::Database &db, const QString &sql) {
    storage::ConnectionLease lease = db.pool().acquire();
    QSqlQuery q(lease.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestMechLedger : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<storage::Database> openDb(const QTemporaryDir &dir) {
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("mech.db")),
                                          {MechSchema::migrations()}, &error);
        if (!db)
            qWarning() << error;
        return db;
    }

private slots:
    void recordsAndFolds() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        QVERIFY(db);
        ManualClock clock;
        DonationLedger ledger(db->pool(), MechRules{}, &clock);
        LedgerRecordResult r =
            ledger.record(donation(1500, QStringLiteral("k1"), QStringLiteral("Ada")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.duplicate);
        QVERIFY(r.event.id > 0);
        QCOMPARE(r.event.donor, QStringLiteral("Ada"));
        QCOMPARE(r.event.createdAtMs, clock.epochMs());
        QCOMPARE(r.state.level(), 2);
        QCOMPARE(r.state.powerWholeCents(), 1500);

        clock.advanceMs(kDay);
        r = ledger.record(donation(1000, QStringLiteral("k2")));
        QVERIFY(r.ok);
        QCOMPARE(r.state.totalCents, 2500);
        QCOMPARE(r.state.powerWholeCents(), 2400); // one day of decay in between
        QCOMPARE(r.state.level(), 3);

        clock.advanceMs(kDay / 2);
        const LedgerStateResult now = ledger.state();
        QVERIFY(now.ok);
        QCOMPARE(now.state.powerWholeCents(), 2350);
        QCOMPARE(now.state.totalCents, 2500);
        const LedgerStateResult last = ledger.stateAtLastEvent();
        QCOMPARE(last.state.powerWholeCents(), 2400);

        const QList<LedgerEvent> events = ledger.events(0, 10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].idempotencyKey, QStringLiteral("k1"));
        QCOMPARE(events[1].cents, 1000);
        QCOMPARE(ledger.events(events[0].id, 10).size(), 1);

        // The history view: newest first, cut at the limit.
        QVERIFY(ledger.record(donation(700, QStringLiteral("k3"), QStringLiteral("Bob"))).ok);
        const QList<LedgerEvent> recent = ledger.recentEvents(2);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].idempotencyKey, QStringLiteral("k3"));
        QCOMPARE(recent[0].donor, QStringLiteral("Bob"));
        QCOMPARE(recent[1].idempotencyKey, QStringLiteral("k2"));
        QCOMPARE(ledger.recentEvents(10).size(), 3);
        QVERIFY(ledger.recentEvents(0).isEmpty());
    }

    void idempotentByKey() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        ManualClock clock;
        DonationLedger ledger(db->pool(), MechRules{}, &clock);
        const LedgerRecordResult first = ledger.record(donation(700, QStringLiteral("paypal-1")));
        QVERIFY(first.ok);
        clock.advanceMs(1000);
        const LedgerRecordResult again = ledger.record(donation(900, QStringLiteral("paypal-1")));
        QVERIFY(again.ok);
        QVERIFY(again.duplicate);
        QCOMPARE(again.event.id, first.event.id);
        QCOMPARE(again.event.cents, 700);
        QCOMPARE(again.event.createdAtMs, first.event.createdAtMs);
        QCOMPARE(ledger.stateAtLastEvent().state.totalCents, 700);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM mech_events")), 1);
        QVERIFY(ledger.eventByKey(QStringLiteral("paypal-1")).has_value());
        QVERIFY(!ledger.eventByKey(QStringLiteral("nope")).has_value());
        // Without a key each record is distinct.
        QVERIFY(ledger.record(donation(1)).ok);
        QVERIFY(ledger.record(donation(1)).ok);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM mech_events")), 3);
    }

    void rejectsBadInput() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        DonationLedger ledger(db->pool(), MechRules{});
        LedgerRecordResult r = ledger.record(donation(0));
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!ledger.record(donation(-5)).ok);
        QVERIFY(!ledger.record(donation(DonationLedger::kMaxEventCents + 1)).ok);
        QVERIFY(!ledger.record(donation(5, QString(201, u'x'))).ok);
        NewLedgerEvent zero;
        zero.kind = LedgerEventKind::Adjustment;
        QVERIFY(!ledger.record(zero).ok);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM mech_events")), 0);
    }

    void adjustments() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        DonationLedger ledger(db->pool(), MechRules{});
        QVERIFY(ledger.record(donation(3000)).ok);
        NewLedgerEvent refund;
        refund.kind = LedgerEventKind::Adjustment;
        refund.cents = -2500;
        refund.note = QStringLiteral("chargeback");
        const LedgerRecordResult r = ledger.record(refund);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.event.kind, LedgerEventKind::Adjustment);
        QCOMPARE(r.state.totalCents, 500);
        QCOMPARE(r.state.level(), 1);
        QCOMPARE(ledger.events(0, 10).last().kind, LedgerEventKind::Adjustment);
    }

    void snapshotsAndRebuild() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        ManualClock clock;
        MechState expected;
        {
            DonationLedger ledger(db->pool(), MechRules{}, &clock, 3);
            for (int i = 1; i <= 8; ++i) {
                clock.advanceMs(kDay / 3);
                const LedgerRecordResult r = ledger.record(donation(100 * i));
                QVERIFY(r.ok);
                expected = r.state;
            }
        }
        // Snapshots after events 3 and 6.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM mech_snapshots")), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT max(event_id) FROM mech_snapshots")), 6);
        // A new ledger (a restart) rebuilds from the snapshot plus events 7 and 8.
        DonationLedger reopened(db->pool(), MechRules{}, &clock, 3);
        const LedgerStateResult rebuilt = reopened.stateAtLastEvent();
        QVERIFY(rebuilt.ok);
        QCOMPARE(rebuilt.state.totalCents, expected.totalCents);
        QCOMPARE(rebuilt.state.eventCount, 8);
        QCOMPARE(rebuilt.state.lastEventId, expected.lastEventId);
        QVERIFY(qAbs(rebuilt.state.powerCents - expected.powerCents) < 1e-6);

        // The snapshot is really used: corrupt the snapshot's total and rebuild shows it.
        {
            storage::ConnectionLease lease = db->pool().acquire();
            QSqlQuery q(lease.database());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE mech_snapshots SET total_cents = total_cents + 1 WHERE event_id = 6")));
        }
        QCOMPARE(reopened.rebuild().state.totalCents, expected.totalCents + 1);
    }

    void rulesChangeRefolds() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        ManualClock clock;
        DonationLedger ledger(db->pool(), MechRules{}, &clock, 2);
        QVERIFY(ledger.record(donation(1000)).ok);
        clock.advanceMs(kDay);
        QVERIFY(ledger.record(donation(100)).ok); // snapshot (rules A) after event 2
        QCOMPARE(ledger.stateAtLastEvent().state.powerWholeCents(), 1000);
        MechRules faster;
        faster.decayOverrides.insert(2, 1000); // L2 drains $10 a day
        faster.decayOverrides.insert(1, 500);
        ledger.setRules(faster);
        // Event 1 reached L2 at once, so the day in between drained 1000 at the new rate.
        QCOMPARE(ledger.stateAtLastEvent().state.powerWholeCents(), 100);
        ledger.setRules(MechRules{});
        QCOMPARE(ledger.stateAtLastEvent().state.powerWholeCents(), 1000);
    }

    void appendOnly() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        DonationLedger ledger(db->pool(), MechRules{});
        QVERIFY(ledger.record(donation(100, QStringLiteral("a"))).ok);
        storage::ConnectionLease lease = db->pool().acquire();
        QSqlQuery q(lease.database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE mech_events SET cents = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM mech_events")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO mech_events(idempotency_key, cents, "
                                       "created_at, kind) VALUES('b', -1, 0, 'donation')")));
        QVERIFY(q.exec(QStringLiteral("SELECT sum(cents) FROM mech_events")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 100);
    }

    void durableSettings() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        storage::ConnectionLease lease = db->pool().acquire();
        QSqlQuery q(lease.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL: each commit is synced before record() returns
    }

    void concurrentWriters() {
        QTemporaryDir dir;
        auto db = openDb(dir);
        DonationLedger ledger(db->pool(), MechRules{}, nullptr, 7);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 3; ++t) {
            threads.emplace_back([&, t]() {
                for (int i = 0; i < 40; ++i) {
                    // Every thread also races on a shared key per round.
                    if (!ledger.record(donation(1, QStringLiteral("shared-%1").arg(i))).ok)
                        ++failures;
                    if (!ledger.record(donation(10, QStringLiteral("t%1-%2").arg(t).arg(i))).ok)
                        ++failures;
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM mech_events")), 40 + 120);
        QCOMPARE(ledger.stateAtLastEvent().state.totalCents, 40 + 1200);
        QCOMPARE(ledger.rebuild().state.totalCents, 40 + 1200);
    }
};

QTEST_GUILESS_MAIN(TestMechLedger)
#include "tst_mech_ledger.moc"
