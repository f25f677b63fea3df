#include "dockerclient.h"

#include "http/httpresponseparser.h"
#include "logdemuxer.h"

#include "monitor/operationmetrics.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QVersionNumber>

#include <memory>

namespace mechdock::docker {

namespace {
QString encodeName(const QString &name) {
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}
} // namespace

struct DockerClient::Exchange {
    QByteArray method;
    QByteArray bytes;
    QString operation;
    std::unique_ptr<http::HttpResponseParser> parser;
    std::function<void(const QByteArray &)> sink;
    std::function<void(int)> opened;
    std::function<void(const DockerReply &)> done;
    QPointer<QIODevice> device;
    QPointer<QTimer> timer;
    QElapsedTimer elapsed;
    QByteArray errorBody; // the body of a non-2xx answer to a streamed request
    QString transportError;
    quint64 streamId = 0;
    int attempts = 0;
    bool streaming = false;
    bool openedCalled = false;
    bool reused = false;
    bool gotBytes = false;
    bool finished = false;
};

DockerClient::DockerClient(QString uri, QObject *parent)
    : DockerClient(DockerEndpoint::fromUri(uri), parent) {}

DockerClient::DockerClient(DockerEndpoint endpoint, QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_pool(new DockerConnectionPool(clock, this)) {}

DockerClient::~DockerClient() {
    // Pending callbacks are dropped with the client: nothing calls back into a dead owner.
    for (const auto &weak : std::as_const(m_streams)) {
        if (auto ex = weak.lock())
            ex->finished = true;
    }
}

void DockerClient::setPoolLimits(int maxIdle, int idleTimeoutMs) {
    m_pool->setLimits(maxIdle, idleTimeoutMs);
}

QString DockerClient::versioned(const QString &path) const {
    return m_apiVersion.isEmpty() ? path : QStringLiteral("/v") + m_apiVersion + path;
}

QString DockerClient::compareApiVersions(const QString &daemon, const QString &ours) {
    const QVersionNumber d = QVersionNumber::fromString(daemon);
    const QVersionNumber o = QVersionNumber::fromString(ours);
    if (d.isNull())
        return ours;
    return QVersionNumber::compare(d, o) < 0 ? d.toString() : o.toString();
}

QString DockerClient::errorMessage(const DockerReply &reply) {
    if (!reply.ok)
        return reply.error;
    const QString message =
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("message")).toString();
    if (reply.status == 404)
        return message.isEmpty() ? tr("no such container") : message;
    return message.isEmpty() ? tr("Docker answered %1").arg(reply.status) : message.left(300);
}

QString DockerClient::unreachable(const QString &why) const {
    return tr("Docker is not reachable at %1 (%2)").arg(m_endpoint.uri, why);
}

QByteArray DockerClient::requestBytes(const QByteArray &method, const QString &path,
                                      const QByteArray &body) const {
    QByteArray head = method + ' ' + versioned(path).toUtf8() + " HTTP/1.1\r\n" +
                      "Host: docker\r\nUser-Agent: Mechdock\r\n";
    if (m_pool->stats().maxIdle == 0)
        head += "Connection: close\r\n";
    if (!body.isEmpty() || method == "POST")
        head +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return head + "\r\n" + body;
}

void DockerClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                           std::function<void(const DockerReply &)> done,
                           std::function<void(const QByteArray &)> stream) {
    auto ex = std::make_shared<Exchange>();
    ex->method = method;
    ex->bytes = requestBytes(method, path, body);
    ex->operation = QStringLiteral("docker.") + QString::fromLatin1(method).toLower() +
                    QLatin1Char(' ') +
                    path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), 1, 1);
    ex->sink = std::move(stream);
    ex->done = std::move(done);
    ex->elapsed.start();
    armDeadline(ex);
    send(ex);
}

void DockerClient::armDeadline(const std::shared_ptr<Exchange> &ex) {
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    ex->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, ex] {
        finish(ex,
               {false,
                0,
                {},
                tr("Docker is not reachable at %1 (no answer within %2 s)")
                    .arg(m_endpoint.uri)
                    .arg(m_timeoutMs / 1000)},
               false);
    });
    timer->start(m_timeoutMs);
}

