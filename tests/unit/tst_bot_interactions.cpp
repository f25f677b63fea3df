// The bot's interaction handling against a fake backend: /ss, hostile input (oversized options,
// unknown containers, foreign custom_ids, malformed payloads), the permission matrix at click
// time, the deferred-then-edit flow of container actions, confirmations, cool-downs, autocomplete,
// logs as a file, and the status-message edit batcher. Container actions reach the backend typed,
// with the Discord user as the actor, and "restart all" as one batch.
#include "bot/commandcatalog.h"
#include "bot/customid.h"
#include "bot/interactionhandler.h"
#include "bot/messageeditbatcher.h"
#include "bot/statusmessagebuilder.h"
#include "bot/usermention.h"
#include "common/clock.h"
#include "security/passwordhasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::bot;

namespace {

const QString kGuild = QStringLiteral("400000000000000001");
const QString kStatus = QStringLiteral("100000000000000001");
const QString kControl = QStringLiteral("100000000000000002");
const QString kAdmin = QStringLiteral("200000000000000001");
const QString kMember = QStringLiteral("200000000000000002");

class FakeBackend : public BotBackend {
public:
    QList<ContainerView> views;
    QList<storage::AuditEntry> audits;
    QStringList actions;
    QList<docker::Actor> actors;
    QList<std::function<void(const docker::ContainerActionResult &)>> pending;
    QList<QList<docker::ContainerRef>> batches;
    QList<std::function<void(const QList<docker::BatchItemResult> &)>> pendingBatches;
    QString logs = QStringLiteral("line 1\nline 2");

    QList<ContainerView> containers() override { return views; }
    void containerAction(const QString &endpoint, const QString &name,
                         docker::ContainerAction action, const docker::Actor &actor,
                         std::function<void(const docker::ContainerActionResult &)> done) override {
        actions.append(endpoint + QLatin1Char('/') + name + QLatin1Char(':') +
                       docker::containerActionName(action));
        actors.append(actor);
        pending.append(std::move(done));
    }
    void containerBatchAction(
        const QList<docker::ContainerRef> &containers, docker::ContainerAction action,
        const docker::Actor &actor,
        std::function<void(const QList<docker::BatchItemResult> &)> done) override {
        for (const docker::ContainerRef &c : containers)
            actions.append(c.text() + QLatin1Char(':') + docker::containerActionName(action));
        actors.append(actor);
        batches.append(containers);
        pendingBatches.append(std::move(done));
    }
    void containerLogs(const QString &, const QString &, int,
                       std::function<void(const ActionResult &)> done) override {
        done(ActionResult{true, logs});
    }
    void audit(const storage::AuditEntry &e) override { audits.append(e); }
    QString systemHealthReport(const QString &) override { return QStringLiteral("health ok"); }
    QString performanceReport(const QString &) override { return QStringLiteral("perf"); }
    QString memoryReport(const QString &) override { return QStringLiteral("memory"); }
    QString forceCleanup(const QString &) override { return QStringLiteral("freed 3 entries"); }
    QString securityReport(const QString &) override { return QStringLiteral("security"); }
    double gatewayLatencyMs() override { return 42.4; }
    void recordDonation(qint64 cents, const QString &, const QString &,
                        std::function<void(const ActionResult &)> done) override {
        done(ActionResult{true, QStringLiteral("recorded %1").arg(cents)});
    }
    QString donationInfo(const QString &) override { return QStringLiteral("donate here"); }
    ActionResult scheduleAdd(const QString &, const QString &c, const QString &a, const QString &w,
                             const QString &, const QString &) override {
        return {true, QStringLiteral("scheduled %1 %2 %3").arg(c, a, w)};
    }
    QString scheduleList(const QString &) override { return QStringLiteral("none"); }
    ActionResult scheduleDelete(const QString &, const QString &) override { return {true, {}}; }
    QStringList adminChanges;
    ActionResult changeAdmin(AdminChange change, const QString &userId, const QString &,
                             const QString &) override {
        adminChanges.append(
            (change == AdminChange::Add ? QStringLiteral("add:") : QStringLiteral("remove:")) +
            userId);
        return {true, QStringLiteral("changed %1").arg(userId)};
    }
};

struct Sent {
    QString kind; // respond, edit, followup
    int type = 0;
    QJsonObject data;
    QString fileName;
    QByteArray file;
};

class RecordingResponder : public InteractionResponder {
public:
    QList<Sent> sent;
    void respond(const Interaction &, int type, const QJsonObject &data) override {
        sent.append({QStringLiteral("respond"), type, data, {}, {}});
    }
    void editOriginal(const Interaction &, const QJsonObject &m) override {
        sent.append({QStringLiteral("edit"), 0, m, {}, {}});
    }
    void followUp(const Interaction &, const QJsonObject &m, const QString &name,
                  const QByteArray &data) override {
        sent.append({QStringLiteral("followup"), 0, m, name, data});
    }
};

config::Settings settings() {
    config::Settings s;
    s.discord.guildIds = {kGuild};
    s.discord.adminUserIds = {kAdmin};
    s.discord.channels = {
        config::ChannelSettings{kStatus, QStringLiteral("status"), config::ChannelKind::Status},
        config::ChannelSettings{kControl, QStringLiteral("ops"), config::ChannelKind::Control}};
    config::ContainerSettings web;
    web.name = QStringLiteral("web");
    web.displayName = QStringLiteral("Web");
    web.allowedActions = {QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop"),
                          QStringLiteral("restart")};
    web.protectedInfo = QStringLiteral("admin pw is hunter2");
    web.protectedPasswordHash = security::PasswordHasher::hash(QStringLiteral("letmein"), 1000);
    config::ContainerSettings db;
    db.name = QStringLiteral("db");
    db.displayName = QStringLiteral("Database");
    s.containers = {web, db};
    return s;
}

QList<ContainerView> views() {
    ContainerView web;
    web.endpoint = QStringLiteral("local");
    web.name = QStringLiteral("web");
    web.displayName = QStringLiteral("Web");
    web.allowedActions = {QStringLiteral("start"), QStringLiteral("stop"),
                          QStringLiteral("restart")};
    web.known = true;
    web.running = true;
    web.cpuPercent = 3.5;
    web.memoryBytes = 64 << 20;
    web.uptimeSec = 7200;
    ContainerView db = web;
    db.name = QStringLiteral("db");
    db.displayName = QStringLiteral("Database");
    db.allowedActions = {};
    db.running = false;
    return {web, db};
}

int g_next = 1;

QJsonObject payload(int type, const QString &user, const QString &channel,
                    const QJsonObject &data) {
    return QJsonObject{
        {QStringLiteral("id"), QString::number(900000000000000000LL + g_next++)},
        {QStringLiteral("token"), QStringLiteral("interaction-token-%1").arg(g_next)},
        {QStringLiteral("application_id"), QStringLiteral("500000000000000001")},
        {QStringLiteral("type"), type},
        {QStringLiteral("guild_id"), kGuild},
        {QStringLiteral("channel_id"), channel},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("member"),
         QJsonObject{
             {QStringLiteral("user"),
              QJsonObject{{QStringLiteral("id"), user},
                          {QStringLiteral("username"), QStringLiteral("user") + user.right(1)}}},
             {QStringLiteral("roles"), QJsonArray{}}}},
        {QStringLiteral("data"), data},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("700000000000000001")}}}};
}

