// Swarm services beside containers, end to end, on a real single-node swarm of the suite's private
// dockerd: a service configured with kind "service" is a row like a container's (kind, running
// over desired tasks, the state words), an unconfigured one is listed read-only; the scheduler's
// route stops it (0/0, tasks gone), starts it (2/2) and restarts it (new task ids); an update is
// refused with the reason; its logs are the tasks' logs; an administrator acts on an unconfigured
// service as a service. With the local Discord server: /ss names it a Swarm service with its
// tasks, and the control message's Stop and Start buttons scale it, checked with the docker CLI.
// Without an engine, `mechdock containers` stops, lists ("0/0") and starts it.
#include "bot/customid.h"
#include "config/settings.h"
#include "config/settingsstore.h"
#include "dockerdaemon.h"
#include "localdiscordserver.h"
#include "service/botservice.h"
#include "service/containerpoller.h"
#include "service/scheduledactionexecutor.h"
#include "storage/auditlog.h"
#include "testpaths.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace mechdock;

namespace {

constexpr const char *kStatusChannel = "200000000000000031";
constexpr const char *kControlChannel = "100000000000000031";
constexpr const char *kAdmin = "420000000000000031";
constexpr const char *kGuild = "41771983423143937";

QJsonObject interaction(int type, const QString &channel, const QJsonObject &data,
                        const QString &messageId = {}) {
    QJsonObject i{{QStringLiteral("type"), type},
                  {QStringLiteral("guild_id"), QString::fromLatin1(kGuild)},
                  {QStringLiteral("channel_id"), channel},
                  {QStringLiteral("locale"), QStringLiteral("en-US")},
                  {QStringLiteral("member"),
                   QJsonObject{{QStringLiteral("user"),
                                QJsonObject{{QStringLiteral("id"), QString::fromLatin1(kAdmin)},
                                            {QStringLiteral("username"), QStringLiteral("admin")}}},
                               {QStringLiteral("roles"), QJsonArray{}}}},
                  {QStringLiteral("data"), data}};
    if (!messageId.isEmpty())
        i.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), messageId}});
    return i;
}

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<service::ContainerRow> rowOf(const QList<service::ContainerRow> &rows,
                                           const QString &name) {
    for (const service::ContainerRow &r : rows) {
        if (r.name == name)
            return r;
    }
    return std::nullopt;
}

} // namespace

class TestServiceSwarm : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    config::Settings settings;

    QString cli(const QStringList &args) {
        QByteArray out;
        daemon.docker(args, &out);
        return QString::fromUtf8(out).trimmed();
    }
    QString replicas(const QString &service) {
        return cli({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("--filter"),
                    QStringLiteral("name=") + service, QStringLiteral("--format"),
                    QStringLiteral("{{.Replicas}}")});
    }
    QStringList runningTasks(const QString &service) {
        return cli({QStringLiteral("service"), QStringLiteral("ps"), QStringLiteral("--filter"),
                    QStringLiteral("desired-state=running"), QStringLiteral("--format"),
                    QStringLiteral("{{.ID}} {{.CurrentState}}"), service})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
            .filter(QStringLiteral("Running"));
    }
    bool createService(const QString &name, int count) {
        // The task exits at once on SIGTERM, so scaling down does not wait for the grace period.
        return daemon.docker({QStringLiteral("service"), QStringLiteral("create"),
                              QStringLiteral("--detach"), QStringLiteral("--no-resolve-image"),
                              QStringLiteral("--name"), name, QStringLiteral("--replicas"),
                              QString::number(count), QStringLiteral("mini:latest"),
                              QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("trap 'exit 0' TERM; echo hello-$HOSTNAME; "
                                             "sleep 3600 & wait")}) == 0;
    }
    std::pair<bool, QString> execute(service::ScheduledActionExecutor &executor,
                                     docker::ContainerAction action, const QString &name) {
        scheduler::ScheduledTask task;
        task.endpoint = QStringLiteral("local");
        task.containerName = name;
        task.action = action;
        std::pair<bool, QString> result{false, QStringLiteral("no answer within 90 s")};
        bool done = false;
        executor.execute(task, [&](bool ok, QString message) {
            result = {ok, message};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 90000))
            qWarning("the scheduler's action got no answer within 90 s");
        return result;
    }

