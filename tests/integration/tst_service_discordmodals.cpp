// Discord forms and live logs end to end: the service on the local Discord server and a private
// dockerd. An admin adds another admin through /addadmin's modal (the settings file changes, the
// new admin can act at once, the change is audited), the last admin cannot be removed, a broken
// settings file is left untouched; a member opens protected info with the password in a modal;
// the logs button follows a container that keeps writing.
#include "bot/customid.h"
#include "config/settings.h"
#include "config/settingsstore.h"
#include "dockerdaemon.h"
#include "localdiscordserver.h"
#include "security/passwordhasher.h"
#include "service/botservice.h"
#include "storage/auditlog.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

namespace {

const QString kControl = QStringLiteral("100000000000000001");
const QString kStatus = QStringLiteral("200000000000000001");
const QString kAdmin = QStringLiteral("420000000000000001");
const QString kNewAdmin = QStringLiteral("420000000000000002");
const QString kMember = QStringLiteral("420000000000000003");
const QString kGuild = QStringLiteral("41771983423143937");

QJsonObject interaction(int type, const QString &channel, const QString &user,
                        const QJsonObject &data) {
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("guild_id"), kGuild},
        {QStringLiteral("channel_id"), channel},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), user},
                                  {QStringLiteral("username"), QStringLiteral("user") + user}}},
                     {QStringLiteral("roles"), QJsonArray{}}}},
        {QStringLiteral("data"), data},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}};
}

QJsonObject command(const QString &name) {
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("type"), 1}};
}

QJsonObject click(const QString &customId) {
    return QJsonObject{{QStringLiteral("custom_id"), customId},
                       {QStringLiteral("component_type"), 2}};
}

