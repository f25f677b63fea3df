// PodmanService: a real `podman system service` for tests, serving Podman's Docker-compatible
// API on a private socket in a temporary folder. Everything podman keeps (storage, run state,
// its event log) lives in that folder: vfs storage, cgroupfs, the file event log (there is no
// journald here) and containers without a network. The test image is the same static busybox
// as DockerDaemon's, imported as mini:latest. Removes its containers and stops when destroyed.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mechdock::test {

class PodmanService {
    Q_DISABLE_COPY_MOVE(PodmanService)
public:
    PodmanService();
    ~PodmanService();

    // Returns an empty string when running, else why not (no podman, not root, ...).
    QString start();
    void stop();
    bool isRunning() const;
    QString socketPath() const;
    QString uri() const { return QStringLiteral("unix://") + socketPath(); }
    // Runs the podman CLI on this service's storage; returns its exit code, stdout in *out.
    int podman(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 60000) const;
    // Creates a container from the test image (no network).
    bool createContainer(const QString &name, const QStringList &command, bool tty = false);
    // The container's state as the podman CLI reports it ("running", "exited", ...).
    QString containerState(const QString &name) const;
    static QString podmanCli();

private:
    QStringList globalArguments() const;
    void removeContainers();
    // Whether a podman process working on this service's storage is still running.
    bool helpersRunning() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path; // empty before start()
    QProcess m_service;
};

} // namespace mechdock::test
