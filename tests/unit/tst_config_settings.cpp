// Settings: defaults, a valid file, every validation rule with its path, environment overrides
// under the Python system's names, atomic save, and 0600 when the file holds the token.
#include "config/environmentoverrides.h"
#include "config/settingsjson.h"
#include "config/settingsschema.h"
#include "config/settingsstore.h"
#include "config/settingsvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <future>

#include <sys/stat.h>

using namespace mechdock::config;

namespace {

bool hasIssueAt(const ConfigIssues &issues, const QString &path) {
    return std::any_of(issues.begin(), issues.end(),
                       [&](const ConfigIssue &i) { return i.path == path && i.isError(); });
}

QString describe(const ConfigIssues &issues) {
    QStringList lines;
    for (const ConfigIssue &i : issues)
        lines.append(i.toString());
    return lines.join(QLatin1Char('\n'));
}

void writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

// Plain string literals throughout: moc 6.4 misreads raw strings that hold "//".
const char kValidSettingsJson[] =
    "{"
    "\"discord\": {\"applicationId\": \"123456789012345678\", \"guildIds\": "
    "[\"223456789012345678\"],"
    "\"channels\": [{\"id\": \"323456789012345678\", \"kind\": \"control\","
    "\"updateIntervalSec\": 300}],"
    "\"adminUserIds\": [\"423456789012345678\"]},"
    "\"docker\": {\"endpoints\": [{\"name\": \"local\", \"uri\": \"unix:///var/run/docker.sock\"},"
    "{\"name\": \"nas\", \"uri\": \"tcp://10.0.0.5:2376\", \"tlsVerify\": true,"
    "\"certPath\": \"/etc/mechdock/nas\"}],"
    "\"batchSize\": 4},"
    "\"containers\": [{\"name\": \"minecraft\", \"allowedActions\": [\"status\", \"start\", "
    "\"stop\"],"
    "\"infoText\": \"Survival world\", \"order\": 2},"
    "{\"endpoint\": \"nas\", \"name\": \"jellyfin\"}],"
    "\"cooldowns\": {\"commandSec\": {\"serverstatus\": 60}},"
    "\"mech\": {\"speedStepPercent\": 10}"
    "}";

} // namespace

