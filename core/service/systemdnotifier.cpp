#include "systemdnotifier.h"

#ifdef MECHDOCK_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace mechdock::service {

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_watchdog(new QTimer(this)) {
#ifdef MECHDOCK_HAVE_SYSTEMD
    uint64_t usec = 0;
    // Ping at half the watchdog period, as sd_watchdog_enabled(3) advises.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_watchdog->setInterval(int(std::max<uint64_t>(usec / 2000, 100)));
        connect(m_watchdog, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
    }
#endif
}

bool SystemdNotifier::isActive() const {
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

void SystemdNotifier::send(const QByteArray &state) {
#ifdef MECHDOCK_HAVE_SYSTEMD
    if (isActive())
        sd_notify(0, state.constData());
#else
    Q_UNUSED(state);
#endif
}

void SystemdNotifier::ready(const QString &statusText) {
    send("READY=1\nSTATUS=" + statusText.toUtf8());
    if (m_watchdog->interval() > 0 && !m_watchdog->isActive())
        m_watchdog->start();
}

void SystemdNotifier::status(const QString &statusText) {
    send("STATUS=" + statusText.toUtf8());
}

void SystemdNotifier::stopping() {
    m_watchdog->stop();
    send("STOPPING=1");
}

void SystemdNotifier::reloading() {
    send("RELOADING=1");
}

} // namespace mechdock::service