private slots:
    void initTestCase();
    void schedulerAndPanelRouteActOnAService();
    void discordShowsAndScalesAService();
    void cliListsAndScalesAServiceWithoutAnEngine();
};

void TestServiceSwarm::initTestCase() {
    const QString why = daemon.start();
    if (!why.isEmpty()) {
        if (test::isCi())
            QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
        QSKIP(qPrintable(why));
    }
    // A free port rather than 2377, so that a swarm elsewhere on the machine does not stop this.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    QProcess init;
    init.setProcessChannelMode(QProcess::MergedChannels);
    init.start(test::DockerDaemon::dockerCli(),
               {QStringLiteral("-H"), daemon.uri(), QStringLiteral("swarm"), QStringLiteral("init"),
                QStringLiteral("--advertise-addr"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--listen-addr"), listen});
    QVERIFY(init.waitForFinished(60000));
    QVERIFY2(init.exitCode() == 0, init.readAll().constData());
    QVERIFY(createService(QStringLiteral("game"), 2));
    QVERIFY(createService(QStringLiteral("other"), 1));
    QVERIFY(daemon.createContainer(QStringLiteral("web"),
                                   {QStringLiteral("sleep"), QStringLiteral("3600")}));
    QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("web")}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("2/2"), 60000);

    config::EndpointSettings endpoint;
    endpoint.uri = daemon.uri();
    settings.docker.endpoints = {endpoint};
    settings.docker.toggleCooldownSec = 0; // stop, start and restart follow each other here
    config::ContainerSettings game;
    game.kind = QStringLiteral("service");
    game.name = QStringLiteral("game");
    game.displayName = QStringLiteral("Game");
    game.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                           QStringLiteral("stop"), QStringLiteral("restart")};
    config::ContainerSettings web;
    web.name = QStringLiteral("web");
    settings.containers = {game, web};
}

