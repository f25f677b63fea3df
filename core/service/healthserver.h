// HealthServer: the local HTTP endpoint for monitoring: /health (200 or 503 with the reasons),
// /health/memory, and /metrics in Prometheus text format, GET and HEAD only, served by the
// bounded http::HttpServer. Off when the listen address is empty; an optional bearer token
// guards every route.
#pragma once

#include "http/httplimits.h"
#include "servicesnapshot.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace mechdock::http {
class HttpServer;
struct HttpRequest;
struct HttpResponse;
} // namespace mechdock::http

namespace mechdock::service {

struct HealthVerdict {
    bool healthy = true;
    QStringList reasons;
};

class HealthServer : public QObject {
    Q_OBJECT
public:
    using SnapshotSource = std::function<ServiceSnapshot()>;

    HealthServer(SnapshotSource source, QObject *parent = nullptr);
    ~HealthServer() override;

    // For the next listen(); tests shorten the timeouts.
    void setLimits(const http::HttpLimits &limits) { m_limits = limits; }
    // "ADDRESS:PORT"; port 0 picks a free one. Returns false with the reason.
    bool listen(const QString &address, const QString &bearerToken, QString *error);
    quint16 port() const { return m_port; }
    void close();

    static HealthVerdict judge(const ServiceSnapshot &snapshot);
    static QByteArray healthJson(const ServiceSnapshot &snapshot);
    static QByteArray memoryJson(const ServiceSnapshot &snapshot);

private:
    bool authorized(const http::HttpRequest &request) const;
    http::HttpResponse guarded(const http::HttpRequest &request,
                               const std::function<http::HttpResponse()> &respond) const;

    SnapshotSource m_source;
    http::HttpLimits m_limits;
    std::unique_ptr<http::HttpServer> m_server;
    QString m_token;
    quint16 m_port = 0;
};

} // namespace mechdock::service
