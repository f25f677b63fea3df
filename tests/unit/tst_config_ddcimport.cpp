// DdcConfigImporter on DDC config folders written by the test: the modular (2.x) and legacy
// (1.x) layouts, merging over existing settings, a malformed file among good ones, and hostile
// values that must be refused with a note instead of reaching the settings.
#include "config/ddcconfigimporter.h"
#include "config/settingsjson.h"
#include "config/settingsvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock::config;

namespace {

const QString kToken =
    QStringLiteral("MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabCdE.abcdefghijklmnopqrstuvwxyz0123456789AB");

void writeBytes(const QString &path, const QByteArray &data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

void writeJson(const QString &path, const QJsonObject &o) {
    writeBytes(path, QJsonDocument(o).toJson());
}

const ContainerSettings *container(const Settings &s, const QString &name) {
    for (const ContainerSettings &c : s.containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ChannelSettings *channel(const Settings &s, const QString &id) {
    for (const ChannelSettings &c : s.discord.channels) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

// The first note whose file, key and message all contain the given parts.
const ImportNote *findNote(const DdcConfigImport &r, const QString &file, const QString &key,
                           const QString &text = QString()) {
    for (const ImportNote &n : r.notes) {
        if (n.file.contains(file) && n.key.contains(key) && n.message.contains(text))
            return &n;
    }
    return nullptr;
}

QString allNotes(const DdcConfigImport &r) {
    QStringList lines;
    for (const ImportNote &n : r.notes)
        lines.append(n.toString());
    return lines.join(u'\n');
}

QJsonObject controlCommands() {
    return {{QStringLiteral("serverstatus"), true},
            {QStringLiteral("control"), true},
            {QStringLiteral("schedule"), true}};
}

QJsonObject statusCommands() {
    return {{QStringLiteral("serverstatus"), true},
            {QStringLiteral("control"), false},
            {QStringLiteral("schedule"), false}};
}

// A DDC 2.x folder as its web UI writes it.
void writeModular(const QString &dir) {
    writeJson(dir + QStringLiteral("/config.json"),
              {{QStringLiteral("language"), QStringLiteral("de")},
               {QStringLiteral("ui_language"), QStringLiteral("en")},
               {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
               {QStringLiteral("guild_id"), QStringLiteral("112233445566778899")},
               {QStringLiteral("heartbeat"),
                QJsonObject{{QStringLiteral("enabled"), true},
                            {QStringLiteral("ping_url"),
                             QStringLiteral("https://hc.example/ping/secret-uuid")},
                            {QStringLiteral("interval"), 5}}},
               {QStringLiteral("advanced_settings"),
                QJsonObject{{QStringLiteral("DDC_DOCKER_CACHE_DURATION"), QStringLiteral("60")},
                            {QStringLiteral("DDC_MAX_CONCURRENT_TASKS"), 2},
                            {QStringLiteral("DDC_LIVE_LOGS_ENABLED"), QStringLiteral("true")}}},
               {QStringLiteral("system_logs"), QJsonObject{{QStringLiteral("level"), "INFO"}}},
               {QStringLiteral("mystery_key"), 1}});
    writeJson(dir + QStringLiteral("/auth.json"), {{QStringLiteral("bot_token"), kToken},
                                                   {QStringLiteral("encryption_enabled"), true}});
    writeJson(dir + QStringLiteral("/web_ui.json"),
              {{QStringLiteral("web_ui_user"), QStringLiteral("admin")},
               {QStringLiteral("web_ui_password_hash"), QStringLiteral("pbkdf2:sha256:x")},
               {QStringLiteral("session_timeout"), 3600}});
    writeJson(dir + QStringLiteral("/docker_settings.json"),
              {{QStringLiteral("docker_socket_path"), QStringLiteral("/var/run/docker.sock")},
               {QStringLiteral("container_command_cooldown"), 5},
               {QStringLiteral("docker_api_timeout"), 45},
               {QStringLiteral("max_log_lines"), 50}});
    writeJson(
        dir + QStringLiteral("/containers/web.json"),
        {{QStringLiteral("container_name"), QStringLiteral("web")},
         {QStringLiteral("docker_name"), QStringLiteral("web")},
         {QStringLiteral("name"), QStringLiteral("web")},
         {QStringLiteral("display_name"), QStringLiteral("Web Server")},
         {QStringLiteral("allowed_actions"),
          QJsonArray{QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("restart"),
                     QStringLiteral("logs")}},
         {QStringLiteral("order"), 2},
         {QStringLiteral("active"), true},
         {QStringLiteral("allow_detailed_status"), false},
         {QStringLiteral("query_enabled"), false},
         {QStringLiteral("info"),
          QJsonObject{{QStringLiteral("enabled"), true},
                      {QStringLiteral("show_ip"), false},
                      {QStringLiteral("custom_ip"), QStringLiteral("game.example.org")},
                      {QStringLiteral("custom_port"), QStringLiteral("25565")},
                      {QStringLiteral("custom_text"), QStringLiteral("Modded survival")},
                      {QStringLiteral("protected_enabled"), true},
                      {QStringLiteral("protected_content"), QStringLiteral("rcon: hunter2")},
                      {QStringLiteral("protected_password"), QStringLiteral("opensesame")}}}});
    writeJson(dir + QStringLiteral("/containers/db.json"),
              {{QStringLiteral("docker_name"), QStringLiteral("db")},
               {QStringLiteral("active"), false},
               {QStringLiteral("allowed_actions"), QJsonArray{}}});
    writeJson(dir + QStringLiteral("/containers/game.json"),
              {{QStringLiteral("docker_name"), QStringLiteral("game")},
               {QStringLiteral("active"), true},
               {QStringLiteral("query_enabled"), true}});
    writeJson(dir + QStringLiteral("/channels/default.json"),
              {{QStringLiteral("name"), QStringLiteral("Default Channel Settings")},
               {QStringLiteral("commands"), statusCommands()},
               {QStringLiteral("post_initial"), false},
               {QStringLiteral("update_interval_minutes"), 7},
               {QStringLiteral("inactivity_timeout_minutes"), 10},
               {QStringLiteral("enable_auto_refresh"), true},
               {QStringLiteral("recreate_messages_on_inactivity"), true}});
    writeJson(dir + QStringLiteral("/channels/123456789012345678.json"),
              {{QStringLiteral("channel_id"), QStringLiteral("123456789012345678")},
               {QStringLiteral("name"), QStringLiteral("control-room")},
               {QStringLiteral("commands"), controlCommands()},
               {QStringLiteral("post_initial"), true},
               {QStringLiteral("update_interval_minutes"), 5},
               {QStringLiteral("inactivity_timeout_minutes"), 15},
               {QStringLiteral("enable_auto_refresh"), false},
               {QStringLiteral("recreate_messages_on_inactivity"), false}});
    // Settings not in the file come from default.json, as in DDC.
    writeJson(dir + QStringLiteral("/channels/234567890123456789.json"),
              {{QStringLiteral("name"), QStringLiteral("status")},
               {QStringLiteral("commands"), statusCommands()}});
    writeJson(
        dir + QStringLiteral("/admins.json"),
        {{QStringLiteral("discord_admin_users"),
          QJsonArray{QStringLiteral("345678901234567890"), QStringLiteral("456789012345678901")}},
         {QStringLiteral("admin_notes"),
          QJsonObject{{QStringLiteral("345678901234567890"), QStringLiteral("owner")}}}});
    writeBytes(dir + QStringLiteral("/tasks.json"), "[]");
}

} // namespace

class TestDdcConfigImport : public QObject {
    Q_OBJECT
private slots:
    void completeModularFolder() {
        QTemporaryDir dir;
        writeModular(dir.path());
        const DdcConfigImport r = DdcConfigImporter::importFolder(dir.path(), Settings{});
        QVERIFY2(r.ok, qPrintable(r.error));
        const Settings &s = r.settings;
        QCOMPARE(r.containers, 3);
        QCOMPARE(r.channels, 2);
        QCOMPARE(r.admins, 2);
        QCOMPARE(s.containers.size(), 3);

        const ContainerSettings *web = container(s, QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->endpoint, QStringLiteral("local"));
        QCOMPARE(web->displayName, QStringLiteral("Web Server"));
        QCOMPARE(web->allowedActions,
                 (QStringList{QStringLiteral("status"), QStringLiteral("start"),
                              QStringLiteral("restart")}));
        QCOMPARE(web->order, 2);
        QVERIFY(web->active);
        QVERIFY(!web->detailedStatus);
        QCOMPARE(web->infoText, QStringLiteral("Modded survival\ngame.example.org:25565"));
        QCOMPARE(web->protectedInfo, QStringLiteral("rcon: hunter2"));
        // The password is handed back for hashing, never put into the settings.
        QVERIFY(web->protectedPasswordHash.isEmpty());
        QCOMPARE(r.passwords.size(), 1);
        QCOMPARE(s.containers.at(r.passwords.first().containerIndex).name, QStringLiteral("web"));
        QCOMPARE(r.passwords.first().password, QStringLiteral("opensesame"));
        QVERIFY(!QJsonDocument(SettingsJson::write(s)).toJson().contains("opensesame"));
        QVERIFY(findNote(r, QStringLiteral("containers/web.json"),
                         QStringLiteral("allowed_actions"), QStringLiteral("logs")));

        const ContainerSettings *db = container(s, QStringLiteral("db"));
        QVERIFY(db);
        QVERIFY(!db->active); // DDC hides inactive containers; they stay configured, inactive
        QCOMPARE(db->allowedActions, QStringList{QStringLiteral("status")});
        QCOMPARE(db->order, 999);
        QVERIFY(
            findNote(r, QStringLiteral("containers/game.json"), QStringLiteral("query_enabled")));

        const ChannelSettings *control = channel(s, QStringLiteral("123456789012345678"));
        QVERIFY(control);
        QCOMPARE(control->kind, ChannelKind::Control);
        QCOMPARE(control->name, QStringLiteral("control-room"));
        QVERIFY(control->postOnStartup);
        QVERIFY(!control->autoRefresh);
        QVERIFY(!control->recreateOnInactivity);
        QCOMPARE(control->updateIntervalSec, 300);
        QCOMPARE(control->inactivityTimeoutSec, 900);
        const ChannelSettings *status = channel(s, QStringLiteral("234567890123456789"));
        QVERIFY(status);
        QCOMPARE(status->kind, ChannelKind::Status);
        QVERIFY(!status->postOnStartup); // from default.json
        QCOMPARE(status->updateIntervalSec, 7 * 60);

        QCOMPARE(s.discord.adminUserIds, (QStringList{QStringLiteral("345678901234567890"),
                                                      QStringLiteral("456789012345678901")}));
        QCOMPARE(s.discord.guildIds, QStringList{QStringLiteral("112233445566778899")});
        QCOMPARE(s.ui.language, QStringLiteral("de"));
        QCOMPARE(s.scheduler.defaultTimeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(r.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(s.docker.requestTimeoutSec, 45);
        QCOMPARE(s.docker.cacheDurationSec, 60);
        QCOMPARE(s.scheduler.maxConcurrentTasks, 2);
        QCOMPARE(r.token, kToken);
        QCOMPARE(r.tokenFile, QStringLiteral("auth.json"));
        QVERIFY(s.discord.token.isEmpty());
        QCOMPARE(r.tasksFile,
                 QFileInfo(dir.filePath(QStringLiteral("tasks.json"))).absoluteFilePath());

        // What could not be mapped is named, without leaking the watchdog URL or the token.
        QVERIFY(findNote(r, QStringLiteral("config.json"), QStringLiteral("heartbeat")));
        QVERIFY(findNote(r, QStringLiteral("config.json"), QStringLiteral("advanced_settings"),
                         QStringLiteral("DDC_LIVE_LOGS_ENABLED")));
        QVERIFY(
            findNote(r, QStringLiteral("config.json"), QString(), QStringLiteral("mystery_key")));
        QVERIFY(findNote(r, QStringLiteral("web_ui.json"), QStringLiteral("web_ui_user")));
        QVERIFY(findNote(r, QStringLiteral("admins.json"), QStringLiteral("admin_notes")));
        const QString notes = allNotes(r);
        QVERIFY(!notes.contains(QStringLiteral("secret-uuid")));
        QVERIFY(!notes.contains(kToken));
        QVERIFY(!notes.contains(QStringLiteral("encryption_enabled")));

        // With the password hashed the result is a valid Mechdock configuration.
        Settings hashed = s;
        hashed.containers[r.passwords.first().containerIndex].protectedPasswordHash =
            QStringLiteral("pbkdf2-sha256$1000$c2FsdA$aGFzaA");
        const ConfigIssues issues = SettingsValidator::validate(hashed);
        QVERIFY2(!hasErrors(issues), qPrintable(issues.value(0).toString()));
    }

    void legacyLayout() {
        QTemporaryDir dir;
        const QString d = dir.path();
        writeJson(d + QStringLiteral("/bot_config.json"),
                  {{QStringLiteral("bot_token"), kToken},
                   {QStringLiteral("guild_id"), QStringLiteral("998877665544332211")},
                   {QStringLiteral("language"), QStringLiteral("zh-CN")},
                   {QStringLiteral("timezone"), QStringLiteral("UTC")}});
        writeJson(d + QStringLiteral("/docker_config.json"),
                  {{QStringLiteral("servers"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("docker_name"), QStringLiteral("minecraft")},
                                    {QStringLiteral("name"), QStringLiteral("Minecraft")},
                                    {QStringLiteral("display_name"),
                                     QJsonArray{QStringLiteral("MC"), QStringLiteral("x")}},
                                    {QStringLiteral("allowed_actions"),
                                     QJsonArray{QStringLiteral("status"), QStringLiteral("stop")}}},
                        QJsonObject{{QStringLiteral("docker_name"), QStringLiteral("/valheim")},
                                    {QStringLiteral("order"), QStringLiteral("4")}}}},
                   {QStringLiteral("docker_api_timeout"), 20}});
        writeJson(d + QStringLiteral("/server_order.json"),
                  {{QStringLiteral("server_order"),
                    QJsonArray{QStringLiteral("valheim"), QStringLiteral("minecraft")}}});
        writeJson(d + QStringLiteral("/channels_config.json"),
                  {{QStringLiteral("channel_permissions"),
                    QJsonObject{{QStringLiteral("111111111111111111"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("ops")},
                                             {QStringLiteral("commands"),
                                              QJsonObject{{QStringLiteral("command"), true}}}}}}},
                   {QStringLiteral("default_channel_permissions"),
                    QJsonObject{{QStringLiteral("update_interval_minutes"), 3}}},
                   {QStringLiteral("spam_protection"),
                    QJsonObject{{QStringLiteral("command_cooldowns"),
                                 QJsonObject{{QStringLiteral("serverstatus"), 12},
                                             {QStringLiteral("forceupdate"), 60}}},
                                {QStringLiteral("button_cooldowns"),
                                 QJsonObject{{QStringLiteral("restart"), 40},
                                             {QStringLiteral("stop"), -3}}},
                                {QStringLiteral("global_settings"),
                                 QJsonObject{{QStringLiteral("enabled"), false},
                                             {QStringLiteral("max_commands_per_minute"), 12},
                                             {QStringLiteral("max_buttons_per_minute"), 30}}}}}});
        const DdcConfigImport r = DdcConfigImporter::importFolder(d, Settings{});
        QVERIFY2(r.ok, qPrintable(r.error));
        const Settings &s = r.settings;
        QCOMPARE(r.containers, 2);
        const ContainerSettings *mc = container(s, QStringLiteral("minecraft"));
        QVERIFY(mc);
        QVERIFY(mc->active); // the legacy list holds only the selected containers
        QCOMPARE(mc->displayName, QStringLiteral("MC"));
        QCOMPARE(mc->order, 1); // from server_order.json
        QCOMPARE(mc->allowedActions,
                 (QStringList{QStringLiteral("status"), QStringLiteral("stop")}));
        const ContainerSettings *valheim = container(s, QStringLiteral("valheim"));
        QVERIFY(valheim);
        QCOMPARE(valheim->order, 4); // its own order wins
        QCOMPARE(valheim->displayName, QStringLiteral("valheim"));
        QCOMPARE(r.channels, 1);
        const ChannelSettings *ops = channel(s, QStringLiteral("111111111111111111"));
        QVERIFY(ops);
        QCOMPARE(ops->kind, ChannelKind::Control);
        QCOMPARE(ops->updateIntervalSec, 180);
        QCOMPARE(s.cooldowns.commandSec.value(QStringLiteral("serverstatus")), 12);
        QCOMPARE(s.cooldowns.buttonSec.value(QStringLiteral("restart")), 40);
        QCOMPARE(s.cooldowns.buttonSec.value(QStringLiteral("stop")), 10);
        QCOMPARE(s.cooldowns.commandsPerMinute, 12);
        QCOMPARE(s.cooldowns.buttonsPerMinute, 30);
        QVERIFY(!s.cooldowns.commandSec.contains(QStringLiteral("forceupdate")));
        QVERIFY(findNote(r, QStringLiteral("channels_config.json"),
                         QStringLiteral("command_cooldowns"), QStringLiteral("forceupdate")));
        QVERIFY(findNote(r, QStringLiteral("channels_config.json"),
                         QStringLiteral("button_cooldowns.stop")));
        QVERIFY(findNote(r, QStringLiteral("channels_config.json"),
                         QStringLiteral("global_settings.enabled")));
        QCOMPARE(s.ui.language, QStringLiteral("zh_CN"));
        QCOMPARE(s.scheduler.defaultTimeZone, QStringLiteral("UTC"));
        QCOMPARE(s.docker.requestTimeoutSec, 20);
        QCOMPARE(r.token, kToken);
        QCOMPARE(r.tokenFile, QStringLiteral("bot_config.json"));
        QVERIFY(r.tasksFile.isEmpty());
        QVERIFY2(!hasErrors(SettingsValidator::validate(s)), qPrintable(allNotes(r)));
    }

    void monolithicV1ConfigJson() {
        QTemporaryDir dir;
        writeJson(dir.filePath(QStringLiteral("config.json")),
                  {{QStringLiteral("servers"),
                    QJsonArray{QJsonObject{{QStringLiteral("docker_name"), QStringLiteral("nginx")},
                                           {QStringLiteral("allowed_actions"),
                                            QJsonArray{QStringLiteral("restart")}}}}},
                   {QStringLiteral("channel_permissions"),
                    QJsonObject{{QStringLiteral("222222222222222222"),
                                 QJsonObject{{QStringLiteral("commands"), statusCommands()}}}}},
                   {QStringLiteral("language"), QStringLiteral("fr")}});
        const DdcConfigImport r = DdcConfigImporter::importFolder(dir.path(), Settings{});
        QVERIFY(r.ok);
        QCOMPARE(r.containers, 1);
        QCOMPARE(r.channels, 1);
        QCOMPARE(r.settings.containers.first().allowedActions,
                 QStringList{QStringLiteral("restart")});
        QCOMPARE(r.settings.ui.language, QStringLiteral("fr"));
        QVERIFY2(!findNote(r, QStringLiteral("config.json"), QString(), QStringLiteral("servers")),
                 qPrintable(allNotes(r)));
    }

    void mergesOverExistingSettingsAndIsIdempotent() {
        QTemporaryDir dir;
        writeModular(dir.path());
        Settings base;
        base.http.listen = QStringLiteral("127.0.0.1:9999");
        base.discord.adminUserIds = {QStringLiteral("345678901234567890")};
        ContainerSettings mine;
        mine.name = QStringLiteral("mine");
        ContainerSettings web;
        web.name = QStringLiteral("web");
        web.displayName = QStringLiteral("old");
        base.containers = {mine, web};
        ChannelSettings existing;
        existing.id = QStringLiteral("999999999999999999");
        base.discord.channels = {existing};

        const DdcConfigImport r = DdcConfigImporter::importFolder(dir.path(), base);
        QVERIFY(r.ok);
        const Settings &s = r.settings;
        QCOMPARE(s.http.listen, QStringLiteral("127.0.0.1:9999")); // not in DDC: kept
        QCOMPARE(s.containers.size(), 4);
        QCOMPARE(s.containers.at(0).name, QStringLiteral("mine"));
        QCOMPARE(s.containers.at(1).name, QStringLiteral("web")); // replaced in place
        QCOMPARE(s.containers.at(1).displayName, QStringLiteral("Web Server"));
        QCOMPARE(r.passwords.first().containerIndex, 1);
        QCOMPARE(s.discord.channels.size(), 3);
        QVERIFY(channel(s, QStringLiteral("999999999999999999")));
        QCOMPARE(s.discord.adminUserIds.size(), 2);
        QCOMPARE(r.admins, 1); // one was already an admin

        const DdcConfigImport again = DdcConfigImporter::importFolder(dir.path(), s);
        QCOMPARE(again.settings.containers.size(), 4);
        QCOMPARE(again.settings.discord.channels.size(), 3);
        QCOMPARE(again.settings.discord.adminUserIds.size(), 2);
        QCOMPARE(again.settings.discord.guildIds.size(), 1);
    }

    void malformedFileIsNotedAndTheRestImported() {
        QTemporaryDir dir;
        writeModular(dir.path());
        writeBytes(dir.filePath(QStringLiteral("channels/234567890123456789.json")),
                   "{\n  \"name\": \"status\",\n  \"commands\": {\"serverstatus\": tru\n");
        writeBytes(dir.filePath(QStringLiteral("admins.json")), "[\"345678901234567890\"]");
        const DdcConfigImport r = DdcConfigImporter::importFolder(dir.path(), Settings{});
        QVERIFY(r.ok);
        const ImportNote *broken = findNote(r, QStringLiteral("channels/234567890123456789.json"),
                                            QString(), QStringLiteral("line 3"));
        QVERIFY2(broken, qPrintable(allNotes(r)));
        QCOMPARE(broken->severity, ImportNote::Severity::Error);
        QVERIFY(findNote(r, QStringLiteral("admins.json"), QString(), QStringLiteral("object")));
        QCOMPARE(r.channels, 1);
        QVERIFY(channel(r.settings, QStringLiteral("123456789012345678")));
        QCOMPARE(r.containers, 3);
        QCOMPARE(r.admins, 0);
        QCOMPARE(r.token, kToken);
    }

    void hostileValuesAreRefusedWithANote() {
        QTemporaryDir dir;
        const QString d = dir.path();
        const QString huge(6000, QLatin1Char('a'));
        QJsonArray servers{
            QJsonObject{{QStringLiteral("docker_name"), huge}},
            QJsonObject{{QStringLiteral("docker_name"), QStringLiteral("../../etc/passwd")}},
            QJsonObject{{QStringLiteral("docker_name"), QStringLiteral("ok")},
                        {QStringLiteral("display_name"), huge},
                        {QStringLiteral("order"), 1e300},
                        {QStringLiteral("info"),
                         QJsonObject{{QStringLiteral("enabled"), true},
                                     {QStringLiteral("custom_text"), huge},
                                     {QStringLiteral("protected_enabled"), true},
                                     {QStringLiteral("protected_content"), QStringLiteral("x")},
                                     {QStringLiteral("protected_password"), huge}}}},
            QJsonObject{{QStringLiteral("docker_name"), QStringLiteral("ok")}},
            QStringLiteral("not an object"),
            QJsonObject{{QStringLiteral("display_name"), QStringLiteral("nameless")}},
            QJsonObject{{QStringLiteral("docker_name"), QStringLiteral("bell")},
                        {QStringLiteral("display_name"), QStringLiteral("ring\aring")}}};
        QJsonObject channels;
        channels.insert(QStringLiteral("abc"), QJsonObject{});
        channels.insert(QString(6000, QLatin1Char('1')), QJsonObject{});
        channels.insert(
            QStringLiteral("333333333333333333"),
            QJsonObject{{QStringLiteral("name"), huge},
                        {QStringLiteral("update_interval_minutes"), -5},
                        {QStringLiteral("inactivity_timeout_minutes"), QStringLiteral("soon")}});
        // 51 control channels: Mechdock allows 50 of each kind.
        for (int i = 0; i < 51; ++i)
            channels.insert(QStringLiteral("4000000000000000%1").arg(i, 2, 10, QLatin1Char('0')),
                            QJsonObject{{QStringLiteral("commands"), controlCommands()}});
        writeJson(d + QStringLiteral("/docker_config.json"),
                  {{QStringLiteral("servers"), servers}});
        writeJson(d + QStringLiteral("/channels_config.json"),
                  {{QStringLiteral("channel_permissions"), channels}});
        writeJson(d + QStringLiteral("/bot_config.json"),
                  {{QStringLiteral("guild_id"), 112233445566778899.0},
                   {QStringLiteral("language"), huge},
                   {QStringLiteral("timezone"), QStringLiteral("Mars/Olympus")},
                   {QStringLiteral("bot_token"), QStringLiteral("gAAAAABlZW5jcnlwdGVkLXRva2Vu")}});
        writeJson(d + QStringLiteral("/admins.json"),
                  {{QStringLiteral("discord_admin_users"),
                    QJsonArray{QStringLiteral("../etc"), 345678901234567890.0, QStringLiteral("12"),
                               QStringLiteral("567890123456789012")}}});
        writeJson(d + QStringLiteral("/config.json"),
                  {{QStringLiteral("advanced_settings"),
                    QJsonObject{{QStringLiteral("DDC_DOCKER_CACHE_DURATION"), 1e12},
                                {QStringLiteral("DDC_BATCH_SIZE"), QStringLiteral("lots")}}}});
        writeBytes(d + QStringLiteral("/web_ui.json"),
                   QByteArray(DdcConfigImporter::kMaxFileBytes + 10, ' '));

        const DdcConfigImport r = DdcConfigImporter::importFolder(d, Settings{});
        QVERIFY(r.ok);
        const Settings &s = r.settings;
        const QString notes = allNotes(r);

        // Containers: only the good ones, nothing longer than a screen line in any message.
        QCOMPARE(r.containers, 2);
        QCOMPARE(s.containers.size(), 2);
        const ContainerSettings *ok = container(s, QStringLiteral("ok"));
        QVERIFY(ok);
        QCOMPARE(ok->displayName, QStringLiteral("ok"));
        QCOMPARE(ok->order, 999);
        QCOMPARE(ok->infoText.size(), SettingsValidator::kMaxInfoTextLength);
        QVERIFY(ok->protectedInfo.isEmpty());
        QVERIFY(r.passwords.isEmpty());
        QCOMPARE(container(s, QStringLiteral("bell"))->displayName, QStringLiteral("bell"));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"), QStringLiteral("servers[0]"),
                         QStringLiteral("6000 characters")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"), QStringLiteral("servers[1]"),
                         QStringLiteral("passwd")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"),
                         QStringLiteral("servers[2].display_name")));
        QVERIFY(
            findNote(r, QStringLiteral("docker_config.json"), QStringLiteral("servers[2].order")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"),
                         QStringLiteral("servers[2].info.custom_text"), QStringLiteral("cut")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"),
                         QStringLiteral("servers[2].info.protected_password")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"), QStringLiteral("servers[3]"),
                         QStringLiteral("twice")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"), QStringLiteral("servers[4]")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"), QStringLiteral("servers[5]")));
        QVERIFY(findNote(r, QStringLiteral("docker_config.json"),
                         QStringLiteral("servers[6].display_name")));

        // Channels: bad ids refused, 50 control channels kept, bad intervals keep the defaults.
        QCOMPARE(s.discord.channels.size(), 51);
        QCOMPARE(r.channels, 51);
        const ChannelSettings *odd = channel(s, QStringLiteral("333333333333333333"));
        QVERIFY(odd);
        QVERIFY(odd->name.isEmpty());
        QCOMPARE(odd->updateIntervalSec, ChannelSettings{}.updateIntervalSec);
        QCOMPARE(odd->inactivityTimeoutSec, ChannelSettings{}.inactivityTimeoutSec);
        QVERIFY(findNote(r, QStringLiteral("channels_config.json"),
                         QStringLiteral("channel_permissions.abc")));
        QVERIFY(findNote(r, QStringLiteral("channels_config.json"), QString(),
                         QStringLiteral("at most 50 control")));
        int controls = 0;
        for (const ChannelSettings &c : s.discord.channels)
            controls += c.kind == ChannelKind::Control ? 1 : 0;
        QCOMPARE(controls, 50);

        // Ids written as JSON numbers lose digits: refused, not rounded.
        QVERIFY(s.discord.guildIds.isEmpty());
        QVERIFY(findNote(r, QStringLiteral("bot_config.json"), QStringLiteral("guild_id")));
        QCOMPARE(s.discord.adminUserIds, QStringList{QStringLiteral("567890123456789012")});
        QVERIFY(
            findNote(r, QStringLiteral("admins.json"), QStringLiteral("discord_admin_users[0]")));
        QVERIFY(
            findNote(r, QStringLiteral("admins.json"), QStringLiteral("discord_admin_users[1]")));
        QVERIFY(
            findNote(r, QStringLiteral("admins.json"), QStringLiteral("discord_admin_users[2]")));
        QVERIFY(s.ui.language.isEmpty());
        QVERIFY(s.scheduler.defaultTimeZone.isEmpty());
        QVERIFY(findNote(r, QStringLiteral("bot_config.json"), QStringLiteral("timezone")));
        QVERIFY(r.token.isEmpty());
        QVERIFY(findNote(r, QStringLiteral("bot_config.json"), QStringLiteral("bot_token"),
                         QStringLiteral("encrypted")));
        QVERIFY(!notes.contains(QStringLiteral("gAAAAABl")));
        QCOMPARE(s.docker.cacheDurationSec, DockerSettings{}.cacheDurationSec);
        QCOMPARE(s.docker.batchSize, DockerSettings{}.batchSize);
        QVERIFY(findNote(r, QStringLiteral("config.json"),
                         QStringLiteral("DDC_DOCKER_CACHE_DURATION")));
        QVERIFY(findNote(r, QStringLiteral("config.json"), QStringLiteral("DDC_BATCH_SIZE")));
        QVERIFY(findNote(r, QStringLiteral("web_ui.json"), QString(), QStringLiteral("MiB")));
        for (const ImportNote &n : r.notes)
            QVERIFY2(n.toString().size() < 400, qPrintable(n.toString().left(200)));
        QVERIFY2(!hasErrors(SettingsValidator::validate(s)), qPrintable(notes));
    }

    void notAFolderOrNoDdcFiles() {
        QTemporaryDir dir;
        DdcConfigImport r =
            DdcConfigImporter::importFolder(dir.filePath(QStringLiteral("missing")), Settings{});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("missing")));
        writeBytes(dir.filePath(QStringLiteral("readme.txt")), "hello");
        r = DdcConfigImporter::importFolder(dir.path(), Settings{});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("DockerDiscordControl")));
    }
};

QTEST_GUILESS_MAIN(TestDdcConfigImport)
#include "tst_config_ddcimport.moc"
