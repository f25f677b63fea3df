#include "servicehost.h"

#include <QMetaObject>

namespace mechdock::service {

ServiceHost::ServiceHost(config::Settings settings, ServiceOptions options, QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<ServiceSnapshot>();
    qRegisterMetaType<config::Settings>();
    m_thread.setObjectName(QStringLiteral("mechdock-service"));
    m_service = new BotService(std::move(settings), std::move(options));
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    connect(
        m_service, &BotService::snapshotReady, this,
        [this](const ServiceSnapshot &s) {
            m_last = s;
            emit snapshotReady(s);
        },
        Qt::QueuedConnection);
    connect(
        m_service, &BotService::started, this,
        [this] {
            m_started = true;
            emit started();
        },
        Qt::QueuedConnection);
}

ServiceHost::~ServiceHost() {
    stop();
}

void ServiceHost::start() {
    m_thread.start();
    QMetaObject::invokeMethod(m_service, &BotService::start, Qt::QueuedConnection);
}

bool ServiceHost::stop(int timeoutMs) {
    if (m_stopped || !m_thread.isRunning())
        return true;
    m_stopped = true;
    // stop() runs on the service thread; the thread then ends and deletes the service.
    QMetaObject::invokeMethod(m_service, &BotService::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    const bool finished = m_thread.wait(timeoutMs);
    emit stopped();
    return finished;
}

void ServiceHost::reload(const config::Settings &settings, const QStringList &issues) {
    QMetaObject::invokeMethod(
        m_service, [service = m_service, settings, issues] { service->reload(settings, issues); },
        Qt::QueuedConnection);
}

void ServiceHost::post(std::function<void(BotService &)> fn) {
    QMetaObject::invokeMethod(
        m_service, [service = m_service, fn = std::move(fn)] { fn(*service); },
        Qt::QueuedConnection);
}

} // namespace mechdock::service
