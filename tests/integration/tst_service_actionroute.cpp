// One route for every container action, against a real dockerd:
// - a scheduled run goes through the controller: the running service audits it once and measures
//   it once, and a scheduled run within the toggle cool-down is refused like any other request;
// - within the cool-down the panel operator's override passes, while a Discord request is
//   refused with the time it is allowed again;
// - an action the settings do not allow is refused with the same message from Discord (at the
//   policy and at the route), the panel, the scheduler and the CLI;
// - "restart all" from Discord runs as one batch: groups of docker.batchSize, each sent only
//   after every container of the group before answered, every container restarted.
#include "bot/customid.h"
#include "bot/interactionhandler.h"
#include "bot/interactionresponder.h"
#include "common/clock.h"
#include "config/settings.h"
#include "config/settingsstore.h"
#include "docker/containercontroller.h"
#include "dockerdaemon.h"
#include "monitor/operationmetrics.h"
#include "scheduler/taskrunner.h"
#include "scheduler/taskstore.h"
#include "service/botservice.h"
#include "service/containerpoller.h"
#include "service/scheduledactionexecutor.h"
#include "service/servicebotbackend.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace mechdock;

namespace {

const QString kGuild = QStringLiteral("400000000000000001");
const QString kControl = QStringLiteral("100000000000000002");
const QString kAdmin = QStringLiteral("200000000000000001");
const QStringList kBatchNames{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"),
                              QStringLiteral("b4"), QStringLiteral("b5")};

class RecordingResponder final : public bot::InteractionResponder {
public:
    QList<QJsonObject> replies; // respond() and editOriginal(), in order
    void respond(const bot::Interaction &, int, const QJsonObject &data) override {
        replies.append(data);
    }
    void editOriginal(const bot::Interaction &, const QJsonObject &message) override {
        replies.append(message);
    }
    void followUp(const bot::Interaction &, const QJsonObject &message, const QString &,
                  const QByteArray &) override {
        replies.append(message);
    }
    QString lastText() const {
        return replies.isEmpty() ? QString()
                                 : replies.last().value(QStringLiteral("content")).toString();
    }
};

QJsonObject click(const QString &customId) {
    static int next = 1;
    ++next;
    return QJsonObject{
        {QStringLiteral("id"), QString::number(900000000000000000LL + next)},
        {QStringLiteral("token"), QStringLiteral("interaction-token-%1").arg(next)},
        {QStringLiteral("application_id"), QStringLiteral("500000000000000001")},
        {QStringLiteral("type"), 3},
        {QStringLiteral("guild_id"), kGuild},
        {QStringLiteral("channel_id"), kControl},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), kAdmin},
                                  {QStringLiteral("username"), QStringLiteral("ada")}}},
                     {QStringLiteral("roles"), QJsonArray{}}}},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("custom_id"), customId},
                                             {QStringLiteral("component_type"), 2}}},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("700000000000000001")}}}};
}

std::unique_ptr<storage::Database> auditDatabase(const QTemporaryDir &dir) {
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("audit.db")),
                                      {storage::AuditLog::migrations()}, &error);
    if (!db)
        qWarning() << error;
    return db;
}

quint64 count(const QString &operation) {
    return monitor::OperationMetrics::global().summary(operation).totalCount;
}

QList<storage::AuditEntry> entriesFor(storage::AuditLog &audit, const QString &target) {
    QList<storage::AuditEntry> found;
    for (const storage::AuditEntry &e : audit.query(storage::AuditFilter{})) {
        if (e.target == target)
            found.append(e);
    }
    return found;
}

struct Answer {
    bool done = false;
    docker::ContainerActionResult result;
};

} // namespace

class TestServiceActionRoute : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    config::Settings settings;

    QString startedAt(const QString &name) const {
        QByteArray out;
        daemon.docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                       QStringLiteral("{{.State.StartedAt}}"), name},
                      &out);
        return QString::fromUtf8(out.trimmed());
    }

    static Answer perform(docker::ContainerController &controller, const QString &name,
                          docker::ContainerAction action, const docker::Actor &actor) {
        Answer a;
        controller.perform(docker::ContainerRef{QStringLiteral("local"), name}, action, actor,
                           [&a](const docker::ContainerActionResult &r) {
                               a.result = r;
                               a.done = true;
                           });
        if (!QTest::qWaitFor([&a] { return a.done; }, 60000))
            qWarning("no answer within 60 s");
        return a;
    }

    static docker::Actor actor(docker::ActionOrigin origin, bool overrideCooldown = false) {
        docker::Actor a;
        a.origin = origin;
        a.name = docker::actionOriginName(origin) + QStringLiteral("-user");
        a.overrideCooldown = overrideCooldown;
        return a;
    }

