#include "endpointprobe.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

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
    const QString uri = m_states.value(index).uri;
    const QUrl url(uri);
    const quint64 generation = m_generation;
    QIODevice *device = nullptr;
    QString target = uri;
    const QByteArray request = "GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n";
    if (url.scheme() == QLatin1String("unix") || url.scheme() == QLatin1String("npipe")) {
        QString path = url.path();
#ifdef Q_OS_WIN
        path = url.path().mid(1);
#endif
        const QFileInfo info(path);
        if (url.scheme() == QLatin1String("unix") && !info.exists()) {
            finish(index, false,
                   tr("Docker is not reachable at %1 (no such file): is the Docker "
                      "daemon installed and running?")
                       .arg(uri));
            return;
        }
        auto *socket = new QLocalSocket(this);
        device = socket;
        connect(socket, &QLocalSocket::connected, socket,
                [socket, request] { socket->write(request); });
        connect(
            socket, &QLocalSocket::errorOccurred, this,
            [this, index, socket, uri, generation](QLocalSocket::LocalSocketError e) {
                if (generation != m_generation)
                    return;
                QString why;
                if (e == QLocalSocket::SocketAccessError)
                    why = tr("Docker is not reachable at %1 (permission denied): add this user "
                             "to the docker group (sudo usermod -aG docker $USER, then log in "
                             "again) or run Mechdock as the socket's owner")
                              .arg(uri);
                else if (e == QLocalSocket::ConnectionRefusedError)
                    why = tr("Docker is not reachable at %1 (connection refused): the daemon "
                             "is not running")
                              .arg(uri);
                else if (e == QLocalSocket::ServerNotFoundError)
                    why = tr("Docker is not reachable at %1 (no such file)").arg(uri);
                else
                    why = tr("Docker is not reachable at %1 (%2)").arg(uri, socket->errorString());
                if (e != QLocalSocket::PeerClosedError)
                    finish(index, false, why);
                socket->deleteLater();
            });
        socket->connectToServer(path);
    } else if (url.scheme() == QLatin1String("tcp") || url.scheme() == QLatin1String("http")) {
        auto *socket = new QTcpSocket(this);
        device = socket;
        connect(socket, &QTcpSocket::connected, socket,
                [socket, request] { socket->write(request); });
        connect(socket, &QTcpSocket::errorOccurred, this,
                [this, index, socket, uri, generation](QAbstractSocket::SocketError e) {
                    if (generation != m_generation || e == QAbstractSocket::RemoteHostClosedError)
                        return;
                    finish(
                        index, false,
                        tr("Docker is not reachable at %1 (%2)").arg(uri, socket->errorString()));
                    socket->deleteLater();
                });
        socket->connectToHost(url.host(), quint16(url.port(2375)));
    } else {
        // TLS endpoints are checked by the Docker client itself, which holds the certificates.
        finish(index, false,
               tr("%1: this address is checked when the Docker client connects").arg(uri));
        return;
    }
    auto buffer = std::make_shared<QByteArray>();
    QPointer<QIODevice> guard(device);
    connect(device, &QIODevice::readyRead, this, [this, index, device, buffer, generation] {
        buffer->append(device->readAll());
        if (generation != m_generation || !buffer->contains("\r\n\r\n"))
            return;
        const bool ok = buffer->startsWith("HTTP/1.1 200") || buffer->startsWith("HTTP/1.0 200");
        QString api;
        for (const QByteArray &line : buffer->split('\n')) {
            if (line.toLower().startsWith("api-version:"))
                api = QString::fromLatin1(line.mid(12).trimmed());
        }
        finish(index, ok,
               ok ? QString()
                  : tr("unexpected answer: %1").arg(QString::fromLatin1(buffer->left(40))),
               api);
        device->close();
        device->deleteLater();
    });
    QTimer::singleShot(kTimeoutMs, this, [this, index, guard, uri, generation] {
        if (!guard || generation != m_generation)
            return;
        finish(index, false,
               tr("Docker is not reachable at %1 (no answer within %2 s)")
                   .arg(uri)
                   .arg(kTimeoutMs / 1000));
        guard->deleteLater();
    });
}

} // namespace mechdock::service