class TestConfigSettings : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreValidAndMatchTheReference() {
        const Settings s;
        const ConfigIssues issues = SettingsValidator::validate(s);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QCOMPARE(s.docker.cacheDurationSec, 75);
        QCOMPARE(s.docker.backgroundRefreshSec, 30);
        QCOMPARE(s.docker.toggleCooldownSec, 150);
        QCOMPARE(s.docker.batchSize, 3);
        QCOMPARE(s.docker.batchDelayMs, 100);
        QCOMPARE(s.docker.maxConcurrentStats, 5);
        QCOMPARE(s.memory.thresholdMb, 800);
        QCOMPARE(s.memory.cacheMaxSize, 500);
        QCOMPARE(s.memory.maxQueueSize, 1000);
        QCOMPARE(s.database.maxConnections, 3);
        QCOMPARE(s.scheduler.maxConcurrentTasks, 3);
        QCOMPARE(s.scheduler.taskTimeoutSec, 180);
        QCOMPARE(s.mech.diskCacheMb, 200);
        QCOMPARE(s.cooldowns.commandSec.value(QStringLiteral("serverstatus")), 30);
        QCOMPARE(s.cooldowns.buttonSec.value(QStringLiteral("restart")), 20);
        QCOMPARE(s.cooldowns.commandsPerMinute, 20);
        QCOMPARE(s.cooldowns.buttonsPerMinute, 35);
        QCOMPARE(s.http.listen, QStringLiteral("127.0.0.1:9374"));
    }

    void readsAValidFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(path, kValidSettingsJson);
        const LoadResult r = SettingsStore::load(path, QProcessEnvironment());
        QVERIFY2(r.ok(), qPrintable(describe(r.issues)));
        QVERIFY(r.fileExisted);
        QCOMPARE(r.settings.discord.channels.size(), 1);
        QCOMPARE(r.settings.discord.channels.first().kind, ChannelKind::Control);
        QCOMPARE(r.settings.discord.channels.first().updateIntervalSec, 300);
        QCOMPARE(r.settings.docker.endpoints.size(), 2);
        QCOMPARE(r.settings.docker.batchSize, 4);
        QCOMPARE(r.settings.containers.size(), 2);
        QCOMPARE(r.settings.containers.at(0).displayName, QStringLiteral("minecraft"));
        QCOMPARE(r.settings.containers.at(1).allowedActions, QStringList{QStringLiteral("status")});
        QCOMPARE(r.settings.cooldowns.commandSec.value(QStringLiteral("serverstatus")), 60);
        QCOMPARE(r.settings.cooldowns.commandSec.value(QStringLiteral("help")), 3);
    }

    void missingFileMeansDefaults() {
        QTemporaryDir dir;
        const LoadResult r =
            SettingsStore::load(dir.filePath(QStringLiteral("none.json")), QProcessEnvironment());
        QVERIFY(r.ok());
        QVERIFY(!r.fileExisted);
    }

    void invalidValuesAreAllReportedWithPaths_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("range") << QByteArray("{\"docker\": {\"batchSize\": 0}}")
                               << QStringLiteral("docker.batchSize");
        QTest::newRow("type") << QByteArray("{\"memory\": {\"thresholdMb\": \"big\"}}")
                              << QStringLiteral("memory.thresholdMb");
        QTest::newRow("fraction") << QByteArray("{\"memory\": {\"cacheMaxSize\": 1.5}}")
                                  << QStringLiteral("memory.cacheMaxSize");
        QTest::newRow("bool") << QByteArray("{\"memory\": {\"monitoring\": \"yes\"}}")
                              << QStringLiteral("memory.monitoring");
        QTest::newRow("app id") << QByteArray("{\"discord\": {\"applicationId\": \"abc\"}}")
                                << QStringLiteral("discord.applicationId");
        QTest::newRow("numeric id") << QByteArray("{\"discord\": {\"applicationId\": 1234}}")
                                    << QStringLiteral("discord.applicationId");
        QTest::newRow("guild id") << QByteArray("{\"discord\": {\"guildIds\": [\"1\", 5]}}")
                                  << QStringLiteral("discord.guildIds[0]");
        QTest::newRow("guild id type") << QByteArray("{\"discord\": {\"guildIds\": [\"1\", 5]}}")
                                       << QStringLiteral("discord.guildIds[1]");
        QTest::newRow("api url") << QByteArray("{\"discord\": {\"apiBaseUrl\": \"ftp://x\"}}")
                                 << QStringLiteral("discord.apiBaseUrl");
        QTest::newRow("channel kind") << QByteArray("{\"discord\": {\"channels\": [{\"id\": "
                                                    "\"323456789012345678\", \"kind\": \"x\"}]}}")
                                      << QStringLiteral("discord.channels[0].kind");
        QTest::newRow("channel interval")
            << QByteArray("{\"discord\": {\"channels\": [{\"id\": \"323456789012345678\","
                          "\"kind\": \"status\", \"updateIntervalSec\": 1}]}}")
            << QStringLiteral("discord.channels[0].updateIntervalSec");
        QTest::newRow("channel twice")
            << QByteArray("{\"discord\": {\"channels\": [{\"id\": \"323456789012345678\", "
                          "\"kind\": \"status\"},"
                          "{\"id\": \"323456789012345678\", \"kind\": \"control\"}]}}")
            << QStringLiteral("discord.channels[1].id");
        QTest::newRow("endpoint scheme")
            << QByteArray(
                   "{\"docker\": {\"endpoints\": [{\"name\": \"a\", \"uri\": \"ftp://x\"}]}}")
            << QStringLiteral("docker.endpoints[0].uri");
        QTest::newRow("endpoint port")
            << QByteArray(
                   "{\"docker\": {\"endpoints\": [{\"name\": \"a\", \"uri\": \"tcp://host\"}]}}")
            << QStringLiteral("docker.endpoints[0].uri");
        QTest::newRow("endpoint tls")
            << QByteArray("{\"docker\": {\"endpoints\": [{\"name\": \"a\", \"tlsVerify\": true}]}}")
            << QStringLiteral("docker.endpoints[0].certPath");
        QTest::newRow("endpoint twice")
            << QByteArray("{\"docker\": {\"endpoints\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}}")
            << QStringLiteral("docker.endpoints[1].name");
        QTest::newRow("no endpoint") << QByteArray("{\"docker\": {\"endpoints\": []}}")
                                     << QStringLiteral("docker.endpoints");
        QTest::newRow("container name")
            << QByteArray("{\"containers\": [{\"name\": \"bad name!\"}]}")
            << QStringLiteral("containers[0].name");
        QTest::newRow("container endpoint")
            << QByteArray("{\"containers\": [{\"name\": \"web\", \"endpoint\": \"nowhere\"}]}")
            << QStringLiteral("containers[0].endpoint");
        QTest::newRow("container action")
            << QByteArray("{\"containers\": [{\"name\": \"web\", \"allowedActions\": [\"status\", "
                          "\"rm\"]}]}")
            << QStringLiteral("containers[0].allowedActions[1]");
        QTest::newRow("container info")
            << QByteArray("{\"containers\": [{\"name\": \"web\", \"infoText\": \"" +
                          QByteArray(251, 'x') + "\"}]}")
            << QStringLiteral("containers[0].infoText");
        QTest::newRow("protected needs hash")
            << QByteArray("{\"containers\": [{\"name\": \"web\", \"protectedInfo\": \"pw: x\"}]}")
            << QStringLiteral("containers[0].protectedPasswordHash");
        QTest::newRow("container twice")
            << QByteArray("{\"containers\": [{\"name\": \"web\"}, {\"name\": \"web\"}]}")
            << QStringLiteral("containers[1].name");
        QTest::newRow("cooldown") << QByteArray("{\"cooldowns\": {\"buttonSec\": {\"start\": -1}}}")
                                  << QStringLiteral("cooldowns.buttonSec.start");
        QTest::newRow("thresholds order")
            << QByteArray("{\"memory\": {\"resourceWarningPercent\": 90}}")
            << QStringLiteral("memory.resourceCriticalPercent");
        QTest::newRow("pool size")
            << QByteArray("{\"database\": {\"poolSize\": 5, \"maxConnections\": 3}}")
            << QStringLiteral("database.poolSize");
        QTest::newRow("speeds")
            << QByteArray("{\"mech\": {\"minSpeedPercent\": 100, \"maxSpeedPercent\": 100}}")
            << QStringLiteral("mech.minSpeedPercent");
        QTest::newRow("speed step") << QByteArray("{\"mech\": {\"speedStepPercent\": 7}}")
                                    << QStringLiteral("mech.speedStepPercent");
        QTest::newRow("time zone")
            << QByteArray("{\"scheduler\": {\"defaultTimeZone\": \"Mars/Olympus\"}}")
            << QStringLiteral("scheduler.defaultTimeZone");
        QTest::newRow("listen") << QByteArray("{\"http\": {\"listen\": \"nowhere\"}}")
                                << QStringLiteral("http.listen");
        QTest::newRow("language") << QByteArray("{\"ui\": {\"language\": \"xx\"}}")
                                  << QStringLiteral("ui.language");
        QTest::newRow("donation link")
            << QByteArray("{\"discord\": {\"donationLinks\": [\"http://x\"]}}")
            << QStringLiteral("discord.donationLinks[0]");
        QTest::newRow("decay override level")
            << QByteArray("{\"mech\": {\"decayOverrides\": [\"3:100\", \"12:0\"]}}")
            << QStringLiteral("mech.decayOverrides[1]");
        QTest::newRow("decay override shape")
            << QByteArray("{\"mech\": {\"decayOverrides\": [\"eleven\"]}}")
            << QStringLiteral("mech.decayOverrides[0]");
        QTest::newRow("decay override twice")
            << QByteArray("{\"mech\": {\"decayOverrides\": [\"11:0\", \"11:5\"]}}")
            << QStringLiteral("mech.decayOverrides[1]");
        QTest::newRow("list type")
            << QByteArray("{\"containers\": {\"name\": \"web\"}}") << QStringLiteral("containers");
    }

    void invalidValuesAreAllReportedWithPaths() {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(file, json);
        const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QVERIFY(!r.ok());
        QVERIFY2(hasIssueAt(r.issues, path), qPrintable(describe(r.issues)));
    }

    void everyErrorAtOnce() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(file, "{\"docker\": {\"batchSize\": 0, \"maxConcurrentStats\": 0},"
                        "\"memory\": {\"thresholdMb\": 1}, \"ui\": {\"language\": \"xx\"}}");
        const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QCOMPARE(r.issues.size(), 4);
        for (const ConfigIssue &i : r.issues)
            QVERIFY2(i.message.contains(QStringLiteral("allowed")) ||
                         i.message.contains(QStringLiteral("one of")),
                     qPrintable(i.toString()));
    }

    void brokenJsonSaysWhere() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(file, "{\n  \"docker\": {\n    \"batchSize\": 3,,\n  }\n}\n");
        const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QVERIFY(!r.ok());
        QVERIFY2(r.issues.first().message.contains(QStringLiteral("line 3")),
                 qPrintable(describe(r.issues)));
        writeFile(file, "[1, 2]");
        QVERIFY(!SettingsStore::load(file, QProcessEnvironment()).ok());
    }

    void emptyFileMeansDefaults_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\t\r\n  \n");
    }

    void emptyFileMeansDefaults() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(file, content);
        const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QVERIFY2(r.ok(), qPrintable(describe(r.issues)));
        QVERIFY(r.issues.isEmpty());
        QVERIFY(r.fileExisted);
        QCOMPARE(r.settings.docker.batchSize, Settings().docker.batchSize);
        QCOMPARE(r.settings.http.listen, Settings().http.listen);
        QVERIFY(SettingsStore::loadFileOnly(file).ok());
    }

    void oversizedFileIsRefusedUnread() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        // Just over the cap: refused, with the limit in the message.
        writeFile(file, QByteArray(SettingsStore::kMaxFileBytes + 1, ' '));
        LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QVERIFY(!r.ok());
        QVERIFY(hasIssueAt(r.issues, file));
        QVERIFY2(r.issues.first().message.contains(QStringLiteral("1 MiB")),
                 qPrintable(describe(r.issues)));
        // At the cap: read.
        writeFile(file, QByteArray(SettingsStore::kMaxFileBytes, ' '));
        QVERIFY2(SettingsStore::load(file, QProcessEnvironment()).ok(),
                 qPrintable(describe(SettingsStore::load(file, QProcessEnvironment()).issues)));
        // 4 GiB (sparse): refused by its size, without reading or allocating it.
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(f.resize(qint64(4) * 1024 * 1024 * 1024));
        }
        r = SettingsStore::load(file, QProcessEnvironment());
        QVERIFY(hasIssueAt(r.issues, file));
    }

    void folderIsRefused() {
        QTemporaryDir dir;
        const LoadResult r = SettingsStore::load(dir.path(), QProcessEnvironment());
        QVERIFY(hasIssueAt(r.issues, dir.path()));
        QVERIFY2(r.issues.first().message.contains(QStringLiteral("is a folder")),
                 qPrintable(describe(r.issues)));
    }

    void settingsFolderThatIsAFileIsAnError() {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("config"));
        writeFile(notAFolder, "I am a file");
        for (const QString &file : {notAFolder + QStringLiteral("/mechdock.json"),
                                    notAFolder + QStringLiteral("/deeper/mechdock.json")}) {
            const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
            QVERIFY(!r.ok());
            QVERIFY(!r.fileExisted);
            QVERIFY2(hasIssueAt(r.issues, file), qPrintable(describe(r.issues)));
            QVERIFY2(r.issues.first().message.contains(QStringLiteral("not a folder")) &&
                         r.issues.first().message.contains(QDir::toNativeSeparators(notAFolder)),
                     qPrintable(describe(r.issues)));
        }
        // A folder that does not exist yet is fine: defaults, and saving creates it.
        const LoadResult fresh = SettingsStore::load(
            dir.filePath(QStringLiteral("new/sub/mechdock.json")), QProcessEnvironment());
        QVERIFY(fresh.ok());
    }

