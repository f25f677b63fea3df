// ServiceProcess: the real mechdock binary run as `--service` in a child process, with its stderr
// collected while the test's own event loop (and so the local Discord server) keeps running.
// Killed when destroyed.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace mechdock::test {

class ServiceProcess {
    Q_DISABLE_COPY_MOVE(ServiceProcess)
public:
    // home is $HOME for the child; token goes into DISCORD_BOT_TOKEN when not empty.
    ServiceProcess(const QString &config, const QString &dataDir, const QString &token,
                   const QString &home);
    ~ServiceProcess();

    QProcess &process() { return m_process; }
    const QByteArray &log() const { return m_log; }
    // Starting counts: the process has not ended.
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    void signal(int sig);

private:
    QProcess m_process;
    QByteArray m_log;
};

} // namespace mechdock::test