quint64 DockerClient::openStream(const QByteArray &method, const QString &path,
                                 std::function<void(int)> opened,
                                 std::function<void(const QByteArray &)> data,
                                 std::function<void(const DockerReply &)> closed) {
    auto ex = std::make_shared<Exchange>();
    ex->method = method;
    ex->bytes = requestBytes(method, path, {});
    ex->operation = QStringLiteral("docker.stream ") +
                    path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), 1, 1);
    ex->streaming = true;
    ex->opened = std::move(opened);
    ex->sink = std::move(data);
    ex->done = std::move(closed);
    ex->streamId = m_nextStream++;
    ex->elapsed.start();
    m_streams.insert(ex->streamId, ex);
    // Only the response head has a deadline: a quiet event stream is not a dead one.
    armDeadline(ex);
    const quint64 id = ex->streamId;
    send(ex);
    return id;
}

void DockerClient::cancelStream(quint64 id) {
    const auto ex = m_streams.take(id).lock();
    if (!ex || ex->finished)
        return;
    ex->finished = true;
    if (ex->timer)
        ex->timer->deleteLater();
    if (ex->device) {
        QObject::disconnect(ex->device, nullptr, this, nullptr);
        m_pool->discard(ex->device);
    }
}

void DockerClient::send(const std::shared_ptr<Exchange> &ex) {
    ex->parser = std::make_unique<http::HttpResponseParser>();
    ex->gotBytes = false;
    ex->transportError.clear();
    if (ex->method == "HEAD")
        ex->parser->expectNoBody();
    if (ex->sink) {
        std::weak_ptr<Exchange> weak = ex;
        ex->parser->setBodySink([weak](const QByteArray &bytes) {
            const auto e = weak.lock();
            if (!e || e->finished)
                return;
            const int status = e->parser->status();
            if (status >= 200 && status < 300) {
                if (e->streaming && !e->openedCalled) {
                    e->openedCalled = true;
                    if (e->timer)
                        e->timer->stop();
                    if (e->opened)
                        e->opened(status);
                }
                if (!e->finished && e->sink)
                    e->sink(bytes);
            } else if (e->errorBody.size() < 64 * 1024) {
                e->errorBody += bytes.left(64 * 1024 - int(e->errorBody.size()));
            }
        });
    }
    if (!ex->streaming) {
        if (QIODevice *idle = m_pool->takeIdle()) {
            ex->reused = true;
            attach(ex, idle);
            idle->write(ex->bytes);
            return;
        }
    }
    ex->reused = false;
    QString error;
    if (!connectDevice(ex, &error))
        finish(ex, {false, 0, {}, error}, false);
}

QIODevice *DockerClient::connectDevice(const std::shared_ptr<Exchange> &ex, QString *error) {
    const QString problem = m_endpoint.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    const QString transport = m_endpoint.transport();
    if (transport == QLatin1String("unix") || transport == QLatin1String("npipe")) {
        const QString socketPath = m_endpoint.socketPath();
        if (transport == QLatin1String("unix") && !QFileInfo::exists(socketPath)) {
            *error = tr("Docker is not reachable at %1 (no such file): is the Docker daemon "
                        "installed and running?")
                         .arg(m_endpoint.uri);
            return nullptr;
        }
        auto *socket = new QLocalSocket;
        m_pool->adopt(socket);
        attach(ex, socket);
        connect(socket, &QLocalSocket::connected, this, [socket, ex] { socket->write(ex->bytes); });
        socket->connectToServer(socketPath);
        return socket;
    }
    QTcpSocket *socket = nullptr;
    if (m_endpoint.tls) {
        QSslConfiguration config;
        QString why;
        if (!QSslSocket::supportsSsl()) {
            *error = tr("TLS for %1: this build has no TLS support (OpenSSL missing)")
                         .arg(m_endpoint.uri);
            return nullptr;
        }
        if (!m_endpoint.loadTls(&config, &why)) {
            *error = why;
            return nullptr;
        }
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::sslErrors, this, [ex](const QList<QSslError> &errors) {
            QStringList words;
            for (const QSslError &e : errors)
                words.append(e.errorString());
            ex->transportError = words.join(QStringLiteral("; "));
        });
        connect(ssl, &QSslSocket::encrypted, this, [ssl, ex] { ssl->write(ex->bytes); });
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        connect(socket, &QTcpSocket::connected, this, [socket, ex] { socket->write(ex->bytes); });
    }
    m_pool->adopt(socket);
    attach(ex, socket);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->connectToHostEncrypted(m_endpoint.host(), m_endpoint.port());
    else
        socket->connectToHost(m_endpoint.host(), m_endpoint.port());
    return socket;
}

