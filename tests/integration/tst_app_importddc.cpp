// `mechdock import-ddc` as an operator runs it: a DDC config folder written by the test is
// imported into a settings file and database in a temporary folder; the result is checked in
// the file, with check-config, and in the scheduler's database.
#include "testpaths.h"

#include "scheduler/taskstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using mechdock::test::mechdockBinary;

namespace {

const QByteArray kToken =
    "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabCdE.abcdefghijklmnopqrstuvwxyz0123456789AB";

void writeBytes(const QString &path, const QByteArray &data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

void writeJson(const QString &path, const QJsonObject &o) {
    writeBytes(path, QJsonDocument(o).toJson());
}

QByteArray readBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runMechdock(const QTemporaryDir &home, const QStringList &args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("DISCORD_BOT_TOKEN"));
    env.remove(QStringLiteral("MECHDOCK_CONFIG"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // No session bus: the keychain fails fast and the user's real keychain is never touched.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(mechdockBinary(), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

// A DDC 2.x config folder: two containers, a control and a status channel, an admin, a
// protected info password and two scheduled tasks, one of which cannot be mapped.
void writeDdcFolder(const QString &dir) {
    writeJson(dir + QStringLiteral("/config.json"),
              {{QStringLiteral("language"), QStringLiteral("de")},
               {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
               {QStringLiteral("guild_id"), QStringLiteral("112233445566778899")}});
    writeJson(dir + QStringLiteral("/auth.json"),
              {{QStringLiteral("bot_token"), QString::fromLatin1(kToken)}});
    writeJson(
        dir + QStringLiteral("/containers/web.json"),
        {{QStringLiteral("docker_name"), QStringLiteral("web")},
         {QStringLiteral("display_name"), QStringLiteral("Web Server")},
         {QStringLiteral("allowed_actions"),
          QJsonArray{QStringLiteral("status"), QStringLiteral("restart")}},
         {QStringLiteral("active"), true},
         {QStringLiteral("order"), 1},
         {QStringLiteral("info"),
          QJsonObject{{QStringLiteral("enabled"), true},
                      {QStringLiteral("custom_text"), QStringLiteral("Hello")},
                      {QStringLiteral("protected_enabled"), true},
                      {QStringLiteral("protected_content"), QStringLiteral("rcon pw")},
                      {QStringLiteral("protected_password"), QStringLiteral("opensesame")}}}});
    writeJson(dir + QStringLiteral("/containers/db.json"),
              {{QStringLiteral("docker_name"), QStringLiteral("db")},
               {QStringLiteral("active"), true},
               {QStringLiteral("query_enabled"), true}});
    writeJson(dir + QStringLiteral("/channels/123456789012345678.json"),
              {{QStringLiteral("name"), QStringLiteral("control")},
               {QStringLiteral("commands"), QJsonObject{{QStringLiteral("control"), true}}}});
    writeJson(dir + QStringLiteral("/channels/234567890123456789.json"),
              {{QStringLiteral("name"), QStringLiteral("status")},
               {QStringLiteral("commands"), QJsonObject{{QStringLiteral("serverstatus"), true}}}});
    writeJson(dir + QStringLiteral("/admins.json"),
              {{QStringLiteral("discord_admin_users"),
                QJsonArray{QStringLiteral("345678901234567890")}}});
    const QJsonArray tasks{
        QJsonObject{{QStringLiteral("task_id"), QStringLiteral("nightly")},
                    {QStringLiteral("container_name"), QStringLiteral("web")},
                    {QStringLiteral("action"), QStringLiteral("restart")},
                    {QStringLiteral("cycle"), QStringLiteral("daily")},
                    {QStringLiteral("schedule_details"),
                     QJsonObject{{QStringLiteral("time"), QStringLiteral("04:00")}}},
                    {QStringLiteral("timezone_str"), QStringLiteral("Europe/Berlin")},
                    {QStringLiteral("is_active"), true}},
        QJsonObject{{QStringLiteral("task_id"), QStringLiteral("boom")},
                    {QStringLiteral("container_name"), QStringLiteral("db")},
                    {QStringLiteral("action"), QStringLiteral("explode")},
                    {QStringLiteral("cycle"), QStringLiteral("daily")},
                    {QStringLiteral("schedule_details"),
                     QJsonObject{{QStringLiteral("time"), QStringLiteral("05:00")}}}}};
    writeBytes(dir + QStringLiteral("/tasks.json"), QJsonDocument(tasks).toJson());
}

QList<mechdock::scheduler::ScheduledTask> storedTasks(const QString &dbPath) {
    using namespace mechdock;
    QString error;
    auto db = storage::Database::open(
        dbPath, {storage::AuditLog::migrations(), scheduler::TaskStore::migrations()}, &error);
    if (!db) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    scheduler::TaskStore store(*db);
    return store.loadAll();
}

} // namespace

class TestAppImportDdc : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(mechdockBinary()), qPrintable(mechdockBinary())); }

    void importsAFolderIntoSettingsAndDatabase() {
        QTemporaryDir home;
        const QString ddc = home.filePath(QStringLiteral("ddc"));
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        const QString data = home.filePath(QStringLiteral("state"));
        writeDdcFolder(ddc);
        // An existing setting that DDC does not have must survive the import.
        writeJson(config,
                  {{QStringLiteral("http"),
                    QJsonObject{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:9911")}}}});
        const QStringList args{QStringLiteral("import-ddc"), ddc,
                               QStringLiteral("--config"),   config,
                               QStringLiteral("--data-dir"), data};

        // A dry run writes nothing.
        const QByteArray before = readBytes(config);
        Run r = runMechdock(home, args + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 containers, 2 channels, 1 admins, 1 tasks"), r.out.constData());
        QCOMPARE(readBytes(config), before);
        QVERIFY(!QFile::exists(data + QStringLiteral("/mechdock.db")));

        r = runMechdock(home, args);
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("2 containers, 2 channels, 1 admins, 1 tasks imported"),
                 r.out.constData());
        QVERIFY2(r.out.contains("could not map: tasks.json"), r.out.constData());
        QVERIFY(r.out.contains("explode"));
        QVERIFY(r.out.contains("could not map: containers/db.json"));
        // No session bus: the token cannot reach the keychain, and the user is told what to do.
        QVERIFY2(r.err.contains("DISCORD_BOT_TOKEN") || r.out.contains("keychain"),
                 (r.out + r.err).constData());
        QVERIFY(!r.out.contains(kToken) && !r.err.contains(kToken));

        const QByteArray written = readBytes(config);
        QVERIFY(!written.contains(kToken));
        QVERIFY(!written.contains("opensesame"));
        const QJsonObject root = QJsonDocument::fromJson(written).object();
        QCOMPARE(root.value(QStringLiteral("http"))
                     .toObject()
                     .value(QStringLiteral("listen"))
                     .toString(),
                 QStringLiteral("127.0.0.1:9911"));
        const QJsonArray containers = root.value(QStringLiteral("containers")).toArray();
        QCOMPARE(containers.size(), 2);
        QJsonObject web;
        for (const QJsonValue &c : containers) {
            if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("web"))
                web = c.toObject();
        }
        QCOMPARE(web.value(QStringLiteral("displayName")).toString(), QStringLiteral("Web Server"));
        QVERIFY(web.value(QStringLiteral("protectedPasswordHash"))
                    .toString()
                    .startsWith(QLatin1String("pbkdf2-sha256$")));
        const QJsonObject discord = root.value(QStringLiteral("discord")).toObject();
        QCOMPARE(discord.value(QStringLiteral("channels")).toArray().size(), 2);
        QCOMPARE(discord.value(QStringLiteral("adminUserIds")).toArray().size(), 1);

        // Mechdock's own checker accepts what was written.
        Run check =
            runMechdock(home, {QStringLiteral("check-config"), QStringLiteral("--no-env"), config});
        QVERIFY2(check.code == 0, (check.out + check.err).constData());

        QList<mechdock::scheduler::ScheduledTask> tasks =
            storedTasks(data + QStringLiteral("/mechdock.db"));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().id, QStringLiteral("ddc-nightly"));
        QCOMPARE(tasks.first().containerName, QStringLiteral("web"));
        QCOMPARE(tasks.first().schedule, QStringLiteral("daily 04:00"));
        QCOMPARE(tasks.first().timeZone, QByteArray("Europe/Berlin"));

        // Importing again changes nothing: same containers, channels and tasks.
        r = runMechdock(home, args);
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        const QJsonObject again = QJsonDocument::fromJson(readBytes(config)).object();
        QCOMPARE(again.value(QStringLiteral("containers")).toArray().size(), 2);
        QCOMPARE(storedTasks(data + QStringLiteral("/mechdock.db")).size(), 1);
    }

    void tokenInFileIsOwnerOnly() {
        QTemporaryDir home;
        const QString ddc = home.filePath(QStringLiteral("ddc"));
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        writeDdcFolder(ddc);
        const Run r = runMechdock(
            home, {QStringLiteral("import-ddc"), ddc, QStringLiteral("--config"), config,
                   QStringLiteral("--data-dir"), home.filePath(QStringLiteral("state")),
                   QStringLiteral("--token-in-file")});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QVERIFY(readBytes(config).contains(kToken));
        QCOMPARE(QFile::permissions(config) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void malformedFileIsReportedAndTheRestImported() {
        QTemporaryDir home;
        const QString ddc = home.filePath(QStringLiteral("ddc"));
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        writeDdcFolder(ddc);
        writeBytes(ddc + QStringLiteral("/channels/234567890123456789.json"), "{\"name\": ");
        const Run r = runMechdock(
            home, {QStringLiteral("import-ddc"), ddc, QStringLiteral("--config"), config,
                   QStringLiteral("--data-dir"), home.filePath(QStringLiteral("state"))});
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("could not map: channels/234567890123456789.json"),
                 r.out.constData());
        QVERIFY(r.out.contains("2 containers, 1 channels, 1 admins, 1 tasks imported"));
    }

    void refusesABrokenSettingsFileAndBadUsage() {
        QTemporaryDir home;
        const QString ddc = home.filePath(QStringLiteral("ddc"));
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        writeDdcFolder(ddc);
        writeBytes(config, "{\"docker\": ");
        Run r = runMechdock(
            home, {QStringLiteral("import-ddc"), ddc, QStringLiteral("--config"), config});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("check-config"));
        QCOMPARE(readBytes(config), QByteArray("{\"docker\": "));

        r = runMechdock(home, {QStringLiteral("import-ddc")});
        QCOMPARE(r.code, 2);
        r = runMechdock(home,
                        {QStringLiteral("import-ddc"), home.filePath(QStringLiteral("nowhere")),
                         QStringLiteral("--config"), home.filePath(QStringLiteral("other.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("nowhere"));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("other.json"))));
    }
};

QTEST_GUILESS_MAIN(TestAppImportDdc)
#include "tst_app_importddc.moc"
