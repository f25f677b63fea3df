#include "settingsjson.h"
#include "common/translation.h"

#include "autoactionsjson.h"
#include "settingsschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace mechdock::config {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::config::SettingsJson", text);
}

void issue(ConfigIssues &issues, const QString &path, const QString &message,
           ConfigIssue::Severity severity = ConfigIssue::Severity::Error) {
    issues.append(ConfigIssue{severity, path, message});
}

// Looks a dotted path up; returns an undefined value when any part is missing.
QJsonValue lookup(const QJsonObject &root, const QString &path) {
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue v = root;
    for (const QString &p : parts) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(p);
    }
    return v;
}

void insert(QJsonObject &root, const QString &path, const QJsonValue &value) {
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        root.insert(parts.first(), value);
        return;
    }
    QJsonObject child = root.value(parts.first()).toObject();
    insert(child, parts.mid(1).join(QLatin1Char('.')), value);
    root.insert(parts.first(), child);
}

bool readInt(const QJsonValue &v, const QString &path, int &out, ConfigIssues &issues) {
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) ||
        v.toDouble() > 2147483647.0 || v.toDouble() < -2147483648.0) {
        issue(issues, path, tr("must be a whole number"));
        return false;
    }
    out = v.toInt();
    return true;
}

void readString(const QJsonValue &v, const QString &path, QString &out, ConfigIssues &issues) {
    if (v.isString())
        out = v.toString();
    else if (v.isDouble() && path.endsWith(QLatin1String("Id")))
        issue(issues, path, tr("must be a string: Discord ids do not fit a JSON number"));
    else
        issue(issues, path, tr("must be a string"));
}

void readBool(const QJsonValue &v, const QString &path, bool &out, ConfigIssues &issues) {
    if (v.isBool())
        out = v.toBool();
    else
        issue(issues, path, tr("must be true or false"));
}

void readStringList(const QJsonObject &obj, const QString &key, const QString &path,
                    QStringList &out, ConfigIssues &issues) {
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        issue(issues, path, tr("must be a list of strings"));
        return;
    }
    out.clear();
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).isString())
            out.append(a.at(i).toString());
        else
            issue(issues, QStringLiteral("%1[%2]").arg(path).arg(i), tr("must be a string"));
    }
}

void reportUnknown(const QJsonObject &obj, const QSet<QString> &known, const QString &prefix,
                   ConfigIssues &issues) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!known.contains(it.key())) {
            issue(issues, prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(),
                  tr("unknown setting (ignored)"), ConfigIssue::Severity::Warning);
        }
    }
}

template <typename Item, typename ReadItem>
void readObjectList(const QJsonObject &root, const QString &path, QList<Item> &out,
                    ConfigIssues &issues, ReadItem readItem) {
    const QJsonValue v = lookup(root, path);
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        issue(issues, path, tr("must be a list"));
        return;
    }
    out.clear();
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!a.at(i).isObject()) {
            issue(issues, itemPath, tr("must be an object"));
            continue;
        }
        Item item;
        readItem(a.at(i).toObject(), itemPath, item);
        out.append(item);
    }
}

void readIntMap(const QJsonObject &root, const QString &path, QMap<QString, int> &out,
                ConfigIssues &issues) {
    const QJsonValue v = lookup(root, path);
    if (v.isUndefined())
        return;
    if (!v.isObject()) {
        issue(issues, path, tr("must be an object of name: seconds"));
        return;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        int value = 0;
        if (readInt(it.value(), path + QLatin1Char('.') + it.key(), value, issues))
            out.insert(it.key(), value);
    }
}

} // namespace

