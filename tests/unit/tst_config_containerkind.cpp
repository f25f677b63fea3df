// containers[].kind and updateTag. kind: a container (the default, also for files written before it
// existed) or a Swarm service; read, saved and read back; a wrong kind, or "update" allowed on a
// service, is refused at the field's path.
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

class TestConfigContainerKind : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        QTemporaryDir dir;
        Settings s;
        ContainerSettings service;
        service.kind = QStringLiteral("service");
        service.name = QStringLiteral("game");
        service.allowedActions = {QStringLiteral("status"), QStringLiteral("stop")};
        ContainerSettings container;
        container.name = QStringLiteral("web");
        container.updateTag = QStringLiteral("stable");
        s.containers = {service, container};
        QString error;
        const QString path = dir.filePath(QStringLiteral("mechdock.json"));
        QVERIFY2(SettingsStore::save(path, s, &error), qPrintable(error));
        const LoadResult r = SettingsStore::load(path, QProcessEnvironment());
        QVERIFY2(r.issues.isEmpty(),
                 qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().toString()));
        QVERIFY(r.settings.containers.at(0).isService());
        QCOMPARE(r.settings.containers.at(1).kind, QStringLiteral("container"));
        QVERIFY(!r.settings.containers.at(1).isService());
        QCOMPARE(r.settings.containers.at(1).updateTag, QStringLiteral("stable"));
    }

    void olderFilesHaveContainers() {
        QTemporaryDir dir;
        const LoadResult r = loadText(dir, R"({"containers": [{"name": "web"}]})");
        QVERIFY(errorPaths(r.issues).isEmpty());
        QCOMPARE(r.settings.containers.first().kind, QStringLiteral("container"));
    }

    void badValuesAreNamed_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("kind") << QByteArray(R"({"containers": [{"name": "a", "kind": "pod"}]})")
                              << QStringLiteral("containers[0].kind");
        QTest::newRow("kind type") << QByteArray(R"({"containers": [{"name": "a", "kind": 1}]})")
                                   << QStringLiteral("containers[0].kind");
        QTest::newRow("update on a service")
            << QByteArray(
                   R"({"containers": [{"name": "a", "kind": "service", "allowedActions": ["status", "update"]}]})")
            << QStringLiteral("containers[0].allowedActions");
        QTest::newRow("update tag")
            << QByteArray(R"({"containers": [{"name": "a", "updateTag": "x/../y"}]})")
            << QStringLiteral("containers[0].updateTag");
        QTest::newRow("update tag on a service")
            << QByteArray(
                   R"({"containers": [{"name": "a", "kind": "service", "updateTag": "v2"}]})")
            << QStringLiteral("containers[0].updateTag");
        QTest::newRow("hostile service name")
            << QByteArray(R"({"containers": [{"name": "a/../b", "kind": "service"}]})")
            << QStringLiteral("containers[0].name");
        // A container and a service are both items of the endpoint: one name names one of them.
        QTest::newRow("same name twice")
            << QByteArray(R"({"containers": [{"name": "a"}, {"name": "a", "kind": "service"}]})")
            << QStringLiteral("containers[1].name");
    }
    void badValuesAreNamed() {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QTemporaryDir dir;
        const LoadResult r = loadText(dir, json);
        QVERIFY2(errorPaths(r.issues).contains(path), qPrintable(errorPaths(r.issues).join(u',')));
    }

    void updateStaysAllowedOnContainers() {
        Settings s;
        ContainerSettings c;
        c.name = QStringLiteral("web");
        c.allowedActions = {QStringLiteral("status"), QStringLiteral("update")};
        s.containers = {c};
        QVERIFY(errorPaths(SettingsValidator::validate(s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigContainerKind)
#include "tst_config_containerkind.moc"
