#include "healthserver.h"

#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "prometheusformatter.h"
#include "security/passwordhasher.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mechdock::service {

namespace {} // namespace

HealthServer::HealthServer(SnapshotSource source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source)) {}

HealthServer::~HealthServer() = default;

HealthVerdict HealthServer::judge(const ServiceSnapshot &s) {
    HealthVerdict v;
    if (!s.running) {
        v.healthy = false;
        v.reasons.append(tr("the service is not running"));
    }
    if (!s.databaseOk) {
        v.healthy = false;
        v.reasons.append(tr("database: %1").arg(s.databaseError));
    }
    for (const EndpointState &e : s.endpoints) {
        if (!e.reachable) {
            v.healthy = false;
            v.reasons.append(tr("docker endpoint %1: %2").arg(e.name, e.error));
        }
    }
    if (s.botState == BotState::Stopped) {
        v.healthy = false;
        v.reasons.append(tr("discord gateway stopped: %1").arg(s.botReason));
    }
    return v;
}

QByteArray HealthServer::healthJson(const ServiceSnapshot &s) {
    const HealthVerdict v = judge(s);
    QJsonArray endpoints;
    for (const EndpointState &e : s.endpoints) {
        endpoints.append(QJsonObject{{QStringLiteral("name"), e.name},
                                     {QStringLiteral("uri"), e.uri},
                                     {QStringLiteral("reachable"), e.reachable},
                                     {QStringLiteral("error"), e.error}});
    }
    const QJsonObject o{
        {QStringLiteral("status"), v.healthy ? QStringLiteral("ok") : QStringLiteral("unhealthy")},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(v.reasons)},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("ok"), s.databaseOk},
                                                 {QStringLiteral("error"), s.databaseError}}},
        {QStringLiteral("docker"), endpoints},
        {QStringLiteral("gateway"), QJsonObject{{QStringLiteral("state"), botStateName(s.botState)},
                                                {QStringLiteral("reason"), s.botReason},
                                                {QStringLiteral("latencyMs"), s.gatewayLatencyMs}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray HealthServer::memoryJson(const ServiceSnapshot &s) {
    QJsonArray caches;
    for (const memory::CacheStats &c : s.caches) {
        caches.append(QJsonObject{{QStringLiteral("name"), c.name},
                                  {QStringLiteral("entries"), c.entries},
                                  {QStringLiteral("maxEntries"), c.maxEntries},
                                  {QStringLiteral("bytes"), c.bytes},
                                  {QStringLiteral("hitRate"), c.hitRate()},
                                  {QStringLiteral("evictions"), qint64(c.evictions)},
                                  {QStringLiteral("dropped"), qint64(c.dropped)}});
    }
    const QJsonObject o{{QStringLiteral("rssBytes"), s.rssBytes},
                        {QStringLiteral("heapBytes"), s.heapBytes},
                        {QStringLiteral("limitBytes"), s.limitBytes},
                        {QStringLiteral("pressure"), s.pressure},
                        {QStringLiteral("caches"), caches}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool HealthServer::authorized(const http::HttpRequest &request) const {
    if (m_token.isEmpty())
        return true;
    const QByteArray expected = "Bearer " + m_token.toUtf8();
    for (const auto &[name, value] : request.headers) {
        if (name == "authorization")
            return security::PasswordHasher::constantTimeEquals(value.trimmed(), expected);
    }
    return false;
}

http::HttpResponse HealthServer::guarded(const http::HttpRequest &request,
                                         const std::function<http::HttpResponse()> &respond) const {
    if (!authorized(request)) {
        http::HttpResponse r{401, "application/json", R"({"error":"unauthorized"})", {}};
        r.setHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    return respond();
}

bool HealthServer::listen(const QString &address, const QString &bearerToken, QString *error) {
    close();
    const int colon = address.lastIndexOf(QLatin1Char(':'));
    QString host = address.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = address.mid(colon + 1).toInt(&ok);
    const QHostAddress hostAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                      : host);
    if (colon <= 0 || !ok || port < 0 || port > 65535 || hostAddress.isNull()) {
        if (error)
            *error = tr("\"%1\" is not ADDRESS:PORT").arg(address);
        return false;
    }
    m_token = bearerToken;
    m_server = std::make_unique<http::HttpServer>();
    m_server->setLimits(m_limits);
    // The handlers run inside m_server, which this object owns, so `this` outlives every call.
    m_server->route(http::HttpMethod::Get, "/health", [this](const http::HttpRequest &request) {
        return guarded(request, [this] {
            const ServiceSnapshot s = m_source();
            return http::HttpResponse{
                judge(s).healthy ? 200 : 503, "application/json", healthJson(s), {}};
        });
    });
    m_server->route(
        http::HttpMethod::Get, "/health/memory", [this](const http::HttpRequest &request) {
            return guarded(request, [this] {
                return http::HttpResponse{200, "application/json", memoryJson(m_source()), {}};
            });
        });
    m_server->route(http::HttpMethod::Get, "/metrics", [this](const http::HttpRequest &request) {
        return guarded(request, [this] {
            return http::HttpResponse{200,
                                      "text/plain; version=0.0.4; charset=utf-8",
                                      PrometheusFormatter::format(m_source()),
                                      {}};
        });
    });
    if (!m_server->listen(hostAddress, quint16(port))) {
        m_server.reset();
        if (error)
            *error = tr("cannot listen on %1 (address in use, or not this machine's)").arg(address);
        return false;
    }
    m_port = m_server->port();
    return true;
}

void HealthServer::close() {
    m_server.reset();
    m_port = 0;
}

} // namespace mechdock::service