void SettingsJson::read(const QJsonObject &root, Settings &settings, ConfigIssues &issues) {
    const SettingsSchema &schema = SettingsSchema::instance();
    QSet<QString> knownPaths;
    for (const IntField &f : schema.intFields()) {
        knownPaths.insert(f.path);
        const QJsonValue v = lookup(root, f.path);
        if (!v.isUndefined())
            readInt(v, f.path, f.ref(settings), issues);
    }
    for (const BoolField &f : schema.boolFields()) {
        knownPaths.insert(f.path);
        const QJsonValue v = lookup(root, f.path);
        if (!v.isUndefined())
            readBool(v, f.path, f.ref(settings), issues);
    }
    for (const StringField &f : schema.stringFields()) {
        knownPaths.insert(f.path);
        const QJsonValue v = lookup(root, f.path);
        if (!v.isUndefined())
            readString(v, f.path, f.ref(settings), issues);
    }

    const QJsonObject discord = root.value(QStringLiteral("discord")).toObject();
    readStringList(discord, QStringLiteral("guildIds"), QStringLiteral("discord.guildIds"),
                   settings.discord.guildIds, issues);
    readStringList(discord, QStringLiteral("adminUserIds"), QStringLiteral("discord.adminUserIds"),
                   settings.discord.adminUserIds, issues);
    readStringList(discord, QStringLiteral("adminRoleIds"), QStringLiteral("discord.adminRoleIds"),
                   settings.discord.adminRoleIds, issues);
    readStringList(discord, QStringLiteral("donationLinks"),
                   QStringLiteral("discord.donationLinks"), settings.discord.donationLinks, issues);
    readStringList(root.value(QStringLiteral("control")).toObject(), QStringLiteral("apiKeys"),
                   QStringLiteral("control.apiKeys"), settings.control.apiKeys, issues);
    readStringList(root.value(QStringLiteral("mech")).toObject(), QStringLiteral("decayOverrides"),
                   QStringLiteral("mech.decayOverrides"), settings.mech.decayOverrides, issues);
    readObjectList(
        root, QStringLiteral("discord.channels"), settings.discord.channels, issues,
        [&](const QJsonObject &o, const QString &p, ChannelSettings &c) {
            if (o.contains(QStringLiteral("id")))
                readString(o.value(QStringLiteral("id")), p + QStringLiteral(".id"), c.id, issues);
            if (o.contains(QStringLiteral("name")))
                readString(o.value(QStringLiteral("name")), p + QStringLiteral(".name"), c.name,
                           issues);
            const QString kind = o.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("control"))
                c.kind = ChannelKind::Control;
            else if (kind == QLatin1String("status"))
                c.kind = ChannelKind::Status;
            else
                issue(issues, p + QStringLiteral(".kind"), tr("must be \"status\" or \"control\""));
            auto i = [&](const char *key, int &out) {
                const QJsonValue v = o.value(QLatin1String(key));
                if (!v.isUndefined())
                    readInt(v, p + QLatin1Char('.') + QLatin1String(key), out, issues);
            };
            auto b = [&](const char *key, bool &out) {
                const QJsonValue v = o.value(QLatin1String(key));
                if (!v.isUndefined())
                    readBool(v, p + QLatin1Char('.') + QLatin1String(key), out, issues);
            };
            b("postOnStartup", c.postOnStartup);
            b("autoRefresh", c.autoRefresh);
            i("updateIntervalSec", c.updateIntervalSec);
            b("recreateOnInactivity", c.recreateOnInactivity);
            i("inactivityTimeoutSec", c.inactivityTimeoutSec);
            reportUnknown(o,
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                           QStringLiteral("postOnStartup"), QStringLiteral("autoRefresh"),
                           QStringLiteral("updateIntervalSec"),
                           QStringLiteral("recreateOnInactivity"),
                           QStringLiteral("inactivityTimeoutSec")},
                          p, issues);
        });
    readObjectList(root, QStringLiteral("docker.endpoints"), settings.docker.endpoints, issues,
                   [&](const QJsonObject &o, const QString &p, EndpointSettings &e) {
                       if (o.contains(QStringLiteral("name")))
                           readString(o.value(QStringLiteral("name")), p + QStringLiteral(".name"),
                                      e.name, issues);
                       if (o.contains(QStringLiteral("uri")))
                           readString(o.value(QStringLiteral("uri")), p + QStringLiteral(".uri"),
                                      e.uri, issues);
                       if (o.contains(QStringLiteral("tlsVerify")))
                           readBool(o.value(QStringLiteral("tlsVerify")),
                                    p + QStringLiteral(".tlsVerify"), e.tlsVerify, issues);
                       if (o.contains(QStringLiteral("certPath")))
                           readString(o.value(QStringLiteral("certPath")),
                                      p + QStringLiteral(".certPath"), e.certPath, issues);
                       reportUnknown(o,
                                     {QStringLiteral("name"), QStringLiteral("uri"),
                                      QStringLiteral("tlsVerify"), QStringLiteral("certPath")},
                                     p, issues);
                   });
    readObjectList(
        root, QStringLiteral("containers"), settings.containers, issues,
        [&](const QJsonObject &o, const QString &p, ContainerSettings &c) {
            auto str = [&](const char *key, QString &out) {
                const QJsonValue v = o.value(QLatin1String(key));
                if (!v.isUndefined())
                    readString(v, p + QLatin1Char('.') + QLatin1String(key), out, issues);
            };
            str("endpoint", c.endpoint);
            str("kind", c.kind);
            str("name", c.name);
            str("displayName", c.displayName);
            str("infoText", c.infoText);
            str("protectedInfo", c.protectedInfo);
            str("protectedPasswordHash", c.protectedPasswordHash);
            str("queryProtocol", c.queryProtocol);
            str("queryHost", c.queryHost);
            str("updateTag", c.updateTag);
            if (o.contains(QStringLiteral("queryPort")))
                readInt(o.value(QStringLiteral("queryPort")), p + QStringLiteral(".queryPort"),
                        c.queryPort, issues);
            readStringList(o, QStringLiteral("allowedActions"),
                           p + QStringLiteral(".allowedActions"), c.allowedActions, issues);
            if (o.contains(QStringLiteral("order")))
                readInt(o.value(QStringLiteral("order")), p + QStringLiteral(".order"), c.order,
                        issues);
            if (o.contains(QStringLiteral("active")))
                readBool(o.value(QStringLiteral("active")), p + QStringLiteral(".active"), c.active,
                         issues);
            if (o.contains(QStringLiteral("detailedStatus")))
                readBool(o.value(QStringLiteral("detailedStatus")),
                         p + QStringLiteral(".detailedStatus"), c.detailedStatus, issues);
            if (c.displayName.isEmpty())
                c.displayName = c.name;
            reportUnknown(o,
                          {QStringLiteral("endpoint"), QStringLiteral("kind"),
                           QStringLiteral("name"), QStringLiteral("displayName"),
                           QStringLiteral("infoText"), QStringLiteral("protectedInfo"),
                           QStringLiteral("protectedPasswordHash"),
                           QStringLiteral("allowedActions"), QStringLiteral("order"),
                           QStringLiteral("active"), QStringLiteral("detailedStatus"),
                           QStringLiteral("queryProtocol"), QStringLiteral("queryHost"),
                           QStringLiteral("queryPort"), QStringLiteral("updateTag")},
                          p, issues);
        });
    readIntMap(root, QStringLiteral("cooldowns.commandSec"), settings.cooldowns.commandSec, issues);
    readIntMap(root, QStringLiteral("cooldowns.buttonSec"), settings.cooldowns.buttonSec, issues);
    AutoActionsJson::read(root, settings.autoActions, issues);

    // Unknown keys are warnings: a typo must not pass silently, nor stop the service.
    knownPaths.unite({QStringLiteral("discord.guildIds"), QStringLiteral("discord.adminUserIds"),
                      QStringLiteral("discord.adminRoleIds"),
                      QStringLiteral("discord.donationLinks"), QStringLiteral("discord.channels"),
                      QStringLiteral("docker.endpoints"), QStringLiteral("containers"),
                      QStringLiteral("cooldowns.commandSec"), QStringLiteral("cooldowns.buttonSec"),
                      QStringLiteral("mech.decayOverrides"), QStringLiteral("control.apiKeys")});
    for (const QString &path : AutoActionsJson::listPaths())
        knownPaths.insert(path);
    QSet<QString> sections;
    for (const QString &p : std::as_const(knownPaths))
        sections.insert(p.section(QLatin1Char('.'), 0, 0));
    sections.insert(QStringLiteral("$schema"));
    reportUnknown(root, sections, QString(), issues);
    for (const QString &section : std::as_const(sections)) {
        const QJsonValue v = root.value(section);
        if (!v.isObject())
            continue;
        QSet<QString> keys;
        for (const QString &p : std::as_const(knownPaths)) {
            if (p.startsWith(section + QLatin1Char('.')))
                keys.insert(p.section(QLatin1Char('.'), 1, 1));
        }
        reportUnknown(v.toObject(), keys, section, issues);
    }
}