void DockerClient::attach(const std::shared_ptr<Exchange> &ex, QIODevice *device) {
    ex->device = device;
    connect(device, &QIODevice::readyRead, this, [this, ex] { onData(ex); });
    if (auto *local = qobject_cast<QLocalSocket *>(device)) {
        connect(local, &QLocalSocket::errorOccurred, this,
                [this, ex, local](QLocalSocket::LocalSocketError e) {
                    QString why;
                    if (e == QLocalSocket::PeerClosedError)
                        why = tr("Docker closed the connection without answering");
                    else if (e == QLocalSocket::SocketAccessError)
                        why = tr("Docker is not reachable at %1 (permission denied): add the "
                                 "user to the docker group or run as the socket's owner")
                                  .arg(m_endpoint.uri);
                    else if (e == QLocalSocket::ConnectionRefusedError)
                        why = unreachable(tr("connection refused"));
                    else if (e == QLocalSocket::ServerNotFoundError)
                        why = unreachable(tr("no such file"));
                    else
                        why = unreachable(local->errorString());
                    onClosed(ex, why);
                });
        connect(local, &QLocalSocket::disconnected, this,
                [this, ex] { onClosed(ex, tr("Docker closed the connection without answering")); });
    } else if (auto *tcp = qobject_cast<QAbstractSocket *>(device)) {
        connect(tcp, &QAbstractSocket::errorOccurred, this,
                [this, ex, tcp](QAbstractSocket::SocketError e) {
                    QString why;
                    const QString detail = tcp->errorString();
                    // The daemon's TLS alert names our certificate as the problem: say which
                    // file to fix rather than quote OpenSSL alone.
                    const bool peerRefusedOurCertificate =
                        qobject_cast<QSslSocket *>(tcp) &&
                        (detail.contains(QLatin1String("alert bad certificate")) ||
                         detail.contains(QLatin1String("alert unknown ca")) ||
                         detail.contains(QLatin1String("certificate required")));
                    if (peerRefusedOurCertificate)
                        why = tr("Docker at %1 refused Mechdock's client certificate: cert.pem "
                                 "and key.pem (DOCKER_CERT_PATH or the endpoint's certPath) must "
                                 "be signed by the CA the daemon trusts (%2)")
                                  .arg(m_endpoint.uri, detail);
                    else if (e == QAbstractSocket::RemoteHostClosedError)
                        why = tr("Docker closed the connection without answering");
                    else if (e == QAbstractSocket::SslHandshakeFailedError ||
                             e == QAbstractSocket::SslInternalError ||
                             !ex->transportError.isEmpty())
                        why = tr("TLS with %1 failed: %2")
                                  .arg(m_endpoint.uri, ex->transportError.isEmpty()
                                                           ? tcp->errorString()
                                                           : ex->transportError);
                    else
                        why = unreachable(tcp->errorString());
                    onClosed(ex, why);
                });
        connect(tcp, &QAbstractSocket::disconnected, this,
                [this, ex] { onClosed(ex, tr("Docker closed the connection without answering")); });
    }
}