#if defined(Q_OS_UNIX)
    void deviceIsRefused() {
        const QString zero = QStringLiteral("/dev/zero");
        if (!QFileInfo::exists(zero))
            QSKIP("no /dev/zero");
        const LoadResult r = SettingsStore::load(zero, QProcessEnvironment());
        QVERIFY(!r.ok());
        QVERIFY(r.fileExisted);
        QVERIFY2(r.issues.first().message.contains(QStringLiteral("not a regular file")),
                 qPrintable(describe(r.issues)));
    }

    void fifoIsRefusedWithoutBlocking() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("mechdock.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // On a thread: opening a FIFO for reading blocks until a writer comes.
        auto loading = std::async(std::launch::async,
                                  [&] { return SettingsStore::load(fifo, QProcessEnvironment()); });
        const bool returned =
            loading.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
        if (!returned) {
            // Release the reader so the test can end, then fail.
            QFile writer(fifo);
            QVERIFY(writer.open(QIODevice::WriteOnly));
            writer.close();
            loading.wait();
        }
        QVERIFY2(returned, "loading a FIFO blocked");
        const LoadResult r = loading.get();
        QVERIFY(!r.ok());
        QVERIFY2(r.issues.first().message.contains(QStringLiteral("not a regular file")),
                 qPrintable(describe(r.issues)));
    }
