#include "settingsvalidator.h"
#include "common/translation.h"

#include "autoactionvalidator.h"
#include "gamequery/queryprotocol.h"
#include "settingsschema.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace mechdock::config {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::config::SettingsValidator", text);
}

void error(ConfigIssues &issues, const QString &path, const QString &message) {
    issues.append(ConfigIssue{ConfigIssue::Severity::Error, path, message});
}

QString at(const QString &path, int index) {
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

void checkIds(const QStringList &ids, const QString &path, ConfigIssues &issues) {
    for (int i = 0; i < ids.size(); ++i) {
        if (!SettingsValidator::isSnowflake(ids.at(i)))
            error(issues, at(path, i), tr("must be a Discord id (17 to 20 digits)"));
    }
}

// A container's player-count query: a known protocol, a host name or address, a port.
void checkPlayerQuery(const ContainerSettings &c, const QString &p, ConfigIssues &issues) {
    if (!gamequery::queryProtocolFromName(c.queryProtocol))
        error(issues, p + QStringLiteral(".queryProtocol"),
              tr("must be one of: %1")
                  .arg(gamequery::queryProtocolNames().join(QStringLiteral(", "))));
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$"));
    if (!c.queryHost.isEmpty() && QHostAddress(c.queryHost).isNull() &&
        (c.queryHost.size() > 253 || !hostName.match(c.queryHost).hasMatch()))
        error(issues, p + QStringLiteral(".queryHost"),
              tr("must be a host name or an IP address (empty: 127.0.0.1)"));
    if (c.queryPort < 0 || c.queryPort > 65535)
        error(issues, p + QStringLiteral(".queryPort"),
              tr("is %1; allowed: 0 (the protocol's usual port) to 65535").arg(c.queryPort));
}

bool isListenAddress(const QString &listen) {
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return portOk && port >= 1 && port <= 65535 &&
           (host == QLatin1String("localhost") || !QHostAddress(host).isNull());
}

// The form PasswordHasher writes: "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64).
bool isPbkdf2Hash(const QString &text) {
    static const QRegularExpression re(
        QStringLiteral("^pbkdf2-sha256\\$[0-9]{1,8}\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$"));
    return re.match(text).hasMatch();
}

void validateControl(const ControlSettings &c, ConfigIssues &issues) {
    if (!c.remoteListen.isEmpty() && !isListenAddress(c.remoteListen))
        error(issues, QStringLiteral("control.remoteListen"),
              tr("must be ADDRESS:PORT, e.g. 127.0.0.1:9375, or empty to turn it off"));
    if (!c.socketGroup.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"))
             .match(c.socketGroup)
             .hasMatch())
        error(issues, QStringLiteral("control.socketGroup"), tr("must be a group name"));
    if (c.certFile.isEmpty() != c.keyFile.isEmpty())
        error(issues,
              c.certFile.isEmpty() ? QStringLiteral("control.certFile")
                                   : QStringLiteral("control.keyFile"),
              tr("control.certFile and control.keyFile go together: set both or neither"));
    if (!c.passwordHash.isEmpty() && !isPbkdf2Hash(c.passwordHash))
        error(issues, QStringLiteral("control.passwordHash"),
              tr("must be a PBKDF2 hash (pbkdf2-sha256$...), never the password itself"));
    static const QRegularExpression keyName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    QSet<QString> names;
    for (int i = 0; i < c.apiKeys.size(); ++i) {
        const QString &entry = c.apiKeys.at(i);
        const qsizetype bar = entry.indexOf(QLatin1Char('|'));
        const QString name = bar > 0 ? entry.left(bar) : QString();
        if (bar <= 0 || !keyName.match(name).hasMatch() || !isPbkdf2Hash(entry.mid(bar + 1)))
            error(issues, at(QStringLiteral("control.apiKeys"), i),
                  tr("must be \"NAME|pbkdf2-sha256$...\" (made by mechdock control add-key)"));
        else if (names.contains(name))
            error(issues, at(QStringLiteral("control.apiKeys"), i),
                  tr("the key name \"%1\" is used twice").arg(name));
        names.insert(name);
    }
}

} // namespace

bool SettingsValidator::isSnowflake(const QString &id) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{17,20}$"));
    return re.match(id).hasMatch();
}

bool SettingsValidator::isContainerName(const QString &name) {
    // Docker's own rule for container names.
    static const QRegularExpression re(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$"));
    return re.match(name).hasMatch();
}

QStringList SettingsValidator::knownActions() {
    return {QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop"),
            QStringLiteral("restart"), QStringLiteral("update")};
}

QStringList SettingsValidator::knownLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("zh_CN")};
}

