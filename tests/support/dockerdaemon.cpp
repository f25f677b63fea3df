#include "dockerdaemon.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace mechdock::test {

DockerDaemon::DockerDaemon() = default;

DockerDaemon::~DockerDaemon() {
    stop();
}

QString DockerDaemon::dockerCli() {
    for (const char *p : {"/usr/bin/docker", "/usr/local/bin/docker"}) {
        if (QFile::exists(QString::fromLatin1(p)))
            return QString::fromLatin1(p);
    }
    return QStandardPaths::findExecutable(QStringLiteral("docker"));
}

QString DockerDaemon::socketPath() const {
    return m_path.isEmpty() ? QString() : m_path + QStringLiteral("/docker.sock");
}

bool DockerDaemon::isRunning() const {
    return m_daemon.state() == QProcess::Running;
}

int DockerDaemon::docker(const QStringList &args, QByteArray *out, int timeoutMs) const {
    QProcess p;
    p.start(dockerCli(), QStringList{QStringLiteral("-H"), uri()} + args);
    if (!p.waitForFinished(timeoutMs))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

QString DockerDaemon::start() {
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return QStringLiteral("dockerd needs root");
#endif
    const QString dockerd = QStandardPaths::findExecutable(
        QStringLiteral("dockerd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (dockerd.isEmpty() || dockerCli().isEmpty())
        return QStringLiteral(
            "dockerd or the docker CLI is not installed (Debian package docker.io)");
    const QString busybox = QFile::exists(QStringLiteral("/bin/busybox"))
                                ? QStringLiteral("/bin/busybox")
                                : QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (busybox.isEmpty())
        return QStringLiteral("busybox is not installed (Debian package busybox-static)");
    // A short path: unix socket paths are limited to about 100 bytes.
    if (m_keptDir.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mdd-XXXXXX"));
        m_path = m_dir->path();
    } else {
        if (!QDir().mkpath(m_keptDir))
            return QStringLiteral("could not make ") + m_keptDir;
        m_path = m_keptDir;
    }
    const QString d = m_path;
    const QString why = launch();
    if (!why.isEmpty())
        return why;
    if (!m_keptDir.isEmpty() &&
        docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("mini:latest")},
               nullptr, 20000) == 0)
        return {};
    // The test image: a static busybox and a few applets.
    const QString rootfs = d + QStringLiteral("/rootfs");
    QDir().mkpath(rootfs + QStringLiteral("/bin"));
    QFile::copy(busybox, rootfs + QStringLiteral("/bin/busybox"));
    for (const char *applet : {"sh", "sleep", "echo", "cat", "ls", "seq"})
        QFile::link(QStringLiteral("busybox"),
                    rootfs + QStringLiteral("/bin/") + QLatin1String(applet));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), rootfs, QStringLiteral("-cf"),
                                      d + QStringLiteral("/rootfs.tar"), QStringLiteral(".")});
    tar.waitForFinished(60000);
    if (docker({QStringLiteral("import"), d + QStringLiteral("/rootfs.tar"),
                QStringLiteral("mini:latest")},
               nullptr, 120000) != 0)
        return QStringLiteral("could not import the test image");
    return {};
}

QString DockerDaemon::launch() {
    const QString dockerd = QStandardPaths::findExecutable(
        QStringLiteral("dockerd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    const QString d = m_path;
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If the test crashes, the daemon goes with it instead of lingering on the machine.
    m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_daemon.setStandardOutputFile(d + QStringLiteral("/dockerd.log"), QIODevice::Append);
    m_daemon.start(dockerd,
                   QStringList{QStringLiteral("--storage-driver=vfs"),
                               QStringLiteral("--iptables=false"), QStringLiteral("--bridge=none"),
                               QStringLiteral("-H"), uri(), QStringLiteral("--data-root"),
                               d + QStringLiteral("/root"), QStringLiteral("--exec-root"),
                               d + QStringLiteral("/exec"), QStringLiteral("--pidfile"),
                               d + QStringLiteral("/docker.pid")} +
                       m_extraArgs);
    if (!m_daemon.waitForStarted(10000))
        return QStringLiteral("dockerd did not start: ") + m_daemon.errorString();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        QByteArray out;
        if (QFile::exists(socketPath()) &&
            docker({QStringLiteral("version"), QStringLiteral("--format"),
                    QStringLiteral("{{.Server.APIVersion}}")},
                   &out, 10000) == 0)
            break;
        if (m_daemon.state() != QProcess::Running) {
            QFile log(d + QStringLiteral("/dockerd.log"));
            log.open(QIODevice::ReadOnly);
            return QStringLiteral("dockerd exited: ") +
                   QString::fromUtf8(log.readAll().right(2000));
        }
        QThread::msleep(100);
    }
    return {};
}

void DockerDaemon::suspend() {
    if (m_daemon.state() != QProcess::Running)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(20000)) {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

QString DockerDaemon::resume() {
    if (m_path.isEmpty())
        return QStringLiteral("the daemon was never started");
    if (m_daemon.state() == QProcess::Running)
        return {};
    return launch();
}

QStringList DockerDaemon::createArguments(const QString &name, const QStringList &command,
                                          bool tty) {
    QStringList args{
        QStringLiteral("create"),    QStringLiteral("--name"), name,
        QStringLiteral("--network"), QStringLiteral("none"),   QStringLiteral("--init")};
    if (tty)
        args << QStringLiteral("-t");
    args << QStringLiteral("mini:latest");
    return args + command;
}

bool DockerDaemon::createContainer(const QString &name, const QStringList &command, bool tty) {
    return docker(createArguments(name, command, tty)) == 0;
}

bool DockerDaemon::createContainers(const QStringList &names, const QStringList &command,
                                    int parallel) {
    bool allMade = true;
    for (qsizetype first = 0; first < names.size(); first += parallel) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (qsizetype i = first; i < std::min(names.size(), first + parallel); ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(dockerCli(), QStringList{QStringLiteral("-H"), uri()} +
                                      createArguments(names.at(i), command, false));
            running.push_back(std::move(p));
        }
        for (const auto &p : running)
            allMade = p->waitForFinished(120000) && p->exitCode() == 0 && allMade;
    }
    return allMade;
}

QStringList DockerDaemon::containerNames() const {
    QByteArray out;
    docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
            QStringLiteral("{{.Names}}")},
           &out);
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString DockerDaemon::containerState(const QString &name) const {
    QByteArray out;
    docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"),
            name},
           &out);
    return QString::fromUtf8(out).trimmed();
}

void DockerDaemon::stop() {
    if (m_daemon.state() == QProcess::Running && !m_keptDir.isEmpty()) {
        suspend();
    } else if (m_daemon.state() == QProcess::Running) {
        QByteArray ids;
        docker({QStringLiteral("ps"), QStringLiteral("-aq")}, &ids, 20000);
        const QStringList list =
            QString::fromUtf8(ids).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!list.isEmpty())
            docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + list, nullptr, 60000);
        // A network's bridge lives in the host's namespace and outlives the daemon: left there,
        // run after run they use up Docker's address pools and "network create" fails.
        docker({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")},
               nullptr, 30000);
        docker({QStringLiteral("network"), QStringLiteral("prune"), QStringLiteral("-f")}, nullptr,
               30000);
        docker({QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("docker_gwbridge")},
               nullptr, 30000);
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(15000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
    m_dir.reset();
    m_path.clear();
}

} // namespace mechdock::test
