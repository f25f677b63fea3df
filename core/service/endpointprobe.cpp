#include "endpointprobe.h"

#include "docker/dockerclient.h"

namespace mechdock::service {

namespace {
constexpr int kTimeoutMs = 5000;

QString defaultSocket() {
#ifdef Q_OS_WIN
    return QStringLiteral("npipe:////./pipe/docker_engine");
#else
    return QStringLiteral("unix:///var/run/docker.sock");
#endif
}
} // namespace

EndpointProbe::EndpointProbe(QObject *parent)
    : QObject(parent)
    , m_timer(this) {
    connect(&m_timer, &QTimer::timeout, this, &EndpointProbe::probeAll);
}

QString EndpointProbe::resolveUri(const config::EndpointSettings &endpoint) {
    if (!endpoint.uri.isEmpty())
        return endpoint.uri;
    const QString env = qEnvironmentVariable("DOCKER_HOST");
    return env.isEmpty() ? defaultSocket() : env;
}

void EndpointProbe::setEndpoints(const QList<config::EndpointSettings> &endpoints, int intervalMs) {
    m_endpoints = endpoints;
    ++m_generation;
    m_states.clear();
    for (const config::EndpointSettings &e : endpoints)
        m_states.append(EndpointState{e.name, resolveUri(e), false, tr("checking…"), {}});
    m_timer.start(std::max(1000, intervalMs));
    probeAll();
}

void EndpointProbe::probeAll() {
    for (int i = 0; i < m_endpoints.size(); ++i)
        probe(i);
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
    auto *client = new docker::DockerClient(m_states.value(index).uri, this);
    client->setTimeoutMs(kTimeoutMs);
    client->negotiate([this, client, index, generation](bool ok, const QString &error) {
        if (generation == m_generation)
            finish(index, ok, error, ok ? client->apiVersion() : QString());
        client->deleteLater();
    });
}

} // namespace mechdock::service
