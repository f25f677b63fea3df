// Storage: migrations from empty and from every earlier version, refusal of newer schemas,
// per-thread pooled connections under 8 threads, the connection cap, the statement cache,
// the audit log, and a SIGKILL in the middle of committed inserts losing no committed row.
#include "common/clock.h"
#include "storage/auditlog.h"
#include "storage/connectionpool.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/preparedstatementcache.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace mechdock::storage;

namespace {

MigrationSet widgetSchema(int upTo) {
    QList<Migration> all = {
        {1,
         QStringLiteral("widgets"),
         {QStringLiteral("CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}},
        {2,
         QStringLiteral("widget colour"),
         {QStringLiteral("ALTER TABLE widgets ADD COLUMN colour TEXT NOT NULL DEFAULT 'grey'")}},
        {3,
         QStringLiteral("parts"),
         {QStringLiteral("CREATE TABLE parts (id INTEGER PRIMARY KEY, widget INTEGER NOT NULL "
                         "REFERENCES widgets(id) ON DELETE CASCADE)"),
          QStringLiteral("CREATE INDEX parts_widget ON parts(widget)")}},
    };
    return {QStringLiteral("widgets"), all.mid(0, upTo)};
}

int scalar(Database &db, const QString &sql) {
    ConnectionLease lease = db.pool().acquire();
    QSqlQuery q(lease.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestStorageDatabase : public QObject {
    Q_OBJECT
private slots:
    void migratesFromEmpty() {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("a/b/m.db")),
                                 {widgetSchema(3), AuditLog::migrations()}, &error);
        QVERIFY2(db, qPrintable(error));
        ConnectionLease lease = db->pool().acquire();
        QSqlDatabase sql = lease.database();
        QCOMPARE(Migrator::currentVersion(sql, QStringLiteral("widgets")), 3);
        QCOMPARE(Migrator::currentVersion(sql, QStringLiteral("audit")), 1);
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesFromEveryEarlierVersion_data() {
        QTest::addColumn<int>("from");
        QTest::newRow("v0") << 0;
        QTest::newRow("v1") << 1;
        QTest::newRow("v2") << 2;
        QTest::newRow("v3") << 3;
    }

    void migratesFromEveryEarlierVersion() {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        QString error;
        {
            auto db = Database::open(path, {widgetSchema(from)}, &error);
            QVERIFY2(db, qPrintable(error));
            if (from >= 1) {
                ConnectionLease lease = db->pool().acquire();
                QSqlQuery q(lease.database());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO widgets(id, name) VALUES(7, 'kept')")));
            }
        }
        auto db = Database::open(path, {widgetSchema(3)}, &error);
        QVERIFY2(db, qPrintable(error));
        ConnectionLease lease = db->pool().acquire();
        QSqlDatabase sql = lease.database();
        QCOMPARE(Migrator::currentVersion(sql, QStringLiteral("widgets")), 3);
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO widgets(id, name) VALUES(8, 'new')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO parts(widget) VALUES(8)")));
        QVERIFY(q.exec(QStringLiteral("SELECT colour FROM widgets WHERE id = 8")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("grey"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM widgets WHERE id = 7")) && q.next());
        QCOMPARE(q.value(0).toInt(), from >= 1 ? 1 : 0);
        // Foreign keys are enforced on pooled connections.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO parts(widget) VALUES(999)")));
    }

    void refusesNewerSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        QString error;
        QVERIFY(Database::open(path, {widgetSchema(3)}, &error));
        auto older = Database::open(path, {widgetSchema(2)}, &error);
        QVERIFY(!older);
        QVERIFY2(error.contains(QStringLiteral("newer than this Mechdock knows")),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("widgets")));
    }

    void failedMigrationRollsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        MigrationSet broken = widgetSchema(1);
        broken.migrations.append(
            {2,
             QStringLiteral("broken"),
             {QStringLiteral("CREATE TABLE t2 (x)"), QStringLiteral("THIS IS NOT SQL")}});
        QString error;
        QVERIFY(!Database::open(path, {broken}, &error));
        QVERIFY2(error.contains(QStringLiteral("migration 2")), qPrintable(error));
        auto db = Database::open(path, {widgetSchema(1)}, &error);
        QVERIFY2(db, qPrintable(error));
        // The half-applied migration left nothing behind.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='t2'")),
                 0);
    }

    void refusesNonDatabaseFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString error;
        QVERIFY(!Database::open(path, {widgetSchema(1)}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a usable SQLite database")), qPrintable(error));
    }

    void eightThreadsGetTheirOwnConnections() {
        QTemporaryDir dir;
        QString error;
        auto db =
            Database::open(dir.filePath(QStringLiteral("m.db")), {widgetSchema(1)}, &error, 3);
        QVERIFY2(db, qPrintable(error));
        std::atomic<int> failures{0};
        std::atomic<int> concurrent{0};
        std::atomic<int> maxConcurrent{0};
        QList<QThread *> threads;
        for (int t = 0; t < 8; ++t) {
            threads.append(QThread::create([&, t] {
                for (int i = 0; i < 50; ++i) {
                    ConnectionLease lease = db->pool().acquire(30000);
                    if (!lease.isValid()) {
                        ++failures;
                        continue;
                    }
                    const int now = ++concurrent;
                    int seen = maxConcurrent.load();
                    while (now > seen && !maxConcurrent.compare_exchange_weak(seen, now)) {
                    }
                    // Each lease hands out a connection owned by this thread.
                    QSqlQuery &q =
                        lease.prepared(QStringLiteral("INSERT INTO widgets(name) VALUES(?)"));
                    q.addBindValue(QStringLiteral("t%1-%2").arg(t).arg(i));
                    if (!q.exec())
                        ++failures;
                    --concurrent;
                }
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QVERIFY(maxConcurrent.load() <= 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM widgets")), 400);
        const PoolStats stats = db->pool().stats();
        QVERIFY(stats.open <= 3);
        QVERIFY(stats.opened >= 3);
    }

    void busyPoolTimesOutWithReason() {
        QTemporaryDir dir;
        QString error;
        auto db =
            Database::open(dir.filePath(QStringLiteral("m.db")), {widgetSchema(1)}, &error, 1);
        QVERIFY(db);
        ConnectionLease held = db->pool().acquire();
        QVERIFY(held.isValid());
        QString otherError;
        QThread *other = QThread::create([&] {
            ConnectionLease lease = db->pool().acquire(50);
            otherError = lease.isValid() ? QString() : lease.error();
        });
        other->start();
        QVERIFY(other->wait(10000));
        delete other;
        QVERIFY2(otherError.contains(QStringLiteral("busy")), qPrintable(otherError));
        // The same thread re-enters its own connection instead of deadlocking.
        ConnectionLease again = db->pool().acquire(50);
        QVERIFY(again.isValid());
    }

    void idleConnectionsClose() {
        QTemporaryDir dir;
        mechdock::ManualClock clock;
        ConnectionPool pool(dir.filePath(QStringLiteral("m.db")), 3, 600000, &clock);
        {
            ConnectionLease lease = pool.acquire();
            QVERIFY(lease.isValid());
        }
        QCOMPARE(pool.stats().open, 1);
        clock.advanceMs(599000);
        QCOMPARE(pool.closeIdleConnections(), 0);
        clock.advanceMs(2000);
        QCOMPARE(pool.closeIdleConnections(), 1);
        QCOMPARE(pool.stats().open, 0);
    }

    void statementCacheIsBounded() {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("m.db")), {widgetSchema(1)}, &error);
        QVERIFY(db);
        ConnectionLease lease = db->pool().acquire();
        PreparedStatementCache cache(10);
        for (int i = 0; i < 100; ++i) {
            QSqlQuery &q =
                cache.get(lease.database(), QStringLiteral("SELECT %1 FROM widgets").arg(i % 20));
            QVERIFY(q.exec());
        }
        QCOMPARE(cache.size(), 10);
        QSqlQuery &bad = cache.get(lease.database(), QStringLiteral("SELEKT"));
        QVERIFY(bad.lastError().isValid());
        QCOMPARE(cache.size(), 10);
        QSqlQuery &hit = cache.get(lease.database(), QStringLiteral("SELECT 19 FROM widgets"));
        QVERIFY(hit.exec());
        QVERIFY(cache.hits() >= 1);
    }

    void auditLogRecordsQueriesAndPrunes() {
        QTemporaryDir dir;
        QString error;
        auto db =
            Database::open(dir.filePath(QStringLiteral("m.db")), {AuditLog::migrations()}, &error);
        QVERIFY(db);
        mechdock::ManualClock clock;
        AuditLog log(db->pool(), 50, &clock);
        for (int i = 0; i < 120; ++i) {
            AuditEntry e;
            e.source = QStringLiteral("discord");
            e.actor = i % 2 ? QStringLiteral("alice") : QStringLiteral("bob");
            e.action = QStringLiteral("stop");
            e.target = QStringLiteral("local/web");
            e.result = i % 3 ? QStringLiteral("ok") : QStringLiteral("denied");
            QVERIFY2(log.record(e, &error), qPrintable(QStringLiteral("%1: %2").arg(i).arg(error)));
            clock.advanceMs(1000);
        }
        AuditFilter f;
        f.actor = QStringLiteral("alice");
        f.result = QStringLiteral("denied");
        const auto rows = log.query(f);
        QCOMPARE(rows.size(), 20);
        QVERIFY(rows.first().epochMs > rows.last().epochMs);
        QCOMPARE(log.prune(), 70);
        QCOMPARE(log.count(), qint64(50));
        // Hostile text is stored as data, never as SQL.
        AuditEntry evil;
        evil.source = QStringLiteral("discord");
        evil.actor = QStringLiteral("x'); DROP TABLE audit_log; --");
        evil.action = QStringLiteral("info");
        evil.result = QStringLiteral("denied");
        QVERIFY(log.record(evil));
        QCOMPARE(log.count(), qint64(51));
    }

    void sigkillLosesNoCommittedRow() {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is a POSIX test");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--writer"), path});
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray printed;
        // Let it commit a good number of rows, then kill it mid-loop.
        while (printed.count('\n') < 300 && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            printed += child.readAllStandardOutput();
        }
        child.kill();
        child.waitForFinished();
        printed += child.readAllStandardOutput();
        QSet<int> committed;
        for (const QByteArray &line : printed.split('\n')) {
            bool ok = false;
            const int id = line.trimmed().toInt(&ok);
            if (ok)
                committed.insert(id);
        }
        QVERIFY(committed.size() >= 300);
        QString error;
        auto db = Database::open(path, {widgetSchema(1)}, &error);
        QVERIFY2(db, qPrintable(error));
        ConnectionLease lease = db->pool().acquire();
        QSqlQuery q(lease.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM widgets")));
        QSet<int> stored;
        while (q.next())
            stored.insert(q.value(0).toInt());
        for (int id : committed)
            QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("row %1 lost").arg(id)));
#endif
    }
};

// The child side of sigkillLosesNoCommittedRow: commit rows forever, printing each id only
// after its commit returned.
static int runWriter(const QString &path) {
    QString error;
    auto db = Database::open(path, {widgetSchema(1)}, &error);
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ConnectionLease lease = db->pool().acquire();
    for (int i = 1;; ++i) {
        QSqlQuery &q = lease.prepared(QStringLiteral("INSERT INTO widgets(id, name) VALUES(?, ?)"));
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("row"));
        if (!q.exec())
            return 2;
        printf("%d\n", i);
        fflush(stdout);
    }
}

int main(int argc, char **argv) {
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestStorageDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storage_database.moc"
