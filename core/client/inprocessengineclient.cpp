#include "inprocessengineclient.h"

#include "control/controlserver.h"
#include "service/servicehost.h"

namespace mechdock::client {

InProcessEngineClient::InProcessEngineClient(service::ServiceHost &host, QObject *parent)
    : EngineClient(parent)
    , m_host(host) {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_identity = user.isEmpty() ? QStringLiteral("panel") : QStringLiteral("panel:%1").arg(user);
    m_state.status = ConnectionState::Status::Connected;
    m_state.server = tr("this computer");
    m_state.identity = m_identity;
    connect(&m_host, &service::ServiceHost::snapshotReady, this, &EngineClient::snapshotReceived);
    // Requests made while the engine was starting go out once its control API exists.
    connect(&m_host, &service::ServiceHost::started, this, [this] {
        for (Queued &q : std::exchange(m_waiting, {}))
            send(q.method, q.params, q.context, std::move(q.done));
    });
}

InProcessEngineClient::~InProcessEngineClient() = default;

void InProcessEngineClient::request(control::ControlMethod method, const QJsonObject &params,
                                    QObject *context, JsonCallback done) {
    if (!m_host.isStarted()) {
        m_waiting.append(Queued{method, params, QPointer<QObject>(context), std::move(done)});
        return;
    }
    send(method, params, QPointer<QObject>(context), std::move(done));
}

void InProcessEngineClient::send(control::ControlMethod method, const QJsonObject &params,
                                 const QPointer<QObject> &context, JsonCallback done) {
    control::ControlCaller caller;
    caller.identity = m_identity;
    caller.address = QStringLiteral("local");
    caller.local = true;
    m_host.post([method, params, caller, guard = context,
                 done = std::move(done)](service::BotService &s) {
        auto *server = s.findChild<control::ControlServer *>(QString(), Qt::FindDirectChildrenOnly);
        if (!server) {
            deliver(guard, done,
                    Expected<QJsonObject>::failure(
                        control::errc::kUnavailable,
                        tr("The engine's control API is not running; restart Mechdock.")));
            return;
        }
        server->dispatch(method, params, caller, [guard, done](const Expected<QJsonObject> &r) {
            deliver(guard, done, r);
        });
    });
}

} // namespace mechdock::client