QJsonObject command(const QString &name, const QJsonArray &options = {}) {
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("options"), options}};
}

QJsonObject opt(const QString &name, const QJsonValue &value, bool focused = false) {
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    if (focused)
        o.insert(QStringLiteral("focused"), true);
    return o;
}

QJsonObject clickData(const QString &customId) {
    return QJsonObject{{QStringLiteral("custom_id"), customId},
                       {QStringLiteral("component_type"), 2}};
}

QJsonObject modalData(const QString &customId, const QString &field, const QString &value) {
    return QJsonObject{
        {QStringLiteral("custom_id"), customId},
        {QStringLiteral("components"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), 1},
                                {QStringLiteral("components"),
                                 QJsonArray{QJsonObject{{QStringLiteral("type"), 4},
                                                        {QStringLiteral("custom_id"), field},
                                                        {QStringLiteral("value"), value}}}}}}}};
}

// The custom_ids of every button in a message.
QStringList buttonIds(const QJsonObject &message) {
    QStringList ids;
    for (const QJsonValue &row : message.value(QStringLiteral("components")).toArray()) {
        for (const QJsonValue &b : row.toObject().value(QStringLiteral("components")).toArray())
            ids.append(b.toObject().value(QStringLiteral("custom_id")).toString());
    }
    return ids;
}

QString text(const QJsonObject &message) {
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

} // namespace

class TestBotInteractions : public QObject {
    Q_OBJECT

    FakeBackend backend;
    RecordingResponder responder;
    ManualClock clock;
    std::unique_ptr<InteractionHandler> handler;

private slots:
    void init() {
        backend = FakeBackend();
        backend.views = views();
        responder.sent.clear();
        handler = std::make_unique<InteractionHandler>(settings(), backend, responder, &clock);
        clock.advanceMs(3'600'000); // past any earlier cool-down
    }

    void serverStatusListsContainers() {
        handler->handle(payload(2, kMember, kStatus, command(QStringLiteral("ss"))));
        QCOMPARE(responder.sent.size(), 1);
        QCOMPARE(responder.sent.first().type, int(kReplyMessage));
        const QString body = text(responder.sent.first().data);
        QVERIFY(body.contains(QStringLiteral("Web")));
        QVERIFY(body.contains(QStringLiteral("Database")));
        QVERIFY(body.contains(QStringLiteral("🟢")));
        QVERIFY(body.contains(QStringLiteral("🔴")));
        QVERIFY(body.contains(QStringLiteral("1 of 2 running")));
        QCOMPARE(backend.audits.last().result, QStringLiteral("ok"));
    }

