// ServiceHost: runs a BotService on its own thread with its own event loop, relays its
// snapshots to the caller's thread, and stops it within a bounded time.
#pragma once

#include "botservice.h"

#include <QObject>
#include <QThread>

namespace mechdock::service {

class ServiceHost : public QObject {
    Q_OBJECT
public:
    ServiceHost(config::Settings settings, ServiceOptions options, QObject *parent = nullptr);
    ~ServiceHost() override;

    void start();
    // Stops the service and joins its thread; returns false if it did not finish in time.
    bool stop(int timeoutMs = 4000);
    void reload(const config::Settings &settings, const QStringList &issues);
    ServiceSnapshot lastSnapshot() const { return m_last; }
    // The service has finished starting (started() was emitted).
    bool isStarted() const { return m_started; }
    // Runs `fn` on the service thread with the service (for commands from the panel).
    void post(std::function<void(BotService &)> fn);

signals:
    void snapshotReady(const mechdock::service::ServiceSnapshot &snapshot);
    void started();
    void stopped();

private:
    QThread m_thread;
    BotService *m_service = nullptr;
    ServiceSnapshot m_last;
    bool m_stopped = false;
    bool m_started = false;
};

} // namespace mechdock::service
