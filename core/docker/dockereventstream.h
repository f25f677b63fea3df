// DockerEventStream: the container events of one endpoint (GET /events, type=container) as a
// signal per event. Newline-delimited JSON over a chunked body, lines bounded in size. When the
// stream drops it is opened again with a growing delay, asking with `since` for what happened in
// between; events already delivered are not delivered twice. Podman's service sends the same
// JSON, but no `stop` or `kill` event when a container is stopped or restarted through the API:
// for a Podman endpoint, the stream reports each stop or restart its client sends as a `kill`
// with detail "requested", so a stop Mechdock asked for is not taken for a crash.
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "swarmservice.h"

namespace mechdock {
class Clock;
}

namespace mechdock::docker {

class DockerClient;

struct ContainerEvent {
    QString endpoint;
    QString
        action; // start, die, stop, kill, restart, destroy, create, pause, unpause, health_status
    QString detail; // "healthy" for health_status, the signal for kill, ...
    QString id;
    QString name;
    QString image;
    int exitCode = -1; // die
    qint64 timeNano = 0;
    QString service; // the Swarm service a task's container belongs to, else empty
};

class DockerEventStream : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerEventStream)
public:
    static constexpr int kMaxLineBytes = 256 * 1024;

    // The client must outlive the stream (make the stream its child or a sibling destroyed first).
    explicit DockerEventStream(DockerClient *client, const Clock *clock = nullptr,
                               QObject *parent = nullptr);
    ~DockerEventStream() override;

    void setBackoff(int initialMs, int maxMs);
    // The event types to follow, before start(): "container" (the default) and "service" (a
    // Swarm manager's services, reported by serviceEvent).
    void setEventTypes(const QStringList &types) { m_types = types; }
    void start();
    void stop();
    // Drops the retry delay and subscribes at once (e.g. when a poll found the daemon back).
    void reconnectNow();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }
    QString lastError() const { return m_lastError; }
    int subscriptions() const { return m_subscriptions; }
    quint64 eventsDelivered() const { return m_delivered; }

    // Reads one event line; false for something that is not a container event we report.
    static bool parseEvent(const QByteArray &json, ContainerEvent *out);

signals:
    void containerEvent(const mechdock::docker::ContainerEvent &event);
    void connectedChanged(bool connected, const QString &error);
    void serviceEvent(const mechdock::docker::ServiceEvent &event);

private:
    void onStopRequested(const QString &name);
    void subscribe();
    void onData(const QByteArray &bytes);
    void onClosed(const QString &error);
    void scheduleRetry();
    void setConnected(bool connected, const QString &error);

    QPointer<DockerClient> m_client;
    const Clock *m_clock;
    QTimer m_retry;
    QByteArray m_line;
    bool m_skipLine = false; // the rest of an over-long line is discarded
    bool m_running = false;
    bool m_connected = false;
    quint64 m_streamId = 0;
    int m_initialMs = 500;
    int m_maxMs = 30000;
    int m_delayMs = 500;
    int m_subscriptions = 0;
    int m_closedAttempt = 0; // the subscription whose stream ended last
    quint64 m_delivered = 0;
    qint64 m_lastTimeNano = 0;
    qint64 m_sinceSec = 0; // 0 until the first subscription
    QString m_lastError;
    QStringList m_types{QStringLiteral("container")};
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerEvent)