void TestServiceSwarm::schedulerAndPanelRouteActOnAService() {
    service::ContainerPoller poller;
    poller.setSettings(settings);
    const auto row = [&](const char *name) {
        return rowOf(poller.rows(), QString::fromLatin1(name));
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        row("game") && row("game")->tasksDesired == 2 && row("game")->tasksRunning == 2, 60000);
    const service::ContainerRow game = *row("game");
    QCOMPARE(game.kind, QStringLiteral("service"));
    QCOMPARE(game.state, QStringLiteral("running"));
    QVERIFY(game.running && game.configured);
    QCOMPARE(game.displayName, QStringLiteral("Game"));
    QCOMPARE(game.image, QStringLiteral("mini:latest"));
    QVERIFY2(game.statusText.contains(QStringLiteral("2/2")), qPrintable(game.statusText));
    // A plain container beside it, and the unconfigured service listed read-only.
    QTRY_VERIFY_WITH_TIMEOUT(row("web") && row("web")->running && row("other"), 30000);
    QCOMPARE(row("web")->kind, QStringLiteral("container"));
    QCOMPARE(row("other")->kind, QStringLiteral("service"));
    QVERIFY(!row("other")->configured);
    // The services' task containers ("game.1.xyz") are the host's containers, not the service.
    QCOMPARE(std::count_if(
                 poller.rows().cbegin(), poller.rows().cend(),
                 [](const service::ContainerRow &r) { return r.name == QLatin1String("game"); }),
             1);

    service::ScheduledActionExecutor executor([&poller] { return poller.controller(); });
    auto r = execute(executor, docker::ContainerAction::Stop, QStringLiteral("game"));
    QVERIFY2(r.first, qPrintable(r.second));
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("0/0"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(row("game") && row("game")->state == QLatin1String("stopped") &&
                                 row("game")->tasksDesired == 0 && !row("game")->running,
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(runningTasks(QStringLiteral("game")).isEmpty(), 60000);

    r = execute(executor, docker::ContainerAction::Start, QStringLiteral("game"));
    QVERIFY2(r.first, qPrintable(r.second));
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("2/2"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(row("game") && row("game")->tasksRunning == 2 && row("game")->running,
                             60000);

    QTRY_COMPARE_WITH_TIMEOUT(runningTasks(QStringLiteral("game")).size(), 2, 60000);
    QStringList before = runningTasks(QStringLiteral("game"));
    for (QString &t : before)
        t = t.section(QLatin1Char(' '), 0, 0);
    r = execute(executor, docker::ContainerAction::Restart, QStringLiteral("game"));
    QVERIFY2(r.first, qPrintable(r.second));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList now = runningTasks(QStringLiteral("game"));
            if (now.size() != 2)
                return false;
            for (const QString &t : now) {
                if (before.contains(t.section(QLatin1Char(' '), 0, 0)))
                    return false;
            }
            return true;
        }(),
        90000);

    // Swarm rolls out a service's image; the route says so rather than treat it as a container.
    docker::Actor admin;
    admin.origin = docker::ActionOrigin::Panel;
    admin.name = QStringLiteral("tester");
    std::optional<docker::ContainerActionResult> update;
    poller.controller()->perform(
        docker::ContainerRef{QStringLiteral("local"), QStringLiteral("game")},
        docker::ContainerAction::Update, admin,
        [&](const docker::ContainerActionResult &result) { update = result; });
    QTRY_VERIFY_WITH_TIMEOUT(update.has_value(), 10000);
    QVERIFY(!update->ok());
    QVERIFY2(update->message().contains(QStringLiteral("Swarm service")),
             qPrintable(update->message()));

    // The service's logs are its tasks' logs.
    std::optional<std::pair<bool, QString>> logs;
    poller.logs(QStringLiteral("local"), QStringLiteral("game"), 50,
                [&](bool ok, const QString &text) { logs = std::make_pair(ok, text); });
    QTRY_VERIFY_WITH_TIMEOUT(logs.has_value(), 30000);
    QVERIFY2(logs->first && logs->second.contains(QStringLiteral("hello-")),
             qPrintable(logs->second));

    // The administrator may act on an unconfigured service too: as a service, scaled to 0.
    admin.administrator = true;
    std::optional<docker::ContainerActionResult> stopOther;
    poller.controller()->perform(
        docker::ContainerRef{QStringLiteral("local"), QStringLiteral("other")},
        docker::ContainerAction::Stop, admin,
        [&](const docker::ContainerActionResult &result) { stopOther = result; });
    QTRY_VERIFY_WITH_TIMEOUT(stopOther.has_value(), 60000);
    QVERIFY2(stopOther->ok(), qPrintable(stopOther->message()));
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("other")), QStringLiteral("0/0"), 60000);
}