#endif

    void unknownKeysAreWarnings() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(file, "{\"docker\": {\"batchSzie\": 4}, \"colour\": \"blue\"}");
        const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QVERIFY(r.ok());
        QCOMPARE(r.issues.size(), 2);
        QVERIFY(!r.issues.at(0).isError());
        QStringList paths{r.issues.at(0).path, r.issues.at(1).path};
        paths.sort();
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("colour"), QStringLiteral("docker.batchSzie")}));
    }

    void environmentOverridesUseTheFamiliarNames() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DISCORD_BOT_TOKEN"), QStringLiteral("abc.def.ghi"));
        env.insert(QStringLiteral("DDC_DOCKER_CACHE_DURATION"), QStringLiteral("120"));
        env.insert(QStringLiteral("DDC_BACKGROUND_REFRESH_INTERVAL"), QStringLiteral("45"));
        env.insert(QStringLiteral("DDC_TOGGLE_CACHE_DURATION"), QStringLiteral("60"));
        env.insert(QStringLiteral("DDC_BATCH_SIZE"), QStringLiteral("5"));
        env.insert(QStringLiteral("DDC_RATE_LIMIT_DELAY"), QStringLiteral("0.25"));
        env.insert(QStringLiteral("DDC_ANIM_DISK_LIMIT_MB"), QStringLiteral("50"));
        env.insert(QStringLiteral("DDC_MAX_CONCURRENT_TASKS"), QStringLiteral("2"));
        env.insert(QStringLiteral("MEMORY_THRESHOLD_MB"), QStringLiteral("512"));
        env.insert(QStringLiteral("CACHE_MAX_SIZE"), QStringLiteral("250"));
        env.insert(QStringLiteral("DB_MAX_CONNECTIONS"), QStringLiteral("4"));
        env.insert(QStringLiteral("DB_POOL_SIZE"), QStringLiteral("2"));
        env.insert(QStringLiteral("MAX_QUEUE_SIZE"), QStringLiteral("2000"));
        env.insert(QStringLiteral("MEMORY_MONITORING"), QStringLiteral("false"));
        env.insert(QStringLiteral("TZ"), QStringLiteral(":Europe/Berlin"));
        env.insert(QStringLiteral("MECHDOCK_DISCORD_API_URL"),
                   QStringLiteral("http://127.0.0.1:5000/api/v10"));
        env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
        QTemporaryDir dir;
        const LoadResult r = SettingsStore::load(dir.filePath(QStringLiteral("x.json")), env);
        QVERIFY2(r.ok(), qPrintable(describe(r.issues)));
        const Settings &s = r.settings;
        QCOMPARE(s.discord.token, QStringLiteral("abc.def.ghi"));
        QCOMPARE(s.docker.cacheDurationSec, 120);
        QCOMPARE(s.docker.backgroundRefreshSec, 45);
        QCOMPARE(s.docker.toggleCooldownSec, 60);
        QCOMPARE(s.docker.batchSize, 5);
        QCOMPARE(s.docker.batchDelayMs, 250);
        QCOMPARE(s.mech.diskCacheMb, 50);
        QCOMPARE(s.scheduler.maxConcurrentTasks, 2);
        QCOMPARE(s.memory.thresholdMb, 512);
        QCOMPARE(s.memory.cacheMaxSize, 250);
        QCOMPARE(s.database.maxConnections, 4);
        QCOMPARE(s.database.poolSize, 2);
        QCOMPARE(s.memory.maxQueueSize, 2000);
        QCOMPARE(s.memory.monitoring, false);
        QCOMPARE(s.scheduler.defaultTimeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(s.discord.apiBaseUrl, QStringLiteral("http://127.0.0.1:5000/api/v10"));
        QVERIFY(s.http.listen.isEmpty());
        QVERIFY(r.overrides.contains(QStringLiteral("DDC_BATCH_SIZE -> docker.batchSize")));
    }

    void environmentBeatsTheFileAndBadValuesAreReported() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(file, "{\"docker\": {\"batchSize\": 4}}");
        QProcessEnvironment env;
        env.insert(QStringLiteral("DDC_BATCH_SIZE"), QStringLiteral("6"));
        QCOMPARE(SettingsStore::load(file, env).settings.docker.batchSize, 6);
        env.insert(QStringLiteral("DDC_BATCH_SIZE"), QStringLiteral("lots"));
        env.insert(QStringLiteral("MEMORY_MONITORING"), QStringLiteral("maybe"));
        env.insert(QStringLiteral("CACHE_MAX_SIZE"), QStringLiteral("2.5"));
        env.insert(QStringLiteral("DB_MAX_CONNECTIONS"), QStringLiteral("0"));
        const LoadResult r = SettingsStore::load(file, env);
        QVERIFY(!r.ok());
        QVERIFY(hasIssueAt(r.issues, QStringLiteral("env:DDC_BATCH_SIZE")));
        QVERIFY(hasIssueAt(r.issues, QStringLiteral("env:MEMORY_MONITORING")));
        QVERIFY(hasIssueAt(r.issues, QStringLiteral("env:CACHE_MAX_SIZE")));
        QVERIFY(hasIssueAt(r.issues, QStringLiteral("database.maxConnections")));
        QCOMPARE(r.settings.docker.batchSize, 4); // the file's value survives a bad override
    }

    void saveRoundTripsAtomically() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sub/mechdock.json"));
        Settings s;
        s.docker.batchSize = 7;
        s.containers.append(ContainerSettings{});
        s.containers.last().name = QStringLiteral("web");
        s.containers.last().displayName = QStringLiteral("Web");
        s.containers.last().allowedActions = {QStringLiteral("status"), QStringLiteral("restart")};
        s.discord.channels.append(ChannelSettings{QStringLiteral("323456789012345678"),
                                                  QStringLiteral("ops"), ChannelKind::Control});
        s.discord.token = QStringLiteral("secret.token.value");
        s.mech.decayOverrides = {QStringLiteral("11:0"), QStringLiteral("4:250")};
        QString error;
        QVERIFY2(SettingsStore::save(file, s, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY(!written.contains("secret.token.value")); // not in the file unless asked
        const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QVERIFY2(r.ok(), qPrintable(describe(r.issues)));
        QCOMPARE(r.settings.docker.batchSize, 7);
        QCOMPARE(r.settings.containers.first().allowedActions, s.containers.first().allowedActions);
        QCOMPARE(r.settings.discord.channels.first().kind, ChannelKind::Control);
        QCOMPARE(r.settings.mech.decayOverrides, s.mech.decayOverrides);
        int level = 0;
        qint64 cents = -1;
        QVERIFY(SettingsValidator::parseDecayOverride(QStringLiteral(" 4 : 250 "), &level, &cents));
        QCOMPARE(level, 4);
        QCOMPARE(cents, qint64(250));
        QVERIFY(r.settings.discord.token.isEmpty());
        // A failed save (the target is a folder) leaves the old file untouched.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("blocked.json"))));
        QVERIFY(!SettingsStore::save(dir.filePath(QStringLiteral("blocked.json")), s, &error));
        QVERIFY(!error.isEmpty());
        QDir sub(dir.filePath(QStringLiteral("sub")));
        QCOMPARE(sub.entryList(QDir::Files), QStringList{QStringLiteral("mechdock.json")});
    }

    void fileWithTokenIsOwnerOnly() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mechdock.json"));
        Settings s;
        s.discord.tokenInFile = true;
        s.discord.token = QStringLiteral("secret.token.value");
        QString error;
        QVERIFY(SettingsStore::save(file, s, &error));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const LoadResult r = SettingsStore::load(file, QProcessEnvironment());
        QCOMPARE(r.settings.discord.token, QStringLiteral("secret.token.value"));
        // A file without a token gets ordinary permissions.
        s.discord.tokenInFile = false;
        const QString plain = dir.filePath(QStringLiteral("plain.json"));
        QVERIFY(SettingsStore::save(plain, s, &error));
        QCOMPARE(::stat(QFile::encodeName(plain).constData(), &st), 0);
        QVERIFY((st.st_mode & 0044) != 0);
    }

    void schemaPathsAreUniqueAndDocumented() {
        QSet<QString> seen;
        const auto &schema = SettingsSchema::instance();
        for (const auto &f : schema.intFields()) {
            QVERIFY2(!seen.contains(f.path), qPrintable(f.path));
            seen.insert(f.path);
            Settings s;
            const int def = f.ref(s);
            QVERIFY2(def >= f.min && def <= f.max, qPrintable(f.path));
        }
        // The README documents every setting.
        QFile readme(QStringLiteral(MECHDOCK_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray text = readme.readAll();
        for (const QString &path : std::as_const(seen))
            QVERIFY2(text.contains(path.toUtf8()),
                     qPrintable(path + QStringLiteral(" missing from README")));
    }
};

QTEST_GUILESS_MAIN(TestConfigSettings)
#include "tst_config_settings.moc"