void DockerClient::onData(const std::shared_ptr<Exchange> &exRef) {
    const std::shared_ptr<Exchange> ex = exRef; // the connection holding exRef may go away
    if (ex->finished || !ex->device)
        return;
    const QByteArray bytes = ex->device->readAll();
    if (bytes.isEmpty())
        return;
    ex->gotBytes = true;
    QPointer<DockerClient> self(this);
    if (!ex->parser->feed(bytes)) {
        if (!ex->finished)
            finish(ex,
                   {false,
                    ex->parser->status(),
                    {},
                    tr("malformed answer from Docker: %1").arg(ex->parser->error())},
                   false);
        return;
    }
    if (!self || ex->finished)
        return;
    const auto state = ex->parser->state();
    if (ex->streaming && !ex->openedCalled &&
        state != http::HttpResponseParser::State::StatusLine &&
        state != http::HttpResponseParser::State::Headers) {
        ex->openedCalled = true;
        if (ex->timer)
            ex->timer->stop();
        if (ex->opened)
            ex->opened(ex->parser->status());
        if (!self || ex->finished)
            return;
    }
    if (ex->parser->isDone())
        finish(ex, {true, ex->parser->status(), ex->parser->body(), {}},
               !ex->streaming && ex->parser->keepAlive());
}

void DockerClient::onClosed(const std::shared_ptr<Exchange> &exRef, const QString &why) {
    const std::shared_ptr<Exchange> ex = exRef;
    if (ex->finished)
        return;
    if (ex->device && ex->device->isOpen()) {
        const QByteArray rest = ex->device->readAll();
        if (!rest.isEmpty()) {
            ex->gotBytes = true;
            ex->parser->feed(rest);
            if (ex->finished)
                return;
        }
    }
    if (ex->parser->isDone()) {
        finish(ex, {true, ex->parser->status(), ex->parser->body(), {}}, false);
        return;
    }
    if (ex->reused && !ex->gotBytes && ex->attempts == 0) {
        // The daemon closed an idle keep-alive connection just as it was reused: nothing was
        // answered, so send the request once more on a fresh connection.
        ++ex->attempts;
        QIODevice *old = ex->device;
        ex->device = nullptr;
        if (old) {
            QObject::disconnect(old, nullptr, this, nullptr);
            m_pool->discard(old);
        }
        send(ex);
        return;
    }
    ex->parser->finishStream();
    if (ex->parser->isDone()) {
        finish(ex, {true, ex->parser->status(), ex->parser->body(), {}}, false);
    } else if (!ex->gotBytes) {
        finish(ex, {false, 0, {}, why}, false);
    } else if (ex->streaming && ex->openedCalled) {
        finish(ex, {false, ex->parser->status(), {}, tr("Docker closed the stream")}, false);
    } else {
        finish(ex,
               {false,
                ex->parser->status(),
                {},
                tr("Docker closed the connection in the middle of the answer (%1); was the "
                   "daemon restarted?")
                    .arg(ex->parser->error())},
               false);
    }
}

void DockerClient::finish(const std::shared_ptr<Exchange> &exRef, DockerReply reply,
                          bool reusable) {
    const std::shared_ptr<Exchange> ex = exRef;
    if (ex->finished)
        return;
    ex->finished = true;
    if (ex->timer) {
        ex->timer->stop();
        ex->timer->deleteLater();
    }
    if (QIODevice *device = ex->device) {
        ex->device = nullptr;
        QObject::disconnect(device, nullptr, this, nullptr);
        if (reusable)
            m_pool->giveBack(device);
        else
            m_pool->discard(device);
    }
    if (ex->streamId)
        m_streams.remove(ex->streamId);
    if (reply.ok && (reply.status < 200 || reply.status >= 300) && reply.body.isEmpty())
        reply.body = ex->errorBody;
    monitor::OperationMetrics::global().record(
        ex->operation, double(ex->elapsed.nsecsElapsed()) / 1e6, reply.ok && reply.status < 500);
    // The callback may destroy this client: touch nothing after it.
    if (ex->done)
        ex->done(reply);
}

void DockerClient::ping(std::function<void(bool, const QString &)> done) {
    request("GET", QStringLiteral("/_ping"), {}, [done](const DockerReply &r) {
        done(r.ok && r.status == 200, r.ok ? errorMessage(r) : r.error);
    });
}

