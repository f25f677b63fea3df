// LocalRegistry: a real image registry for tests (Debian's docker-registry, the distribution
// project's server) on a free port of 127.0.0.1, storing into a temporary folder. dockerd
// treats 127.0.0.0/8 as insecure (plain HTTP) by default; insecureRegistryArg() says so
// explicitly for DockerDaemon::setExtraArgs. Stopped when destroyed.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mechdock::test {

class LocalRegistry {
    Q_DISABLE_COPY_MOVE(LocalRegistry)
public:
    LocalRegistry();
    ~LocalRegistry();

    // Returns an empty string when it answers, else why not.
    QString start();
    void stop();
    quint16 port() const { return m_port; }
    // "127.0.0.1:<port>", the prefix of the images pushed to it.
    QString host() const;
    // The dockerd flag that lets it push to and pull from this registry over plain HTTP.
    QString insecureRegistryArg() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace mechdock::test