QJsonObject submit(const QString &customId, const QString &field, const QString &value) {
    return QJsonObject{
        {QStringLiteral("custom_id"), customId},
        {QStringLiteral("components"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), 1},
                                {QStringLiteral("components"),
                                 QJsonArray{QJsonObject{{QStringLiteral("type"), 4},
                                                        {QStringLiteral("custom_id"), field},
                                                        {QStringLiteral("value"), value}}}}}}}};
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServiceDiscordModals : public QObject {
    Q_OBJECT

    test::DockerDaemon m_daemon;
    bool m_haveDocker = false;
    test::LocalDiscordServer m_server;
    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<service::BotService> m_service;
    std::unique_ptr<QSignalSpy> m_callbacks;

    // The callback body of the next interaction answer.
    QJsonObject ask(int type, const QString &channel, const QString &user,
                    const QJsonObject &data) {
        m_callbacks->clear();
        m_server.gateway().dispatchInteraction(interaction(type, channel, user, data));
        if (!m_callbacks->wait(5000) && m_callbacks->isEmpty())
            return {};
        return m_callbacks->first().at(2).toJsonObject();
    }
    QStringList auditResults(const QString &action) const {
        QStringList results;
        for (const storage::AuditEntry &e : m_service->auditLog()->query(storage::AuditFilter{})) {
            if (e.action == action)
                results.append(e.result + QLatin1Char(':') + e.target);
        }
        return results;
    }

private slots:
    void initTestCase() {
        const QString why = m_daemon.start();
        if (why.isEmpty()) {
            m_haveDocker = true;
            // A container that keeps writing, for the logs to follow.
            QVERIFY(m_daemon.createContainer(
                QStringLiteral("game"),
                {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("i=0; while true; do echo tick $i; i=$((i+1)); sleep 1; done")}));
            QCOMPARE(m_daemon.docker({QStringLiteral("start"), QStringLiteral("game")}), 0);
        } else if (test::isCi()) {
            QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
        }
        m_server.gateway().setHeartbeatIntervalMs(500);
        QVERIFY(m_server.start());

        config::Settings s;
        s.discord.apiBaseUrl = m_server.apiBaseUrl().toString();
        s.discord.token = m_server.token();
        s.discord.guildIds = {kGuild};
        s.discord.adminUserIds = {kAdmin};
        config::ChannelSettings status;
        status.id = kStatus;
        status.kind = config::ChannelKind::Status;
        status.postOnStartup = false;
        config::ChannelSettings control;
        control.id = kControl;
        control.kind = config::ChannelKind::Control;
        control.postOnStartup = false;
        s.discord.channels = {status, control};
        s.http.listen.clear();
        if (m_haveDocker) {
            config::EndpointSettings endpoint;
            endpoint.uri = m_daemon.uri();
            s.docker.endpoints = {endpoint};
        }
        config::ContainerSettings game;
        game.name = QStringLiteral("game");
        game.displayName = QStringLiteral("Game");
        game.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                               QStringLiteral("stop")};
        game.protectedInfo = QStringLiteral("rcon password: swordfish");
        game.protectedPasswordHash = security::PasswordHasher::hash(QStringLiteral("open sesame"));
        s.containers = {game};
        m_settingsPath = m_dir.filePath(QStringLiteral("mechdock.json"));
        QString error;
        QVERIFY2(config::SettingsStore::save(m_settingsPath, s, &error), qPrintable(error));

        // The token is kept out of the settings file; the service is given it as at start.
        config::Settings loaded = config::SettingsStore::load(m_settingsPath).settings;
        loaded.discord.token = m_server.token();
        m_service = std::make_unique<service::BotService>(
            loaded, service::ServiceOptions{m_settingsPath, m_dir.path(), {}});
        m_service->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->snapshot().botState, service::BotState::Online, 15000);
        m_callbacks = std::make_unique<QSignalSpy>(&m_server.rest(),
                                                   &test::LocalDiscordRest::interactionCallback);
    }

    void cleanupTestCase() {
        m_callbacks.reset();
        m_service.reset();
    }

    void adminsChangeThroughTheModal() {
        // A member cannot even open the form.
        QVERIFY(compact(ask(2, kControl, kMember, command(QStringLiteral("addadmin"))))
                    .contains("Only Mechdock admins"));
        const QJsonObject modal = ask(2, kControl, kAdmin, command(QStringLiteral("addadmin")));
        QCOMPARE(modal.value(QStringLiteral("type")).toInt(), 9);
        const QString form = modal.value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("custom_id"))
                                 .toString();
        const QJsonObject added =
            ask(5, kControl, kAdmin,
                submit(form, QStringLiteral("user"), QStringLiteral("<@%1>").arg(kNewAdmin)));
        QVERIFY2(compact(added).contains("is now a Mechdock admin"), compact(added).constData());
        // In the file, so the panel shows it and it survives a restart; and in force at once.
        QVERIFY(config::SettingsStore::loadFileOnly(m_settingsPath)
                    .settings.discord.adminUserIds.contains(kNewAdmin));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->settings().discord.adminUserIds.contains(kNewAdmin),
                                 5000);
        QCOMPARE(ask(2, kControl, kNewAdmin, command(QStringLiteral("addadmin")))
                     .value(QStringLiteral("type"))
                     .toInt(),
                 9);
        QTRY_VERIFY_WITH_TIMEOUT(
            auditResults(QStringLiteral("/addadmin")).contains(QStringLiteral("ok:") + kNewAdmin),
            5000);
        QVERIFY(auditResults(QStringLiteral("/addadmin")).contains(QStringLiteral("denied:")));

        // The new admin removes the first; then nobody may remove the last one.
        const QJsonObject removeForm =
            ask(2, kControl, kNewAdmin, command(QStringLiteral("removeadmin")));
        const QString remove = removeForm.value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("custom_id"))
                                   .toString();
        QVERIFY(compact(ask(5, kControl, kNewAdmin, submit(remove, QStringLiteral("user"), kAdmin)))
                    .contains("no longer a Mechdock admin"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->settings().discord.adminUserIds.contains(kAdmin),
                                 5000);
        QVERIFY(compact(ask(2, kControl, kAdmin, command(QStringLiteral("addadmin"))))
                    .contains("Only Mechdock admins"));
        QVERIFY(
            compact(ask(5, kControl, kNewAdmin, submit(remove, QStringLiteral("user"), kNewAdmin)))
                .contains("last admin"));
        QCOMPARE(config::SettingsStore::loadFileOnly(m_settingsPath).settings.discord.adminUserIds,
                 QStringList{kNewAdmin});

        // A settings file broken by hand is not overwritten.
        QFile file(m_settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"discord\": ");
        file.close();
        QVERIFY(compact(ask(5, kControl, kNewAdmin, submit(form, QStringLiteral("user"), kMember)))
                    .contains("has an error"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ \"discord\": "));
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(good);
        file.close();
    }

    void protectedInfoThroughTheModal() {
        if (!m_haveDocker)
            QSKIP("needs a dockerd");
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->snapshot().containers.isEmpty(), 15000);
        const QJsonObject info =
            ask(3, kStatus, kMember,
                click(bot::CustomId{QStringLiteral("info"), QStringLiteral("local"),
                                    QStringLiteral("game")}
                          .toString()));
        QVERIFY2(compact(info).contains("protected by a password") &&
                     !compact(info).contains("swordfish"),
                 compact(info).constData());
        const QJsonObject modal =
            ask(3, kStatus, kMember,
                click(bot::CustomId{QStringLiteral("protected"), QStringLiteral("local"),
                                    QStringLiteral("game")}
                          .toString()));
        QCOMPARE(modal.value(QStringLiteral("type")).toInt(), 9);
        const QString form = modal.value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("custom_id"))
                                 .toString();
        QVERIFY(compact(ask(5, kStatus, kMember,
                            submit(form, QStringLiteral("password"), QStringLiteral("sesame"))))
                    .contains("Wrong password"));
        QVERIFY(
            compact(ask(5, kStatus, kMember,
                        submit(form, QStringLiteral("password"), QStringLiteral("open sesame"))))
                .contains("swordfish"));
        QTRY_VERIFY_WITH_TIMEOUT(auditResults(QStringLiteral("info")).size() == 2, 5000);
        QVERIFY(auditResults(QStringLiteral("info")).contains(QStringLiteral("denied:local/game")));
        QVERIFY(auditResults(QStringLiteral("info")).contains(QStringLiteral("ok:local/game")));
    }

    void logsFollowTheContainer() {
        if (!m_haveDocker)
            QSKIP("needs a dockerd");
        QSignalSpy edits(&m_server.rest(), &test::LocalDiscordRest::messageEdited);
        const QJsonObject deferred =
            ask(3, kControl, kNewAdmin,
                click(bot::CustomId{QStringLiteral("logs"), QStringLiteral("local"),
                                    QStringLiteral("game")}
                          .toString()));
        QCOMPARE(deferred.value(QStringLiteral("type")).toInt(), 5);
        // The newest "tick n" in each edit of the answer; following shows later ticks.
        auto newestTick = [&](const QJsonObject &m) {
            const QString content = m.value(QStringLiteral("content")).toString();
            const qsizetype at = content.lastIndexOf(QLatin1String("tick "));
            return at < 0 ? -1 : content.mid(at + 5).section(QLatin1Char('\n'), 0, 0).toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!edits.isEmpty(), 10000);
        const QJsonObject first = edits.first().at(1).toJsonObject();
        QVERIFY2(compact(first).contains("logs_stop"), compact(first).constData());
        const int firstTick = newestTick(first);
        QVERIFY(firstTick >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(newestTick(edits.last().at(1).toJsonObject()) > firstTick, 20000);
        const QJsonObject stopped =
            ask(3, kControl, kNewAdmin,
                click(bot::CustomId{QStringLiteral("logs_stop"), QStringLiteral("local"),
                                    QStringLiteral("game")}
                          .toString()));
        QCOMPARE(stopped.value(QStringLiteral("type")).toInt(), 7);
        QVERIFY(!compact(stopped).contains("logs_stop"));
    }
};

QTEST_GUILESS_MAIN(TestServiceDiscordModals)
#include "tst_service_discordmodals.moc"
