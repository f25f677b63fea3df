// Auto-actions end to end, in the service with the local Discord server and a private dockerd:
// the bot asks for the message intents while a rule is enabled; a MESSAGE_CREATE that matches a
// rule restarts the container on the real daemon, posts the notification and leaves an audit
// entry with the source "auto-action"; the control API's dry run says what the rules would do
// without doing it, and its status has the firing and the counters. When Discord refuses the
// Message Content intent (4014), the alert says exactly what to enable, and the bot connects
// again without the message intents and still answers a slash command.
#include "config/settings.h"
#include "control/controldispatcher.h"
#include "dockerdaemon.h"
#include "localdiscordserver.h"
#include "monitor/alertcenter.h"
#include "service/botservice.h"
#include "storage/auditlog.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

namespace {

constexpr int kGuildMessages = 1 << 9;
constexpr int kMessageContent = 1 << 15;
const QString kGuild = QStringLiteral("41771983423143937");
const QString kAnnouncements = QStringLiteral("300000000000000001");
const QString kNotify = QStringLiteral("300000000000000002");
const QString kAlerts = QStringLiteral("300000000000000003");
const QString kUpdater = QStringLiteral("500000000000000001");
const QString kAdmin = QStringLiteral("420000000000000001");
const QString kControl = QStringLiteral("300000000000000004");

QJsonObject gameUpdate(const QString &id, const QString &content) {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("channel_id"), kAnnouncements},
                       {QStringLiteral("guild_id"), kGuild},
                       {QStringLiteral("content"), content},
                       {QStringLiteral("author"),
                        QJsonObject{{QStringLiteral("id"), kUpdater},
                                    {QStringLiteral("username"), QStringLiteral("SteamDB")},
                                    {QStringLiteral("bot"), true}}}};
}

QString text(const QList<QJsonObject> &messages) {
    QString all;
    for (const QJsonObject &m : messages)
        all +=
            QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    return all;
}

