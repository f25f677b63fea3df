// Crash test for DonationLedger: a child process (this binary re-run with --ledger-child) records
// donations in a loop and prints each id once record() has returned; the parent SIGKILLs it
// mid-stream, reopens the database and checks that every printed donation is there with its
// amount, that the sums agree with the folded state, and that SQLite's integrity check passes.
#include "mech/donationledger.h"
#include "mech/mechschema.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>

using namespace mechdock;
using namespace mechdock::mech;

namespace {

const char *const kChildFlag = "--ledger-child";

qint64 centsFor(qint64 n) {
    return 1 + n % 997;
}

// Records until killed; one line "<id> <cents>" per committed donation, written with one
// write(2) to `ackPath` (the page cache keeps it when the process is killed, unlike a pipe the
// parent might not have drained) and to stdout for the parent's progress count.
int runChild(const QString &dbPath, const QString &prefix, const QString &ackPath) {
    QFile ack(ackPath);
    if (!ack.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(ack.errorString()));
        return 5;
    }
    QString error;
    auto db = storage::Database::open(dbPath, {MechSchema::migrations()}, &error);
    if (!db) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    DonationLedger ledger(db->pool(), MechRules{}, nullptr, 10);
    for (qint64 n = 0;; ++n) {
        NewLedgerEvent e;
        e.idempotencyKey = QStringLiteral("%1-%2").arg(prefix).arg(n);
        e.cents = centsFor(n);
        e.donor = QStringLiteral("crash test");
        const LedgerRecordResult r = ledger.record(e);
        if (!r.ok) {
            std::fprintf(stderr, "child: %s\n", qPrintable(r.error));
            return 4;
        }
        const QByteArray line =
            QByteArray::number(r.event.id) + ' ' + QByteArray::number(r.event.cents) + '\n';
        if (ack.write(line) != line.size())
            return 6;
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
}

} // namespace

class TestMechLedgerCrash : public QObject {
    Q_OBJECT
private slots:
    void killedWriterLosesNothingAcknowledged_data() {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 7;
        QTest::newRow("around snapshots") << 60;
        QTest::newRow("later") << 180;
    }

    void killedWriterLosesNothingAcknowledged() {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(QStringLiteral("mech.db"));
        QMap<qint64, qint64> acknowledged; // id -> cents, over every round

        for (int round = 0; round < 2; ++round) {
            QProcess child;
            child.setProgram(QCoreApplication::applicationFilePath());
            const QString ackPath = dir.filePath(QStringLiteral("ack%1.txt").arg(round));
            child.setArguments({QString::fromLatin1(kChildFlag), dbPath,
                                QStringLiteral("r%1").arg(round), ackPath});
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start();
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QByteArray buffer;
            int lines = 0;
            while (lines < killAfter) {
                if (!child.waitForReadyRead(30000)) {
                    QFAIL(
                        qPrintable(QStringLiteral("child stopped early: %1")
                                       .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
                }
                buffer += child.readAllStandardOutput();
                lines = int(buffer.count('\n'));
            }
            child.kill(); // SIGKILL: no destructor, no flush, no checkpoint
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QFile ackFile(ackPath);
            QVERIFY(ackFile.open(QIODevice::ReadOnly));
            buffer = ackFile.readAll();
            // Only complete lines were acknowledged; a torn last line was not.
            const QList<QByteArray> all = buffer.split('\n');
            for (qsizetype i = 0; i + 1 < all.size(); ++i) {
                const QList<QByteArray> parts = all[i].split(' ');
                QCOMPARE(parts.size(), 2);
                acknowledged.insert(parts[0].toLongLong(), parts[1].toLongLong());
            }
            QVERIFY(acknowledged.size() >= killAfter * (round + 1));

            QString error;
            auto db = storage::Database::open(dbPath, {MechSchema::migrations()}, &error);
            QVERIFY2(db, qPrintable(error));
            storage::ConnectionLease lease = db->pool().acquire();
            QSqlQuery q(lease.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();

            QMap<qint64, qint64> stored;
            QVERIFY(q.exec(QStringLiteral("SELECT id, cents FROM mech_events")));
            while (q.next())
                stored.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            q.finish();
            for (auto it = acknowledged.constBegin(); it != acknowledged.constEnd(); ++it) {
                QVERIFY2(stored.contains(it.key()),
                         qPrintable(QStringLiteral("id %1 lost").arg(it.key())));
                QCOMPARE(stored.value(it.key()), it.value());
            }
            // At most the one record in flight at each kill may exist without its line.
            QVERIFY2(stored.size() - acknowledged.size() <= round + 1,
                     qPrintable(QStringLiteral("%1 stored, %2 acknowledged after %3 kills")
                                    .arg(stored.size())
                                    .arg(acknowledged.size())
                                    .arg(round + 1)));
            qint64 storedSum = 0;
            for (qint64 cents : std::as_const(stored))
                storedSum += cents;
            lease.release();

            DonationLedger ledger(db->pool(), MechRules{}, nullptr, 10);
            const LedgerStateResult state = ledger.rebuild();
            QVERIFY2(state.ok, qPrintable(state.error));
            QCOMPARE(state.state.totalCents, storedSum);
            QCOMPARE(state.state.eventCount, qint64(stored.size()));
            QCOMPARE(state.state.lastEventId, stored.lastKey());
            // Snapshots never run ahead of the events they summarize.
            storage::ConnectionLease again = db->pool().acquire();
            QSqlQuery s(again.database());
            QVERIFY(s.exec(QStringLiteral("SELECT count(*) FROM mech_snapshots "
                                          "WHERE event_id NOT IN (SELECT id FROM mech_events)")) &&
                    s.next());
            QCOMPARE(s.value(0).toInt(), 0);
        }
    }
};

int main(int argc, char **argv) {
    if (argc >= 5 && std::strcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                        QString::fromLocal8Bit(argv[4]));
    }
    QCoreApplication app(argc, argv);
    TestMechLedgerCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mech_ledgercrash.moc"