void DockerClient::negotiate(std::function<void(bool, const QString &)> done) {
    m_apiVersion.clear();
    request("GET", QStringLiteral("/version"), {}, [this, done](const DockerReply &r) {
        if (!r.ok || r.status != 200) {
            done(false, errorMessage(r));
            return;
        }
        const QJsonObject version = QJsonDocument::fromJson(r.body).object();
        const QString daemon = version.value(QStringLiteral("ApiVersion")).toString();
        // Podman 4 answers ApiVersion 1.41 (its own version is under Components), so the same
        // /v1.41 prefix serves both engines.
        m_apiVersion = compareApiVersions(daemon, QString::fromLatin1(kApiVersion));
        m_engineKind = parseEngineKind(version);
        done(true, {});
    });
}

EngineKind DockerClient::parseEngineKind(const QJsonObject &version) {
    const QJsonArray components = version.value(QStringLiteral("Components")).toArray();
    for (const QJsonValue &c : components) {
        if (c.toObject()
                .value(QStringLiteral("Name"))
                .toString()
                .startsWith(QLatin1String("Podman"), Qt::CaseInsensitive))
            return EngineKind::Podman;
    }
    return version.isEmpty() ? EngineKind::Unknown : EngineKind::Docker;
}

QString DockerClient::portsText(const QJsonArray &ports) {
    QStringList parts;
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        const int privatePort = p.value(QStringLiteral("PrivatePort")).toInt();
        if (privatePort <= 0)
            continue;
        const QString type = p.value(QStringLiteral("Type")).toString(QStringLiteral("tcp"));
        const int publicPort = p.value(QStringLiteral("PublicPort")).toInt();
        QString part = QStringLiteral("%1/%2").arg(privatePort).arg(type);
        if (publicPort > 0) {
            // Docker lists a port published on every address twice (0.0.0.0 and ::); say it once.
            const QString ip = p.value(QStringLiteral("IP")).toString();
            const bool everyAddress =
                ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
            const QString host = everyAddress ? QString::number(publicPort)
                                 : ip.contains(QLatin1Char(':'))
                                     ? QStringLiteral("[%1]:%2").arg(ip).arg(publicPort)
                                     : QStringLiteral("%1:%2").arg(ip).arg(publicPort);
            part = host + QStringLiteral("->") + part;
        }
        if (!parts.contains(part))
            parts.append(part);
    }
    std::sort(parts.begin(), parts.end(), [](const QString &a, const QString &b) {
        // Published ports first, then by number.
        const bool aPublished = a.contains(QLatin1String("->"));
        const bool bPublished = b.contains(QLatin1String("->"));
        if (aPublished != bPublished)
            return aPublished;
        return QString::compare(a, b) < 0;
    });
    return parts.join(QStringLiteral(", "));
}

QList<ContainerInfo> DockerClient::parseContainerList(const QByteArray &json, bool *ok) {
    QList<ContainerInfo> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (ok)
        *ok = doc.isArray();
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        ContainerInfo c;
        c.id = o.value(QStringLiteral("Id")).toString();
        const QJsonArray names = o.value(QStringLiteral("Names")).toArray();
        c.name = names.isEmpty() ? c.id.left(12) : names.at(0).toString();
        if (c.name.startsWith(QLatin1Char('/')))
            c.name.remove(0, 1);
        c.image = o.value(QStringLiteral("Image")).toString();
        c.ports = portsText(o.value(QStringLiteral("Ports")).toArray());
        c.state = o.value(QStringLiteral("State")).toString();
        c.status = o.value(QStringLiteral("Status")).toString();
        c.createdEpochSec = qint64(o.value(QStringLiteral("Created")).toDouble());
        out.append(c);
    }
    return out;
}

void DockerClient::listContainers(
    std::function<void(const QList<ContainerInfo> &, const QString &)> done) {
    request("GET", QStringLiteral("/containers/json?all=1"), {}, [done](const DockerReply &r) {
        if (!r.ok || r.status != 200) {
            done({}, errorMessage(r));
            return;
        }
        bool ok = false;
        const QList<ContainerInfo> out = parseContainerList(r.body, &ok);
        if (!ok) {
            done({}, tr("malformed container list from Docker"));
            return;
        }
        done(out, {});
    });
}

