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

#include <climits>

namespace mechdock::service {

HealthServer::HealthServer(SnapshotSource source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source)) {}

HealthServer::~HealthServer() = default;

HealthVerdict HealthServer::judge(const ServiceSnapshot &s) {
    HealthVerdict v;
    const auto fail = [&v](const QString &reason) {
        v.healthy = false;
        v.reasons.append(reason);
    };
    if (!s.running)
        fail(tr("the service is not running"));
    if (!s.databaseOk)
        fail(tr("database: %1").arg(s.databaseError));
    else if (s.databaseWriteFailing)
        fail(tr("database writes are failing (%n so far): %1", nullptr,
                int(std::min<quint64>(s.databaseWriteFailures, INT_MAX)))
                 .arg(s.databaseWriteError));
    if (s.dataDirFreeBytes >= 0 && s.dataDirFreeBytes < s.dataDirMinFreeBytes)
        fail(tr("the disk of the data folder %1 is full: %2 MB free, below %3 MB")
                 .arg(s.dataDir)
                 .arg(s.dataDirFreeBytes / (1024 * 1024))
                 .arg(s.dataDirMinFreeBytes / (1024 * 1024)));
    for (const EndpointState &e : s.endpoints) {
        if (!e.reachable)
            fail(tr("docker endpoint %1: %2").arg(e.name, e.error));
    }
    if (s.botState == BotState::Stopped)
        fail(tr("discord gateway stopped: %1").arg(s.botReason));
    else if (s.gatewayNotConnectedSinceMs > 0 &&
             s.epochMs - s.gatewayNotConnectedSinceMs > qint64(s.gatewayGraceSec) * 1000)
        fail(tr("discord gateway not connected for %1 s (allowed: %2 s)%3")
                 .arg((s.epochMs - s.gatewayNotConnectedSinceMs) / 1000)
                 .arg(s.gatewayGraceSec)
                 .arg(s.botReason.isEmpty() ? QString() : QStringLiteral(": ") + s.botReason));
    return v;
}

QByteArray HealthServer::healthJson(const ServiceSnapshot &s) {
    const HealthVerdict v = judge(s);
    // Keys and states are machine words in every language; only "reasons" and "error" texts are
    // for people.
    const auto word = [](const char *w) {
        return QString::fromLatin1(w);
    };
    QJsonArray endpoints;
    for (const EndpointState &e : s.endpoints) {
        endpoints.append(
            QJsonObject{{QStringLiteral("name"), e.name},
                        {QStringLiteral("uri"), e.uri},
                        {QStringLiteral("state"), word(e.reachable ? "ok" : "unreachable")},
                        {QStringLiteral("reachable"), e.reachable},
                        {QStringLiteral("error"), e.error}});
    }
    const bool diskFull = s.dataDirFreeBytes >= 0 && s.dataDirFreeBytes < s.dataDirMinFreeBytes;
    const qint64 notConnectedMs =
        s.gatewayNotConnectedSinceMs > 0 ? s.epochMs - s.gatewayNotConnectedSinceMs : 0;
    const QJsonObject o{
        {QStringLiteral("status"), word(v.healthy ? "ok" : "unhealthy")},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(v.reasons)},
        {QStringLiteral("database"),
         QJsonObject{
             {QStringLiteral("state"), word(!s.databaseOk            ? "unavailable"
                                            : s.databaseWriteFailing ? "write_failing"
                                                                     : "ok")},
             {QStringLiteral("ok"), s.databaseOk && !s.databaseWriteFailing},
             {QStringLiteral("error"), s.databaseOk ? s.databaseWriteError : s.databaseError},
             {QStringLiteral("writeFailures"), qint64(s.databaseWriteFailures)}}},
        {QStringLiteral("disk"),
         QJsonObject{{QStringLiteral("state"), word(diskFull ? "full" : "ok")},
                     {QStringLiteral("path"), s.dataDir},
                     {QStringLiteral("freeBytes"), s.dataDirFreeBytes},
                     {QStringLiteral("minFreeBytes"), s.dataDirMinFreeBytes}}},
        {QStringLiteral("docker"), endpoints},
        {QStringLiteral("gateway"),
         QJsonObject{{QStringLiteral("state"), QString(botStateKey(s.botState))},
                     {QStringLiteral("reason"), s.botReason},
                     {QStringLiteral("notConnectedMs"), notConnectedMs},
                     {QStringLiteral("graceMs"), qint64(s.gatewayGraceSec) * 1000},
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
