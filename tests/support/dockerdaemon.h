// DockerDaemon: a real dockerd for tests, on a private socket in a temporary folder (vfs
// storage, no iptables, no bridge), with a tiny image built from a static busybox. Stops the
// daemon and removes its containers when destroyed.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mechdock::test {

class DockerDaemon {
    Q_DISABLE_COPY_MOVE(DockerDaemon)
public:
    DockerDaemon();
    ~DockerDaemon();

    // Returns an empty string when running, else why not (no dockerd, not root, ...).
    QString start();
    void stop();
    // Stops only the dockerd process (SIGTERM), keeping its data and containers, so that
    // resume() can bring the same daemon back: a daemon restart as users see it.
    void suspend();
    QString resume();
    // Extra dockerd arguments for the next start (e.g. a TLS listener on tcp).
    void setExtraArgs(const QStringList &args) { m_extraArgs = args; }
    QString dataDir() const { return m_dir ? m_dir->path() : QString(); }
    bool isRunning() const;
    QString socketPath() const;
    QString uri() const { return QStringLiteral("unix://") + socketPath(); }
    // Runs the docker CLI against this daemon; returns its exit code, stdout in *out.
    int docker(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 60000) const;
    // Creates a container from the test image (NetworkMode none, an init as PID 1).
    bool createContainer(const QString &name, const QStringList &command, bool tty = false);
    // The container's state as the docker CLI reports it ("running", "exited", ...).
    QString containerState(const QString &name) const;
    static QString dockerCli();

private:
    QString launch();
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_extraArgs;
    QProcess m_daemon;
};

} // namespace mechdock::test
