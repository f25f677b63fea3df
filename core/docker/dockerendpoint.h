// DockerEndpoint: one Docker host Mechdock talks to (a name, an address, TLS with a client
// certificate for remote hosts), resolved the way the docker CLI does: an explicit address from
// the settings, else DOCKER_HOST, else the platform's local socket; DOCKER_TLS_VERIFY and
// DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) for TLS. core/docker does not link config, so
// the settings arrive as a plain EndpointConfig.
#pragma once

#include <QProcessEnvironment>
#include <QString>

class QSslConfiguration;

namespace mechdock::docker {

// The fields of config::EndpointSettings, copied by the caller.
struct EndpointConfig {
    QString name = QStringLiteral("local");
    QString uri; // empty: DOCKER_HOST or the platform's default socket
    bool tlsVerify = false;
    QString certPath; // empty: DOCKER_CERT_PATH or ~/.docker
};

struct DockerEndpoint {
    QString name = QStringLiteral("local");
    QString uri;
    bool tls = false;
    QString certPath;

    // unix:///var/run/docker.sock, or npipe:////./pipe/docker_engine on Windows.
    static QString defaultUri();
    static DockerEndpoint
    resolve(const EndpointConfig &config,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // An endpoint for a bare address (no TLS unless the scheme is https://).
    static DockerEndpoint fromUri(const QString &uri,
                                  const QString &name = QStringLiteral("local"));

    bool isLocal() const;
    // "unix", "npipe" or "tcp" (http and https count as tcp); empty when not supported.
    QString transport() const;
    QString host() const;
    quint16 port() const; // 2376 with TLS, 2375 without, unless the address names one
    QString socketPath() const;
    // An empty string when the address can be used, else why not.
    QString validate() const;
    // Loads ca.pem, cert.pem and key.pem from certPath; returns false with the reason.
    bool loadTls(QSslConfiguration *out, QString *error) const;
};

} // namespace mechdock::docker