ConfigIssues SettingsValidator::validate(const Settings &input) {
    ConfigIssues issues;
    Settings s = input;
    for (const IntField &f : SettingsSchema::instance().intFields()) {
        const int v = f.ref(s);
        if (v < f.min || v > f.max)
            error(issues, f.path, tr("is %1; allowed: %2 to %3").arg(v).arg(f.min).arg(f.max));
    }

    // Discord
    const DiscordSettings &d = s.discord;
    if (!d.applicationId.isEmpty() && !isSnowflake(d.applicationId))
        error(issues, QStringLiteral("discord.applicationId"),
              tr("must be a Discord id (17 to 20 digits)"));
    checkIds(d.guildIds, QStringLiteral("discord.guildIds"), issues);
    checkIds(d.adminUserIds, QStringLiteral("discord.adminUserIds"), issues);
    checkIds(d.adminRoleIds, QStringLiteral("discord.adminRoleIds"), issues);
    const QUrl api(d.apiBaseUrl);
    if (!api.isValid() ||
        (api.scheme() != QLatin1String("https") && api.scheme() != QLatin1String("http")) ||
        api.host().isEmpty())
        error(issues, QStringLiteral("discord.apiBaseUrl"),
              tr("must be an http:// or https:// URL, e.g. https://discord.com/api/v10"));
    if (d.token.contains(QLatin1Char(' ')) || d.token.contains(QLatin1Char('\n')))
        error(issues, QStringLiteral("discord.token"),
              tr("contains spaces or line breaks; paste only the token itself"));
    int statusChannels = 0;
    int controlChannels = 0;
    QSet<QString> channelIds;
    for (int i = 0; i < d.channels.size(); ++i) {
        const ChannelSettings &c = d.channels.at(i);
        const QString p = at(QStringLiteral("discord.channels"), i);
        (c.kind == ChannelKind::Control ? controlChannels : statusChannels)++;
        if (!isSnowflake(c.id))
            error(issues, p + QStringLiteral(".id"), tr("must be a Discord id (17 to 20 digits)"));
        else if (channelIds.contains(c.id))
            error(issues, p + QStringLiteral(".id"), tr("this channel is configured twice"));
        channelIds.insert(c.id);
        if (c.updateIntervalSec < 10 || c.updateIntervalSec > 86400)
            error(issues, p + QStringLiteral(".updateIntervalSec"),
                  tr("is %1; allowed: 10 to 86400").arg(c.updateIntervalSec));
        if (c.inactivityTimeoutSec < 60 || c.inactivityTimeoutSec > 7 * 86400)
            error(issues, p + QStringLiteral(".inactivityTimeoutSec"),
                  tr("is %1; allowed: 60 to 604800").arg(c.inactivityTimeoutSec));
    }
    if (statusChannels > kMaxChannelsPerKind)
        error(
            issues, QStringLiteral("discord.channels"),
            tr("has %1 status channels; at most %2").arg(statusChannels).arg(kMaxChannelsPerKind));
    if (controlChannels > kMaxChannelsPerKind)
        error(issues, QStringLiteral("discord.channels"),
              tr("has %1 control channels; at most %2")
                  .arg(controlChannels)
                  .arg(kMaxChannelsPerKind));
    for (int i = 0; i < d.donationLinks.size(); ++i) {
        const QString link = d.donationLinks.at(i);
        const QUrl url(link.section(QLatin1Char('|'), -1));
        if (!link.contains(QLatin1Char('|')) || !url.isValid() ||
            url.scheme() != QLatin1String("https"))
            error(issues, at(QStringLiteral("discord.donationLinks"), i),
                  tr("must be \"label|https://...\""));
    }

    // Mech: per-level decay
    QSet<int> overriddenLevels;
    for (int i = 0; i < s.mech.decayOverrides.size(); ++i) {
        int level = 0;
        qint64 cents = 0;
        if (!parseDecayOverride(s.mech.decayOverrides.at(i), &level, &cents))
            error(issues, at(QStringLiteral("mech.decayOverrides"), i),
                  tr("must be \"LEVEL:CENTS_PER_DAY\" with a level from 1 to 11 and 0 to "
                     "1000000 cents, e.g. \"11:0\""));
        else if (overriddenLevels.contains(level))
            error(issues, at(QStringLiteral("mech.decayOverrides"), i),
                  tr("level %1 is given more than once").arg(level));
        else
            overriddenLevels.insert(level);
    }

    // Docker endpoints
    QSet<QString> endpointNames;
    if (s.docker.endpoints.isEmpty())
        error(issues, QStringLiteral("docker.endpoints"), tr("needs at least one endpoint"));
    for (int i = 0; i < s.docker.endpoints.size(); ++i) {
        const EndpointSettings &e = s.docker.endpoints.at(i);
        const QString p = at(QStringLiteral("docker.endpoints"), i);
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
        if (!nameRe.match(e.name).hasMatch())
            error(issues, p + QStringLiteral(".name"),
                  tr("must be 1 to 64 letters, digits, '.', '_' or '-'"));
        else if (endpointNames.contains(e.name))
            error(issues, p + QStringLiteral(".name"), tr("another endpoint has this name"));
        endpointNames.insert(e.name);
        if (!e.uri.isEmpty()) {
            const QUrl u(e.uri);
            const QString scheme = u.scheme();
            if (scheme != QLatin1String("unix") && scheme != QLatin1String("npipe") &&
                scheme != QLatin1String("tcp") && scheme != QLatin1String("https") &&
                scheme != QLatin1String("http"))
                error(issues, p + QStringLiteral(".uri"),
                      tr("must start with unix://, npipe://, tcp:// or https://"));
            else if ((scheme == QLatin1String("tcp") || scheme.startsWith(QLatin1String("http"))) &&
                     (u.host().isEmpty() || u.port() <= 0))
                error(issues, p + QStringLiteral(".uri"), tr("needs a host and a port"));
        }
        if (e.tlsVerify && e.certPath.isEmpty())
            error(issues, p + QStringLiteral(".certPath"),
                  tr("is needed when tlsVerify is on (ca.pem, cert.pem, key.pem)"));
    }

    // Containers
    QSet<QString> containerKeys;
    const QStringList actions = knownActions();
    for (int i = 0; i < s.containers.size(); ++i) {
        const ContainerSettings &c = s.containers.at(i);
        const QString p = at(QStringLiteral("containers"), i);
        if (!isContainerName(c.name))
            error(issues, p + QStringLiteral(".name"),
                  c.isService()
                      ? tr("must be a Swarm service name (letters, digits, '_', '.', '-')")
                      : tr("must be a Docker container name (letters, digits, '_', '.', '-')"));
        if (c.kind != QLatin1String("container") && !c.isService())
            error(issues, p + QStringLiteral(".kind"),
                  tr("must be one of: %1").arg(QStringLiteral("container, service")));
        // Swarm rolls out a service's new image itself (docker service update --image).
        if (c.isService() && c.allowedActions.contains(QStringLiteral("update")))
            error(issues, p + QStringLiteral(".allowedActions"),
                  tr("a Swarm service is updated by Swarm (docker service update --image); "
                     "remove \"update\""));
        if (!endpointNames.contains(c.endpoint))
            error(issues, p + QStringLiteral(".endpoint"),
                  tr("names no configured endpoint (\"%1\")").arg(c.endpoint));
        const QString key = c.endpoint + QLatin1Char('/') + c.name;
        if (containerKeys.contains(key))
            error(issues, p + QStringLiteral(".name"), tr("this container is configured twice"));
        containerKeys.insert(key);
        for (int a = 0; a < c.allowedActions.size(); ++a) {
            if (!actions.contains(c.allowedActions.at(a)))
                error(issues, at(p + QStringLiteral(".allowedActions"), a),
                      tr("must be one of: %1").arg(actions.join(QStringLiteral(", "))));
        }
        if (c.displayName.size() > 100)
            error(issues, p + QStringLiteral(".displayName"), tr("is longer than 100 characters"));
        if (c.infoText.size() > kMaxInfoTextLength)
            error(
                issues, p + QStringLiteral(".infoText"),
                tr("is %1 characters; at most %2").arg(c.infoText.size()).arg(kMaxInfoTextLength));
        if (c.protectedInfo.size() > kMaxInfoTextLength)
            error(issues, p + QStringLiteral(".protectedInfo"),
                  tr("is %1 characters; at most %2")
                      .arg(c.protectedInfo.size())
                      .arg(kMaxInfoTextLength));
        if (!c.protectedInfo.isEmpty() && c.protectedPasswordHash.isEmpty())
            error(issues, p + QStringLiteral(".protectedPasswordHash"),
                  tr("is needed for protected info: set a password in the panel or with "
                     "'mechdock hash-password'"));
        checkPlayerQuery(c, p, issues);
        // Docker's rule for a tag; the updater checks it again before it pulls.
        static const QRegularExpression tagRule(
            QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
        if (!c.updateTag.isEmpty() && !tagRule.match(c.updateTag).hasMatch())
            error(issues, p + QStringLiteral(".updateTag"),
                  tr("must be an image tag (letters, digits, '_', '.', '-'; at most 128), or "
                     "empty for the container's own"));
        if (c.isService() && !c.updateTag.isEmpty())
            error(issues, p + QStringLiteral(".updateTag"),
                  tr("is for containers; Swarm rolls out a service's image"));
    }

    // Cool-downs
    for (auto it = s.cooldowns.commandSec.begin(); it != s.cooldowns.commandSec.end(); ++it) {
        if (it.value() < 0 || it.value() > 86400)
            error(issues, QStringLiteral("cooldowns.commandSec.") + it.key(),
                  tr("is %1; allowed: 0 to 86400").arg(it.value()));
    }
    for (auto it = s.cooldowns.buttonSec.begin(); it != s.cooldowns.buttonSec.end(); ++it) {
        if (it.value() < 0 || it.value() > 86400)
            error(issues, QStringLiteral("cooldowns.buttonSec.") + it.key(),
                  tr("is %1; allowed: 0 to 86400").arg(it.value()));
    }

    // Relations between values
    const MemorySettings &m = s.memory;
    if (!(m.resourceWarningPercent < m.resourceCriticalPercent &&
          m.resourceCriticalPercent < m.resourceEmergencyPercent))
        error(issues, QStringLiteral("memory.resourceCriticalPercent"),
              tr("thresholds must rise: warning < critical < emergency"));
    if (s.database.poolSize > s.database.maxConnections)
        error(issues, QStringLiteral("database.poolSize"),
              tr("is larger than database.maxConnections (%1)").arg(s.database.maxConnections));
    const MechSettings &mech = s.mech;
    if (mech.minSpeedPercent >= mech.maxSpeedPercent)
        error(issues, QStringLiteral("mech.minSpeedPercent"),
              tr("must be below mech.maxSpeedPercent"));
    if ((100 - mech.minSpeedPercent) % mech.speedStepPercent != 0 ||
        (mech.maxSpeedPercent - 100) % mech.speedStepPercent != 0)
        error(issues, QStringLiteral("mech.speedStepPercent"),
              tr("must divide the distance from 100 % to both speed limits, so 100 % is a step"));
    if (!s.scheduler.defaultTimeZone.isEmpty() &&
        !QTimeZone::isTimeZoneIdAvailable(s.scheduler.defaultTimeZone.toUtf8()))
        error(issues, QStringLiteral("scheduler.defaultTimeZone"),
              tr("\"%1\" is not a known IANA time zone (e.g. Europe/Berlin)")
                  .arg(s.scheduler.defaultTimeZone));
    if (!s.http.listen.isEmpty() && !isListenAddress(s.http.listen))
        error(issues, QStringLiteral("http.listen"),
              tr("must be ADDRESS:PORT, e.g. 127.0.0.1:9374, or empty to turn it off"));
    validateControl(s.control, issues);
    if (const QUrl url(s.alerts.heartbeatUrl, QUrl::StrictMode);
        !s.alerts.heartbeatUrl.isEmpty() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))))
        error(issues, QStringLiteral("alerts.heartbeatUrl"),
              tr("must be an http:// or https:// URL, or empty"));
    if (!s.alerts.channelId.isEmpty() && !isSnowflake(s.alerts.channelId))
        error(issues, QStringLiteral("alerts.channelId"),
              tr("must be a Discord channel id (digits), or empty"));
    if (!s.web.listen.isEmpty() && !isListenAddress(s.web.listen))
        error(issues, QStringLiteral("web.listen"),
              tr("must be ADDRESS:PORT, e.g. 0.0.0.0:9380, or empty to turn it off"));
    if (!s.ui.language.isEmpty() && !knownLanguages().contains(s.ui.language))
        error(issues, QStringLiteral("ui.language"),
              tr("must be one of: %1").arg(knownLanguages().join(QStringLiteral(", "))));
    AutoActionValidator::validate(s, issues);
    return issues;
}

bool SettingsValidator::parseDecayOverride(const QString &entry, int *level, qint64 *centsPerDay) {
    const QStringList parts = entry.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    bool levelOk = false;
    bool centsOk = false;
    const int l = parts.at(0).trimmed().toInt(&levelOk);
    const qint64 c = parts.at(1).trimmed().toLongLong(&centsOk);
    if (!levelOk || !centsOk || l < 1 || l > 11 || c < 0 || c > 1000000)
        return false;
    *level = l;
    *centsPerDay = c;
    return true;
}

} // namespace mechdock::config
