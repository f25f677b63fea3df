// DockerClient: the Docker Engine API over the local socket (unix socket or Windows named pipe)
// or TCP, asynchronous on the caller's event loop. Each request opens its own connection and
// has a timeout; responses go through HttpResponseParser with its limits. The API version is
// negotiated once through /version (the lower of the daemon's and ours).
#pragma once

#include "containerinfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace mechdock::docker {

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

    QString uri() const { return m_uri; }
    QString apiVersion() const { return m_apiVersion; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // A raw request; `path` without the version prefix ("/containers/json").
    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 std::function<void(const DockerReply &)> done,
                 std::function<void(const QByteArray &)> stream = {});

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
    static bool isValidName(const QString &name);
    static QString invalidNameMessage(const QString &name);
    static QString errorMessage(const DockerReply &reply);
    static QString compareApiVersions(const QString &daemon, const QString &ours);

private:
    void action(const QString &name, const QString &verb, const QString &query,
                std::function<void(const ActionOutcome &)> done);
    QString versioned(const QString &path) const;

    QString m_uri;
    QString m_apiVersion;
    int m_timeoutMs = 30000;
};

} // namespace mechdock::docker
