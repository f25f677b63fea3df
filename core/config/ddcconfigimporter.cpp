// DdcConfigImporter: maps DDC's JSON files key by key onto Settings; everything it reads but
// cannot map becomes an ImportNote, and every key it never looked at is reported too.
#include "ddcconfigimporter.h"
#include "common/translation.h"

#include "settingsschema.h"
#include "settingsvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <optional>

namespace mechdock::config {

namespace {

using Severity = ImportNote::Severity;

QString tr(const char *text) {
    return mechdock::translate("mechdock::config::DdcConfigImporter", text);
}

// Top-level files, modular ones first: where a key is in several, the first one wins.
const char *const kConfig = "config.json";
const char *const kAuth = "auth.json";
const char *const kWebUi = "web_ui.json";
const char *const kDockerSettings = "docker_settings.json";
const char *const kBotConfig = "bot_config.json";
const char *const kDockerConfig = "docker_config.json";
const char *const kWebConfig = "web_config.json";
const char *const kChannelsConfig = "channels_config.json";
const char *const kAdmins = "admins.json";
const char *const kServerOrder = "server_order.json";
const char *const kHeartbeat = "heartbeat.json";
const char *const kTopLevelFiles[] = {kConfig,    kAuth,         kWebUi,     kDockerSettings,
                                      kBotConfig, kDockerConfig, kWebConfig, kChannelsConfig,
                                      kAdmins,    kServerOrder,  kHeartbeat};

constexpr int kMaxNameLength = 100; // SettingsValidator's limit for display and channel names

// A value short enough to quote in a message, whatever a hostile file holds.
QString preview(const QString &value) {
    QString shown = value.left(40);
    for (QChar &c : shown) {
        if (c.isNull() || c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return value.size() > 40 ? shown + QStringLiteral("... (%1 characters)").arg(value.size())
                             : shown;
}

bool hasControlCharacters(const QString &value, bool allowLineBreaks) {
    for (const QChar c : value) {
        if (allowLineBreaks &&
            (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        if (c.isNull() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// DDC writes numbers as JSON numbers or, from its web forms, as strings.
std::optional<qint64> integer(const QJsonValue &v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::abs(d) > 9e15 || d != std::floor(d))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &v) {
    if (v.isBool())
        return v.toBool();
    const QString s = v.isString()   ? v.toString().trimmed().toLower()
                      : v.isDouble() ? QString::number(v.toDouble())
                                     : QString();
    if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("on") ||
        s == QLatin1String("yes"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("off") ||
        s == QLatin1String("no"))
        return false;
    return std::nullopt;
}

// A Discord id: a string, or a JSON number only when it is still exact (DDC's forms write
// strings; a hand-edited file may hold numbers, which lose digits above 2^53).
std::optional<QString> snowflake(const QJsonValue &v) {
    QString text;
    if (v.isString()) {
        text = v.toString().trimmed();
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0 || d > 9007199254740992.0 || d != std::floor(d))
            return std::nullopt;
        text = QString::number(qint64(d));
    }
    if (!SettingsValidator::isSnowflake(text))
        return std::nullopt;
    return text;
}

QString valueText(const QJsonValue &v) {
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QJsonDocument doc =
        v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// QJsonParseError gives a byte offset; operators want a line and column.
QString lineAndColumn(const QByteArray &data, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

class Reader {
public:
    Reader(const QString &dir, const Settings &base)
        : m_dir(dir) {
        m_result.settings = base;
        m_result.endpoint = base.docker.endpoints.isEmpty()
                                ? EndpointSettings{}.name
                                : base.docker.endpoints.constFirst().name;
    }

    DdcConfigImport run();

private:
    void note(Severity s, const QString &file, const QString &key, const QString &message) {
        m_result.notes.append(ImportNote{s, file, key, message});
    }
    std::optional<QJsonObject> readObject(const QString &relative);
    QStringList jsonFiles(const QString &subdir);

    // The first top-level file (in kTopLevelFiles order among `files`) holding `key`.
    QJsonValue take(std::initializer_list<const char *> files, const QString &key,
                    QString *from = nullptr);
    void use(const QString &file, const QString &key) { m_used.insert(file + u'\n' + key); }

    bool setInt(const QString &path, qint64 value, const QString &file, const QString &key);
    void importSystem();
    void importToken();
    void importAdvanced();
    void importSpamProtection();
    void importIgnored();
    void importAdmins();
    void importContainers();
    void importContainer(const QJsonObject &o, const QString &file, const QString &prefix,
                         bool defaultActive);
    void importInfo(const QJsonObject &info, ContainerSettings &c, QString &password,
                    const QString &file, const QString &prefix);
    void importChannels();
    void importChannel(const QString &keyId, const QJsonObject &o, const QJsonObject &defaults,
                       const QString &file, const QString &prefix);
    void reportUnusedKeys();

    QDir m_dir;
    DdcConfigImport m_result;
    QMap<QString, QJsonObject> m_files; // top-level files that parsed
    QSet<QString> m_used;               // "file\nkey" pairs looked at
    QSet<QString> m_importedContainers; // names taken from this DDC folder
    QMap<QString, int> m_serverOrder;   // docker name -> position in server_order
};

std::optional<QJsonObject> Reader::readObject(const QString &relative) {
    QFile file(m_dir.filePath(relative));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        note(Severity::Error, relative, QString(),
             tr("cannot be read: %1 (check the file's owner and permissions)")
                 .arg(file.errorString()));
        return std::nullopt;
    }
    if (file.size() > DdcConfigImporter::kMaxFileBytes) {
        note(Severity::Error, relative, QString(),
             tr("is larger than %1 MiB; not a DDC config file, skipped")
                 .arg(DdcConfigImporter::kMaxFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    // DDC treats an empty admins.json as "no admins"; any empty file means nothing to import.
    if (data.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        note(Severity::Error, relative, QString(),
             tr("is not valid JSON at %1 (%2); nothing from this file was imported")
                 .arg(lineAndColumn(data, error.offset), error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        note(Severity::Error, relative, QString(),
             tr("does not hold a JSON object { ... }; nothing from this file was imported"));
        return std::nullopt;
    }
    return doc.object();
}

QStringList Reader::jsonFiles(const QString &subdir) {
    QDir dir(m_dir.filePath(subdir));
    if (!dir.exists())
        return {};
    QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.size() > DdcConfigImporter::kMaxFilesPerFolder) {
        note(Severity::Error, subdir + u'/', QString(),
             tr("holds %1 files; only the first %2 were read")
                 .arg(names.size())
                 .arg(DdcConfigImporter::kMaxFilesPerFolder));
        names = names.mid(0, DdcConfigImporter::kMaxFilesPerFolder);
    }
    return names;
}

QJsonValue Reader::take(std::initializer_list<const char *> files, const QString &key,
                        QString *from) {
    QJsonValue found(QJsonValue::Undefined);
    for (const char *f : files) {
        const QString name = QLatin1String(f);
        const auto it = m_files.constFind(name);
        if (it == m_files.constEnd() || !it->contains(key))
            continue;
        // Shadowed copies in older files count as looked at, not as unknown keys.
        use(name, key);
        const QJsonValue v = it->value(key);
        if (found.isUndefined() && !v.isNull()) {
            found = v;
            if (from)
                *from = name;
        }
    }
    return found;
}

bool Reader::setInt(const QString &path, qint64 value, const QString &file, const QString &key) {
    const IntField *f = SettingsSchema::instance().intField(path);
    if (!f)
        return false;
    if (value < f->min || value > f->max) {
        note(Severity::Warning, file, key,
             tr("%1 is outside Mechdock's range for %2 (%3 to %4); kept %5")
                 .arg(value)
                 .arg(path)
                 .arg(f->min)
                 .arg(f->max)
                 .arg(f->ref(m_result.settings)));
        return false;
    }
    f->ref(m_result.settings) = int(value);
    return true;
}

DdcConfigImport Reader::run() {
    const QFileInfo info(m_dir.path());
    if (!info.exists() || !info.isDir()) {
        m_result.error = tr("%1 is not a folder").arg(m_dir.path());
        return m_result;
    }
    bool anything = false;
    for (const char *f : kTopLevelFiles) {
        const QString name = QLatin1String(f);
        anything = anything || QFileInfo::exists(m_dir.filePath(name));
        if (const auto o = readObject(name))
            m_files.insert(name, *o);
    }
    const auto hasJson = [&](const QString &subdir) {
        return !QDir(m_dir.filePath(subdir))
                    .entryList({QStringLiteral("*.json")}, QDir::Files)
                    .isEmpty();
    };
    anything = anything || hasJson(QStringLiteral("containers")) ||
               hasJson(QStringLiteral("channels")) ||
               QFileInfo::exists(m_dir.filePath(QStringLiteral("tasks.json")));
    if (!anything) {
        m_result.error = tr("%1 holds no DockerDiscordControl config file (config.json, "
                            "bot_config.json, docker_config.json, containers/, channels/, "
                            "tasks.json ...)")
                             .arg(m_dir.path());
        return m_result;
    }
    m_result.ok = true;
    if (QFileInfo::exists(m_dir.filePath(QStringLiteral("tasks.json"))))
        m_result.tasksFile =
            QFileInfo(m_dir.filePath(QStringLiteral("tasks.json"))).absoluteFilePath();

    importSystem();
    importToken();
    importAdvanced();
    importSpamProtection();
    importIgnored();
    importAdmins();
    importContainers();
    importChannels();
    reportUnusedKeys();
    return m_result;
}

void Reader::importSystem() {
    Settings &s = m_result.settings;
    QString file;
    // language is the bot's language in DDC, ui_language its web UI's; Mechdock has one.
    QJsonValue language = take({kConfig, kBotConfig}, QStringLiteral("language"), &file);
    QString languageKey = QStringLiteral("language");
    QString uiFile;
    const QJsonValue uiLanguage =
        take({kConfig, kBotConfig}, QStringLiteral("ui_language"), &uiFile);
    if (language.isUndefined()) {
        language = uiLanguage;
        languageKey = QStringLiteral("ui_language");
        file = uiFile;
    }
    if (!language.isUndefined()) {
        QString code = valueText(language).trimmed();
        if (code.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0 ||
            code.compare(QLatin1String("zh-CN"), Qt::CaseInsensitive) == 0 ||
            code.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0)
            code = QStringLiteral("zh_CN");
        else
            code = code.toLower();
        if (SettingsValidator::knownLanguages().contains(code))
            s.ui.language = code;
        else
            note(Severity::Warning, file, languageKey,
                 tr("Mechdock has no \"%1\" translation (it has %2); the language was not "
                    "changed")
                     .arg(preview(valueText(language)),
                          SettingsValidator::knownLanguages().join(QStringLiteral(", "))));
    }

    const QJsonValue zone = take({kConfig, kBotConfig}, QStringLiteral("timezone"), &file);
    if (!zone.isUndefined()) {
        const QString id = valueText(zone).trimmed();
        if (!id.isEmpty() && id.size() < 100 && QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
            s.scheduler.defaultTimeZone = id;
            m_result.timeZone = id;
        } else {
            note(Severity::Warning, file, QStringLiteral("timezone"),
                 tr("\"%1\" is not a known IANA time zone; scheduler.defaultTimeZone was not "
                    "changed")
                     .arg(preview(id)));
        }
    }

    const QJsonValue guild = take({kConfig, kBotConfig}, QStringLiteral("guild_id"), &file);
    if (!guild.isUndefined()) {
        if (const auto id = snowflake(guild)) {
            if (!s.discord.guildIds.contains(*id))
                s.discord.guildIds.append(*id);
        } else {
            note(Severity::Error, file, QStringLiteral("guild_id"),
                 tr("\"%1\" is not a Discord id (17 to 20 digits, as a string); refused")
                     .arg(preview(valueText(guild))));
        }
    }

    const QJsonValue timeout = take({kDockerSettings, kDockerConfig, kConfig},
                                    QStringLiteral("docker_api_timeout"), &file);
    if (!timeout.isUndefined()) {
        if (const auto v = integer(timeout))
            setInt(QStringLiteral("docker.requestTimeoutSec"), *v, file,
                   QStringLiteral("docker_api_timeout"));
        else
            note(Severity::Warning, file, QStringLiteral("docker_api_timeout"),
                 tr("is not a whole number of seconds; not imported"));
    }

    // The path is the socket inside DDC's own container, which says nothing about the host.
    const QJsonValue socket = take({kDockerSettings, kDockerConfig, kConfig},
                                   QStringLiteral("docker_socket_path"), &file);
    if (!socket.isUndefined() && valueText(socket) != QLatin1String("/var/run/docker.sock"))
        note(Severity::Warning, file, QStringLiteral("docker_socket_path"),
             tr("\"%1\" is a path inside DDC's container; not imported. Set "
                "docker.endpoints[].uri if Mechdock needs another socket")
                 .arg(preview(valueText(socket))));

    const QJsonValue heartbeat = take({kConfig, kBotConfig}, QStringLiteral("heartbeat"), &file);
    if (heartbeat.isObject() &&
        boolean(heartbeat.toObject().value(QStringLiteral("enabled"))) == std::optional<bool>(true))
        // The ping URL is not quoted: such URLs often carry a secret.
        note(Severity::Warning, file, QStringLiteral("heartbeat"),
             tr("DDC's status watchdog pings an external URL; Mechdock sends no outgoing "
                "heartbeat. Point the monitor at Mechdock's /health endpoint (http.listen) "
                "instead"));
    if (m_files.contains(QLatin1String(kHeartbeat)))
        note(Severity::Info, QLatin1String(kHeartbeat), QString(),
             tr("DDC no longer reads this file; nothing imported from it"));
}

void Reader::importToken() {
    QString file;
    const QJsonValue token = take({kAuth, kConfig, kBotConfig}, QStringLiteral("bot_token"), &file);
    take({kAuth}, QStringLiteral("encryption_enabled"));
    if (token.isUndefined() || valueText(token).trimmed().isEmpty())
        return;
    const QString text = valueText(token).trimmed();
    // The token itself never goes into a note: notes are printed and may be logged.
    static const QRegularExpression plain(
        QStringLiteral("^[A-Za-z0-9_-]{20,100}\\.[A-Za-z0-9_-]{4,20}\\.[A-Za-z0-9_-]{20,200}$"));
    if (plain.match(text).hasMatch()) {
        m_result.token = text;
        m_result.tokenFile = file;
    } else if (text.startsWith(QLatin1String("gAAAAA"))) {
        // Fernet: DDC encrypts the token with a key derived from its web UI password hash.
        note(Severity::Warning, file, QStringLiteral("bot_token"),
             tr("is encrypted by DDC and cannot be imported. Store the bot token on Mechdock's "
                "Settings page or set DISCORD_BOT_TOKEN"));
    } else {
        note(Severity::Warning, file, QStringLiteral("bot_token"),
             tr("does not look like a Discord bot token; not imported. Store the token on "
                "Mechdock's Settings page or set DISCORD_BOT_TOKEN"));
    }
}

// advanced_settings holds DDC's environment variables by name; the schema knows which Mechdock
// setting each of them sets (the same names EnvironmentOverrides accepts).
void Reader::importAdvanced() {
    QString webFile = QLatin1String(kWebConfig);
    const QJsonValue legacy = take({kWebConfig}, QStringLiteral("advanced_settings"));
    const QJsonValue live = take({kConfig}, QStringLiteral("advanced_settings"));
    QMap<QString, QPair<QString, QJsonValue>> merged; // key -> (file, value); config.json wins
    if (legacy.isObject()) {
        const QJsonObject o = legacy.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            merged.insert(it.key(), {webFile, it.value()});
    }
    if (live.isObject()) {
        const QJsonObject o = live.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            merged.insert(it.key(), {QLatin1String(kConfig), it.value()});
    }
    const SettingsSchema &schema = SettingsSchema::instance();
    QStringList unmapped;
    QString unmappedFile;
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        const QString &name = it.key();
        const QString &file = it.value().first;
        const QJsonValue &value = it.value().second;
        const QString key = QStringLiteral("advanced_settings.") + name;
        bool known = false;
        for (const IntField &f : schema.intFields()) {
            if (!f.environment.contains(name))
                continue;
            known = true;
            bool ok = false;
            const double raw =
                value.isDouble() ? value.toDouble() : valueText(value).trimmed().toDouble(&ok);
            if ((!value.isDouble() && !ok) || !std::isfinite(raw) || std::abs(raw) > 2e9) {
                note(Severity::Warning, file, key,
                     tr("\"%1\" is not a number; %2 not changed")
                         .arg(preview(valueText(value)), f.path));
                break;
            }
            setInt(f.path, std::llround(raw * f.environmentScale), file, key);
            break;
        }
        for (const BoolField &f : schema.boolFields()) {
            if (known || !f.environment.contains(name))
                continue;
            known = true;
            if (const auto b = boolean(value))
                f.ref(m_result.settings) = *b;
            else
                note(Severity::Warning, file, key,
                     tr("\"%1\" is not true or false; %2 not changed")
                         .arg(preview(valueText(value)), f.path));
        }
        if (!known) {
            unmapped.append(preview(name));
            unmappedFile = file;
        }
    }
    if (!unmapped.isEmpty())
        note(Severity::Info, unmappedFile, QStringLiteral("advanced_settings"),
             tr("no Mechdock setting for %1").arg(unmapped.join(QStringLiteral(", "))));
}

void Reader::importSpamProtection() {
    // DDC reads it from channels_config.json; a 1.x monolithic config.json holds it too.
    QString file;
    const QJsonValue spam =
        take({kChannelsConfig, kConfig}, QStringLiteral("spam_protection"), &file);
    if (!spam.isObject())
        return;
    const QJsonObject o = spam.toObject();
    CooldownSettings &c = m_result.settings.cooldowns;
    const auto importMap = [&](const QString &key, QMap<QString, int> &target) {
        const QJsonObject map = o.value(key).toObject();
        QStringList unmapped;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString path = QStringLiteral("spam_protection.%1.%2").arg(key, it.key());
            if (!target.contains(it.key())) {
                unmapped.append(preview(it.key()));
                continue;
            }
            const auto v = integer(it.value());
            if (!v || *v < 0 || *v > 86400) {
                note(Severity::Warning, file, path,
                     tr("\"%1\" is not 0 to 86400 seconds; kept %2")
                         .arg(preview(valueText(it.value())))
                         .arg(target.value(it.key())));
                continue;
            }
            target[it.key()] = int(*v);
        }
        if (!unmapped.isEmpty())
            note(Severity::Info, file, QStringLiteral("spam_protection.") + key,
                 tr("Mechdock has no cool-down for %1; those use cooldowns.defaultSec")
                     .arg(unmapped.join(QStringLiteral(", "))));
    };
    importMap(QStringLiteral("command_cooldowns"), c.commandSec);
    importMap(QStringLiteral("button_cooldowns"), c.buttonSec);
    const QJsonObject global = o.value(QStringLiteral("global_settings")).toObject();
    const QString g = QStringLiteral("spam_protection.global_settings.");
    if (const auto v = integer(global.value(QStringLiteral("max_commands_per_minute"))))
        setInt(QStringLiteral("cooldowns.commandsPerMinute"), *v, file,
               g + QStringLiteral("max_commands_per_minute"));
    if (const auto v = integer(global.value(QStringLiteral("max_buttons_per_minute"))))
        setInt(QStringLiteral("cooldowns.buttonsPerMinute"), *v, file,
               g + QStringLiteral("max_buttons_per_minute"));
    if (boolean(global.value(QStringLiteral("enabled"))) == std::optional<bool>(false))
        note(Severity::Warning, file, g + QStringLiteral("enabled"),
             tr("DDC's spam protection was off; Mechdock always enforces cool-downs and "
                "per-minute limits (set them to 0 / high values to relax them)"));
}

// Keys DDC has that Mechdock deliberately does without, each with the reason.
void Reader::importIgnored() {
    QString file;
    QStringList login;
    for (const char *key :
         {"web_ui_user", "web_ui_password_hash", "admin_enabled", "session_timeout"}) {
        if (!take({kWebUi, kWebConfig, kConfig}, QLatin1String(key), &file).isUndefined())
            login.append(QLatin1String(key));
    }
    if (!login.isEmpty())
        note(Severity::Info, file, login.join(QStringLiteral(", ")),
             tr("DDC's web UI login is not imported: Mechdock's panel is a desktop application; "
                "its health endpoint has its own http.bearerToken"));
    const QJsonValue donationKey =
        take({kWebUi, kWebConfig, kConfig}, QStringLiteral("donation_disable_key"), &file);
    if (!valueText(donationKey).isEmpty())
        note(Severity::Info, file, QStringLiteral("donation_disable_key"),
             tr("Mechdock has no donation key; donation links are in discord.donationLinks"));
    const QJsonValue debug =
        take({kWebUi, kWebConfig, kConfig}, QStringLiteral("scheduler_debug_mode"), &file);
    if (boolean(debug) == std::optional<bool>(true))
        note(Severity::Info, file, QStringLiteral("scheduler_debug_mode"),
             tr("use logging.rules (e.g. \"mechdock.scheduler.debug=true\") instead"));
    if (!take({kConfig}, QStringLiteral("system_logs"), &file).isUndefined())
        note(Severity::Info, file, QStringLiteral("system_logs"),
             tr("DDC's log settings are not imported; see logging.* in Mechdock's settings"));
    const QJsonValue logLines =
        take({kDockerSettings, kDockerConfig, kConfig}, QStringLiteral("max_log_lines"), &file);
    if (!logLines.isUndefined() && integer(logLines) != std::optional<qint64>(50))
        note(Severity::Info, file, QStringLiteral("max_log_lines"),
             tr("Mechdock has no setting for the number of log lines shown"));
    // Stored by DDC but never read by it.
    take({kDockerSettings, kDockerConfig, kConfig}, QStringLiteral("container_command_cooldown"));
    if (!take({kConfig, kBotConfig}, QStringLiteral("heartbeat_channel_id"), &file).isUndefined())
        note(Severity::Info, file, QStringLiteral("heartbeat_channel_id"),
             tr("DDC itself no longer uses heartbeat channels; not imported"));
    for (const char *key : {"channels", "server_selection"}) {
        const QJsonValue v = take({kChannelsConfig, kConfig}, QLatin1String(key), &file);
        if ((v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty()))
            note(Severity::Info, file, QLatin1String(key),
                 tr("DDC 1.x web form state; DDC itself ignores it, not imported"));
    }
}

void Reader::importAdmins() {
    const QString file = QLatin1String(kAdmins);
    const QJsonValue users = take({kAdmins}, QStringLiteral("discord_admin_users"));
    const QJsonValue notes = take({kAdmins}, QStringLiteral("admin_notes"));
    if (notes.isObject() && !notes.toObject().isEmpty())
        note(Severity::Info, file, QStringLiteral("admin_notes"),
             tr("notes about admins are not imported (Mechdock keeps only their ids)"));
    if (users.isUndefined())
        return;
    if (!users.isArray()) {
        note(Severity::Error, file, QStringLiteral("discord_admin_users"),
             tr("is not a list of Discord user ids; no admin imported"));
        return;
    }
    QStringList &admins = m_result.settings.discord.adminUserIds;
    const QJsonArray list = users.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const auto id = snowflake(list.at(i));
        if (!id) {
            note(Severity::Error, file, QStringLiteral("discord_admin_users[%1]").arg(i),
                 tr("\"%1\" is not a Discord user id (17 to 20 digits, as a string); refused")
                     .arg(preview(valueText(list.at(i)))));
            continue;
        }
        if (!admins.contains(*id)) {
            admins.append(*id);
            ++m_result.admins;
        }
    }
}

void Reader::importContainers() {
    // server_order.json, or the legacy copy in channels_config.json, orders containers that
    // carry no "order" of their own.
    const QJsonValue order =
        take({kServerOrder, kChannelsConfig, kConfig}, QStringLiteral("server_order"));
    const QJsonArray orderList = order.toArray();
    for (int i = 0; i < orderList.size(); ++i) {
        if (orderList.at(i).isString() && !m_serverOrder.contains(orderList.at(i).toString()))
            m_serverOrder.insert(orderList.at(i).toString(), i);
    }

    // DDC 2.x keeps one file per container and shows only those with "active": true; the
    // older lists hold only the selected (active) containers.
    const QStringList files = jsonFiles(QStringLiteral("containers"));
    QString listFile;
    const QJsonValue servers = take({kDockerConfig, kConfig}, QStringLiteral("servers"), &listFile);
    if (!files.isEmpty()) {
        if (!servers.isUndefined())
            note(Severity::Info, listFile, QStringLiteral("servers"),
                 tr("superseded by containers/*.json (as in DDC); not imported"));
        for (const QString &name : files) {
            const QString relative = QStringLiteral("containers/") + name;
            if (const auto o = readObject(relative))
                importContainer(*o, relative, QString(), false);
        }
        return;
    }
    if (servers.isUndefined())
        return;
    if (!servers.isArray()) {
        note(Severity::Error, listFile, QStringLiteral("servers"),
             tr("is not a list of containers; no container imported"));
        return;
    }
    const QJsonArray list = servers.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("servers[%1]").arg(i);
        if (!list.at(i).isObject()) {
            note(Severity::Error, listFile, prefix, tr("is not a container object; skipped"));
            continue;
        }
        importContainer(list.at(i).toObject(), listFile, prefix, true);
    }
}

void Reader::importContainer(const QJsonObject &o, const QString &file, const QString &prefix,
                             bool defaultActive) {
    const auto key = [&](const QString &k) {
        return prefix.isEmpty() ? k : prefix + u'.' + k;
    };
    static const QStringList known{QStringLiteral("docker_name"),
                                   QStringLiteral("container_name"),
                                   QStringLiteral("name"),
                                   QStringLiteral("display_name"),
                                   QStringLiteral("allowed_actions"),
                                   QStringLiteral("order"),
                                   QStringLiteral("active"),
                                   QStringLiteral("allow_detailed_status"),
                                   QStringLiteral("info"),
                                   QStringLiteral("query_enabled"),
                                   QStringLiteral("query_protocol"),
                                   QStringLiteral("query_host"),
                                   QStringLiteral("query_port"),
                                   QStringLiteral("query_token")};

    // DDC writes the Docker name three times; docker_name is what its status code reads.
    QString name;
    QString nameKey;
    for (const QString &k : {QStringLiteral("docker_name"), QStringLiteral("container_name"),
                             QStringLiteral("name")}) {
        if (o.value(k).isString() && !o.value(k).toString().trimmed().isEmpty()) {
            name = o.value(k).toString().trimmed();
            nameKey = k;
            break;
        }
    }
    if (name.isEmpty()) {
        note(Severity::Error, file, key(QStringLiteral("docker_name")),
             tr("the container has no docker_name; skipped"));
        return;
    }
    if (name.startsWith(u'/'))
        name = name.mid(1);
    if (!SettingsValidator::isContainerName(name)) {
        note(Severity::Error, file, key(nameKey),
             tr("\"%1\" is not a Docker container name (letters, digits, '_', '.', '-', at most "
                "255); refused")
                 .arg(preview(name)));
        return;
    }
    if (m_importedContainers.contains(name)) {
        note(Severity::Warning, file, key(nameKey),
             tr("container \"%1\" is configured twice in DDC; this copy was skipped").arg(name));
        return;
    }

    ContainerSettings c;
    c.endpoint = m_result.endpoint;
    c.name = name;
    c.displayName = name;
    QJsonValue display = o.value(QStringLiteral("display_name"));
    if (display.isArray()) // DDC 1.x kept [name, ...]
        display = display.toArray().at(0);
    if (display.isString() && !display.toString().trimmed().isEmpty()) {
        const QString text = display.toString().trimmed();
        if (text.size() > kMaxNameLength || hasControlCharacters(text, false))
            note(Severity::Error, file, key(QStringLiteral("display_name")),
                 tr("\"%1\" is longer than %2 characters or holds control characters; refused, "
                    "the container name is shown instead")
                     .arg(preview(text))
                     .arg(kMaxNameLength));
        else
            c.displayName = text;
    }

    const QJsonValue actions = o.value(QStringLiteral("allowed_actions"));
    if (actions.isArray()) {
        QStringList allowed;
        QStringList unknown;
        for (const QJsonValue &a : actions.toArray()) {
            const QString action = valueText(a).trimmed().toLower();
            if (SettingsValidator::knownActions().contains(action)) {
                if (!allowed.contains(action))
                    allowed.append(action);
            } else {
                unknown.append(preview(valueText(a)));
            }
        }
        if (!unknown.isEmpty())
            note(Severity::Warning, file, key(QStringLiteral("allowed_actions")),
                 tr("%1 not imported: Mechdock's actions are %2")
                     .arg(unknown.join(QStringLiteral(", ")),
                          SettingsValidator::knownActions().join(QStringLiteral(", "))));
        // As DDC does: an empty list means status only.
        c.allowedActions = allowed.isEmpty() ? QStringList{QStringLiteral("status")} : allowed;
    } else if (!actions.isUndefined()) {
        note(Severity::Warning, file, key(QStringLiteral("allowed_actions")),
             tr("is not a list; status only"));
    }

    const QJsonValue order = o.value(QStringLiteral("order"));
    const auto orderValue = integer(order);
    if (orderValue && *orderValue >= 0 && *orderValue <= 1000000) {
        c.order = int(*orderValue);
    } else {
        if (!order.isUndefined())
            note(Severity::Warning, file, key(QStringLiteral("order")),
                 tr("\"%1\" is not a whole number from 0 to 1000000; ignored")
                     .arg(preview(valueText(order))));
        c.order = m_serverOrder.value(name, 999); // DDC's default position
    }

    const QJsonValue active = o.value(QStringLiteral("active"));
    c.active = boolean(active).value_or(defaultActive);
    c.detailedStatus = boolean(o.value(QStringLiteral("allow_detailed_status"))).value_or(true);

    QString password;
    if (o.value(QStringLiteral("info")).isObject())
        importInfo(o.value(QStringLiteral("info")).toObject(), c, password, file,
                   key(QStringLiteral("info")));

    if (boolean(o.value(QStringLiteral("query_enabled"))) == std::optional<bool>(true))
        note(Severity::Warning, file, key(QStringLiteral("query_enabled")),
             tr("Mechdock does not query game servers for player counts; not imported"));
    QStringList unknownKeys;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            unknownKeys.append(preview(it.key()));
    }
    if (!unknownKeys.isEmpty())
        note(Severity::Info, file, prefix,
             tr("keys without a Mechdock setting: %1").arg(unknownKeys.join(QStringLiteral(", "))));

    QList<ContainerSettings> &list = m_result.settings.containers;
    int index = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).endpoint == c.endpoint && list.at(i).name == c.name)
            index = i;
    }
    if (index >= 0)
        list[index] = c;
    else {
        list.append(c);
        index = int(list.size()) - 1;
    }
    if (!password.isEmpty())
        m_result.passwords.append(PendingPassword{index, password});
    m_importedContainers.insert(name);
    ++m_result.containers;
}

// DDC's info: enabled, show_ip, custom_ip, custom_port, custom_text, and a protected part
// (protected_enabled, protected_content at most 250, protected_password at most 60, in plain
// text). Mechdock has one info text and stores only a hash of the password.
void Reader::importInfo(const QJsonObject &info, ContainerSettings &c, QString &password,
                        const QString &file, const QString &prefix) {
    const int limit = SettingsValidator::kMaxInfoTextLength;
    const auto fit = [&](QString text, const QString &key) {
        text = text.trimmed();
        if (hasControlCharacters(text, true)) {
            note(Severity::Error, file, prefix + u'.' + key,
                 tr("holds control characters; refused"));
            return QString();
        }
        if (text.size() > limit) {
            note(Severity::Warning, file, prefix + u'.' + key,
                 tr("is %1 characters; Mechdock keeps at most %2, the rest was cut")
                     .arg(text.size())
                     .arg(limit));
            text.truncate(limit);
        }
        return text;
    };
    const bool enabled = boolean(info.value(QStringLiteral("enabled"))).value_or(false);
    QString text = valueText(info.value(QStringLiteral("custom_text")));
    const QString ip = valueText(info.value(QStringLiteral("custom_ip"))).trimmed();
    const QString port = valueText(info.value(QStringLiteral("custom_port"))).trimmed();
    if (!ip.isEmpty()) {
        const QString address = port.isEmpty() ? ip : ip + u':' + port;
        text = text.trimmed().isEmpty() ? address : text.trimmed() + u'\n' + address;
    }
    if (enabled) {
        c.infoText = fit(text, QStringLiteral("custom_text"));
        if (boolean(info.value(QStringLiteral("show_ip"))) == std::optional<bool>(true) &&
            ip.isEmpty())
            note(Severity::Info, file, prefix + QStringLiteral(".show_ip"),
                 tr("Mechdock does not look up the host's public address; put it in the info "
                    "text"));
    } else if (!text.trimmed().isEmpty()) {
        note(Severity::Info, file, prefix + QStringLiteral(".custom_text"),
             tr("info was turned off in DDC; its text was not imported"));
    }

    if (!boolean(info.value(QStringLiteral("protected_enabled"))).value_or(false))
        return;
    const QString content = fit(valueText(info.value(QStringLiteral("protected_content"))),
                                QStringLiteral("protected_content"));
    const QString secret = valueText(info.value(QStringLiteral("protected_password")));
    if (content.isEmpty())
        return;
    if (secret.isEmpty() || secret.size() > DdcConfigImporter::kMaxPasswordLength ||
        hasControlCharacters(secret, false)) {
        note(Severity::Warning, file, prefix + QStringLiteral(".protected_password"),
             tr("protected info needs a password of 1 to %1 characters; the protected part was "
                "not imported")
                 .arg(DdcConfigImporter::kMaxPasswordLength));
        return;
    }
    c.protectedInfo = content;
    password = secret;
}

void Reader::importChannels() {
    // DDC 2.x: channels/<id>.json, channels/default.json with the defaults; otherwise the
    // channel_permissions map (channel id -> settings) of config.json or channels_config.json.
    QJsonObject defaults{
        {QStringLiteral("commands"),
         QJsonObject{{QStringLiteral("serverstatus"), true}, {QStringLiteral("control"), false}}},
        {QStringLiteral("post_initial"), false},
        {QStringLiteral("update_interval_minutes"), 10},
        {QStringLiteral("inactivity_timeout_minutes"), 10},
        {QStringLiteral("enable_auto_refresh"), true},
        {QStringLiteral("recreate_messages_on_inactivity"), true}};
    const auto overlay = [&](const QJsonObject &o) {
        for (auto it = o.begin(); it != o.end(); ++it)
            defaults.insert(it.key(), it.value());
    };
    QString mapFile;
    const QJsonValue map =
        take({kConfig, kChannelsConfig}, QStringLiteral("channel_permissions"), &mapFile);
    const QJsonValue mapDefaults =
        take({kConfig, kChannelsConfig}, QStringLiteral("default_channel_permissions"));

    QStringList files = jsonFiles(QStringLiteral("channels"));
    if (files.removeAll(QStringLiteral("default.json")) > 0) {
        if (const auto o = readObject(QStringLiteral("channels/default.json")))
            overlay(*o);
    } else if (mapDefaults.isObject()) {
        overlay(mapDefaults.toObject());
    }
    if (!files.isEmpty()) {
        if (!map.isUndefined())
            note(Severity::Info, mapFile, QStringLiteral("channel_permissions"),
                 tr("superseded by channels/*.json (as in DDC); not imported"));
        for (const QString &name : files) {
            const QString relative = QStringLiteral("channels/") + name;
            if (const auto o = readObject(relative))
                importChannel(QFileInfo(name).completeBaseName(), *o, defaults, relative,
                              QString());
        }
        return;
    }
    if (map.isUndefined())
        return;
    if (!map.isObject()) {
        note(Severity::Error, mapFile, QStringLiteral("channel_permissions"),
             tr("is not a map of channel id to settings; no channel imported"));
        return;
    }
    const QJsonObject o = map.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString prefix = QStringLiteral("channel_permissions.") + preview(it.key());
        if (!it.value().isObject()) {
            note(Severity::Error, mapFile, prefix, tr("is not a channel object; skipped"));
            continue;
        }
        importChannel(it.key(), it.value().toObject(), defaults, mapFile, prefix);
    }
}

void Reader::importChannel(const QString &keyId, const QJsonObject &o, const QJsonObject &defaults,
                           const QString &file, const QString &prefix) {
    const auto key = [&](const QString &k) {
        return prefix.isEmpty() ? k : prefix + u'.' + k;
    };
    const auto value = [&](const QString &k) {
        return o.contains(k) ? o.value(k) : defaults.value(k);
    };
    static const QStringList known{QStringLiteral("channel_id"),
                                   QStringLiteral("name"),
                                   QStringLiteral("commands"),
                                   QStringLiteral("post_initial"),
                                   QStringLiteral("enable_auto_refresh"),
                                   QStringLiteral("update_interval_minutes"),
                                   QStringLiteral("recreate_messages_on_inactivity"),
                                   QStringLiteral("inactivity_timeout_minutes")};

    // As DDC's loader: the channel_id field, else the map key or the file name.
    std::optional<QString> id;
    if (o.contains(QStringLiteral("channel_id")))
        id = snowflake(o.value(QStringLiteral("channel_id")));
    if (!id)
        id = snowflake(QJsonValue(keyId));
    if (!id) {
        const QString shown = o.contains(QStringLiteral("channel_id"))
                                  ? valueText(o.value(QStringLiteral("channel_id")))
                                  : keyId;
        note(Severity::Error, file, key(QStringLiteral("channel_id")),
             tr("\"%1\" is not a Discord channel id (17 to 20 digits, as a string); the channel "
                "was refused")
                 .arg(preview(shown)));
        return;
    }

    ChannelSettings c;
    c.id = *id;
    const QString name = valueText(o.value(QStringLiteral("name"))).trimmed();
    if (name.size() > kMaxNameLength || hasControlCharacters(name, false))
        note(Severity::Error, file, key(QStringLiteral("name")),
             tr("\"%1\" is longer than %2 characters or holds control characters; refused")
                 .arg(preview(name))
                 .arg(kMaxNameLength));
    else
        c.name = name;

    // DDC's control channels allow /control (and the legacy "command" and /schedule), which
    // act on containers; a channel that only shows status maps to a status channel.
    const QJsonObject commands = value(QStringLiteral("commands")).toObject();
    const auto allowed = [&](const char *command) {
        return boolean(commands.value(QLatin1String(command))).value_or(false);
    };
    const bool control = allowed("control") || allowed("command") || allowed("schedule");
    c.kind = control ? ChannelKind::Control : ChannelKind::Status;
    if (!control && !allowed("serverstatus") && !allowed("ss"))
        note(Severity::Info, file, key(QStringLiteral("commands")),
             tr("no command was allowed in this channel in DDC; imported as a status channel"));

    c.postOnStartup = boolean(value(QStringLiteral("post_initial"))).value_or(false);
    c.autoRefresh = boolean(value(QStringLiteral("enable_auto_refresh"))).value_or(true);
    c.recreateOnInactivity =
        boolean(value(QStringLiteral("recreate_messages_on_inactivity"))).value_or(true);
    const auto minutes = [&](const QString &k, int maxMinutes, int &targetSec) {
        const QJsonValue v = value(k);
        if (v.isUndefined())
            return;
        const auto n = integer(v);
        if (!n || *n < 1 || *n > maxMinutes) {
            note(Severity::Warning, file, key(k),
                 tr("\"%1\" is not 1 to %2 minutes; kept %3 minutes")
                     .arg(preview(valueText(v)))
                     .arg(maxMinutes)
                     .arg(targetSec / 60));
            return;
        }
        targetSec = int(*n) * 60;
    };
    minutes(QStringLiteral("update_interval_minutes"), 1440, c.updateIntervalSec);
    minutes(QStringLiteral("inactivity_timeout_minutes"), 7 * 1440, c.inactivityTimeoutSec);

    QStringList unknownKeys;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            unknownKeys.append(preview(it.key()));
    }
    if (!unknownKeys.isEmpty())
        note(Severity::Info, file, prefix,
             tr("keys without a Mechdock setting: %1").arg(unknownKeys.join(QStringLiteral(", "))));

    QList<ChannelSettings> &list = m_result.settings.discord.channels;
    int index = -1;
    int sameKind = 0;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == c.id)
            index = i;
        else if (list.at(i).kind == c.kind)
            ++sameKind;
    }
    if (sameKind >= SettingsValidator::kMaxChannelsPerKind) {
        note(Severity::Error, file, prefix.isEmpty() ? c.id : prefix,
             tr("Mechdock allows at most %1 %2 channels; this one was refused")
                 .arg(SettingsValidator::kMaxChannelsPerKind)
                 .arg(channelKindName(c.kind)));
        return;
    }
    if (index >= 0)
        list[index] = c;
    else
        list.append(c);
    ++m_result.channels;
}

void Reader::reportUnusedKeys() {
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it) {
        QStringList unused;
        for (auto k = it->begin(); k != it->end(); ++k) {
            if (!m_used.contains(it.key() + u'\n' + k.key()))
                unused.append(preview(k.key()));
        }
        if (!unused.isEmpty())
            note(Severity::Info, it.key(), QString(),
                 tr("keys without a Mechdock setting: %1").arg(unused.join(QStringLiteral(", "))));
    }
}

} // namespace

QString ImportNote::toString() const {
    QString where = file;
    if (!key.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + key;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

DdcConfigImport DdcConfigImporter::importFolder(const QString &dir, const Settings &base) {
    return Reader(dir, base).run();
}

} // namespace mechdock::config
