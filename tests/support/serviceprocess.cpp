#include "serviceprocess.h"

#include "testpaths.h"

#include <csignal>
#include <sys/types.h>

namespace mechdock::test {

ServiceProcess::ServiceProcess(const QString &config, const QString &dataDir, const QString &token,
                               const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    if (token.isEmpty())
        env.remove(QStringLiteral("DISCORD_BOT_TOKEN"));
    else
        env.insert(QStringLiteral("DISCORD_BOT_TOKEN"), token);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    m_process.setProcessEnvironment(env);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_log += m_process.readAllStandardError(); });
    m_process.start(mechdockBinary(), {QStringLiteral("--service"), QStringLiteral("--config"),
                                       config, QStringLiteral("--data-dir"), dataDir});
}

ServiceProcess::~ServiceProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServiceProcess::signal(int sig) {
    if (m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), sig);
}

} // namespace mechdock::test
