#include "heartbeatpinger.h"

#include "common/logcategories.h"
#include "http/httpclientpool.h"

#include <QPointer>
#include <QUrl>

namespace mechdock::service {

HeartbeatPinger::HeartbeatPinger(HealthSource health, QObject *parent)
    : QObject(parent)
    , m_health(std::move(health)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatPinger::tick);
}

HeartbeatPinger::~HeartbeatPinger() = default;

bool HeartbeatPinger::isValidUrl(const QString &url) {
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty() &&
           (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"));
}

bool HeartbeatPinger::configure(const QString &url, qint64 intervalMs) {
    m_timer.stop();
    if (url.isEmpty() || !isValidUrl(url)) {
        m_pool.reset();
        m_url.clear();
        return url.isEmpty();
    }
    const QUrl u(url);
    if (url != m_url) {
        QUrl origin;
        origin.setScheme(u.scheme());
        origin.setHost(u.host());
        origin.setPort(u.port());
        http::HttpClientPoolOptions options;
        options.maxConnections = 1;
        m_pool = std::make_unique<http::HttpClientPool>(origin, options);
        m_target = u.path(QUrl::FullyEncoded).toUtf8();
        if (m_target.isEmpty())
            m_target = "/";
        if (u.hasQuery())
            m_target += '?' + u.query(QUrl::FullyEncoded).toUtf8();
        m_url = url;
        m_inFlight = false;
    }
    m_timer.setInterval(int(std::max<qint64>(1, intervalMs)));
    m_timer.start(int(std::clamp<qint64>(intervalMs, 1, kFirstPingMs)));
    return true;
}

void HeartbeatPinger::tick() {
    m_timer.start(); // the next one, at the interval
    if (!m_pool || m_inFlight)
        return;
    if (m_health && !m_health().healthy) {
        ++m_skipped;
        return; // silence is the message: the monitor alarms when the pings stop
    }
    m_inFlight = true;
    http::HttpClientRequest request;
    request.target = m_target;
    request.headers = {{"User-Agent", "Mechdock heartbeat"}};
    request.timeoutMs = 15000;
    QPointer<HeartbeatPinger> self(this);
    m_pool->send(request, [self](const http::HttpClientResponse &r) {
        if (!self)
            return;
        self->m_inFlight = false;
        const bool ok = r.error.isEmpty() && r.status >= 200 && r.status < 300;
        if (ok) {
            ++self->m_sent;
            if (std::exchange(self->m_failing, false))
                qCInfo(lcService).noquote() << tr("Heartbeat: the push URL answers again");
            return;
        }
        ++self->m_failed;
        if (!std::exchange(self->m_failing, true))
            qCWarning(lcService).noquote()
                << tr("Heartbeat: the push URL did not take the ping: %1")
                       .arg(r.error.isEmpty() ? tr("HTTP status %1").arg(r.status) : r.error);
    });
}

} // namespace mechdock::service
