#include "dockerclient.h"

#include "httpresponseparser.h"
#include "logdemuxer.h"

#include "monitor/operationmetrics.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>
#include <QRegularExpression>
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

DockerClient::DockerClient(QString uri, QObject *parent)
    : QObject(parent)
    , m_uri(std::move(uri)) {}

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

void DockerClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                           std::function<void(const DockerReply &)> done,
                           std::function<void(const QByteArray &)> stream) {
    const QUrl url(m_uri);
    QIODevice *device = nullptr;
    auto parser = std::make_shared<HttpResponseParser>();
    if (stream)
        parser->setBodySink(stream);
    if (method == "HEAD")
        parser->expectNoBody();
    auto finished = std::make_shared<bool>(false);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QString operation = QStringLiteral("docker.") + QString::fromLatin1(method).toLower() +
                              QLatin1Char(' ') +
                              path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), 1, 1);
    auto complete = [finished, done, timer, operation](DockerReply r) {
        if (*finished)
            return;
        *finished = true;
        monitor::OperationMetrics::global().record(operation, double(timer->nsecsElapsed()) / 1e6,
                                                   r.ok && r.status < 500);
        done(r);
    };

    QByteArray head = method + ' ' + versioned(path).toUtf8() + " HTTP/1.1\r\n" +
                      "Host: docker\r\nUser-Agent: Mechdock\r\nConnection: close\r\n";
    if (!body.isEmpty() || method == "POST")
        head +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    const QByteArray requestBytes = head + "\r\n" + body;

    if (url.scheme() == QLatin1String("unix") || url.scheme() == QLatin1String("npipe")) {
        QString socketPath = url.path();
#ifdef Q_OS_WIN
        socketPath = url.path().mid(1);
#endif
        if (url.scheme() == QLatin1String("unix") && !QFileInfo::exists(socketPath)) {
            complete({false,
                      0,
                      {},
                      tr("Docker is not reachable at %1 (no such file): is the Docker daemon "
                         "installed and running?")
                          .arg(m_uri)});
            return;
        }
        auto *socket = new QLocalSocket(this);
        device = socket;
        connect(socket, &QLocalSocket::connected, socket,
                [socket, requestBytes] { socket->write(requestBytes); });
        connect(
            socket, &QLocalSocket::errorOccurred, this,
            [this, socket, parser, complete](QLocalSocket::LocalSocketError e) {
                if (e == QLocalSocket::PeerClosedError)
                    return; // handled by disconnected
                QString why;
                if (e == QLocalSocket::SocketAccessError)
                    why = tr("Docker is not reachable at %1 (permission denied): add the user "
                             "to the docker group or run as the socket's owner")
                              .arg(m_uri);
                else if (e == QLocalSocket::ConnectionRefusedError)
                    why = tr("Docker is not reachable at %1 (connection refused)").arg(m_uri);
                else
                    why =
                        tr("Docker is not reachable at %1 (%2)").arg(m_uri, socket->errorString());
                complete({false, 0, {}, why});
                socket->deleteLater();
            });
        connect(socket, &QLocalSocket::disconnected, this, [socket, parser, complete, finished] {
            if (*finished) {
                socket->deleteLater();
                return;
            }
            parser->feed(socket->readAll());
            parser->finishStream();
            complete({parser->isDone(), parser->status(), parser->body(), parser->error()});
            socket->deleteLater();
        });
        socket->connectToServer(socketPath);
    } else if (url.scheme() == QLatin1String("tcp") || url.scheme() == QLatin1String("http")) {
        auto *socket = new QTcpSocket(this);
        device = socket;
        connect(socket, &QTcpSocket::connected, socket,
                [socket, requestBytes] { socket->write(requestBytes); });
        connect(
            socket, &QTcpSocket::errorOccurred, this,
            [this, socket, complete](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::RemoteHostClosedError)
                    return;
                complete(
                    {false,
                     0,
                     {},
                     tr("Docker is not reachable at %1 (%2)").arg(m_uri, socket->errorString())});
                socket->deleteLater();
            });
        connect(socket, &QTcpSocket::disconnected, this, [socket, parser, complete, finished] {
            if (*finished) {
                socket->deleteLater();
                return;
            }
            parser->feed(socket->readAll());
            parser->finishStream();
            complete({parser->isDone(), parser->status(), parser->body(), parser->error()});
            socket->deleteLater();
        });
        socket->connectToHost(url.host(), quint16(url.port(2375)));
    } else {
        complete({false,
                  0,
                  {},
                  tr("%1: only unix://, npipe:// and tcp:// addresses are supported").arg(m_uri)});
        return;
    }
    connect(device, &QIODevice::readyRead, this, [device, parser, complete] {
        // The callback may destroy this client (and with it the socket): touch nothing after it.
        QPointer<QIODevice> alive(device);
        if (!parser->feed(device->readAll())) {
            const DockerReply reply{false,
                                    parser->status(),
                                    {},
                                    tr("malformed answer from Docker: %1").arg(parser->error())};
            complete(reply);
            if (alive)
                alive->close();
            return;
        }
        if (parser->isDone()) {
            const DockerReply reply{true, parser->status(), parser->body(), {}};
            complete(reply);
            if (alive)
                alive->close();
        }
    });
    QPointer<QIODevice> guard(device);
    QTimer::singleShot(m_timeoutMs, this, [this, guard, complete] {
        complete({false,
                  0,
                  {},
                  tr("Docker is not reachable at %1 (no answer within %2 s)")
                      .arg(m_uri)
                      .arg(m_timeoutMs / 1000)});
        if (guard) {
            guard->close();
            guard->deleteLater();
        }
    });
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
        const QString daemon =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("ApiVersion")).toString();
        m_apiVersion = compareApiVersions(daemon, QString::fromLatin1(kApiVersion));
        done(true, {});
    });
}

