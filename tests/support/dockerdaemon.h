// DockerDaemon: a real dockerd for tests, on a private socket in a temporary folder (vfs
// storage, no iptables, no bridge), with a tiny image built from a static busybox. Stops the
// daemon and removes its containers when destroyed, unless it lives in a kept folder
// (setKeptDir), which benchmarks use to make many containers once and reuse them.
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
    // Before start(): run in this folder (made if missing) and keep it, the image and the
    // containers when stopped. The path must be short: the socket lives in it.
    void setKeptDir(const QString &path) { m_keptDir = path; }
    // Extra dockerd arguments for the next start (e.g. a TLS listener on tcp).
    void setExtraArgs(const QStringList &args) { m_extraArgs = args; }
    QString dataDir() const { return m_path; }
    bool isRunning() const;
    QString socketPath() const;
    QString uri() const { return QStringLiteral("unix://") + socketPath(); }
    // Runs the docker CLI against this daemon; returns its exit code, stdout in *out.
    int docker(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 60000) const;
    // Creates a container from the test image (NetworkMode none, an init as PID 1).
    bool createContainer(const QString &name, const QStringList &command, bool tty = false);
    // Creates many at once, `parallel` CLI processes at a time; false if any failed.
    bool createContainers(const QStringList &names, const QStringList &command, int parallel = 4);
    // The names of this daemon's containers (all states).
    QStringList containerNames() const;
    // The container's state as the docker CLI reports it ("running", "exited", ...).
    QString containerState(const QString &name) const;
    static QString dockerCli();

private:
    QString launch();
    static QStringList createArguments(const QString &name, const QStringList &command, bool tty);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keptDir;
    QString m_path; // the temporary or the kept folder; empty before start()
    QStringList m_extraArgs;
    QProcess m_daemon;
};

} // namespace mechdock::test
