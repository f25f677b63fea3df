// InProcessEngineClient: the panel hosting the engine itself (no service runs for its data
// folder). Requests go to the engine's ControlDispatcher on the service thread, exactly as a
// remote client's would, with the panel's user as the caller; snapshots come straight from the
// ServiceHost without a round trip through JSON.
#pragma once

#include "engineclient.h"

#include <QList>

namespace mechdock::service {
class ServiceHost;
}

namespace mechdock::client {

class InProcessEngineClient : public EngineClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InProcessEngineClient)
public:
    // `host` must outlive this client.
    explicit InProcessEngineClient(service::ServiceHost &host, QObject *parent = nullptr);
    ~InProcessEngineClient() override;

    ConnectionState state() const override { return m_state; }
    bool hostsEngine() const override { return true; }
    bool streamsLog() const override { return false; }
    void request(control::ControlMethod method, const QJsonObject &params, QObject *context,
                 JsonCallback done) override;

private:
    struct Queued {
        control::ControlMethod method;
        QJsonObject params;
        QPointer<QObject> context;
        JsonCallback done;
    };
    void send(control::ControlMethod method, const QJsonObject &params,
              const QPointer<QObject> &context, JsonCallback done);

    service::ServiceHost &m_host;
    // Requests made before the engine finished starting (its control API is made then).
    QList<Queued> m_waiting;
    ConnectionState m_state;
    QString m_identity;
};

} // namespace mechdock::client