private slots:
    void initTestCase() {
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        for (const QString &name : QStringList{QStringLiteral("game")} + kBatchNames) {
            QVERIFY(
                daemon.createContainer(name, {QStringLiteral("sleep"), QStringLiteral("3600")}));
            QCOMPARE(daemon.docker({QStringLiteral("start"), name}), 0);
        }
        config::EndpointSettings e;
        e.uri = daemon.uri();
        settings.docker.endpoints = {e};
        settings.http.listen.clear();
        settings.discord.token = QStringLiteral("a.b.c-not-real");
        settings.discord.guildIds = {kGuild};
        settings.discord.adminUserIds = {kAdmin};
        settings.discord.channels = {
            config::ChannelSettings{kControl, QStringLiteral("ops"), config::ChannelKind::Control}};
        config::ContainerSettings game;
        game.name = QStringLiteral("game");
        game.displayName = QStringLiteral("Game server");
        game.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                               QStringLiteral("restart")};
        settings.containers = {game};
    }

    void scheduledRunIsAuditedAndMeasuredOnce() {
        QTemporaryDir dir;
        // A task the service finds due when it starts (it was due half a minute ago).
        {
            QString error;
            auto db =
                storage::Database::open(QDir(dir.path()).filePath(QStringLiteral("mechdock.db")),
                                        {scheduler::TaskStore::migrations()}, &error);
            QVERIFY2(db, qPrintable(error));
            scheduler::TaskStore store(*db);
            scheduler::ScheduledTask task;
            task.id = QStringLiteral("nightly");
            task.endpoint = QStringLiteral("local");
            task.containerName = QStringLiteral("game");
            task.action = docker::ContainerAction::Restart;
            task.schedule = QStringLiteral("daily 04:00");
            task.timeZone = "UTC";
            task.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
            task.nextRun = QDateTime::currentDateTimeUtc().addSecs(-30);
            const scheduler::Result saved = store.save(task);
            QVERIFY2(saved.ok, qPrintable(saved.error));
        }
        const QString before = startedAt(QStringLiteral("game"));
        const quint64 restarts = count(QStringLiteral("docker.restart"));
        service::BotService service(settings, service::ServiceOptions{{}, dir.path(), {}});
        service.start();
        QVERIFY(service.taskRunner());
        QSignalSpy runs(service.taskRunner(), &scheduler::TaskRunner::runRecorded);
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, 60000);
        const auto run = runs.first().first().value<scheduler::TaskRunRecord>();
        QCOMPARE(run.outcome, scheduler::RunOutcome::Succeeded);
        QVERIFY(startedAt(QStringLiteral("game")) != before); // really restarted
        QCOMPARE(count(QStringLiteral("docker.restart")), restarts + 1);
        QList<storage::AuditEntry> entries =
            entriesFor(*service.auditLog(), QStringLiteral("local/game"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().source, QStringLiteral("scheduler"));
        QCOMPARE(entries.first().actor, QStringLiteral("scheduler"));
        QCOMPARE(entries.first().action, QStringLiteral("restart"));
        QCOMPARE(entries.first().result, QStringLiteral("ok"));
        QVERIFY2(entries.first().detail.startsWith(QStringLiteral("task nightly: ")),
                 qPrintable(entries.first().detail));

        // Within the cool-down the run started: Discord is refused with the time it is allowed
        // again, the panel operator's override passes.
        auto act = [&](const docker::Actor &who) {
            Answer a;
            service.containerAction(QStringLiteral("local"), QStringLiteral("game"),
                                    docker::ContainerAction::Restart, who,
                                    [&a](const docker::ContainerActionResult &r) {
                                        a.result = r;
                                        a.done = true;
                                    });
            if (!QTest::qWaitFor([&a] { return a.done; }, 60000))
                qWarning("no answer within 60 s");
            return a;
        };
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        Answer discord = act(actor(docker::ActionOrigin::Discord, true));
        QVERIFY(discord.done);
        QCOMPARE(discord.result.error(), docker::ActionError::CoolingDown);
        QVERIFY2(discord.result.message().contains(QStringLiteral("try again in")),
                 qPrintable(discord.result.message()));
        const qint64 wait = asked.secsTo(discord.result.allowedAt());
        QVERIFY2(wait > 60 && wait <= 151, qPrintable(QString::number(wait)));
        const QString stillBefore = startedAt(QStringLiteral("game"));
        Answer panel = act(actor(docker::ActionOrigin::Panel, true));
        QVERIFY2(panel.result.ok(), qPrintable(panel.result.message()));
        QVERIFY(startedAt(QStringLiteral("game")) != stillBefore);
        QCOMPARE(count(QStringLiteral("docker.restart")), restarts + 2);
        entries = entriesFor(*service.auditLog(), QStringLiteral("local/game"));
        QCOMPARE(entries.size(), 3);
        QStringList seen;
        for (const storage::AuditEntry &e : entries)
            seen.append(e.source + QLatin1Char(':') + e.result);
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("discord:denied"), QStringLiteral("panel:ok"),
                                    QStringLiteral("scheduler:ok")}));
        service.stop();
    }

    void scheduledRunWithinTheCooldownIsRefused() {
        QTemporaryDir dir;
        auto db = auditDatabase(dir);
        QVERIFY(db);
        storage::AuditLog audit(db->pool());
        ManualClock clock;
        service::ContainerPoller poller(nullptr, &clock);
        poller.setSettings(settings);
        poller.controller()->setAuditLog([&audit] { return &audit; });
        service::ScheduledActionExecutor executor([&poller] { return poller.controller(); });
        scheduler::TaskRunner runner(&executor, &clock);
        scheduler::ScheduledTask task;
        task.endpoint = QStringLiteral("local");
        task.containerName = QStringLiteral("game");
        task.action = docker::ContainerAction::Restart;
        task.schedule = QStringLiteral("daily 23:00");
        task.timeZone = "UTC";
        QString id;
        const scheduler::Result added = runner.addTask(task, &id);
        QVERIFY2(added.ok, qPrintable(added.error));
        const QDateTime due = runner.task(id)->nextRun;
        QVERIFY(due > clock.nowUtc());
        QSignalSpy runs(&runner, &scheduler::TaskRunner::runRecorded);
        const quint64 restarts = count(QStringLiteral("docker.restart"));

        // Ten seconds before the run, someone at the panel restarts the container.
        clock.advanceMs(clock.nowUtc().msecsTo(due) - 10000);
        QVERIFY(perform(*poller.controller(), QStringLiteral("game"),
                        docker::ContainerAction::Restart, actor(docker::ActionOrigin::Panel))
                    .result.ok());
        clock.advanceMs(10000);
        runner.processDue();
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, 60000);
        auto run = runs.last().first().value<scheduler::TaskRunRecord>();
        QCOMPARE(run.outcome, scheduler::RunOutcome::Failed);
        QVERIFY2(run.message.contains(QStringLiteral("try again in 140 s")),
                 qPrintable(run.message));
        QCOMPARE(count(QStringLiteral("docker.restart")), restarts + 1); // the panel's only
        storage::AuditFilter scheduled;
        scheduled.source = QStringLiteral("scheduler");
        QList<storage::AuditEntry> entries = audit.query(scheduled);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().result, QStringLiteral("denied"));
        QCOMPARE(entries.first().detail,
                 QStringLiteral("task %1: %2").arg(id, run.message).left(500));

        // The next day the cool-down is long over: the run restarts the container.
        const QString before = startedAt(QStringLiteral("game"));
        clock.advanceMs(clock.nowUtc().msecsTo(runner.task(id)->nextRun));
        runner.processDue();
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 2, 60000);
        run = runs.last().first().value<scheduler::TaskRunRecord>();
        QVERIFY2(run.outcome == scheduler::RunOutcome::Succeeded, qPrintable(run.message));
        QVERIFY(startedAt(QStringLiteral("game")) != before);
        QCOMPARE(count(QStringLiteral("docker.restart")), restarts + 2);
        entries = audit.query(scheduled);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().result, QStringLiteral("ok")); // newest first
    }

    void disallowedActionReadsTheSameFromEveryOrigin() {
        service::ContainerPoller poller;
        poller.setSettings(settings);
        const QString expected = QStringLiteral("Game server does not allow \"stop\".");
        QStringList messages;

        // The panel, even with its override.
        Answer a = perform(*poller.controller(), QStringLiteral("game"),
                           docker::ContainerAction::Stop, actor(docker::ActionOrigin::Panel, true));
        QCOMPARE(a.result.error(), docker::ActionError::NotAllowed);
        messages.append(a.result.message());

        // The scheduler.
        service::ScheduledActionExecutor executor([&poller] { return poller.controller(); });
        scheduler::ScheduledTask task;
        task.id = QStringLiteral("t1");
        task.endpoint = QStringLiteral("local");
        task.containerName = QStringLiteral("game");
        task.action = docker::ContainerAction::Stop;
        std::optional<QString> scheduled;
        executor.execute(task, [&](bool ok, const QString &message) {
            QVERIFY(!ok);
            scheduled = message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.has_value(), 60000);
        messages.append(*scheduled);

        // Discord: at the route (the bot's backend), and a stale stop button stopped early by
        // the permission policy.
        service::BotBackendParts parts;
        parts.poller = &poller;
        service::ServiceBotBackend backend(settings, parts);
        std::optional<docker::ContainerActionResult> fromDiscord;
        backend.containerAction(QStringLiteral("local"), QStringLiteral("game"),
                                docker::ContainerAction::Stop, actor(docker::ActionOrigin::Discord),
                                [&](const docker::ContainerActionResult &r) { fromDiscord = r; });
        QTRY_VERIFY_WITH_TIMEOUT(fromDiscord.has_value(), 60000);
        messages.append(fromDiscord->message());
        RecordingResponder responder;
        bot::InteractionHandler handler(settings, backend, responder);
        handler.handle(click(
            bot::CustomId{QStringLiteral("stop"), QStringLiteral("local"), QStringLiteral("game")}
                .toString()));
        QCOMPARE(responder.replies.size(), 1);
        messages.append(responder.lastText());

        // The CLI, a process of its own with the same settings file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mechdock.json"));
        QString error;
        QVERIFY2(config::SettingsStore::save(path, settings, &error), qPrintable(error));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCKER_HOST"));
        cli.setProcessEnvironment(env);
        cli.start(test::mechdockBinary(), {QStringLiteral("containers"), QStringLiteral("--config"),
                                           path, QStringLiteral("stop"), QStringLiteral("game")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
        QVERIFY2(err.startsWith(QStringLiteral("game: ")), qPrintable(err));
        messages.append(err.mid(6));

        QCOMPARE(messages.size(), 5);
        for (const QString &m : std::as_const(messages))
            QCOMPARE(m, expected);
        QCOMPARE(daemon.containerState(QStringLiteral("game")), QStringLiteral("running"));
    }

    void restartAllRunsAsOneBatch() {
        config::Settings s = settings;
        s.docker.batchSize = 2;
        s.containers.clear();
        for (const QString &name : kBatchNames) {
            config::ContainerSettings c;
            c.name = name;
            c.displayName = name.toUpper();
            c.allowedActions = {QStringLiteral("status"), QStringLiteral("stop"),
                                QStringLiteral("restart")};
            s.containers.append(c);
        }
        QTemporaryDir dir;
        auto db = auditDatabase(dir);
        QVERIFY(db);
        storage::AuditLog audit(db->pool());
        service::ContainerPoller poller;
        poller.setSettings(s);
        poller.controller()->setAuditLog([&audit] { return &audit; });
        service::BotBackendParts parts;
        parts.poller = &poller;
        parts.auditLog = [&audit] {
            return &audit;
        };
        service::ServiceBotBackend backend(s, parts);
        RecordingResponder responder;
        bot::InteractionHandler handler(s, backend, responder);

        // What the controller did, in order: each group as it is sent, with how many of the
        // batch's containers had answered by then.
        QList<QStringList> groups;
        QList<int> answeredAtGroupStart;
        QStringList answered;
        connect(poller.controller(), &docker::ContainerController::batchGroupStarted, this,
                [&](quint64, int, const QStringList &containers) {
                    groups.append(containers);
                    answeredAtGroupStart.append(int(answered.size()));
                });
        connect(poller.controller(), &docker::ContainerController::actionFinished, this,
                [&](const docker::ContainerRef &container) { answered.append(container.name); });
        QHash<QString, QString> before;
        for (const QString &name : kBatchNames)
            before.insert(name, startedAt(name));
        const quint64 batches = count(QStringLiteral("docker.batch.restart"));

        handler.handle(
            click(bot::CustomId{QStringLiteral("confirm_restart_all"), {}, {}}.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(responder.lastText().count(QStringLiteral("✅")) == 5, 120000);
        for (const QString &name : kBatchNames)
            QVERIFY2(responder.lastText().contains(name.toUpper() + QStringLiteral(": ")),
                     qPrintable(responder.lastText()));

        QCOMPARE(groups,
                 (QList<QStringList>{{QStringLiteral("local/b1"), QStringLiteral("local/b2")},
                                     {QStringLiteral("local/b3"), QStringLiteral("local/b4")},
                                     {QStringLiteral("local/b5")}}));
        // A group went out only when every container of the groups before had answered.
        QCOMPARE(answeredAtGroupStart, (QList<int>{0, 2, 4}));
        QCOMPARE(answered.size(), 5);
        QCOMPARE(count(QStringLiteral("docker.batch.restart")), batches + 1);
        for (const QString &name : kBatchNames) {
            QCOMPARE(daemon.containerState(name), QStringLiteral("running"));
            QVERIFY2(startedAt(name) != before.value(name), qPrintable(name));
            const QList<storage::AuditEntry> entries =
                entriesFor(audit, QStringLiteral("local/") + name);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().source, QStringLiteral("discord"));
            QCOMPARE(entries.first().actorId, kAdmin);
            QCOMPARE(entries.first().result, QStringLiteral("ok"));
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceActionRoute)
#include "tst_service_actionroute.moc"