QJsonObject SettingsJson::write(const Settings &settings) {
    Settings copy = settings;
    QJsonObject root;
    const SettingsSchema &schema = SettingsSchema::instance();
    for (const IntField &f : schema.intFields())
        insert(root, f.path, f.ref(copy));
    for (const BoolField &f : schema.boolFields())
        insert(root, f.path, f.ref(copy));
    for (const StringField &f : schema.stringFields()) {
        if (f.path == QLatin1String("discord.token") && !settings.discord.tokenInFile)
            continue;
        insert(root, f.path, f.ref(copy));
    }
    QJsonObject discord = root.value(QStringLiteral("discord")).toObject();
    discord.insert(QStringLiteral("guildIds"),
                   QJsonArray::fromStringList(settings.discord.guildIds));
    discord.insert(QStringLiteral("adminUserIds"),
                   QJsonArray::fromStringList(settings.discord.adminUserIds));
    discord.insert(QStringLiteral("adminRoleIds"),
                   QJsonArray::fromStringList(settings.discord.adminRoleIds));
    discord.insert(QStringLiteral("donationLinks"),
                   QJsonArray::fromStringList(settings.discord.donationLinks));
    QJsonArray channels;
    for (const ChannelSettings &c : settings.discord.channels) {
        channels.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("kind"), channelKindName(c.kind)},
                        {QStringLiteral("postOnStartup"), c.postOnStartup},
                        {QStringLiteral("autoRefresh"), c.autoRefresh},
                        {QStringLiteral("updateIntervalSec"), c.updateIntervalSec},
                        {QStringLiteral("recreateOnInactivity"), c.recreateOnInactivity},
                        {QStringLiteral("inactivityTimeoutSec"), c.inactivityTimeoutSec}});
    }
    discord.insert(QStringLiteral("channels"), channels);
    root.insert(QStringLiteral("discord"), discord);
    QJsonObject mech = root.value(QStringLiteral("mech")).toObject();
    mech.insert(QStringLiteral("decayOverrides"),
                QJsonArray::fromStringList(settings.mech.decayOverrides));
    root.insert(QStringLiteral("mech"), mech);
    QJsonObject control = root.value(QStringLiteral("control")).toObject();
    control.insert(QStringLiteral("apiKeys"), QJsonArray::fromStringList(settings.control.apiKeys));
    root.insert(QStringLiteral("control"), control);

    QJsonObject docker = root.value(QStringLiteral("docker")).toObject();
    QJsonArray endpoints;
    for (const EndpointSettings &e : settings.docker.endpoints) {
        endpoints.append(QJsonObject{{QStringLiteral("name"), e.name},
                                     {QStringLiteral("uri"), e.uri},
                                     {QStringLiteral("tlsVerify"), e.tlsVerify},
                                     {QStringLiteral("certPath"), e.certPath}});
    }
    docker.insert(QStringLiteral("endpoints"), endpoints);
    root.insert(QStringLiteral("docker"), docker);

    QJsonArray containers;
    for (const ContainerSettings &c : settings.containers) {
        containers.append(QJsonObject{
            {QStringLiteral("endpoint"), c.endpoint},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("displayName"), c.displayName},
            {QStringLiteral("allowedActions"), QJsonArray::fromStringList(c.allowedActions)},
            {QStringLiteral("order"), c.order},
            {QStringLiteral("active"), c.active},
            {QStringLiteral("detailedStatus"), c.detailedStatus},
            {QStringLiteral("infoText"), c.infoText},
            {QStringLiteral("protectedInfo"), c.protectedInfo},
            {QStringLiteral("protectedPasswordHash"), c.protectedPasswordHash},
            {QStringLiteral("queryProtocol"), c.queryProtocol},
            {QStringLiteral("queryHost"), c.queryHost},
            {QStringLiteral("queryPort"), c.queryPort},
            {QStringLiteral("updateTag"), c.updateTag}});
    }
    root.insert(QStringLiteral("containers"), containers);

    QJsonObject cooldowns = root.value(QStringLiteral("cooldowns")).toObject();
    QJsonObject commands, buttons;
    for (auto it = settings.cooldowns.commandSec.begin(); it != settings.cooldowns.commandSec.end();
         ++it)
        commands.insert(it.key(), it.value());
    for (auto it = settings.cooldowns.buttonSec.begin(); it != settings.cooldowns.buttonSec.end();
         ++it)
        buttons.insert(it.key(), it.value());
    cooldowns.insert(QStringLiteral("commandSec"), commands);
    cooldowns.insert(QStringLiteral("buttonSec"), buttons);
    root.insert(QStringLiteral("cooldowns"), cooldowns);
    AutoActionsJson::write(settings.autoActions, root);
    return root;
}

} // namespace mechdock::config
