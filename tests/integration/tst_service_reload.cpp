// Reloading the settings (SIGHUP, the panel's Save) while the service runs: new mech rules take
// effect at once, and moving the database moves the ledger with it, without losing or crashing.
#include "service/botservice.h"

#include "mech/mechservice.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

class TestServiceReload : public QObject {
    Q_OBJECT
private slots:
    void mechRulesAndDatabaseFollowTheSettings() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        config::Settings settings;
        settings.http.listen.clear();
        settings.database.path = dir.filePath(QStringLiteral("first.db"));
        service::BotService service(
            settings,
            service::ServiceOptions{dir.filePath(QStringLiteral("m.json")), dir.path(), {}});
        service.start();
        QVERIFY(service.mech());
        QVERIFY(service.mech()->rules().decayOverrides.isEmpty());
        QVERIFY(service.mech()->donate(1500, QStringLiteral("Ada")).ok);

        // New rules: the top level keeps its power, level 2 decays faster.
        settings.mech.decayOverrides = {QStringLiteral("11:0"), QStringLiteral("2:300")};
        service.reload(settings, {});
        QVERIFY(service.mech());
        QCOMPARE(service.mech()->rules().decayOverrides.value(11, -1), qint64(0));
        QCOMPARE(service.mech()->rules().decayOverrides.value(2, -1), qint64(300));
        QCOMPARE(service.mech()->state().totalCents, qint64(1500)); // the ledger kept its events

        // Another database: the ledger moves with it (empty there), and records again.
        settings.database.path = dir.filePath(QStringLiteral("second.db"));
        service.reload(settings, {});
        QVERIFY(service.mech());
        QCOMPARE(service.mech()->state().totalCents, qint64(0));
        QVERIFY(service.mech()->donate(700, QStringLiteral("Grace")).ok);
        QCOMPARE(service.mech()->state().totalCents, qint64(700));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("second.db"))));
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TestServiceReload)
#include "tst_service_reload.moc"
