// Player counts end to end: the service with a real dockerd and the local Discord server, game
// servers on 127.0.0.1 (an A2S one and a Minecraft one, written in the test suite): /ss shows
// "👥 players/max" for the running, queried containers, "👥 —" for a silent one and nothing for
// the rest; the detailed view names the players; a new count edits the status messages by itself;
// the snapshot the panel reads carries the counts.
#include "bot/customid.h"
#include "config/settings.h"
#include "dockerdaemon.h"
#include "locala2sserver.h"
#include "localdiscordserver.h"
#include "localminecraftserver.h"
#include "service/botservice.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

namespace {

constexpr const char *kStatusChannel = "200000000000000021";
constexpr const char *kControlChannel = "100000000000000021";
constexpr const char *kAdmin = "420000000000000021";
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

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray statusJson(int online) {
    return R"({"version":{"name":"1.21.1","protocol":767},"players":{"max":20,"online":)" +
           QByteArray::number(online) +
           R"(,"sample":[{"name":"Steve","id":"4566e69f-c907-48ee-8d71-d7ba5aa00d20"},)"
           R"({"name":"Alex","id":"4566e69f-c907-48ee-8d71-d7ba5aa00d21"}]},)"
           R"("description":{"text":"Survival"}})";
}

config::ContainerSettings game(const char *name, const char *protocol, quint16 port) {
    config::ContainerSettings c;
    c.name = QString::fromLatin1(name);
    c.allowedActions = {QStringLiteral("status"), QStringLiteral("start")};
    c.queryProtocol = QString::fromLatin1(protocol);
    c.queryPort = port;
    return c;
}

const service::ContainerRow *row(const service::ServiceSnapshot &s, const char *name) {
    for (const service::ContainerRow &r : s.containers) {
        if (r.name == QLatin1String(name))
            return &r;
    }
    return nullptr;
}

} // namespace

class TestServicePlayerCounts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void countsInDiscordAndTheSnapshot();

private:
    test::DockerDaemon m_daemon;
};

void TestServicePlayerCounts::initTestCase() {
    const QString why = m_daemon.start();
    if (!why.isEmpty()) {
        if (test::isCi())
            QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
        QSKIP(qPrintable(QStringLiteral("needs a dockerd: ") + why));
    }
    for (const char *name : {"valheim", "minecraft", "silent", "web", "stopped"})
        QVERIFY(m_daemon.createContainer(QString::fromLatin1(name),
                                         {QStringLiteral("sleep"), QStringLiteral("3600")}));
    QCOMPARE(m_daemon.docker({QStringLiteral("start"), QStringLiteral("valheim"),
                              QStringLiteral("minecraft"), QStringLiteral("silent"),
                              QStringLiteral("web")}),
             0);
}

