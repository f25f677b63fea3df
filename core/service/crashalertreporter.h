// CrashAlertReporter: turns what ContainerCrashWatcher sees into alerts. Each crash, restart
// loop, lost or regained Docker endpoint is raised in the AlertCenter (so the log, the panel, the
// web page and /metrics have it; its cool-down keeps a flapping container from repeating itself)
// and, when alerts.channelId is set and the bot runs, posted to that Discord channel, a crash with
// the container's last alerts.logLines log lines (bounded to one embed).
#pragma once

#include "config/settings.h"
#include "containercrashwatcher.h"
#include "servicesnapshot.h"

#include <QObject>

#include <functional>

namespace mechdock::discord {
class DiscordApi;
}
namespace mechdock::monitor {
class AlertCenter;
}

namespace mechdock::service {

class ContainerPoller;

class CrashAlertReporter : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrashAlertReporter)
public:
    // The bot's API while it runs, else null.
    using ApiSource = std::function<discord::DiscordApi *()>;
    static constexpr int kMaxLogCharacters = 3500; // an embed description holds 4096

    CrashAlertReporter(ContainerPoller &poller, monitor::AlertCenter &alerts, ApiSource api,
                       QObject *parent = nullptr);

    void setSettings(const config::Settings &settings);
    void setEndpointStates(const QList<EndpointState> &states);
    ContainerCrashWatcher *watcher() { return &m_watcher; }

    // The message posted for a crash: title, the log tail in a code block, the endpoint.
    static QJsonObject crashMessage(const QString &title, const QString &logTail,
                                    const QString &endpoint);

private:
    void onCrash(const ContainerCrash &crash);
    void post(const QJsonObject &message);

    ContainerPoller &m_poller;
    monitor::AlertCenter &m_alerts;
    ApiSource m_api;
    config::Settings m_settings;
    ContainerCrashWatcher m_watcher;
};

} // namespace mechdock::service
