// HeartbeatPinger: the watchdog's push. While the service is healthy (the /health verdict), a GET
// to alerts.heartbeatUrl every alerts.heartbeatMinutes; a push monitor (Healthchecks.io, Uptime
// Kuma) raises the alarm when the pings stop, whether the service is unhealthy, stopped, or its
// machine is gone. A failing ping is logged when the failures start and when they end, not each
// time.
#pragma once

#include "healthserver.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace mechdock::http {
class HttpClientPool;
}

namespace mechdock::service {

class HeartbeatPinger : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatPinger)
public:
    using HealthSource = std::function<HealthVerdict()>;
    // The first ping comes this soon after (re)configuring, or after the interval if shorter.
    static constexpr qint64 kFirstPingMs = 10000;

    explicit HeartbeatPinger(HealthSource health, QObject *parent = nullptr);
    ~HeartbeatPinger() override;

    // An http or https URL, or empty to stop. Returns false (and stays off) for anything else.
    bool configure(const QString &url, qint64 intervalMs);
    bool isActive() const { return m_timer.isActive(); }
    quint64 sent() const { return m_sent; }
    quint64 failed() const { return m_failed; }
    quint64 skipped() const { return m_skipped; } // ticks while unhealthy

    static bool isValidUrl(const QString &url);

private:
    void tick();

    HealthSource m_health;
    std::unique_ptr<http::HttpClientPool> m_pool;
    QByteArray m_target;
    QString m_url;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_failing = false;
    quint64 m_sent = 0;
    quint64 m_failed = 0;
    quint64 m_skipped = 0;
};

} // namespace mechdock::service