void TestServicePlayerCounts::countsInDiscordAndTheSnapshot() {
    test::LocalA2sServer valheim;
    QVERIFY(valheim.listen());
    valheim.setPlayers({QStringLiteral("Ragnar"), QStringLiteral("Lagertha")});
    valheim.setMaxPlayers(10);
    test::LocalA2sServer silent;
    QVERIFY(silent.listen());
    silent.setMode(test::LocalA2sServer::Mode::Silent);
    test::LocalA2sServer stoppedServer;
    QVERIFY(stoppedServer.listen());
    test::LocalMinecraftServer minecraft;
    QVERIFY(minecraft.listen());
    minecraft.setStatusJson(statusJson(3));

    test::LocalDiscordServer server;
    QVERIFY(server.start());
    config::Settings settings;
    settings.discord.apiBaseUrl = server.apiBaseUrl().toString();
    settings.discord.token = server.token();
    settings.discord.guildIds = {QString::fromLatin1(kGuild)};
    settings.discord.adminUserIds = {QString::fromLatin1(kAdmin)};
    config::ChannelSettings status;
    status.id = QString::fromLatin1(kStatusChannel);
    config::ChannelSettings control;
    control.id = QString::fromLatin1(kControlChannel);
    control.kind = config::ChannelKind::Control;
    settings.discord.channels = {status, control};
    settings.http.listen.clear();
    config::EndpointSettings endpoint;
    endpoint.uri = m_daemon.uri();
    settings.docker.endpoints = {endpoint};
    config::ContainerSettings valheimSettings = game("valheim", "a2s", valheim.port());
    valheimSettings.queryHost = QStringLiteral("127.0.0.1");
    config::ContainerSettings web;
    web.name = QStringLiteral("web");
    settings.containers = {valheimSettings, game("minecraft", "minecraft", minecraft.port()),
                           game("silent", "a2s", silent.port()), web,
                           game("stopped", "a2s", stoppedServer.port())};
    settings.cooldowns.commandSec.insert(QStringLiteral("serverstatus"), 0);
    settings.players.cacheSec = 5;
    settings.players.timeoutMs = 500;

    QTemporaryDir dir;
    service::BotService service(
        settings, service::ServiceOptions{dir.filePath(QStringLiteral("m.json")), dir.path(), {}});
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().botState, service::BotState::Online, 15000);

    // The snapshot (what the panel and the web page show) carries the counts once asked.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const service::ServiceSnapshot s = service.snapshot();
            const service::ContainerRow *v = row(s, "valheim");
            const service::ContainerRow *m = row(s, "minecraft");
            return v && m && v->playersOnline == 2 && m->playersOnline == 3;
        }(),
        15000);
    {
        const service::ServiceSnapshot s = service.snapshot();
        QCOMPARE(row(s, "valheim")->playersMax, 10);
        QCOMPARE(row(s, "valheim")->playerNames,
                 (QStringList{QStringLiteral("Ragnar"), QStringLiteral("Lagertha")}));
        QCOMPARE(row(s, "minecraft")->playersMax, 20);
        QVERIFY(row(s, "silent")->playersQueried);
        QCOMPARE(row(s, "silent")->playersOnline, -1);
        QVERIFY(!row(s, "web")->playersQueried);
    }
    // A stopped game server is not asked.
    QCOMPARE(stoppedServer.infoRequests(), 0);

    // /ss: counts on the running game servers' lines, "—" for the one that does not answer.
    QSignalSpy callbacks(&server.rest(), &test::LocalDiscordRest::interactionCallback);
    server.gateway().dispatchInteraction(interaction(
        2, QString::fromLatin1(kStatusChannel),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("ss")}, {QStringLiteral("type"), 1}}));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    const QString ss = QString::fromUtf8(compact(callbacks.first().at(2).toJsonObject()));
    const QStringList lines = callbacks.first()
                                  .at(2)
                                  .toJsonObject()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("embeds"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("description"))
                                  .toString()
                                  .split(QLatin1Char('\n'));
    const auto line = [&](const char *name) {
        for (const QString &l : lines) {
            if (l.contains(QStringLiteral("**%1**").arg(QLatin1String(name))))
                return l;
        }
        return QString();
    };
    QVERIFY2(line("valheim").endsWith(QStringLiteral(" · 👥 2/10")), qPrintable(ss));
    QVERIFY2(line("minecraft").endsWith(QStringLiteral(" · 👥 3/20")), qPrintable(ss));
    QVERIFY2(line("silent").endsWith(QStringLiteral(" · 👥 —")), qPrintable(ss));
    QVERIFY2(!line("web").isEmpty() && !line("web").contains(QStringLiteral("👥")), qPrintable(ss));
    QVERIFY2(!line("stopped").isEmpty() && !line("stopped").contains(QStringLiteral("👥")),
             qPrintable(ss));
    QVERIFY(!ss.contains(QStringLiteral("Ragnar"))); // names only on the detailed view

    // The control channel's message for minecraft shows the count; "More" names the players.
    QString minecraftMessage;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonObject &m :
                 server.rest().messages(QString::fromLatin1(kControlChannel))) {
                const QString text = QString::fromUtf8(compact(m));
                if (text.contains(QStringLiteral("|minecraft\"")) &&
                    text.contains(QStringLiteral("👥 3/20"))) {
                    minecraftMessage = m.value(QStringLiteral("id")).toString();
                    return true;
                }
            }
            return false;
        }(),
        15000);
    callbacks.clear();
    const QString expand = bot::CustomId{QStringLiteral("expand"), QStringLiteral("local"),
                                         QStringLiteral("minecraft")}
                               .toString();
    server.gateway().dispatchInteraction(interaction(
        3, QString::fromLatin1(kControlChannel),
        QJsonObject{{QStringLiteral("custom_id"), expand}, {QStringLiteral("component_type"), 2}},
        minecraftMessage));
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    const QString expanded = QString::fromUtf8(compact(callbacks.first().at(2).toJsonObject()));
    QVERIFY2(expanded.contains(QStringLiteral("👥 Steve, Alex, +1")), qPrintable(expanded));

    // Someone joins: after the cache time the status overview is edited by itself.
    minecraft.setStatusJson(statusJson(4));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<QJsonObject> messages =
                server.rest().messages(QString::fromLatin1(kStatusChannel));
            return !messages.isEmpty() &&
                   QString::fromUtf8(compact(messages.first())).contains(QStringLiteral("👥 4/20"));
        }(),
        30000);
    QVERIFY(minecraft.statusRequests() >= 2);
}

QTEST_GUILESS_MAIN(TestServicePlayerCounts)
#include "tst_service_playercounts.moc"