void DockerClient::inspect(const QString &name,
                           std::function<void(const QJsonObject &, const QString &)> done) {
    if (!isValidName(name)) {
        done({}, invalidNameMessage(name));
        return;
    }
    request("GET", QStringLiteral("/containers/%1/json").arg(encodeName(name)), {},
            [done](const DockerReply &r) {
                if (!r.ok || r.status != 200) {
                    done({}, errorMessage(r));
                    return;
                }
                done(QJsonDocument::fromJson(r.body).object(), {});
            });
}

QString DockerClient::invalidNameMessage(const QString &name) {
    return tr("\"%1\" is not a valid container name").arg(name.left(100));
}

bool DockerClient::isValidName(const QString &name) {
    // Docker's own rule for names, and ids are hex: anything else never reaches the daemon.
    static const QRegularExpression re(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$"));
    return re.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

void DockerClient::action(const QString &name, const QString &verb, const QString &query,
                          std::function<void(const ActionOutcome &)> done) {
    if (!isValidName(name)) {
        done(ActionOutcome{false, false, invalidNameMessage(name)});
        return;
    }
    request("POST", QStringLiteral("/containers/%1/%2%3").arg(encodeName(name), verb, query), {},
            [verb, done](const DockerReply &r) {
                ActionOutcome o;
                if (r.ok && r.status == 204) {
                    o.ok = true;
                    o.changed = true;
                    o.message = verb == QLatin1String("start")  ? tr("started")
                                : verb == QLatin1String("stop") ? tr("stopped")
                                                                : tr("restarted");
                } else if (r.ok && r.status == 304) {
                    o.ok = true;
                    o.message = verb == QLatin1String("start") ? tr("already running")
                                                               : tr("already stopped");
                } else {
                    o.message = errorMessage(r);
                }
                done(o);
            });
}

void DockerClient::start(const QString &name, std::function<void(const ActionOutcome &)> done) {
    action(name, QStringLiteral("start"), {}, std::move(done));
}

void DockerClient::stop(const QString &name, int timeoutSec,
                        std::function<void(const ActionOutcome &)> done) {
    if (isValidName(name))
        emit stopRequested(name);
    action(name, QStringLiteral("stop"), QStringLiteral("?t=%1").arg(timeoutSec), std::move(done));
}

void DockerClient::restart(const QString &name, int timeoutSec,
                           std::function<void(const ActionOutcome &)> done) {
    if (isValidName(name))
        emit stopRequested(name);
    action(name, QStringLiteral("restart"), QStringLiteral("?t=%1").arg(timeoutSec),
           std::move(done));
}

StatsSample DockerClient::parseStats(const QJsonObject &s) {
    StatsSample out;
    const QJsonObject cpu = s.value(QStringLiteral("cpu_stats")).toObject();
    const QJsonObject pre = s.value(QStringLiteral("precpu_stats")).toObject();
    const double cpuDelta = cpu.value(QStringLiteral("cpu_usage"))
                                .toObject()
                                .value(QStringLiteral("total_usage"))
                                .toDouble() -
                            pre.value(QStringLiteral("cpu_usage"))
                                .toObject()
                                .value(QStringLiteral("total_usage"))
                                .toDouble();
    const double systemDelta = cpu.value(QStringLiteral("system_cpu_usage")).toDouble() -
                               pre.value(QStringLiteral("system_cpu_usage")).toDouble();
    double online = cpu.value(QStringLiteral("online_cpus")).toDouble();
    if (online <= 0)
        online = cpu.value(QStringLiteral("cpu_usage"))
                     .toObject()
                     .value(QStringLiteral("percpu_usage"))
                     .toArray()
                     .size();
    if (online <= 0)
        online = 1;
    // The docker CLI's formula; a first sample (no previous reading) is 0, not noise. Without a
    // previous system reading the deltas are lifetime totals, not a recent share: no number.
    if (!hasPreviousReading(s))
        out.cpuPercent = pre.isEmpty() ? -1 : 0;
    else if (systemDelta > 0 && cpuDelta >= 0)
        out.cpuPercent = cpuDelta / systemDelta * online * 100.0;
    else if (!pre.isEmpty())
        out.cpuPercent = 0;
    const QJsonObject mem = s.value(QStringLiteral("memory_stats")).toObject();
    if (mem.contains(QStringLiteral("usage"))) {
        const QJsonObject st = mem.value(QStringLiteral("stats")).toObject();
        double cache = 0;
        if (st.contains(QStringLiteral("inactive_file")))
            cache = st.value(QStringLiteral("inactive_file")).toDouble(); // cgroup v2
        else if (st.contains(QStringLiteral("total_inactive_file")))
            cache = st.value(QStringLiteral("total_inactive_file")).toDouble(); // cgroup v1
        else
            cache = st.value(QStringLiteral("cache")).toDouble();
        out.memoryBytes =
            qint64(std::max(0.0, mem.value(QStringLiteral("usage")).toDouble() - cache));
        out.memoryLimitBytes = qint64(mem.value(QStringLiteral("limit")).toDouble());
    }
    return out;
}

bool DockerClient::hasPreviousReading(const QJsonObject &stats) {
    return stats.value(QStringLiteral("precpu_stats"))
               .toObject()
               .value(QStringLiteral("system_cpu_usage"))
               .toDouble() > 0;
}

QJsonObject DockerClient::withPreviousReading(const QJsonObject &later,
                                              const QJsonObject &earlier) {
    QJsonObject out = later;
    out.insert(QStringLiteral("precpu_stats"), earlier.value(QStringLiteral("cpu_stats")));
    return out;
}

void DockerClient::stats(const QString &name,
                         std::function<void(const StatsSample &, const QString &)> done) {
    if (!isValidName(name)) {
        done({}, invalidNameMessage(name));
        return;
    }
    const QString path = QStringLiteral("/containers/%1/stats?stream=false").arg(encodeName(name));
    request("GET", path, {}, [this, path, done](const DockerReply &r) {
        if (!r.ok || r.status != 200) {
            done({}, errorMessage(r));
            return;
        }
        const QJsonObject first = QJsonDocument::fromJson(r.body).object();
        if (hasPreviousReading(first) || !first.value(QStringLiteral("cpu_stats"))
                                              .toObject()
                                              .contains(QStringLiteral("system_cpu_usage"))) {
            done(parseStats(first), {});
            return;
        }
        // Podman answers a one-shot request with one reading: take a second one a moment later,
        // as dockerd does by itself, so CPU is the recent share and not a lifetime average. The
        // timer belongs to this client: a client destroyed meanwhile drops the callback.
        QTimer::singleShot(kSecondReadingMs, this, [this, path, first, done] {
            request("GET", path, {}, [first, done](const DockerReply &second) {
                if (!second.ok || second.status != 200) {
                    done({}, errorMessage(second));
                    return;
                }
                done(parseStats(
                         withPreviousReading(QJsonDocument::fromJson(second.body).object(), first)),
                     {});
            });
        });
    });
}

void DockerClient::logs(const QString &name, int tail, bool tty,
                        std::function<void(const QString &, const QString &)> done) {
    if (!isValidName(name)) {
        done({}, invalidNameMessage(name));
        return;
    }
    auto demuxer = std::make_shared<LogDemuxer>();
    demuxer->setRaw(tty);
    request(
        "GET",
        QStringLiteral("/containers/%1/logs?stdout=1&stderr=1&timestamps=1&tail=%2")
            .arg(encodeName(name))
            .arg(std::clamp(tail, 1, 10000)),
        {},
        [demuxer, done](const DockerReply &r) {
            if (!r.ok || r.status != 200) {
                done({}, errorMessage(r));
                return;
            }
            if (demuxer->hasError()) {
                done({}, tr("malformed log stream from Docker"));
                return;
            }
            done(demuxer->text(), {});
        },
        [demuxer](const QByteArray &bytes) { demuxer->feed(bytes); });
}

} // namespace mechdock::docker
