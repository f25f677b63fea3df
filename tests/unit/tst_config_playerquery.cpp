// The player-count settings: containers[].queryProtocol/queryHost/queryPort and players.*
// are read, saved and read back, validated with the path of the bad value, and a file written
// before they existed still loads with player counts off.
#include "config/settingsstore.h"
#include "config/settingsvalidator.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock::config;

namespace {
QStringList errorPaths(const ConfigIssues &issues) {
    QStringList paths;
    for (const ConfigIssue &i : issues) {
        if (i.isError())
            paths.append(i.path);
    }
    return paths;
}

LoadResult loadText(const QTemporaryDir &dir, const QByteArray &json) {
    const QString path = dir.filePath(QStringLiteral("mechdock.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(json);
    f.close();
    return SettingsStore::load(path, QProcessEnvironment());
}
} // namespace

class TestConfigPlayerQuery : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        QTemporaryDir dir;
        Settings s;
        ContainerSettings c;
        c.name = QStringLiteral("valheim");
        c.queryProtocol = QStringLiteral("a2s");
        c.queryHost = QStringLiteral("game.example.org");
        c.queryPort = 2457;
        s.containers = {c};
        s.players.cacheSec = 60;
        s.players.timeoutMs = 800;
        s.players.maxConcurrent = 2;
        QString error;
        const QString path = dir.filePath(QStringLiteral("mechdock.json"));
        QVERIFY2(SettingsStore::save(path, s, &error), qPrintable(error));
        const LoadResult r = SettingsStore::load(path, QProcessEnvironment());
        QVERIFY2(errorPaths(r.issues).isEmpty(), qPrintable(errorPaths(r.issues).join(u',')));
        for (const ConfigIssue &i : r.issues) // nothing unknown about the new keys
            QVERIFY2(!i.path.contains(QStringLiteral("query")) &&
                         !i.path.startsWith(QStringLiteral("players")),
                     qPrintable(i.toString()));
        const ContainerSettings &back = r.settings.containers.first();
        QCOMPARE(back.queryProtocol, QStringLiteral("a2s"));
        QCOMPARE(back.queryHost, QStringLiteral("game.example.org"));
        QCOMPARE(back.queryPort, 2457);
        QCOMPARE(r.settings.players.cacheSec, 60);
        QCOMPARE(r.settings.players.timeoutMs, 800);
        QCOMPARE(r.settings.players.maxConcurrent, 2);
    }

    void olderFilesHaveNoQueries() {
        QTemporaryDir dir;
        const LoadResult r = loadText(dir, R"({"containers": [{"name": "web"}]})");
        QVERIFY(errorPaths(r.issues).isEmpty());
        QCOMPARE(r.settings.containers.first().queryProtocol, QStringLiteral("none"));
        QCOMPARE(r.settings.containers.first().queryPort, 0);
    }

    void badValuesAreNamed_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("protocol")
            << QByteArray(R"({"containers": [{"name": "mc", "queryProtocol": "gamespy"}]})")
            << QStringLiteral("containers[0].queryProtocol");
        QTest::newRow("host")
            << QByteArray(
                   R"({"containers": [{"name": "mc", "queryProtocol": "minecraft", "queryHost": "a b/c"}]})")
            << QStringLiteral("containers[0].queryHost");
        QTest::newRow("port")
            << QByteArray(
                   R"({"containers": [{"name": "mc", "queryProtocol": "minecraft", "queryPort": 70000}]})")
            << QStringLiteral("containers[0].queryPort");
        QTest::newRow("port type")
            << QByteArray(R"({"containers": [{"name": "mc", "queryPort": "25565"}]})")
            << QStringLiteral("containers[0].queryPort");
        QTest::newRow("timeout") << QByteArray(R"({"players": {"timeoutMs": 50}})")
                                 << QStringLiteral("players.timeoutMs");
        QTest::newRow("concurrency") << QByteArray(R"({"players": {"maxConcurrent": 0}})")
                                     << QStringLiteral("players.maxConcurrent");
    }
    void badValuesAreNamed() {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QTemporaryDir dir;
        const LoadResult r = loadText(dir, json);
        QVERIFY2(errorPaths(r.issues).contains(path), qPrintable(errorPaths(r.issues).join(u',')));
    }

    void goodHostsPass() {
        for (const char *host : {"127.0.0.1", "::1", "mc.example.org", "valheim-1"}) {
            Settings s;
            ContainerSettings c;
            c.name = QStringLiteral("mc");
            c.queryProtocol = QStringLiteral("minecraft");
            c.queryHost = QString::fromLatin1(host);
            s.containers = {c};
            QVERIFY2(errorPaths(SettingsValidator::validate(s)).isEmpty(), host);
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigPlayerQuery)
#include "tst_config_playerquery.moc"
