// The bot end to end: the service connects to the local Discord server, registers its commands
// once, posts the live status messages, answers /ss with the real containers of a real dockerd,
// stops a container when an admin clicks its button and edits the message, refuses and audits a
// click from someone else; a fatal gateway close shows in /health with the reason.
#include "bot/customid.h"
#include "config/settings.h"
#include "discord/discordgateway.h"
#include "dockerdaemon.h"
#include "localdiscordserver.h"
#include "mech/mechservice.h"
#include "pingresponder.h"
#include "scheduler/schedulerapi.h"
#include "service/botservice.h"
#include "service/discordbot.h"
#include "storage/auditlog.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace mechdock;

namespace {

constexpr const char *kStatusChannel = "200000000000000001";
constexpr const char *kControlChannel = "100000000000000001";
constexpr const char *kAdmin = "420000000000000001";
constexpr const char *kGuild = "41771983423143937";

QJsonObject interaction(int type, const QString &channel, const QString &user,
                        const QJsonObject &data, const QString &messageId = {}) {
    QJsonObject i{
        {QStringLiteral("type"), type},
        {QStringLiteral("guild_id"), QString::fromLatin1(kGuild)},
        {QStringLiteral("channel_id"), channel},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), user},
                                  {QStringLiteral("username"), QStringLiteral("user") + user}}},
                     {QStringLiteral("roles"), QJsonArray{}}}},
        {QStringLiteral("data"), data}};
    if (!messageId.isEmpty())
        i.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), messageId}});
    return i;
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int healthStatus(quint16 port, QByteArray *body) {
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    *body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// Audit results of every stop, by result ("ok", "denied", ...).
QHash<QString, int> stopResults(const service::BotService &service) {
    QHash<QString, int> results;
    for (const storage::AuditEntry &e : service.auditLog()->query(storage::AuditFilter{})) {
        if (e.action.contains(QLatin1String("stop")))
            ++results[e.result];
    }
    return results;
}

// The lines the process logs while it exists, for decisions that have no other visible effect
// (a comparison that finds nothing to send). Chains to the handler it replaces.
class LogCapture {
    Q_DISABLE_COPY_MOVE(LogCapture)
public:
    LogCapture() {
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    int count(const QString &text) const {
        QMutexLocker lock(&m_mutex);
        return int(std::count_if(m_lines.begin(), m_lines.end(),
                                 [&](const QString &line) { return line.contains(text); }));
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &line) {
        LogCapture *self = s_current;
        if (!self)
            return;
        {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines.append(line);
        }
        if (self->m_previous)
            self->m_previous(type, context, line);
    }

    static inline LogCapture *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace

class TestServiceDiscordBot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void endToEnd();
    void fatalCloseShowsInHealth();
    void overdueInteractionIsDroppedUnanswered();

private:
    config::Settings baseSettings(const test::LocalDiscordServer &server) const;
    test::DockerDaemon m_daemon;
    bool m_haveDocker = false;
};

void TestServiceDiscordBot::initTestCase() {
    const QString why = m_daemon.start();
    if (why.isEmpty()) {
        m_haveDocker = true;
        for (const char *name : {"web", "db"})
            QVERIFY(m_daemon.createContainer(QString::fromLatin1(name),
                                             {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QCOMPARE(
            m_daemon.docker({QStringLiteral("start"), QStringLiteral("web"), QStringLiteral("db")}),
            0);
    } else if (test::isCi()) {
        QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
    } else {
        qWarning("No dockerd (%s): only the tests without containers run", qPrintable(why));
    }
}

config::Settings TestServiceDiscordBot::baseSettings(const test::LocalDiscordServer &server) const {
    config::Settings s;
    s.discord.apiBaseUrl = server.apiBaseUrl().toString();
    s.discord.token = server.token();
    s.discord.guildIds = {QString::fromLatin1(kGuild)};
    s.discord.adminUserIds = {QString::fromLatin1(kAdmin)};
    config::ChannelSettings status;
    status.id = QString::fromLatin1(kStatusChannel);
    status.kind = config::ChannelKind::Status;
    config::ChannelSettings control;
    control.id = QString::fromLatin1(kControlChannel);
    control.kind = config::ChannelKind::Control;
    s.discord.channels = {status, control};
    s.http.listen = QStringLiteral("127.0.0.1:0");
    s.docker.backgroundRefreshSec = 3600; // only actions refresh, so the test sees their effect
    return s;
}

void TestServiceDiscordBot::endToEnd() {
    if (!m_haveDocker)
        QSKIP("needs a dockerd");
    LogCapture log;
    test::LocalDiscordServer server;
    server.gateway().setHeartbeatIntervalMs(500);
    QVERIFY(server.start());
    config::Settings settings = baseSettings(server);
    config::EndpointSettings endpoint;
    endpoint.uri = m_daemon.uri();
    settings.docker.endpoints = {endpoint};
    config::ContainerSettings web;
    web.name = QStringLiteral("web");
    web.displayName = QStringLiteral("Web server");
    web.allowedActions = {QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop"),
                          QStringLiteral("restart")};
    config::ContainerSettings db;
    db.name = QStringLiteral("db");
    db.order = 1;
    settings.containers = {web, db};

    QTemporaryDir dir;
    service::BotService service(
        settings, service::ServiceOptions{dir.filePath(QStringLiteral("m.json")), dir.path(), {}});
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(service.snapshot().containers.size() >= 2, 15000);

    // Commands registered once for the guild; status messages posted in both channels.
    QTRY_COMPARE_WITH_TIMEOUT(server.rest().commandPuts(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!server.rest().messages(QString::fromLatin1(kStatusChannel)).isEmpty(),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.rest().messages(QString::fromLatin1(kControlChannel)).size(),
                              2, 10000);
    QVERIFY(compact(server.rest().messages(QString::fromLatin1(kStatusChannel)).first())
                .contains("Web server"));

    // /ss lists the real containers.
    QSignalSpy callbacks(&server.rest(), &test::LocalDiscordRest::interactionCallback);
    server.gateway().dispatchInteraction(interaction(
        2, QString::fromLatin1(kStatusChannel), QString::fromLatin1(kAdmin),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("ss")}, {QStringLiteral("type"), 1}}));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    const QJsonObject ss = callbacks.first().at(2).toJsonObject();
    QCOMPARE(ss.value(QStringLiteral("type")).toInt(), 4);
    const QByteArray ssText = compact(ss);
    QVERIFY2(ssText.contains("Web server") && ssText.contains("db"), ssText.constData());
    QVERIFY2(ssText.contains("🟢"), ssText.constData());

    // The mech walks along as an attached animated WebP (a multipart follow-up).
    const mech::AnimationResult animation =
        service.mech()->currentAnimation(mech::AnimationSize::Small);
    QVERIFY2(animation.ok, qPrintable(animation.error));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const test::RecordedRequest &r : server.rest().requests()) {
                for (const test::MultipartPart &part : r.parts) {
                    if (part.filename == QLatin1String("mech.webp") &&
                        part.data.startsWith("RIFF") && part.contentType == "image/webp")
                        return true;
                }
            }
            return false;
        }(),
        5000);

    // An admin records a donation with /donate in a control channel: the answer has the new level
    // and power.
    callbacks.clear();
    QSignalSpy donationEdits(&server.rest(), &test::LocalDiscordRest::messageEdited);
    server.gateway().dispatchInteraction(interaction(
        2, QString::fromLatin1(kControlChannel), QString::fromLatin1(kAdmin),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("donate")},
                    {QStringLiteral("type"), 1},
                    {QStringLiteral("options"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cents")},
                                            {QStringLiteral("type"), 4},
                                            {QStringLiteral("value"), 2500}},
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("donor")},
                                            {QStringLiteral("type"), 3},
                                            {QStringLiteral("value"), QStringLiteral("Ada")}}}}}));
    QByteArray thanks;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &e : donationEdits) {
                const QByteArray text = compact(e.at(1).toJsonObject());
                if (text.contains("Thank you"))
                    thanks = text;
            }
            return !thanks.isEmpty();
        }(),
        5000);
    // $25 at L1: $10 to L2, $15 to L3: level 3. (Power starts decaying at once.)
    QVERIFY2(thanks.contains("level 3") && thanks.contains("$25.00 recorded"), thanks.constData());
    QCOMPARE(service.mech()->state().totalCents, 2500);

    // The web container's message in the control channel carries its buttons.
    QString webMessage;
    for (const QJsonObject &m : server.rest().messages(QString::fromLatin1(kControlChannel))) {
        if (compact(m).contains("Web server"))
            webMessage = m.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!webMessage.isEmpty());
    const QString stopId =
        bot::CustomId{QStringLiteral("stop"), QStringLiteral("local"), QStringLiteral("web")}
            .toString();

    // A click from a read-only status channel (where actions are not allowed): refused with a
    // short ephemeral reason, container untouched, audited.
    callbacks.clear();
    server.gateway().dispatchInteraction(interaction(
        3, QString::fromLatin1(kStatusChannel), QStringLiteral("700000000000000001"),
        QJsonObject{{QStringLiteral("custom_id"), stopId}, {QStringLiteral("component_type"), 2}},
        webMessage));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    const QJsonObject refusal = callbacks.first().at(2).toJsonObject();
    QCOMPARE(refusal.value(QStringLiteral("type")).toInt(), 4);
    QCOMPARE(
        refusal.value(QStringLiteral("data")).toObject().value(QStringLiteral("flags")).toInt(),
        64);
    // Audited as denied once decided (entries are written in batches, a moment later): after
    // that decision nothing is left that could stop the container.
    QTRY_COMPARE_WITH_TIMEOUT(stopResults(service).value(QStringLiteral("denied")), 1, 5000);
    QCOMPARE(stopResults(service).value(QStringLiteral("ok")), 0);
    QCOMPARE(m_daemon.containerState(QStringLiteral("web")), QStringLiteral("running"));

    // The admin clicks stop: deferred at once, the real container stops, the message says so.
    callbacks.clear();
    QSignalSpy edits(&server.rest(), &test::LocalDiscordRest::messageEdited);
    server.gateway().dispatchInteraction(interaction(
        3, QString::fromLatin1(kControlChannel), QString::fromLatin1(kAdmin),
        QJsonObject{{QStringLiteral("custom_id"), stopId}, {QStringLiteral("component_type"), 2}},
        webMessage));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    QCOMPARE(callbacks.first().at(2).toJsonObject().value(QStringLiteral("type")).toInt(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(m_daemon.containerState(QStringLiteral("web")),
                              QStringLiteral("exited"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &e : edits) {
                const QByteArray text = compact(e.at(1).toJsonObject());
                if (text.contains("🔴") && text.contains("Web server"))
                    return true;
            }
            return false;
        }(),
        30000);

    // Both clicks are in the audit log: one denied, one ok.
    QTRY_VERIFY_WITH_TIMEOUT(stopResults(service).value(QStringLiteral("denied")) >= 1 &&
                                 stopResults(service).value(QStringLiteral("ok")) >= 1,
                             5000);

    // /schedule add, list and delete from the control channel, as the admin.
    auto option = [](const QString &name, const QString &value) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("type"), 3},
                           {QStringLiteral("value"), value}};
    };
    callbacks.clear();
    server.gateway().dispatchInteraction(interaction(
        2, QString::fromLatin1(kControlChannel), QString::fromLatin1(kAdmin),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("schedule")},
                    {QStringLiteral("type"), 1},
                    {QStringLiteral("options"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("name"), QStringLiteral("add")},
                         {QStringLiteral("type"), 1},
                         {QStringLiteral("options"),
                          QJsonArray{option(QStringLiteral("container"), QStringLiteral("web")),
                                     option(QStringLiteral("action"), QStringLiteral("restart")),
                                     option(QStringLiteral("when"), QStringLiteral("daily 03:30")),
                                     option(QStringLiteral("timezone"),
                                            QStringLiteral("Europe/Berlin"))}}}}}}));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    const QString added = callbacks.first()
                              .at(2)
                              .toJsonObject()
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("content"))
                              .toString();
    // The next three runs, at 03:30 Berlin time.
    QVERIFY2(added.contains(QLatin1String("Next runs")) &&
                 added.count(QLatin1String("T03:30:00+01:00")) == 3,
             qPrintable(added));
    QCOMPARE(service.schedulerApi()->listTasks().size(), 1);
    const QString taskId = service.schedulerApi()->listTasks().first().task.id;
    QVERIFY2(added.contains(taskId), qPrintable(added));
    callbacks.clear();
    server.gateway().dispatchInteraction(interaction(
        2, QString::fromLatin1(kControlChannel), QString::fromLatin1(kAdmin),
        QJsonObject{
            {QStringLiteral("name"), QStringLiteral("schedule")},
            {QStringLiteral("type"), 1},
            {QStringLiteral("options"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("delete")},
                                    {QStringLiteral("type"), 1},
                                    {QStringLiteral("options"),
                                     QJsonArray{option(QStringLiteral("id"), taskId)}}}}}}));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(service.schedulerApi()->listTasks().size(), 0, 5000);

    // A restart of the service does not overwrite unchanged commands: once the bot has
    // compared them (and said so), no PUT has been sent.
    service.stop();
    const int unchangedBefore = log.count(QStringLiteral("Slash commands unchanged"));
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        log.count(QStringLiteral("Slash commands unchanged")) > unchangedBefore, 15000);
    QCOMPARE(server.rest().commandPuts(), 1);
    QCOMPARE(m_daemon.docker({QStringLiteral("start"), QStringLiteral("web")}), 0);
}