void DockerClient::listContainers(
    std::function<void(const QList<ContainerInfo> &, const QString &)> done) {
    request("GET", QStringLiteral("/containers/json?all=1"), {}, [done](const DockerReply &r) {
        QList<ContainerInfo> out;
        if (!r.ok || r.status != 200) {
            done(out, errorMessage(r));
            return;
        }
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &perr);
        if (!doc.isArray()) {
            done(out, tr("malformed container list from Docker"));
            return;
        }
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            ContainerInfo c;
            c.id = o.value(QStringLiteral("Id")).toString();
            c.name = o.value(QStringLiteral("Names")).toArray().first().toString();
            if (c.name.startsWith(QLatin1Char('/')))
                c.name.remove(0, 1);
            c.image = o.value(QStringLiteral("Image")).toString();
            c.state = o.value(QStringLiteral("State")).toString();
            c.status = o.value(QStringLiteral("Status")).toString();
            c.createdEpochSec = qint64(o.value(QStringLiteral("Created")).toDouble());
            out.append(c);
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
    action(name, QStringLiteral("stop"), QStringLiteral("?t=%1").arg(timeoutSec), std::move(done));
}

void DockerClient::restart(const QString &name, int timeoutSec,
                           std::function<void(const ActionOutcome &)> done) {
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
    // The docker CLI's formula; a first sample (no previous reading) is 0, not noise.
    if (systemDelta > 0 && cpuDelta >= 0)
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

void DockerClient::stats(const QString &name,
                         std::function<void(const StatsSample &, const QString &)> done) {
    if (!isValidName(name)) {
        done({}, invalidNameMessage(name));
        return;
    }
    request("GET", QStringLiteral("/containers/%1/stats?stream=false").arg(encodeName(name)), {},
            [done](const DockerReply &r) {
                if (!r.ok || r.status != 200) {
                    done({}, errorMessage(r));
                    return;
                }
                done(parseStats(QJsonDocument::fromJson(r.body).object()), {});
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
