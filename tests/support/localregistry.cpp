#include "localregistry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace mechdock::test {

LocalRegistry::LocalRegistry() = default;

LocalRegistry::~LocalRegistry() {
    stop();
}

QString LocalRegistry::host() const {
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString LocalRegistry::insecureRegistryArg() const {
    return QStringLiteral("--insecure-registry=") + host();
}

QString LocalRegistry::start() {
    const QString binary =
        QStandardPaths::findExecutable(QStringLiteral("docker-registry"),
                                       {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
    if (binary.isEmpty())
        return QStringLiteral("docker-registry is not installed (Debian package docker-registry)");
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("no temporary folder for the registry");
    {
        // A port the system hands out, free a moment ago; the registry takes it at once.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port on 127.0.0.1");
        m_port = probe.serverPort();
    }
    const QString config = m_dir->filePath(QStringLiteral("config.yml"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + config;
    file.write(QStringLiteral("version: 0.1\n"
                              "log:\n  level: warn\n"
                              "storage:\n  filesystem:\n    rootdirectory: %1\n"
                              "  delete:\n    enabled: true\n"
                              "http:\n  addr: %2\n")
                   .arg(m_dir->filePath(QStringLiteral("data")), host())
                   .toUtf8());
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir->filePath(QStringLiteral("registry.log")));
#ifdef Q_OS_LINUX
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(binary, {QStringLiteral("serve"), config});
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("docker-registry did not start: ") + m_process.errorString();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        if (m_process.state() != QProcess::Running) {
            QFile log(m_dir->filePath(QStringLiteral("registry.log")));
            log.open(QIODevice::ReadOnly);
            return QStringLiteral("docker-registry exited: ") +
                   QString::fromUtf8(log.readAll().right(2000));
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(1000))
            return {};
        QThread::msleep(100);
    }
    return QStringLiteral("docker-registry did not listen on ") + host();
}

void LocalRegistry::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace mechdock::test