void TestServiceDiscordBot::fatalCloseShowsInHealth() {
    test::LocalDiscordServer server;
    QVERIFY(server.start());
    const QString socketPath = QDir::temp().filePath(
        QStringLiteral("mechdock-discordbot-%1.sock").arg(QCoreApplication::applicationPid()));
    test::PingResponder docker(socketPath);
    config::Settings settings = baseSettings(server);
    config::EndpointSettings endpoint;
    endpoint.uri = QStringLiteral("unix://") + socketPath;
    settings.docker.endpoints = {endpoint};
    QTemporaryDir dir;
    service::BotService service(
        settings, service::ServiceOptions{dir.filePath(QStringLiteral("m.json")), dir.path(), {}});
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);
    // The Discord page's shard and guild rows come through the snapshot.
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().guilds.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().guilds.first().name, QStringLiteral("Test guild"),
                              5000);
    QCOMPARE(service.snapshot().gatewayShardRows.size(), 1);
    QCOMPARE(service.snapshot().gatewayShardRows.first().state, QStringLiteral("connected"));
    QByteArray body;
    QTRY_COMPARE_WITH_TIMEOUT(healthStatus(service.healthPort(), &body), 200, 10000);

    server.gateway().closeWithCode(4004);
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Stopped, 10000);
    QCOMPARE(healthStatus(service.healthPort(), &body), 503);
    QVERIFY2(body.contains("4004") && body.contains("token"), body.constData());
    // Stopped for good: nothing is scheduled that could connect again.
    QVERIFY(service.discordBot() && service.discordBot()->gateway());
    QCOMPARE(service.discordBot()->gateway()->nextAttemptInMs(), -1);
}

