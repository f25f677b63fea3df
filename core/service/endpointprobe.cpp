// EndpointProbe: one negotiate (/_ping, /version) per endpoint per interval, through a client
// built from the resolved endpoint so TLS endpoints are probed with their certificates.
#include "endpointprobe.h"

#include "docker/dockerclient.h"

namespace mechdock::service {

namespace {
constexpr int kTimeoutMs = 5000;
} // namespace

EndpointProbe::EndpointProbe(QObject *parent)
    : QObject(parent)
    , m_timer(this) {
    connect(&m_timer, &QTimer::timeout, this, &EndpointProbe::probeAll);
}

docker::DockerEndpoint EndpointProbe::resolve(const config::EndpointSettings &endpoint,
                                              const QProcessEnvironment &env) {
    docker::EndpointConfig config;
    config.name = endpoint.name;
    config.uri = endpoint.uri;
    config.tlsVerify = endpoint.tlsVerify;
    config.certPath = endpoint.certPath;
    return docker::DockerEndpoint::resolve(config, env);
}

QString EndpointProbe::resolveUri(const config::EndpointSettings &endpoint) {
    return resolve(endpoint).uri;
}

void EndpointProbe::setEndpoints(const QList<config::EndpointSettings> &endpoints, int intervalMs) {
    ++m_generation;
    m_endpoints.clear();
    m_states.clear();
    for (const config::EndpointSettings &e : endpoints) {
        const docker::DockerEndpoint resolved = resolve(e);
        m_endpoints.append(resolved);
        m_states.append(EndpointState{resolved.name, resolved.uri, false, tr("checking…"), {}});
    }
    m_timer.start(std::max(1000, intervalMs));
    probeAll();
}

void EndpointProbe::probeAll() {
    for (int i = 0; i < m_endpoints.size(); ++i)
        probe(i);
}

void EndpointProbe::probeNamed(const QString &name) {
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints.at(i).name == name)
            probe(i);
    }
}

void EndpointProbe::finish(int index, bool ok, const QString &error, const QString &apiVersion) {
    if (index >= m_states.size())
        return;
    EndpointState &s = m_states[index];
    const bool different = s.reachable != ok || s.error != error;
    s.reachable = ok;
    s.error = ok ? QString() : error;
    if (!apiVersion.isEmpty())
        s.apiVersion = apiVersion;
    if (different)
        emit changed();
}

void EndpointProbe::probe(int index) {
    // The same client as every other Docker call, so the reasons read the same everywhere.
    const quint64 generation = m_generation;
    auto *client = new docker::DockerClient(m_endpoints.value(index), this);
    client->setTimeoutMs(kTimeoutMs);
    client->negotiate([this, client, index, generation](bool ok, const QString &error) {
        if (generation == m_generation)
            finish(index, ok, error, ok ? client->apiVersion() : QString());
        client->deleteLater();
    });
}

} // namespace mechdock::service
