#include "crashalertreporter.h"

#include "common/logcategories.h"
#include "containerpoller.h"
#include "discord/discordapi.h"
#include "docker/containerstatuscache.h"
#include "monitor/alertcenter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

namespace mechdock::service {

namespace {
constexpr int kRed = 0xE74C3C;
constexpr int kOrange = 0xE67E22;
constexpr int kGreen = 0x2ECC71;

QJsonObject embedMessage(const QString &title, const QString &description, int colour,
                         const QString &footer) {
    QJsonObject embed{
        {QStringLiteral("title"), title.left(256)},
        {QStringLiteral("color"), colour},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!description.isEmpty())
        embed.insert(QStringLiteral("description"), description.left(4096));
    if (!footer.isEmpty())
        embed.insert(QStringLiteral("footer"), QJsonObject{{QStringLiteral("text"), footer}});
    return QJsonObject{
        {QStringLiteral("embeds"), QJsonArray{embed}},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}}};
}
} // namespace

CrashAlertReporter::CrashAlertReporter(ContainerPoller &poller, monitor::AlertCenter &alerts,
                                       ApiSource api, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_alerts(alerts)
    , m_api(std::move(api)) {
    connect(poller.cache(), &docker::ContainerStatusCache::eventReceived, &m_watcher,
            &ContainerCrashWatcher::onEvent);
    connect(&m_watcher, &ContainerCrashWatcher::crashed, this, &CrashAlertReporter::onCrash);
    m_watcher.setUpdating([this](const QString &endpoint, const QString &name) {
        return m_poller.controller()->isUpdating(docker::ContainerRef{endpoint, name});
    });
    connect(&m_watcher, &ContainerCrashWatcher::endpointLost, this,
            [this](const QString &endpoint, const QString &error) {
                const QString text =
                    tr("Docker endpoint %1 does not answer: %2").arg(endpoint, error);
                if (m_alerts.raise(
                        monitor::Alert{monitor::AlertSeverity::Critical, QStringLiteral("docker"),
                                       QStringLiteral("endpoint.lost.") + endpoint, text, 0}))
                    post(embedMessage(text, {}, kOrange, {}));
            });
    connect(&m_watcher, &ContainerCrashWatcher::endpointBack, this,
            [this](const QString &endpoint) {
                const QString text = tr("Docker endpoint %1 answers again").arg(endpoint);
                if (m_alerts.raise(
                        monitor::Alert{monitor::AlertSeverity::Warning, QStringLiteral("docker"),
                                       QStringLiteral("endpoint.back.") + endpoint, text, 0}))
                    post(embedMessage(text, {}, kGreen, {}));
            });
}

void CrashAlertReporter::setSettings(const config::Settings &settings) {
    m_settings = settings;
    ContainerCrashWatcher::Settings w;
    w.restartLoopCount = std::max(2, settings.alerts.restartLoopCount);
    w.restartLoopWindowMs = qint64(std::max(1, settings.alerts.restartLoopWindowSec)) * 1000;
    m_watcher.setSettings(w);
    QList<QPair<QString, QString>> watched;
    for (const config::ContainerSettings &c : settings.containers)
        watched.append({c.endpoint, c.name});
    m_watcher.setWatched(watched);
}

void CrashAlertReporter::setEndpointStates(const QList<EndpointState> &states) {
    for (const EndpointState &e : states)
        m_watcher.setEndpointReachable(e.name, e.reachable, e.error);
}

QJsonObject CrashAlertReporter::crashMessage(const QString &title, const QString &logTail,
                                             const QString &endpoint) {
    QString description;
    if (!logTail.trimmed().isEmpty()) {
        // The newest lines; a ``` inside would end the code block early.
        QString tail = logTail.right(kMaxLogCharacters);
        tail.replace(QStringLiteral("```"), QStringLiteral("ˋˋˋ"));
        description = QStringLiteral("```\n") + tail.trimmed() + QStringLiteral("\n```");
    }
    return embedMessage(title, description, kRed, endpoint);
}

void CrashAlertReporter::onCrash(const ContainerCrash &crash) {
    QString title;
    if (crash.restartLoop)
        title = tr("%1 is in a restart loop: %2 crashes in %3 min")
                    .arg(crash.name)
                    .arg(crash.crashesInWindow)
                    .arg(std::max(1, m_settings.alerts.restartLoopWindowSec / 60));
    else if (crash.outOfMemory)
        title = tr("%1 was killed: out of memory").arg(crash.name);
    else
        title = tr("%1 stopped unexpectedly (exit code %2)").arg(crash.name).arg(crash.exitCode);
    const QString key = QStringLiteral("crash.") + crash.endpoint + QLatin1Char('/') + crash.name +
                        (crash.restartLoop ? QStringLiteral(".loop") : QString());
    // The cool-down of the alert center debounces a container that keeps crashing.
    if (!m_alerts.raise(monitor::Alert{monitor::AlertSeverity::Critical, QStringLiteral("docker"),
                                       key, title, 0}))
        return;
    const int lines = m_settings.alerts.logLines;
    if (lines <= 0 || m_settings.alerts.channelId.isEmpty()) {
        post(crashMessage(title, {}, crash.endpoint));
        return;
    }
    QPointer<CrashAlertReporter> self(this);
    const QString endpoint = crash.endpoint;
    m_poller.logs(endpoint, crash.name, lines,
                  [self, title, endpoint](bool ok, const QString &textOrError) {
                      if (self)
                          self->post(crashMessage(title, ok ? textOrError : QString(), endpoint));
                  });
}

void CrashAlertReporter::post(const QJsonObject &message) {
    if (m_settings.alerts.channelId.isEmpty())
        return;
    discord::DiscordApi *api = m_api ? m_api() : nullptr;
    if (!api) {
        qCInfo(lcService).noquote()
            << tr("Crash alert not posted to Discord: the bot is not running");
        return;
    }
    const QString channel = m_settings.alerts.channelId;
    api->createMessage(channel, message, {}, [channel](const discord::RestResponse &r) {
        if (!r.ok())
            qCWarning(lcService).noquote()
                << tr("Could not post the alert in channel %1: %2").arg(channel, r.error);
    });
}

} // namespace mechdock::service