void TestServiceDiscordBot::overdueInteractionIsDroppedUnanswered() {
    // An interaction that reaches the service when Discord's 3 s are as good as over (an
    // overloaded host) is not worked on or answered; the ones after it are.
    LogCapture log;
    test::LocalDiscordServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    service::BotService service(
        baseSettings(server),
        service::ServiceOptions{dir.filePath(QStringLiteral("m.json")), dir.path(), {}});
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);
    QSignalSpy callbacks(&server.rest(), &test::LocalDiscordRest::interactionCallback);
    const QJsonObject ping{{QStringLiteral("name"), QStringLiteral("ping")},
                           {QStringLiteral("type"), 1}};
    const auto snowflake = [](qint64 epochMs, int increment = 0) {
        return QString::number((quint64(epochMs - 1420070400000LL) << 22) | quint64(increment));
    };
    const QString user = QString::fromLatin1(kAdmin);
    QJsonObject prompt = interaction(2, QString::fromLatin1(kStatusChannel), user, ping);
    prompt.insert(QStringLiteral("id"), snowflake(QDateTime::currentMSecsSinceEpoch()));
    server.gateway().dispatchInteraction(prompt);
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);

    QJsonObject overdue = interaction(2, QString::fromLatin1(kStatusChannel), user, ping);
    const QString overdueId = snowflake(QDateTime::currentMSecsSinceEpoch() - 4000);
    overdue.insert(QStringLiteral("id"), overdueId);
    server.gateway().dispatchInteraction(overdue);
    QJsonObject next = interaction(2, QString::fromLatin1(kStatusChannel),
                                   QStringLiteral("420000000000000002"), ping);
    next.insert(QStringLiteral("id"), snowflake(QDateTime::currentMSecsSinceEpoch(), 1));
    server.gateway().dispatchInteraction(next);
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().interactionsDroppedLate, 1u, 5000);
    for (const QList<QVariant> &c : callbacks)
        QVERIFY(c.at(0).toString() != overdueId);
    QCOMPARE(log.count(QStringLiteral("too late")), 1);
}

QTEST_GUILESS_MAIN(TestServiceDiscordBot)
#include "tst_service_discordbot.moc"
