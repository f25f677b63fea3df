// EndpointProbe: asks each configured Docker endpoint for /_ping on a timer and keeps whether it
// answers, or the reason in words an operator can act on (no socket, permission denied, refused,
// timeout). Endpoints are resolved like the docker CLI (DOCKER_HOST, DOCKER_TLS_VERIFY,
// DOCKER_CERT_PATH, the platform's default socket) by docker::DockerEndpoint::resolve.
#pragma once

#include "config/settings.h"
#include "docker/dockerendpoint.h"
#include "servicesnapshot.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace mechdock::service {

class EndpointProbe : public QObject {
    Q_OBJECT
public:
    explicit EndpointProbe(QObject *parent = nullptr);

    void setEndpoints(const QList<config::EndpointSettings> &endpoints, int intervalMs = 10000);
    QList<EndpointState> states() const { return m_states; }
    // The endpoint a setting stands for: its uri, else DOCKER_HOST, else the default socket;
    // TLS from the setting or DOCKER_TLS_VERIFY/DOCKER_CERT_PATH.
    static docker::DockerEndpoint
    resolve(const config::EndpointSettings &endpoint,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // resolve(endpoint).uri
    static QString resolveUri(const config::EndpointSettings &endpoint);

public slots:
    void probeAll();
    // Probes one endpoint now, e.g. because its event stream just broke.
    void probeNamed(const QString &name);

signals:
    void changed();

private:
    void probe(int index);
    void finish(int index, bool ok, const QString &error, const QString &apiVersion = {});

    QList<docker::DockerEndpoint> m_endpoints;
    QList<EndpointState> m_states;
    QTimer m_timer;
    quint64 m_generation = 0;
};

} // namespace mechdock::service
