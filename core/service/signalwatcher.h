// SignalWatcher: turns SIGTERM, SIGINT and SIGHUP into Qt signals on the main thread, through a
// self-pipe, because almost nothing is safe to do inside a POSIX signal handler.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace mechdock::service {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminateRequested(int signal); // SIGTERM or SIGINT
    void reloadRequested();              // SIGHUP

private:
    void readSignals();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mechdock::service