control::ControlDispatcher::Result call(control::ControlDispatcher &dispatcher,
                                        control::ControlMethod method, const QJsonObject &params) {
    std::optional<control::ControlDispatcher::Result> out;
    dispatcher.dispatch(method, params, control::ControlCaller{QStringLiteral("local:0"), {}, true},
                        [&out](const control::ControlDispatcher::Result &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return control::ControlDispatcher::Result::failure("no_answer",
                                                           QStringLiteral("no answer"));
    return *out;
}

// The failure's message, for QVERIFY2 (which evaluates it whether or not the check fails).
QByteArray why(const control::ControlDispatcher::Result &r) {
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class TestControlAutoActions : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;

    QString startedAt(const QString &name) {
        QByteArray out;
        daemon.docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                       QStringLiteral("{{.State.StartedAt}}"), name},
                      &out);
        return QString::fromUtf8(out).trimmed();
    }

    config::Settings settingsFor(const test::LocalDiscordServer &server) {
        config::Settings s;
        s.discord.apiBaseUrl = server.apiBaseUrl().toString();
        s.discord.token = server.token();
        s.discord.guildIds = {kGuild};
        s.discord.adminUserIds = {kAdmin};
        config::ChannelSettings control;
        control.id = kControl;
        control.kind = config::ChannelKind::Control;
        s.discord.channels = {control};
        s.http.listen.clear();
        s.alerts.channelId = kAlerts;
        s.docker.toggleCooldownSec = 0;
        config::EndpointSettings e;
        e.uri = daemon.uri();
        s.docker.endpoints = {e};
        config::ContainerSettings game;
        game.name = QStringLiteral("game");
        game.allowedActions = {QStringLiteral("status"), QStringLiteral("restart")};
        config::ContainerSettings db;
        db.name = QStringLiteral("db");
        db.allowedActions = game.allowedActions;
        s.containers = {game, db};
        s.autoActions.notifyChannelId = kNotify;
        s.autoActions.protectedContainers = {QStringLiteral("db")};
        config::AutoActionRuleSettings rule;
        rule.name = QStringLiteral("game update");
        rule.channelIds = {kAnnouncements};
        rule.keywords = {QStringLiteral("new version")};
        rule.ignoreKeywords = {QStringLiteral("beta")};
        rule.authorMode = QStringLiteral("include");
        rule.authorBots = true;
        rule.action = QStringLiteral("restart");
        rule.containers = {QStringLiteral("game")};
        rule.onlyIf = QStringLiteral("running");
        s.autoActions.rules = {rule};
        return s;
    }

private slots:
    void initTestCase() {
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        QVERIFY(daemon.createContainer(QStringLiteral("game"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QVERIFY(daemon.createContainer(QStringLiteral("db"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QCOMPARE(
            daemon.docker({QStringLiteral("start"), QStringLiteral("game"), QStringLiteral("db")}),
            0);
    }

    void aMatchingMessageRestartsTheContainer() {
        test::LocalDiscordServer server;
        server.gateway().setHeartbeatIntervalMs(1000);
        QVERIFY(server.start());
        QTemporaryDir dir;
        service::BotService service(settingsFor(server),
                                    service::ServiceOptions{{}, dir.path(), {}});
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);
        const int intents = server.gateway().identifiedIntents().value(0);
        QCOMPARE(intents & (kGuildMessages | kMessageContent), kGuildMessages | kMessageContent);
        // The poller has seen the container run (the rule acts only on a running one).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const service::ContainerRow &r : service.snapshot().containers) {
                    if (r.name == QLatin1String("game") && r.running)
                        return true;
                }
                return false;
            }(),
            30000);

        control::ControlDispatcher dispatcher(service);
        // The dry run: the rule would restart game, and has done nothing.
        const QString before = startedAt(QStringLiteral("game"));
        auto dry = call(dispatcher, control::ControlMethod::AutoActionsTest,
                        QJsonObject{{QStringLiteral("content"), QStringLiteral("A new version!")},
                                    {QStringLiteral("channelId"), kAnnouncements},
                                    {QStringLiteral("authorBot"), true}});
        QVERIFY2(dry.ok(), why(dry).constData());
        const QJsonObject decision =
            dry.value().value(QStringLiteral("decisions")).toArray().at(0).toObject();
        QVERIFY(decision.value(QStringLiteral("matched")).toBool());
        QVERIFY(decision.value(QStringLiteral("wouldFire")).toBool());
        QCOMPARE(decision.value(QStringLiteral("containers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("container"))
                     .toString(),
                 QStringLiteral("local/game"));
        // A human's message would not fire it.
        dry = call(dispatcher, control::ControlMethod::AutoActionsTest,
                   QJsonObject{{QStringLiteral("content"), QStringLiteral("A new version!")},
                               {QStringLiteral("channelId"), kAnnouncements}});
        QVERIFY(!dry.value()
                     .value(QStringLiteral("decisions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("matched"))
                     .toBool());
        // The same dry run from Discord, by an admin in a control channel.
        QSignalSpy callbacks(&server.rest(), &test::LocalDiscordRest::interactionCallback);
        server.gateway().dispatchInteraction(QJsonObject{
            {QStringLiteral("type"), 2},
            {QStringLiteral("guild_id"), kGuild},
            {QStringLiteral("channel_id"), kControl},
            {QStringLiteral("locale"), QStringLiteral("en-US")},
            {QStringLiteral("member"),
             QJsonObject{{QStringLiteral("user"),
                          QJsonObject{{QStringLiteral("id"), kAdmin},
                                      {QStringLiteral("username"), QStringLiteral("admin")}}},
                         {QStringLiteral("roles"), QJsonArray{}}}},
            {QStringLiteral("data"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("autoaction_test")},
                 {QStringLiteral("type"), 1},
                 {QStringLiteral("options"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("message")},
                                  {QStringLiteral("type"), 3},
                                  {QStringLiteral("value"), QStringLiteral("New version 9")}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("channel")},
                                  {QStringLiteral("type"), 7},
                                  {QStringLiteral("value"), kAnnouncements}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("posted_by")},
                                  {QStringLiteral("type"), 3},
                                  {QStringLiteral("value"), QStringLiteral("bot")}}}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 10000);
        const QString reply = callbacks.at(0)
                                  .at(2)
                                  .toJsonObject()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("content"))
                                  .toString();
        QVERIFY2(reply.contains(QStringLiteral("1 of 1")) &&
                     reply.contains(QStringLiteral("would restart local/game")),
                 qPrintable(reply));
        QCOMPARE(startedAt(QStringLiteral("game")), before);

        // A beta announcement is ignored; the release restarts the game server.
        QVERIFY(server.gateway().dispatchMessage(gameUpdate(QStringLiteral("900000000000000001"),
                                                            QStringLiteral("New version (beta)"))));
        QVERIFY(server.gateway().dispatchMessage(gameUpdate(
            QStringLiteral("900000000000000002"), QStringLiteral("New version 1.2.3 is out"))));
        QTRY_VERIFY_WITH_TIMEOUT(startedAt(QStringLiteral("game")) != before, 30000);
        QCOMPARE(daemon.containerState(QStringLiteral("game")), QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(
            text(server.rest().messages(kNotify)).contains(QStringLiteral("game update")), 10000);
        QVERIFY(text(server.rest().messages(kNotify)).contains(QStringLiteral("local/game")));
        QVERIFY(text(server.rest().messages(kNotify)).contains(QStringLiteral("\"parse\":[]")));

        // Audited by the action route, with the rule and the message.
        const auto audited = [&] {
            for (const storage::AuditEntry &e : service.auditLog()->query(storage::AuditFilter{})) {
                if (e.source == QLatin1String("auto-action") &&
                    e.action == QLatin1String("restart") &&
                    e.target == QLatin1String("local/game") && e.result == QLatin1String("ok") &&
                    e.detail.contains(QStringLiteral("900000000000000002")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(audited(), 10000);

        const auto status = call(dispatcher, control::ControlMethod::AutoActionsStatus, {});
        QVERIFY2(status.ok(), why(status).constData());
        const QJsonObject counters = status.value()
                                         .value(QStringLiteral("counters"))
                                         .toObject()
                                         .value(QStringLiteral("game update"))
                                         .toObject();
        QCOMPARE(counters.value(QStringLiteral("fired")).toInt(), 1);
        QCOMPARE(status.value().value(QStringLiteral("history")).toArray().size(), 1);

        // Within the rule's cool-down the next release is counted, not acted on.
        QVERIFY(server.gateway().dispatchMessage(gameUpdate(
            QStringLiteral("900000000000000003"), QStringLiteral("New version 1.2.4 is out"))));
        QTRY_COMPARE_WITH_TIMEOUT(call(dispatcher, control::ControlMethod::AutoActionsStatus, {})
                                      .value()
                                      .value(QStringLiteral("counters"))
                                      .toObject()
                                      .value(QStringLiteral("game update"))
                                      .toObject()
                                      .value(QStringLiteral("cooldownSkipped"))
                                      .toInt(),
                                  1, 10000);
        service.stop();
    }

    void refusedMessageIntentKeepsTheBotRunning() {
        test::LocalDiscordServer server;
        server.gateway().setHeartbeatIntervalMs(1000);
        server.gateway().setAllowedPrivilegedIntents(0);
        QVERIFY(server.start());
        QTemporaryDir dir;
        service::BotService service(settingsFor(server),
                                    service::ServiceOptions{{}, dir.path(), {}});
        service.start();
        // Refused once with the message intents, then connected without them.
        QTRY_VERIFY_WITH_TIMEOUT(server.gateway().identifiedIntents().size() >= 2, 20000);
        QVERIFY(server.gateway().identifiedIntents().at(0) & kMessageContent);
        QCOMPARE(server.gateway().identifiedIntents().at(1) & (kGuildMessages | kMessageContent),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);

        const QString portal =
            QStringLiteral("Discord Developer Portal → your application → Bot → Privileged "
                           "Gateway Intents → enable \"Message Content Intent\"");
        bool alerted = false;
        for (const monitor::Alert &a : service.alerts()->history())
            alerted = alerted || a.message.contains(portal);
        QVERIFY(alerted);
        QTRY_VERIFY_WITH_TIMEOUT(text(server.rest().messages(kAlerts))
                                     .contains(QStringLiteral("Privileged Gateway Intents")),
                                 10000);

        // Slash commands still work.
        QSignalSpy callbacks(&server.rest(), &test::LocalDiscordRest::interactionCallback);
        server.gateway().dispatchInteraction(QJsonObject{
            {QStringLiteral("type"), 2},
            {QStringLiteral("guild_id"), kGuild},
            {QStringLiteral("channel_id"), kAnnouncements},
            {QStringLiteral("locale"), QStringLiteral("en-US")},
            {QStringLiteral("member"),
             QJsonObject{{QStringLiteral("user"),
                          QJsonObject{{QStringLiteral("id"), kUpdater},
                                      {QStringLiteral("username"), QStringLiteral("someone")}}},
                         {QStringLiteral("roles"), QJsonArray{}}}},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("name"), QStringLiteral("ping")},
                                                 {QStringLiteral("type"), 1}}}});
        QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 10000);
        // Without the intent, messages do not reach the bot at all.
        QVERIFY(!server.gateway().dispatchMessage(gameUpdate(
            QStringLiteral("900000000000000010"), QStringLiteral("New version 2.0 is out"))));
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TestControlAutoActions)
#include "tst_control_autoactions.moc"
