// DockerClient: the Docker Engine API of one endpoint over its local socket (unix socket or
// Windows named pipe) or TCP with optional TLS and a client certificate, asynchronous on the
// caller's event loop. Requests reuse keep-alive connections from a bounded per-endpoint pool;
// every request has a timeout; responses go through HttpResponseParser with its limits. Long
// streams (events) get their own connection with a timeout on the response head only. The API
// version is negotiated once through /version (the lower of the daemon's and ours), which also
// tells Docker from Podman's Docker-compatible service (see README "Podman" for what differs).
#pragma once

#include "containerinfo.h"
#include "dockerconnectionpool.h"
#include "dockerendpoint.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace mechdock {
class Clock;
}

namespace mechdock::docker {

// Which engine answers the endpoint's Docker API, as /version names it.
enum class EngineKind { Unknown, Docker, Podman };

struct DockerReply {
    bool ok = false; // a complete HTTP response arrived (any status)
    int status = 0;
    QByteArray body;
    QString error; // transport or protocol error, in words an operator can act on
};

class DockerClient : public QObject {
    Q_OBJECT
public:
    static constexpr const char *kApiVersion = "1.41";

    explicit DockerClient(QString uri, QObject *parent = nullptr);
    explicit DockerClient(DockerEndpoint endpoint, QObject *parent = nullptr,
                          const Clock *clock = nullptr);
    ~DockerClient() override;

    QString uri() const { return m_endpoint.uri; }
    const DockerEndpoint &endpoint() const { return m_endpoint; }
    QString apiVersion() const { return m_apiVersion; }
    // Known after negotiate(); Unknown before.
    EngineKind engineKind() const { return m_engineKind; }
    void setTimeoutMs(int ms) { m_timeoutMs = std::max(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }
    // Idle keep-alive connections kept for reuse (0 = one connection per request).
    void setPoolLimits(int maxIdle, int idleTimeoutMs);
    PoolStats poolStats() const { return m_pool->stats(); }

    // A raw request; `path` without the version prefix ("/containers/json").
    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 std::function<void(const DockerReply &)> done,
                 std::function<void(const QByteArray &)> stream = {});

    // A long-lived streamed request on its own connection: `data` gets the body as it arrives
    // (only for a 2xx answer), `closed` once when the stream ends, fails or times out before
    // the response head. Returns an id for cancelStream(); cancelling calls neither callback.
    quint64 openStream(const QByteArray &method, const QString &path,
                       std::function<void(int status)> opened,
                       std::function<void(const QByteArray &)> data,
                       std::function<void(const DockerReply &)> closed);
    void cancelStream(quint64 id);

    void ping(std::function<void(bool ok, const QString &error)> done);
    void negotiate(std::function<void(bool ok, const QString &error)> done);
    void
    listContainers(std::function<void(const QList<ContainerInfo> &, const QString &error)> done);
    void inspect(const QString &name,
                 std::function<void(const QJsonObject &, const QString &error)> done);
    void start(const QString &name, std::function<void(const ActionOutcome &)> done);
    void stop(const QString &name, int timeoutSec, std::function<void(const ActionOutcome &)> done);
    void restart(const QString &name, int timeoutSec,
                 std::function<void(const ActionOutcome &)> done);
    void stats(const QString &name,
               std::function<void(const StatsSample &, const QString &error)> done);
    void logs(const QString &name, int tail, bool tty,
              std::function<void(const QString &text, const QString &error)> done);

    static StatsSample parseStats(const QJsonObject &stats);
    // True when a one-shot stats answer carries the reading before it (Docker's does; Podman's
    // one-shot answer has an empty precpu_stats and would make CPU a lifetime average).
    static bool hasPreviousReading(const QJsonObject &stats);
    // `later` with `earlier`'s CPU reading as its previous one.
    static QJsonObject withPreviousReading(const QJsonObject &later, const QJsonObject &earlier);
    static EngineKind parseEngineKind(const QJsonObject &version);
    static QList<ContainerInfo> parseContainerList(const QByteArray &json, bool *ok);
    // The "Ports" of a container list entry as one line, as `docker ps` words it, each port once.
    static QString portsText(const QJsonArray &ports);
    static bool isValidName(const QString &name);
    static QString invalidNameMessage(const QString &name);
    static QString errorMessage(const DockerReply &reply);
    static QString compareApiVersions(const QString &daemon, const QString &ours);

    // How long apart the two readings of a stats answer are when the engine sends only one.
    static constexpr int kSecondReadingMs = 1000;

signals:
    // A stop or restart is being sent for `name`. Podman's event stream has no `stop` or `kill`
    // event for either, only the `die`; the event stream uses this to say the die was asked for.
    void stopRequested(const QString &name);

private:
    struct Exchange;
    void action(const QString &name, const QString &verb, const QString &query,
                std::function<void(const ActionOutcome &)> done);
    QString versioned(const QString &path) const;
    QByteArray requestBytes(const QByteArray &method, const QString &path,
                            const QByteArray &body) const;
    // The time limit of a request (of a stream: until its response head).
    void armDeadline(const std::shared_ptr<Exchange> &ex);
    void send(const std::shared_ptr<Exchange> &ex);
    QIODevice *connectDevice(const std::shared_ptr<Exchange> &ex, QString *error);
    void attach(const std::shared_ptr<Exchange> &ex, QIODevice *device);
    void onData(const std::shared_ptr<Exchange> &ex);
    void onClosed(const std::shared_ptr<Exchange> &ex, const QString &why);
    void finish(const std::shared_ptr<Exchange> &ex, DockerReply reply, bool reusable);
    QString unreachable(const QString &why) const;

    DockerEndpoint m_endpoint;
    QString m_apiVersion;
    EngineKind m_engineKind = EngineKind::Unknown;
    int m_timeoutMs = 30000;
    DockerConnectionPool *m_pool;
    quint64 m_nextStream = 1;
    QHash<quint64, std::weak_ptr<Exchange>> m_streams;
};

} // namespace mechdock::docker