void TestServiceSwarm::discordShowsAndScalesAService() {
    test::LocalDiscordServer server;
    QVERIFY(server.start());
    config::Settings s = settings;
    s.discord.apiBaseUrl = server.apiBaseUrl().toString();
    s.discord.token = server.token();
    s.discord.guildIds = {QString::fromLatin1(kGuild)};
    s.discord.adminUserIds = {QString::fromLatin1(kAdmin)};
    config::ChannelSettings status;
    status.id = QString::fromLatin1(kStatusChannel);
    config::ChannelSettings control;
    control.id = QString::fromLatin1(kControlChannel);
    control.kind = config::ChannelKind::Control;
    s.discord.channels = {status, control};
    s.http.listen.clear();
    s.cooldowns.commandSec.insert(QStringLiteral("serverstatus"), 0);
    s.cooldowns.buttonSec.insert(QStringLiteral("start"), 0);
    s.cooldowns.buttonSec.insert(QStringLiteral("stop"), 0);
    QTemporaryDir dir;
    service::BotService service(
        s, service::ServiceOptions{dir.filePath(QStringLiteral("m.json")), dir.path(), {}});
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto game = rowOf(service.snapshot().containers, QStringLiteral("game"));
            return game && game->tasksRunning == 2 && game->tasksDesired == 2;
        }(),
        60000);

    QSignalSpy callbacks(&server.rest(), &test::LocalDiscordRest::interactionCallback);
    server.gateway().dispatchInteraction(interaction(
        2, QString::fromLatin1(kStatusChannel),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("ss")}, {QStringLiteral("type"), 1}}));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 10000);
    const QString ss = compact(callbacks.first().at(2).toJsonObject());
    QVERIFY2(ss.contains(QStringLiteral("🟢 **Game** — running · Swarm service, 2/2 tasks")),
             qPrintable(ss));
    QVERIFY2(ss.contains(QStringLiteral("**web** — running")), qPrintable(ss));

    // The control channel's message for the service, with its Stop button.
    const auto controlMessage = [&](const QString &must) {
        for (const QJsonObject &m : server.rest().messages(QString::fromLatin1(kControlChannel))) {
            const QString text = compact(m);
            if (text.contains(QStringLiteral("|game\"")) && text.contains(must))
                return m.value(QStringLiteral("id")).toString();
        }
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!controlMessage(QStringLiteral("2/2 tasks")).isEmpty(), 30000);
    const QString message = controlMessage(QStringLiteral("2/2 tasks"));
    const auto click = [&](const char *action) {
        const QString id = bot::CustomId{QString::fromLatin1(action), QStringLiteral("local"),
                                         QStringLiteral("game")}
                               .toString();
        server.gateway().dispatchInteraction(interaction(
            3, QString::fromLatin1(kControlChannel),
            QJsonObject{{QStringLiteral("custom_id"), id}, {QStringLiteral("component_type"), 2}},
            message));
    };
    click("stop");
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("0/0"), 60000);
    // The message follows: stopped, 0/0, and now Start is the button to press.
    QTRY_VERIFY_WITH_TIMEOUT(!controlMessage(QStringLiteral("0/0 tasks")).isEmpty(), 60000);
    click("start");
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("2/2"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!controlMessage(QStringLiteral("🟢 **Game** — running · Swarm "
                                                            "service, 2/2 tasks"))
                                  .isEmpty(),
                             60000);
    // Both clicks are audited as Discord's, on the service.
    int audited = 0;
    for (const storage::AuditEntry &e : service.auditLog()->query(storage::AuditFilter{})) {
        if (e.source == QLatin1String("discord") && e.target == QLatin1String("local/game") &&
            e.result == QLatin1String("ok"))
            ++audited;
    }
    QCOMPARE(audited, 2);
}

void TestServiceSwarm::cliListsAndScalesAServiceWithoutAnEngine() {
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("mechdock.json"));
    QString error;
    QVERIFY2(config::SettingsStore::save(config, settings, &error), qPrintable(error));
    const auto run = [&](const QStringList &args, QByteArray *out) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCKER_HOST"));
        p.setProcessEnvironment(env);
        // A data folder where no engine ever ran: the command acts on Docker itself.
        p.start(test::mechdockBinary(),
                QStringList{QStringLiteral("containers"), QStringLiteral("--config"), config,
                            QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("none"))} +
                    args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("2/2"), 60000);
    const int stopped = run({QStringLiteral("stop"), QStringLiteral("game")}, &out);
    QVERIFY2(stopped == 0,
             qPrintable(QStringLiteral("%1: %2").arg(stopped).arg(QString::fromUtf8(out))));
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("0/0"), 60000);
    QCOMPARE(run({}, &out), 0);
    const QString listing = QString::fromUtf8(out);
    QVERIFY2(
        QRegularExpression(QStringLiteral("game +0/0 .*Swarm service")).match(listing).hasMatch(),
        qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("web")), qPrintable(listing));
    QCOMPARE(run({QStringLiteral("start"), QStringLiteral("game")}, &out), 0);
    QTRY_COMPARE_WITH_TIMEOUT(replicas(QStringLiteral("game")), QStringLiteral("2/2"), 60000);
}

QTEST_GUILESS_MAIN(TestServiceSwarm)
#include "tst_service_swarm.moc"
