#include "podmanservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/mount.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace mechdock::test {

namespace {
// One GET /_ping over the socket; true when the service answers OK.
bool answersPing(const QString &socketPath) {
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(2000))
        return false;
    socket.write("GET /_ping HTTP/1.1\r\nHost: podman\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000 && !answer.contains("\r\n\r\nOK")) {
        if (!socket.waitForReadyRead(500) && socket.state() != QLocalSocket::ConnectedState)
            break;
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 200") && answer.contains("\r\n\r\nOK");
}
} // namespace

PodmanService::PodmanService() = default;

PodmanService::~PodmanService() {
    stop();
}

QString PodmanService::podmanCli() {
    return QStandardPaths::findExecutable(
        QStringLiteral("podman"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")});
}

QString PodmanService::socketPath() const {
    return m_path.isEmpty() ? QString() : m_path + QStringLiteral("/podman.sock");
}

bool PodmanService::isRunning() const {
    return m_service.state() == QProcess::Running;
}

QStringList PodmanService::globalArguments() const {
    // --tmpdir too: without it podman keeps its event log and run state in /run/libpod.
    return {QStringLiteral("--root"),           m_path + QStringLiteral("/root"),
            QStringLiteral("--runroot"),        m_path + QStringLiteral("/run"),
            QStringLiteral("--tmpdir"),         m_path + QStringLiteral("/tmp"),
            QStringLiteral("--volumepath"),     m_path + QStringLiteral("/volumes"),
            QStringLiteral("--storage-driver"), QStringLiteral("vfs"),
            QStringLiteral("--cgroup-manager"), QStringLiteral("cgroupfs"),
            QStringLiteral("--events-backend"), QStringLiteral("file")};
}

int PodmanService::podman(const QStringList &args, QByteArray *out, int timeoutMs) const {
    QProcess p;
    p.start(podmanCli(), globalArguments() + args);
    if (!p.waitForFinished(timeoutMs))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

QString PodmanService::start() {
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return QStringLiteral("podman with private storage needs root here");
#endif
    if (podmanCli().isEmpty())
        return QStringLiteral("podman is not installed (Debian package podman)");
    const QString busybox = QFile::exists(QStringLiteral("/bin/busybox"))
                                ? QStringLiteral("/bin/busybox")
                                : QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (busybox.isEmpty())
        return QStringLiteral("busybox is not installed (Debian package busybox-static)");
    // A short path: unix socket paths are limited to about 100 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mdp-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("could not make a temporary folder");
    m_path = m_dir->path();
    m_service.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    m_service.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_service.setStandardOutputFile(m_path + QStringLiteral("/podman.log"));
    // --time 0: the service stays up while the test is quiet.
    m_service.start(podmanCli(), globalArguments() + QStringList{QStringLiteral("system"),
                                                                 QStringLiteral("service"),
                                                                 QStringLiteral("--time"),
                                                                 QStringLiteral("0"), uri()});
    if (!m_service.waitForStarted(10000))
        return QStringLiteral("podman did not start: ") + m_service.errorString();
    QElapsedTimer t;
    t.start();
    bool up = false;
    while (t.elapsed() < 30000 && !up) {
        if (m_service.state() != QProcess::Running) {
            QFile log(m_path + QStringLiteral("/podman.log"));
            log.open(QIODevice::ReadOnly);
            return QStringLiteral("podman system service exited: ") +
                   QString::fromUtf8(log.readAll().right(2000));
        }
        up = QFile::exists(socketPath()) && answersPing(socketPath());
        if (!up)
            QThread::msleep(100);
    }
    if (!up)
        return QStringLiteral("podman system service did not answer within 30 s");
    const QString rootfs = m_path + QStringLiteral("/rootfs");
    QDir().mkpath(rootfs + QStringLiteral("/bin"));
    QFile::copy(busybox, rootfs + QStringLiteral("/bin/busybox"));
    for (const char *applet : {"sh", "sleep", "echo", "cat", "ls", "seq", "yes"})
        QFile::link(QStringLiteral("busybox"),
                    rootfs + QStringLiteral("/bin/") + QLatin1String(applet));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), rootfs, QStringLiteral("-cf"),
                                      m_path + QStringLiteral("/rootfs.tar"), QStringLiteral(".")});
    tar.waitForFinished(60000);
    if (podman({QStringLiteral("import"), m_path + QStringLiteral("/rootfs.tar"),
                QStringLiteral("mini:latest")},
               nullptr, 120000) != 0)
        return QStringLiteral("could not import the test image into podman");
    return {};
}

bool PodmanService::createContainer(const QString &name, const QStringList &command, bool tty) {
    // Podman gives every container an open-files and a process limit by default; setting them
    // above the current ones needs CAP_SYS_RESOURCE, which a sandboxed root may lack (runc then
    // fails with "error setting rlimits"). Modest explicit limits start everywhere.
    QStringList args{QStringLiteral("create"),
                     QStringLiteral("--name"),
                     name,
                     QStringLiteral("--network"),
                     QStringLiteral("none"),
                     QStringLiteral("--ulimit"),
                     QStringLiteral("nofile=1024:1024"),
                     QStringLiteral("--ulimit"),
                     QStringLiteral("nproc=1024:1024")};
    if (tty)
        args << QStringLiteral("-t");
    args << QStringLiteral("mini:latest");
    return podman(args + command) == 0;
}

QString PodmanService::containerState(const QString &name) const {
    QByteArray out;
    podman({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"),
            name},
           &out);
    return QString::fromUtf8(out).trimmed();
}

void PodmanService::removeContainers() {
    // Containers run under conmon, not under the service: they outlive it unless removed.
    podman({QStringLiteral("rm"), QStringLiteral("-a"), QStringLiteral("-f"), QStringLiteral("-t"),
            QStringLiteral("0")},
           nullptr, 60000);
#ifdef Q_OS_LINUX
    // A container podman could not clean up may leave its /dev/shm mounted in the folder.
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (mounts.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = mounts.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() > 1 && fields.at(1).startsWith((m_path + QLatin1Char('/')).toUtf8()))
                ::umount2(fields.at(1).constData(), MNT_DETACH);
        }
    }
#endif
}

bool PodmanService::helpersRunning() const {
#ifdef Q_OS_LINUX
    // conmon runs `podman ... container cleanup` when a container ends, with our --root.
    const QByteArray root = (m_path + QStringLiteral("/root")).toUtf8();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid.toLongLong() <= 0 || pid.toLongLong() == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(root))
            return true;
    }
#endif
    return false;
}

void PodmanService::stop() {
    if (m_path.isEmpty())
        return;
    removeContainers();
    if (m_service.state() == QProcess::Running) {
        m_service.terminate();
        if (!m_service.waitForFinished(15000)) {
            m_service.kill();
            m_service.waitForFinished(5000);
        }
    }
    // The folder goes only when nothing writes to it any more (else its removal races them).
    QElapsedTimer t;
    t.start();
    while (helpersRunning() && t.elapsed() < 20000)
        QThread::msleep(100);
    m_dir.reset();
    m_path.clear();
}

} // namespace mechdock::test
