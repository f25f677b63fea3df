#include "systemdnotifier.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#endif

namespace mechdock::service {

namespace {

// The sd_notify(3) protocol is one datagram on the AF_UNIX socket named by NOTIFY_SOCKET ('@'
// for the abstract namespace). Speaking it directly keeps libsystemd and its compression and
// crypto libraries (about 0.8 MB resident) out of the service.
#ifdef Q_OS_UNIX
bool sendNotification(const QByteArray &socketPath, const QByteArray &state) {
    sockaddr_un address{};
    if (socketPath.size() < 2 || socketPath.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    if (socketPath.front() != '/' && socketPath.front() != '@')
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(socketPath.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == state.size();
}
#endif

// WATCHDOG_USEC applies to this process only when WATCHDOG_PID is unset or names it.
qint64 watchdogIntervalMs() {
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong();
    if (usec <= 0)
        return 0;
#ifdef Q_OS_UNIX
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    if (!pid.isEmpty() && pid.toLongLong() != qint64(::getpid()))
        return 0;
#endif
    // Ping at half the watchdog period, as sd_watchdog_enabled(3) advises.
    return std::max<qint64>(usec / 2000, 100);
}

} // namespace

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_socketPath(qgetenv("NOTIFY_SOCKET"))
    , m_watchdog(new QTimer(this)) {
    const qint64 interval = m_socketPath.isEmpty() ? 0 : watchdogIntervalMs();
    if (interval > 0) {
        m_watchdog->setInterval(int(std::min<qint64>(interval, 3600 * 1000)));
        connect(m_watchdog, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
    }
}

bool SystemdNotifier::isActive() const {
    return !m_socketPath.isEmpty();
}

void SystemdNotifier::send(const QByteArray &state) {
#ifdef Q_OS_UNIX
    if (isActive())
        sendNotification(m_socketPath, state);
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