    void hostileInputIsRefusedCleanly() {
        // A 6,000-character option never reaches a handler.
        handler->handle(
            payload(2, kMember, kStatus,
                    command(QStringLiteral("info"),
                            {opt(QStringLiteral("container"), QString(6000, QLatin1Char('x')))})));
        QCOMPARE(responder.sent.size(), 1);
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("could not be read")));
        QCOMPARE(handler->counters().malformed, quint64(1));
        // An unknown container.
        handler->handle(
            payload(2, kMember, kStatus,
                    command(QStringLiteral("info"),
                            {opt(QStringLiteral("container"), QStringLiteral("../../etc"))})));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("Unknown container")));
        // A custom_id that is not ours, and one that imitates ours.
        for (const QString &id :
             {QStringLiteral("evil"), QStringLiteral("md1|stop|local|web;rm"),
              QStringLiteral("md1|stop|local"), QString(101, QLatin1Char('a'))}) {
            handler->handle(payload(3, kAdmin, kControl, clickData(id)));
            QVERIFY2(
                text(responder.sent.last().data).contains(QStringLiteral("does not belong")) ||
                    text(responder.sent.last().data).contains(QStringLiteral("could not be read")),
                qPrintable(id));
        }
        QVERIFY(backend.actions.isEmpty());
        // Garbage payloads: no crash, no reply without an id and token.
        const int before = responder.sent.size();
        handler->handle(QJsonObject{});
        handler->handle(QJsonObject{{QStringLiteral("type"), QStringLiteral("x")}});
        QCOMPARE(responder.sent.size(), before);
    }

    void stopClickDefersShowsPendingThenResult() {
        handler->handle(payload(3, kMember, kControl,
                                clickData(CustomId{QStringLiteral("stop"), QStringLiteral("local"),
                                                   QStringLiteral("web")}
                                              .toString())));
        QCOMPARE(responder.sent.size(), 2);
        QCOMPARE(responder.sent.at(0).type, int(kDeferredUpdate));
        QCOMPARE(responder.sent.at(1).kind, QStringLiteral("edit"));
        QVERIFY(text(responder.sent.at(1).data).contains(QStringLiteral("pending")));
        QCOMPARE(backend.actions, QStringList{QStringLiteral("local/web:stop")});
        const docker::Actor actor = backend.actors.first();
        QCOMPARE(actor.origin, docker::ActionOrigin::Discord);
        QCOMPARE(actor.id, kMember);
        QCOMPARE(actor.name, QStringLiteral("user2"));
        QCOMPARE(actor.guildId, kGuild);
        QCOMPARE(actor.channelId, kControl);
        QVERIFY(!actor.overridesCooldown());
        // The action finishes later (a slow Docker): the message is edited with the result.
        backend.views[0].running = false;
        backend.pending.takeFirst()(
            docker::ContainerActionResult::success(QStringLiteral("stopped"), true));
        QCOMPARE(responder.sent.size(), 3);
        QCOMPARE(responder.sent.at(2).kind, QStringLiteral("edit"));
        const QString edited = text(responder.sent.at(2).data);
        QVERIFY(edited.contains(QStringLiteral("stopped")));
        QVERIFY(edited.contains(QStringLiteral("🔴")));
        // The route the action took audits it; the handler adds no second entry.
        QVERIFY(backend.audits.isEmpty());
    }

    void cooldownRefusalSaysWhenItIsAllowedAgain() {
        handler->handle(payload(3, kMember, kControl,
                                clickData(CustomId{QStringLiteral("restart"),
                                                   QStringLiteral("local"), QStringLiteral("web")}
                                              .toString())));
        QCOMPARE(backend.pending.size(), 1);
        const QDateTime allowedAt = QDateTime::fromSecsSinceEpoch(1'900'000'000, Qt::UTC);
        backend.pending.takeFirst()(docker::ContainerActionResult::coolingDown(
            QStringLiteral("web was restarted 10 s ago; try again in 140 s"), allowedAt));
        const QString edited = text(responder.sent.last().data);
        QVERIFY2(edited.contains(QStringLiteral("try again in 140 s")), qPrintable(edited));
        QVERIFY2(edited.contains(QStringLiteral("<t:1900000000:R>")), qPrintable(edited));
        QVERIFY(edited.contains(QStringLiteral("⚠️")));
    }

    void deniedClicksChangeNothingAndAreAudited() {
        const QString stopWeb =
            CustomId{QStringLiteral("stop"), QStringLiteral("local"), QStringLiteral("web")}
                .toString();
        // Status channel: read-only.
        handler->handle(payload(3, kAdmin, kStatus, clickData(stopWeb)));
        // db allows no actions.
        handler->handle(payload(3, kAdmin, kControl,
                                clickData(CustomId{QStringLiteral("start"), QStringLiteral("local"),
                                                   QStringLiteral("db")}
                                              .toString())));
        // Unconfigured channel.
        handler->handle(
            payload(3, kAdmin, QStringLiteral("100000000000000099"), clickData(stopWeb)));
        QVERIFY(backend.actions.isEmpty());
        QCOMPARE(backend.audits.size(), 3);
        for (const auto &a : backend.audits)
            QCOMPARE(a.result, QStringLiteral("denied"));
        for (const Sent &s : responder.sent)
            QCOMPARE(s.data.value(QStringLiteral("flags")).toInt(), 64); // ephemeral
    }

    void cooldownsApplyPerUser() {
        const QString restart =
            CustomId{QStringLiteral("restart"), QStringLiteral("local"), QStringLiteral("web")}
                .toString();
        handler->handle(payload(3, kMember, kControl, clickData(restart)));
        handler->handle(payload(3, kMember, kControl, clickData(restart)));
        QCOMPARE(backend.actions.size(), 1);
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("Please wait")));
        QCOMPARE(backend.audits.last().result, QStringLiteral("rate-limited"));
        clock.advanceMs(20'000);
        handler->handle(payload(3, kMember, kControl, clickData(restart)));
        QCOMPARE(backend.actions.size(), 2);
    }

    void bulkActionsNeedConfirmationAndAdmin() {
        const QString restartAll = CustomId{QStringLiteral("restart_all"), {}, {}}.toString();
        handler->handle(payload(3, kMember, kControl, clickData(restartAll)));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("admins")));
        handler->handle(payload(3, kAdmin, kControl, clickData(restartAll)));
        QVERIFY(backend.actions.isEmpty());
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("confirm_restart_all")));
        handler->handle(
            payload(3, kAdmin, kControl,
                    clickData(CustomId{QStringLiteral("confirm_restart_all"), {}, {}}.toString())));
        // One batch with every container that allows it (db allows nothing).
        QCOMPARE(backend.actions, QStringList{QStringLiteral("local/web:restart")});
        QCOMPARE(backend.batches.size(), 1);
        QVERIFY(backend.pending.isEmpty());
        QCOMPARE(backend.actors.first().id, kAdmin);
        const docker::ContainerRef web{QStringLiteral("local"), QStringLiteral("web")};
        backend.pendingBatches.takeFirst()({docker::BatchItemResult{
            web, docker::ContainerActionResult::success(QStringLiteral("restarted"), true), 0}});
        const QString answer = text(responder.sent.last().data);
        QVERIFY2(answer.contains(QStringLiteral("Web: restarted")), qPrintable(answer));
    }

    void updateNeedsAdminAndConfirmation() {
        config::Settings s = settings();
        s.containers[0].allowedActions.append(QStringLiteral("update"));
        backend.views[0].allowedActions.append(QStringLiteral("update"));
        handler = std::make_unique<InteractionHandler>(s, backend, responder, &clock);
        const QString update =
            CustomId{QStringLiteral("update"), QStringLiteral("local"), QStringLiteral("web")}
                .toString();
        const QString confirm = CustomId{QStringLiteral("confirm_update"), QStringLiteral("local"),
                                         QStringLiteral("web")}
                                    .toString();
        // The container's message offers Update where the settings allow it, and only there.
        ReplyLocalizer localizer;
        StatusMessageBuilder builder(localizer);
        QVERIFY(
            text(builder.containerMessage(backend.views[0], QStringLiteral("en-US"), true, false))
                .contains(update));
        QVERIFY(
            !text(builder.containerMessage(backend.views[1], QStringLiteral("en-US"), true, false))
                 .contains(QStringLiteral("md1|update")));
        // A member can neither ask for it nor confirm it.
        for (const QString &id : {update, confirm}) {
            handler->handle(payload(3, kMember, kControl, clickData(id)));
            QVERIFY2(text(responder.sent.last().data)
                         .contains(QStringLiteral("Only Mechdock admins may update")),
                     qPrintable(text(responder.sent.last().data)));
        }
        QVERIFY(backend.actions.isEmpty());
        QCOMPARE(backend.audits.last().result, QStringLiteral("denied"));
        // An admin is asked first; nothing runs before the confirmation.
        handler->handle(payload(3, kAdmin, kControl, clickData(update)));
        QVERIFY(backend.actions.isEmpty());
        QVERIFY(text(responder.sent.last().data).contains(confirm));
        handler->handle(payload(3, kAdmin, kControl, clickData(confirm)));
        QCOMPARE(backend.actions, QStringList{QStringLiteral("local/web:update")});
        QCOMPARE(backend.actors.last().id, kAdmin);
        QVERIFY(backend.actors.last().administrator);
        QVERIFY(backend.actors.last().mayUpdate());
        // The route's answer, old and new image, is what the admin reads.
        backend.pending.takeFirst()(docker::ContainerActionResult::success(
            QStringLiteral("web updated: image 0123456789ab → ba9876543210"), true));
        QVERIFY(text(responder.sent.last().data)
                    .contains(QStringLiteral("image 0123456789ab → ba9876543210")));
        // Not in a status channel, and not for a container the settings do not offer it for.
        handler->handle(payload(3, kAdmin, kStatus, clickData(confirm)));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("control channels")));
        handler->handle(payload(3, kAdmin, kControl,
                                clickData(CustomId{QStringLiteral("confirm_update"),
                                                   QStringLiteral("local"), QStringLiteral("db")}
                                              .toString())));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("does not allow")));
        QCOMPARE(backend.actions.size(), 1);
        // The route itself refuses an update asked from Discord by anyone not confirmed admin.
        docker::Actor member;
        member.origin = docker::ActionOrigin::Discord;
        QVERIFY(!member.mayUpdate());
        docker::Actor scheduler;
        scheduler.origin = docker::ActionOrigin::Scheduler;
        QVERIFY(scheduler.mayUpdate());
    }

    void protectedInfoNeedsThePassword() {
        // /info shows the public part and a button; the button asks for the password in a modal.
        clock.advanceMs(10'000);
        handler->handle(
            payload(2, kMember, kStatus,
                    command(QStringLiteral("info"),
                            {opt(QStringLiteral("container"), QStringLiteral("local/web"))})));
        const QJsonObject info = responder.sent.last().data;
        QVERIFY(text(info).contains(QStringLiteral("protected")));
        QVERIFY(!text(info).contains(QStringLiteral("hunter2")));
        const QString button =
            CustomId{QStringLiteral("protected"), QStringLiteral("local"), QStringLiteral("web")}
                .toString();
        QCOMPARE(buttonIds(info), QStringList{button});
        clock.advanceMs(10'000);
        handler->handle(payload(3, kMember, kStatus, clickData(button)));
        QCOMPARE(responder.sent.last().type, 9);
        const QJsonObject modal = responder.sent.last().data;
        const QString submit = modal.value(QStringLiteral("custom_id")).toString();
        const QString expectedSubmit = CustomId{QStringLiteral("protected_submit"),
                                                QStringLiteral("local"), QStringLiteral("web")}
                                           .toString();
        QCOMPARE(submit, expectedSubmit);
        QVERIFY(text(modal).contains(QStringLiteral("\"custom_id\":\"password\"")));
        handler->handle(
            payload(5, kMember, kStatus,
                    modalData(submit, QStringLiteral("password"), QStringLiteral("wrong"))));
        QVERIFY(!text(responder.sent.last().data).contains(QStringLiteral("hunter2")));
        QCOMPARE(backend.audits.last().result, QStringLiteral("denied"));
        handler->handle(
            payload(5, kMember, kStatus,
                    modalData(submit, QStringLiteral("password"), QStringLiteral("letmein"))));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("hunter2")));
        QCOMPARE(backend.audits.last().detail, QStringLiteral("protected info shown"));
        // The old password option is gone from the command: nobody types it into the chat box.
        QVERIFY(!text(QJsonObject{{QStringLiteral("c"), CommandCatalog::definitions()}})
                     .contains(QStringLiteral("\"password\"")));
    }

    void protectedInfoGuessingIsLimited() {
        const QString submit = CustomId{QStringLiteral("protected_submit"), QStringLiteral("local"),
                                        QStringLiteral("web")}
                                   .toString();
        auto tryPassword = [&](const QString &user, const QString &password) {
            handler->handle(
                payload(5, user, kStatus, modalData(submit, QStringLiteral("password"), password)));
            return text(responder.sent.last().data);
        };
        for (int n = 0; n < 5; ++n)
            QVERIFY(tryPassword(kMember, QStringLiteral("guess%1").arg(n))
                        .contains(QStringLiteral("Wrong")));
        // Past five, even the right password is refused unchecked for a while, and audited.
        QVERIFY(
            tryPassword(kMember, QStringLiteral("letmein")).contains(QStringLiteral("Too many")));
        QCOMPARE(backend.audits.last().result, QStringLiteral("rate-limited"));
        // The button does not even open the modal then.
        clock.advanceMs(10'000);
        handler->handle(payload(3, kMember, kStatus,
                                clickData(CustomId{QStringLiteral("protected"),
                                                   QStringLiteral("local"), QStringLiteral("web")}
                                              .toString())));
        QCOMPARE(responder.sent.last().type, int(kReplyMessage));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("Too many")));
        // Someone else is not held back; and ten minutes later the member may try again.
        QVERIFY(tryPassword(QStringLiteral("200000000000000003"), QStringLiteral("letmein"))
                    .contains(QStringLiteral("hunter2")));
        clock.advanceMs(10 * 60 * 1000);
        QVERIFY(
            tryPassword(kMember, QStringLiteral("letmein")).contains(QStringLiteral("hunter2")));
        // Admins see it without a password, in /info itself.
        handler->handle(
            payload(2, kAdmin, kStatus,
                    command(QStringLiteral("info"),
                            {opt(QStringLiteral("container"), QStringLiteral("local/web"))})));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("hunter2")));
        QVERIFY(buttonIds(responder.sent.last().data).isEmpty());
    }

    void adminsAreAddedAndRemovedThroughAModal() {
        // Members may not; admins only in control channels.
        handler->handle(payload(2, kMember, kControl, command(QStringLiteral("addadmin"))));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("Only Mechdock admins")));
        handler->handle(payload(2, kAdmin, kStatus, command(QStringLiteral("addadmin"))));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("control channels")));
        handler->handle(payload(2, kAdmin, kControl, command(QStringLiteral("addadmin"))));
        QCOMPARE(responder.sent.last().type, 9);
        const QString submit =
            responder.sent.last().data.value(QStringLiteral("custom_id")).toString();
        const QString expectedSubmit =
            CustomId{QStringLiteral("addadmin_submit"), {}, {}}.toString();
        QCOMPARE(submit, expectedSubmit);

        handler->handle(payload(
            5, kAdmin, kControl,
            modalData(submit, QStringLiteral("user"), QStringLiteral(" <@!200000000000000009> "))));
        QCOMPARE(backend.adminChanges, QStringList{QStringLiteral("add:200000000000000009")});
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("changed")));
        QCOMPARE(backend.audits.last().action, QStringLiteral("/addadmin"));
        QCOMPARE(backend.audits.last().target, QStringLiteral("200000000000000009"));

        // A name, a role mention or text around the mention names nobody.
        for (const QString &typed :
             {QStringLiteral("bob"), QStringLiteral("<@&200000000000000009>"),
              QStringLiteral("hi <@200000000000000009>"), QStringLiteral("123")}) {
            handler->handle(
                payload(5, kAdmin, kControl, modalData(submit, QStringLiteral("user"), typed)));
            QVERIFY2(text(responder.sent.last().data).contains(QStringLiteral("not a user id")),
                     qPrintable(typed));
        }
        QCOMPARE(backend.adminChanges.size(), 1);

        // A member who forges the form is refused; so is a form that is not Mechdock's.
        handler->handle(payload(
            5, kMember, kControl,
            modalData(submit, QStringLiteral("user"), QStringLiteral("200000000000000002"))));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("Only Mechdock admins")));
        handler->handle(payload(5, kAdmin, kControl,
                                modalData(QStringLiteral("md1|rm_rf|x|y"), QStringLiteral("user"),
                                          QStringLiteral("200000000000000002"))));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("does not belong")));
        QCOMPARE(backend.adminChanges.size(), 1);

        handler->handle(payload(2, kAdmin, kControl, command(QStringLiteral("removeadmin"))));
        const QString remove =
            responder.sent.last().data.value(QStringLiteral("custom_id")).toString();
        handler->handle(payload(
            5, kAdmin, kControl,
            modalData(remove, QStringLiteral("user"), QStringLiteral("200000000000000009"))));
        QCOMPARE(backend.adminChanges.last(), QStringLiteral("remove:200000000000000009"));
    }

    void userMentionsAreReadStrictly() {
        QCOMPARE(UserMention::userId(QStringLiteral("<@123456789012345678>")).value_or(QString()),
                 QStringLiteral("123456789012345678"));
        QCOMPARE(UserMention::userId(QStringLiteral("123456789012345678")).value_or(QString()),
                 QStringLiteral("123456789012345678"));
        QVERIFY(!UserMention::userId(QStringLiteral("99999999999999999999")));
        QVERIFY(!UserMention::userId(QStringLiteral("<#123456789012345678>")));
        QVERIFY(!UserMention::userId(QString()));
    }

    void autocompleteOffersVisibleContainers() {
        handler->handle(
            payload(4, kMember, kStatus,
                    command(QStringLiteral("info"),
                            {opt(QStringLiteral("container"), QStringLiteral("we"), true)})));
        QCOMPARE(responder.sent.last().type, int(kAutocompleteResult));
        const QJsonArray choices =
            responder.sent.last().data.value(QStringLiteral("choices")).toArray();
        QCOMPARE(choices.size(), 1);
        QCOMPARE(choices.first().toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("local/web"));
    }

    void longLogsArriveAsAFile() {
        backend.logs = QString(5000, QLatin1Char('x'));
        handler->handle(payload(3, kAdmin, kControl,
                                clickData(CustomId{QStringLiteral("logs"), QStringLiteral("local"),
                                                   QStringLiteral("web")}
                                              .toString())));
        QCOMPARE(responder.sent.first().type, int(kDeferredMessage));
        QCOMPARE(responder.sent.last().kind, QStringLiteral("followup"));
        QCOMPARE(responder.sent.last().fileName, QStringLiteral("web.log"));
        QCOMPARE(responder.sent.last().file.size(), 5000);
        // The message itself shows the end of it, within Discord's limit.
        const Sent &shown = responder.sent.at(responder.sent.size() - 2);
        QCOMPARE(shown.kind, QStringLiteral("edit"));
        QVERIFY(shown.data.value(QStringLiteral("content")).toString().size() <= 2000);
        handler->logFollower().stop(kAdmin);
    }

    void logsFollowForABoundedTimeAndStopOnRequest() {
        backend.logs = QStringLiteral("one\n```\ntwo\n");
        handler->logFollower().setIntervalMs(1);
        const QString logs =
            CustomId{QStringLiteral("logs"), QStringLiteral("local"), QStringLiteral("web")}
                .toString();
        handler->handle(payload(3, kAdmin, kControl, clickData(logs)));
        auto edits = [&] {
            return std::count_if(responder.sent.cbegin(), responder.sent.cend(),
                                 [](const Sent &m) { return m.kind == QLatin1String("edit"); });
        };
        // The first edit shows the lines with Stop and Refresh; the log's own ``` cannot end
        // the code block.
        const auto first =
            std::find_if(responder.sent.cbegin(), responder.sent.cend(),
                         [](const Sent &m) { return m.kind == QLatin1String("edit"); });
        QVERIFY(first != responder.sent.cend());
        QCOMPARE(
            first->data.value(QStringLiteral("content")).toString().count(QStringLiteral("```")),
            2);
        QCOMPARE(buttonIds(first->data).size(), 2);
        // Then it refreshes kRefreshes times and ends by itself, leaving only Refresh.
        QTRY_COMPARE_WITH_TIMEOUT(handler->logFollower().following(), 0, 20000);
        QCOMPARE(edits(), LogFollower::kRefreshes + 1);
        const QJsonObject last = responder.sent.last().data;
        const QString refresh =
            CustomId{QStringLiteral("logs_refresh"), QStringLiteral("local"), QStringLiteral("web")}
                .toString();
        QCOMPARE(buttonIds(last), QStringList{refresh});
        QVERIFY(text(last).contains(QStringLiteral("Not following")));

        // Refresh follows again; Stop ends it at once and keeps Refresh.
        handler->logFollower().setIntervalMs(60'000);
        clock.advanceMs(60'000);
        handler->handle(payload(3, kAdmin, kControl,
                                clickData(CustomId{QStringLiteral("logs_refresh"),
                                                   QStringLiteral("local"), QStringLiteral("web")}
                                              .toString())));
        QCOMPARE(handler->logFollower().following(), 1);
        handler->handle(payload(3, kAdmin, kControl,
                                clickData(CustomId{QStringLiteral("logs_stop"),
                                                   QStringLiteral("local"), QStringLiteral("web")}
                                              .toString())));
        QCOMPARE(handler->logFollower().following(), 0);
        QCOMPARE(responder.sent.last().type, int(kUpdateMessage));
        QCOMPARE(buttonIds(responder.sent.last().data).size(), 1);

        // Members cannot follow logs; and however many admins do, at most kMaxFollows run.
        handler->handle(payload(3, kMember, kControl, clickData(logs)));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("admins")));
        config::Settings many = settings();
        for (int n = 0; n < LogFollower::kMaxFollows + 3; ++n)
            many.discord.adminUserIds.append(QString::number(300000000000000000LL + n));
        handler->setSettings(many);
        for (int n = 0; n < LogFollower::kMaxFollows + 3; ++n)
            handler->handle(
                payload(3, QString::number(300000000000000000LL + n), kControl, clickData(logs)));
        QCOMPARE(handler->logFollower().following(), LogFollower::kMaxFollows);
        clock.advanceMs(60'000);
        handler->handle(payload(3, kAdmin, kControl, clickData(logs)));
        QCOMPARE(handler->logFollower().following(), LogFollower::kMaxFollows);
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("last lines")));
    }

    void adminOnlyCommands() {
        handler->handle(payload(2, kMember, kControl, command(QStringLiteral("force_cleanup"))));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("Only Mechdock admins")));
        handler->handle(payload(2, kAdmin, kControl, command(QStringLiteral("force_cleanup"))));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("freed")));
        handler->handle(
            payload(2, kMember, kControl,
                    command(QStringLiteral("donate"), {opt(QStringLiteral("cents"), 500)})));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("admins")));
        handler->handle(
            payload(2, kAdmin, kControl,
                    command(QStringLiteral("donate"), {opt(QStringLiteral("cents"), 500)})));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("recorded 500")));
    }

    void repliesFollowTheUsersLanguageWhenCataloguesExist() {
        // Without embedded catalogues (this test links no translations) replies fall back to
        // English rather than failing.
        QJsonObject p = payload(2, kMember, kStatus, command(QStringLiteral("ss")));
        p.insert(QStringLiteral("locale"), QStringLiteral("de"));
        handler->handle(p);
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("Web")));
        QCOMPARE(ReplyLocalizer::catalogueFor(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(ReplyLocalizer::catalogueFor(QStringLiteral("pt-BR")), QStringLiteral("en"));
    }

    void customIdsRoundTripWithinLimits() {
        const CustomId id{QStringLiteral("restart"), QStringLiteral("nas"),
                          QString(100, QLatin1Char('a'))};
        QVERIFY(id.toString().size() <= 100);
        const CustomId small{QStringLiteral("stop"), QStringLiteral("local"),
                             QStringLiteral("web-1.a_b")};
        const auto parsed = CustomId::parse(small.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->container, QStringLiteral("web-1.a_b"));
        QVERIFY(!CustomId::parse(QStringLiteral("md1|stop|local|web|extra")));
        QVERIFY(!CustomId::parse(QStringLiteral("md2|stop|local|web")));
    }

    void statusMessagesStayWithinDiscordLimits() {
        ReplyLocalizer localizer;
        StatusMessageBuilder builder(localizer);
        QList<ContainerView> many;
        for (int i = 0; i < 500; ++i) {
            ContainerView c = views().first();
            c.name = QStringLiteral("c%1").arg(i);
            c.displayName = QString(90, QLatin1Char('n')) + QString::number(i);
            many.append(c);
        }
        const QJsonObject m = builder.overview(many, QStringLiteral("en"), true);
        const QString description = m.value(QStringLiteral("embeds"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        QVERIFY(description.size() <= 4096);
        QVERIFY(m.contains(QStringLiteral("components"))); // more pages, not "… and N more"
        QCOMPARE(StatusMessageBuilder::digest(m), StatusMessageBuilder::digest(m));
        QVERIFY(StatusMessageBuilder::digest(m) != StatusMessageBuilder::digest(builder.overview(
                                                       views(), QStringLiteral("en"), true)));
        const QJsonObject single =
            builder.containerMessage(views().first(), QStringLiteral("en"), true, false);
        const QJsonArray rows = single.value(QStringLiteral("components")).toArray();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().toObject().value(QStringLiteral("components")).toArray().size() <= 5);
    }

    void longListsArePagedWithinDiscordsLimits() {
        ReplyLocalizer localizer;
        StatusMessageBuilder builder(localizer);
        QList<ContainerView> many;
        for (int i = 0; i < 500; ++i) {
            ContainerView c = views().first();
            c.name = QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'));
            c.displayName = QString(60, QLatin1Char('n')) + c.name;
            many.append(c);
        }
        const QList<QStringList> pages = builder.overviewPages(many, QStringLiteral("en"), true);
        QVERIFY(pages.size() > 5);
        QStringList seen;
        for (int p = 0; p < pages.size(); ++p) {
            const QJsonObject m =
                builder.overview(many, QStringLiteral("en"), true, p, OverviewPaging::InPlace);
            const QJsonObject embed =
                m.value(QStringLiteral("embeds")).toArray().first().toObject();
            const QString description = embed.value(QStringLiteral("description")).toString();
            QVERIFY(description.size() <= 4096);
            QVERIFY(QJsonDocument(embed).toJson(QJsonDocument::Compact).size() < 6000);
            for (const QString &line : description.split(QLatin1Char('\n')))
                seen.append(line);
            QVERIFY(embed.value(QStringLiteral("footer"))
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .endsWith(QStringLiteral("page %1 of %2").arg(p + 1).arg(pages.size())));
            const QJsonArray buttons = m.value(QStringLiteral("components"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("components"))
                                           .toArray();
            QCOMPARE(buttons.size(), 5);
            QSet<QString> ids;
            for (const QJsonValue &b : buttons) {
                const QString id = b.toObject().value(QStringLiteral("custom_id")).toString();
                QVERIFY(id.size() <= CustomId::kMaxLength);
                QVERIFY(CustomId::parse(id).has_value());
                ids.insert(id);
            }
            QCOMPARE(ids.size(), 5); // Discord refuses repeated custom_ids in one message
            QCOMPARE(buttons.at(1).toObject().value(QStringLiteral("disabled")).toBool(), p == 0);
            QCOMPARE(buttons.at(3).toObject().value(QStringLiteral("disabled")).toBool(),
                     p == pages.size() - 1);
        }
        QCOMPARE(seen.size(), 500); // every container once, none twice
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 500);
        // A page past the end shows the last one; a short list has no page buttons.
        QCOMPARE(builder.overview(many, QStringLiteral("en"), true, 9999),
                 builder.overview(many, QStringLiteral("en"), true, int(pages.size()) - 1));
        QVERIFY(!builder.overview(views(), QStringLiteral("en"), true)
                     .contains(QStringLiteral("components")));
    }

    void pageButtonsTurnThePage() {
        QList<ContainerView> many;
        for (int i = 0; i < 300; ++i) {
            ContainerView c = views().first();
            c.name = QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'));
            c.displayName = QString(60, QLatin1Char('n')) + c.name;
            many.append(c);
        }
        backend.views = many;
        handler->handle(payload(2, kMember, kStatus, command(QStringLiteral("ss"))));
        QCOMPARE(responder.sent.last().type, int(kReplyMessage));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("page 1 of")));
        // In place: the /ss reply itself shows page 3.
        handler->handle(
            payload(3, kMember, kStatus, clickData(QStringLiteral("md1|ss_page|2|next"))));
        QCOMPARE(responder.sent.last().type, int(kUpdateMessage));
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("page 3 of")));
        // Privately: a channel's shared overview answers the clicker alone.
        handler->handle(
            payload(3, kMember, kStatus, clickData(QStringLiteral("md1|ss_view|1|next"))));
        QCOMPARE(responder.sent.last().type, int(kReplyMessage));
        QCOMPARE(responder.sent.last().data.value(QStringLiteral("flags")).toInt(), 64);
        QVERIFY(text(responder.sent.last().data).contains(QStringLiteral("page 2 of")));
        QCOMPARE(backend.audits.last().action, QStringLiteral("button:ss_view"));
        // A page that is not a number is refused, and audited.
        handler->handle(
            payload(3, kMember, kStatus, clickData(QStringLiteral("md1|ss_page|x|next"))));
        QCOMPARE(backend.audits.last().result, QStringLiteral("denied"));
        // Outside a configured channel paging is refused as /ss is.
        handler->handle(payload(3, kMember, QStringLiteral("999999999999999999"),
                                clickData(QStringLiteral("md1|ss_page|1|next"))));
        QCOMPARE(backend.audits.last().result, QStringLiteral("denied"));
    }

    void editBatcherCoalescesAndBatches() {
        MessageEditBatcher batcher(5, 1000, 100);
        QSignalSpy flushed(&batcher, &MessageEditBatcher::flush);
        for (int round = 0; round < 3; ++round) {
            for (int m = 0; m < 7; ++m)
                batcher.enqueue(PendingEdit{QStringLiteral("c"), QString::number(m),
                                            QJsonObject{{QStringLiteral("round"), round}}});
        }
        QCOMPARE(batcher.pending(), 7);
        QCOMPARE(batcher.coalesced(), quint64(14));
        batcher.flushNow();
        QCOMPARE(flushed.count(), 1);
        const auto first = flushed.takeFirst().first().value<QList<PendingEdit>>();
        QCOMPARE(first.size(), 5);
        QCOMPARE(first.first().payload.value(QStringLiteral("round")).toInt(), 2); // the newest
        // The rest leaves on the timer.
        QVERIFY(flushed.wait(5000));
        QCOMPARE(flushed.takeFirst().first().value<QList<PendingEdit>>().size(), 2);
        QCOMPARE(batcher.pending(), 0);
        for (int m = 0; m < 150; ++m)
            batcher.enqueue(PendingEdit{QStringLiteral("c"), QString::number(m), {}});
        QCOMPARE(batcher.pending(), 100);
        QCOMPARE(batcher.stats().dropped, quint64(50));
    }

    void commandCatalogueIsStable() {
        const QJsonArray defs = CommandCatalog::definitions();
        QVERIFY(defs.size() >= 13);
        QCOMPARE(CommandCatalog::digest(defs),
                 CommandCatalog::digest(CommandCatalog::definitions()));
        QStringList names;
        for (const QJsonValue &d : defs) {
            const QString name = d.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(!names.contains(name));
            names.append(name);
            QVERIFY(d.toObject().value(QStringLiteral("description")).toString().size() <= 100);
        }
        for (const char *n : {"serverstatus", "ss", "control", "info", "help", "ping", "donate",
                              "system_health", "performance_metrics", "memory_optimization",
                              "force_cleanup", "security_status", "schedule"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
    }
};

QTEST_GUILESS_MAIN(TestBotInteractions)
#include "tst_bot_interactions.moc"
