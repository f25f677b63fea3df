// SystemdNotifier: READY, STATUS, STOPPING and WATCHDOG messages for a Type=notify unit. Does
// nothing when not started by systemd (no NOTIFY_SOCKET).
#pragma once

#include <QObject>
#include <QTimer>

namespace mechdock::service {

class SystemdNotifier : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemdNotifier)
public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    bool isActive() const;
    void ready(const QString &status);
    void status(const QString &status);
    void stopping();
    void reloading();

private:
    void send(const QByteArray &state);
    const QByteArray m_socketPath;
    QTimer *m_watchdog;
};

} // namespace mechdock::service
