// The control API against a real BotService in this process and a private dockerd:
// - local socket: hello/welcome (auth none, audited as local:<uid>), an old client told to
//   update, snapshots pushed after subscribe, a container started through the API really runs,
//   a donation lands in the ledger with the caller in the audit log, a schedule is stored, the
//   bot token never leaves the engine, oversized and malformed lines close the connection;
// - remote over TLS: the right key works; a wrong key and a client that refuses the certificate
//   (wrong fingerprint) are refused and audited, a plain-text client is refused; failures past
//   the limit are refused without checking;
// - memory: ten subscribed clients and one that never reads cost the engine a bounded amount.
#include "config/settings.h"
#include "control/controlauthenticator.h"
#include "control/controlprotocol.h"
#include "control/controlserver.h"
#include "control/tlsidentity.h"
#include "dockerdaemon.h"
#include "mech/mechservice.h"
#include "scheduler/schedulerapi.h"
#include "service/botservice.h"
#include "storage/auditlog.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <algorithm>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <memory>

using namespace mechdock;

namespace {

qint64 rssBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

// A client speaking the protocol by hand, over either transport.
class RawClient {
public:
    std::unique_ptr<QLocalSocket> local;
    std::unique_ptr<QWebSocket> web;
    QList<QJsonObject> inbox;
    QByteArray buffer;
    qint64 nextId = 1;
    bool closed = false;

    static std::unique_ptr<RawClient> connectLocal(const QString &path) {
        auto c = std::make_unique<RawClient>();
        c->local = std::make_unique<QLocalSocket>();
        RawClient *raw = c.get();
        QObject::connect(c->local.get(), &QLocalSocket::readyRead, [raw] {
            raw->buffer.append(raw->local->readAll());
            qsizetype nl;
            while ((nl = raw->buffer.indexOf('\n')) >= 0) {
                raw->inbox.append(QJsonDocument::fromJson(raw->buffer.left(nl)).object());
                raw->buffer.remove(0, nl + 1);
            }
        });
        QObject::connect(c->local.get(), &QLocalSocket::disconnected,
                         [raw] { raw->closed = true; });
        c->local->connectToServer(path);
        if (!c->local->waitForConnected(5000))
            return nullptr;
        return c;
    }

    // Connects to wss://127.0.0.1:port; `acceptFingerprint` is the certificate the client
    // trusts (empty: trust none).
    static std::unique_ptr<RawClient> connectRemote(quint16 port,
                                                    const QString &acceptFingerprint) {
        auto c = std::make_unique<RawClient>();
        c->web = std::make_unique<QWebSocket>();
        RawClient *raw = c.get();
        QObject::connect(c->web.get(), &QWebSocket::sslErrors,
                         [raw, acceptFingerprint](const QList<QSslError> &) {
                             const QList<QSslCertificate> chain =
                                 raw->web->sslConfiguration().peerCertificateChain();
                             if (!chain.isEmpty() && control::TlsIdentity::fingerprint(
                                                         chain.first()) == acceptFingerprint)
                                 raw->web->ignoreSslErrors();
                         });
        QObject::connect(c->web.get(), &QWebSocket::textMessageReceived, [raw](const QString &t) {
            raw->inbox.append(QJsonDocument::fromJson(t.toUtf8()).object());
        });
        QObject::connect(c->web.get(), &QWebSocket::disconnected, [raw] { raw->closed = true; });
        c->web->open(QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(port)));
        return c;
    }

    bool connectedRemote(int timeoutMs = 10000) {
        return QTest::qWaitFor(
                   [this] { return web->state() == QAbstractSocket::ConnectedState || closed; },
                   timeoutMs) &&
               web->state() == QAbstractSocket::ConnectedState;
    }

    void send(const QByteArray &message) {
        if (local) {
            local->write(message + '\n');
            local->flush();
        } else {
            web->sendTextMessage(QString::fromUtf8(message));
        }
    }

    // The next message of `type` (others stay in the inbox), or an empty object.
    QJsonObject next(const QString &type, int timeoutMs = 10000) {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (int i = 0; i < inbox.size(); ++i) {
                    if (inbox.at(i).value(QStringLiteral("type")).toString() == type) {
                        found = inbox.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 60000) {
        const qint64 id = nextId++;
        send(control::ControlProtocol::request(id, method, params));
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (int i = 0; i < inbox.size(); ++i) {
                    const QJsonObject &m = inbox.at(i);
                    if (m.value(QStringLiteral("type")).toString() == QLatin1String("response") &&
                        m.value(QStringLiteral("id")).toInteger() == id) {
                        found = inbox.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    bool waitClosed(int timeoutMs = 10000) {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }
};

QList<storage::AuditEntry> audit(service::BotService &service, const QString &action) {
    storage::AuditFilter filter;
    filter.action = action;
    filter.limit = 1000;
    return service.auditLog()->query(filter);
}

} // namespace

class TestControlApi : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    QTemporaryDir dir;
    std::unique_ptr<service::BotService> service;
    control::ControlServer *server = nullptr;
    QString key;
    QString localIdentity = QStringLiteral("local:%1").arg(::getuid());

private slots:
    void initTestCase() {
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        QVERIFY(daemon.createContainer(QStringLiteral("web"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        config::Settings settings;
        config::EndpointSettings e;
        e.uri = daemon.uri();
        settings.docker.endpoints = {e};
        settings.http.listen.clear();
        config::ContainerSettings web;
        web.name = QStringLiteral("web");
        web.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                              QStringLiteral("stop")};
        settings.containers = {web};
        key = control::ControlAuthenticator::generateKey();
        settings.control.apiKeys = {control::ControlAuthenticator::keyEntry("laptop", key)};
        settings.control.remoteListen = QStringLiteral("127.0.0.1:0");
        // The file settings.set writes to; it holds a token that must never be sent.
        QFile file(dir.filePath(QStringLiteral("mechdock.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"discord\":{\"token\":\"secret.token.value\",\"tokenInFile\":true}}");
        file.close();
        service::ServiceOptions options{
            dir.filePath(QStringLiteral("mechdock.json")), dir.path(), {}};
        options.attachClients = [this](service::BotService &s) {
            server = control::ControlServer::install(s);
        };
        service = std::make_unique<service::BotService>(settings, options);
        service->start();
        QVERIFY(server);
        QVERIFY(server->isLocalListening());
        QVERIFY2(server->isRemoteListening(), qPrintable(server->remoteError()));
        QTRY_VERIFY_WITH_TIMEOUT(service->mech() && service->schedulerApi(), 10000);
    }

    void cleanupTestCase() {
        if (service)
            service->stop();
        service.reset();
    }

    void localSocketIsOwnerOnly() {
        const QFileInfo info(control::ControlServer::socketPath(dir.path()));
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    void helloWelcomeAndVersionMismatch() {
        auto c = RawClient::connectLocal(server->localPath());
        QVERIFY(c);
        c->send(control::ControlProtocol::hello("test"));
        const QJsonObject welcome = c->next("welcome");
        QCOMPARE(welcome.value("protocol").toInt(), control::ControlProtocol::kVersion);
        QCOMPARE(welcome.value("auth").toString(), QStringLiteral("none"));
        QVERIFY(welcome.value("server").toString().startsWith("mechdock "));
        QCOMPARE(c->next("authenticated").value("identity").toString(), localIdentity);

        auto old = RawClient::connectLocal(server->localPath());
        QVERIFY(old);
        old->send(control::ControlProtocol::hello("old", 0));
        const QJsonObject error = old->next("error");
        QCOMPARE(error.value("code").toString(), QStringLiteral("protocol_mismatch"));
        QVERIFY(error.value("message").toString().contains("update"));
        QVERIFY(old->waitClosed());
    }

    void malformedAndOversizedInputCloses() {
        auto c = RawClient::connectLocal(server->localPath());
        QVERIFY(c);
        c->send("{not json");
        QCOMPARE(c->next("error").value("code").toString(), QStringLiteral("malformed"));
        QVERIFY(c->waitClosed());

        auto big = RawClient::connectLocal(server->localPath());
        QVERIFY(big);
        // 2 MiB without a newline: refused at the limit, never buffered whole.
        big->local->write(QByteArray(2 * 1024 * 1024, 'x'));
        QCOMPARE(big->next("error").value("code").toString(), QStringLiteral("too_large"));
        QVERIFY(big->waitClosed());

        auto early = RawClient::connectLocal(server->localPath());
        QVERIFY(early);
        early->send(control::ControlProtocol::request(1, "snapshot.get", {}));
        QCOMPARE(early->next("error").value("code").toString(), QStringLiteral("hello_required"));
        QVERIFY(early->waitClosed());
    }

    void snapshotsArePushed() {
        auto c = RawClient::connectLocal(server->localPath());
        QVERIFY(c);
        c->send(control::ControlProtocol::hello("test"));
        QVERIFY(!c->next("authenticated").isEmpty());
        const QJsonObject sub = c->call("subscribe", {{"topics", QJsonArray{"snapshot"}}});
        QVERIFY(sub.value("ok").toBool());
        const QJsonObject first = c->next("event");
        QCOMPARE(first.value("topic").toString(), QStringLiteral("snapshot"));
        QVERIFY(first.value("data").toObject().value("running").toBool());
        // And again when the engine publishes.
        service->publishSnapshot();
        QVERIFY(!c->next("event").isEmpty());
        const QJsonObject unknown = c->call("no.such.method");
        QCOMPARE(unknown.value("error").toObject().value("code").toString(),
                 QStringLiteral("unknown_method"));
    }

    void containerStartsThroughTheApi() {
        daemon.docker({QStringLiteral("stop"), QStringLiteral("web")});
        QVERIFY(daemon.containerState(QStringLiteral("web")) != QLatin1String("running"));
        auto c = RawClient::connectLocal(server->localPath());
        QVERIFY(c);
        c->send(control::ControlProtocol::hello("test"));
        QVERIFY(!c->next("authenticated").isEmpty());
        const QJsonObject r = c->call("containers.action", {{"name", "web"}, {"action", "start"}});
        QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData());
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("running"));
        // Not an allowed action: refused with a machine word.
        const QJsonObject denied =
            c->call("containers.action", {{"name", "web"}, {"action", "restart"}});
        QCOMPARE(denied.value("error").toObject().value("code").toString(),
                 QStringLiteral("denied"));
        bool audited = false;
        for (const storage::AuditEntry &e : audit(*service, "start"))
            audited = audited || (e.source == "api" && e.actor == localIdentity &&
                                  e.target == "local/web" && e.result == "ok");
        QVERIFY(audited);
    }

    void donationAndScheduleAreStored() {
        auto c = RawClient::connectLocal(server->localPath());
        QVERIFY(c);
        c->send(control::ControlProtocol::hello("test"));
        QVERIFY(!c->next("authenticated").isEmpty());
        const qint64 before = service->mech()->state().totalCents;
        const QJsonObject d = c->call("mech.donate", {{"cents", 500}, {"donor", "Ada"}});
        QVERIFY2(d.value("ok").toBool(), QJsonDocument(d).toJson().constData());
        QCOMPARE(service->mech()->state().totalCents, before + 500);
        const QList<storage::AuditEntry> donations = audit(*service, "donation");
        QVERIFY(!donations.isEmpty());
        QCOMPARE(donations.first().actor, localIdentity);
        QCOMPARE(donations.first().source, QStringLiteral("api"));
        const QJsonObject history = c->call("mech.history", {{"limit", 5}});
        QCOMPARE(history.value("result")
                     .toObject()
                     .value("events")
                     .toArray()
                     .first()
                     .toObject()
                     .value("donor")
                     .toString(),
                 QStringLiteral("Ada"));

        const QJsonObject add =
            c->call("scheduler.add", {{"task", QJsonObject{{"container", "web"},
                                                           {"action", "restart"},
                                                           {"schedule", "daily 04:00"},
                                                           {"timeZone", "UTC"}}}});
        QVERIFY2(add.value("ok").toBool(), QJsonDocument(add).toJson().constData());
        const QString id = add.value("result").toObject().value("id").toString();
        bool stored = false;
        for (const scheduler::TaskOverview &t : service->schedulerApi()->listTasks())
            stored = stored || (t.task.id == id && t.task.createdBy == localIdentity);
        QVERIFY(stored);
        QCOMPARE(audit(*service, "scheduler.add").first().actor, localIdentity);
        const QJsonObject bad = c->call("scheduler.preview", {{"expression", "daily 25:00"}});
        QCOMPARE(bad.value("error").toObject().value("code").toString(),
                 QStringLiteral("invalid_params"));
    }

    void tokenIsNeverSent() {
        auto c = RawClient::connectLocal(server->localPath());
        QVERIFY(c);
        c->send(control::ControlProtocol::hello("test"));
        QVERIFY(!c->next("authenticated").isEmpty());
        const QJsonObject r = c->call("settings.get");
        QVERIFY(r.value("ok").toBool());
        QVERIFY(!QJsonDocument(r).toJson().contains("secret.token.value"));
        QVERIFY(!r.value("result")
                     .toObject()
                     .value("settings")
                     .toObject()
                     .value("discord")
                     .toObject()
                     .contains("token"));
    }

    void remoteWithTheRightKey() {
        auto c = RawClient::connectRemote(server->remotePort(), server->fingerprint());
        QVERIFY(c->connectedRemote());
        c->send(control::ControlProtocol::hello("remote"));
        QCOMPARE(c->next("welcome").value("auth").toString(), QStringLiteral("required"));
        const QJsonObject early = c->call("snapshot.get");
        QCOMPARE(early.value("error").toObject().value("code").toString(),
                 QStringLiteral("auth_required"));
        c->send(control::ControlProtocol::authKey(key));
        QCOMPARE(c->next("authenticated").value("identity").toString(), QStringLiteral("laptop"));
        const QJsonObject d = c->call("mech.donate", {{"cents", 100}});
        QVERIFY(d.value("ok").toBool());
        QCOMPARE(audit(*service, "donation").first().actor, QStringLiteral("laptop"));
    }

    void refusedClientsAreAudited() {
        // A wrong key.
        auto wrong = RawClient::connectRemote(server->remotePort(), server->fingerprint());
        QVERIFY(wrong->connectedRemote());
        wrong->send(control::ControlProtocol::hello("guesser"));
        QVERIFY(!wrong->next("welcome").isEmpty());
        wrong->send(control::ControlProtocol::authKey("mdk_wrong"));
        QCOMPARE(wrong->next("error").value("code").toString(), QStringLiteral("auth_failed"));
        QVERIFY(wrong->waitClosed());
        bool auditedKey = false;
        for (const storage::AuditEntry &e : audit(*service, "auth"))
            auditedKey = auditedKey || (e.result == "denied" && e.actor == "127.0.0.1" &&
                                        e.detail.contains("guesser"));
        QVERIFY(auditedKey);

        // A client that expects another certificate refuses ours.
        const int connectsBefore = audit(*service, "connect").size();
        auto pinned = RawClient::connectRemote(server->remotePort(), QStringLiteral("AA:BB"));
        QVERIFY(!pinned->connectedRemote());
        QTRY_VERIFY_WITH_TIMEOUT(audit(*service, "connect").size() > connectsBefore, 10000);

        // Plain text on the TLS port gets no answer and is closed.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, server->remotePort());
        QVERIFY(plain.waitForConnected(5000));
        plain.write(control::ControlProtocol::hello("plain") + '\n');
        QTRY_VERIFY_WITH_TIMEOUT(plain.state() == QAbstractSocket::UnconnectedState, 15000);
        QVERIFY(!plain.readAll().contains("welcome"));

        // Past five failures a minute the right key is refused without being checked.
        for (int i = 0; i < 5; ++i) {
            auto g = RawClient::connectRemote(server->remotePort(), server->fingerprint());
            if (!g->connectedRemote())
                continue;
            g->send(control::ControlProtocol::hello("guesser"));
            g->send(control::ControlProtocol::authKey("mdk_wrong"));
            (void)g->waitClosed();
        }
        auto late = RawClient::connectRemote(server->remotePort(), server->fingerprint());
        QVERIFY(late->connectedRemote());
        late->send(control::ControlProtocol::hello("late"));
        late->send(control::ControlProtocol::authKey(key));
        QCOMPARE(late->next("error").value("code").toString(), QStringLiteral("rate_limited"));
    }

    void stalledClientsCostBoundedMemory() {
        control::SessionLimits limits;
        limits.minPushIntervalMs = 5; // many pushes in little time
        server->setSessionLimits(limits);
        const qint64 rss0 = rssBytes();
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 10; ++i) {
            auto c = RawClient::connectLocal(server->localPath());
            QVERIFY(c);
            c->send(control::ControlProtocol::hello("reader"));
            QVERIFY(!c->next("authenticated").isEmpty());
            QVERIFY(
                c->call("subscribe", {{"topics", QJsonArray{"snapshot"}}}).value("ok").toBool());
            clients.push_back(std::move(c));
        }
        // One client that subscribes and then never reads a byte: a raw socket, so no Qt
        // buffer on the client side reads for it.
        const QByteArray path = QFile::encodeName(server->localPath());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        const QByteArray hello = control::ControlProtocol::hello("stalled") + '\n' +
                                 control::ControlProtocol::request(
                                     1, "subscribe", {{"topics", QJsonArray{"snapshot"}}}) +
                                 '\n';
        QCOMPARE(::write(fd, hello.constData(), size_t(hello.size())), ssize_t(hello.size()));
        QTRY_COMPARE_WITH_TIMEOUT(server->clientCount(), 11, 5000);
        for (const auto &c : clients)
            c->inbox.clear();
        const qint64 rss1 = rssBytes();
        // Rounds of 2000 snapshots: the stalled client's kernel buffer fills, then the engine
        // holds only the newest for it. The first round warms allocator and caches up; later
        // rounds must not grow.
        const auto round = [&] {
            // 2000 per round: a queue per stalled client would grow by about 6 MiB a round,
            // well apart from the allocator's noise on a busy machine.
            for (int i = 0; i < 2000; ++i) {
                service->publishSnapshot();
                // Let the sockets move what was published: a load, not a wait for time.
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                if (i % 100 == 0) {
                    for (const auto &c : clients)
                        c->inbox.clear();
                }
            }
            // Every reading client has caught up with the round's snapshots.
            for (const auto &c : clients)
                c->inbox.clear();
            service->publishSnapshot();
            (void)QTest::qWaitFor(
                [&] {
                    return std::all_of(clients.begin(), clients.end(),
                                       [](const auto &c) { return !c->inbox.isEmpty(); });
                },
                10000);
            for (const auto &c : clients)
                c->inbox.clear();
            return rssBytes();
        };
        const qint64 rss2 = round();
        const qint64 rss3 = round();
        const qint64 rss4 = round();
        qInfo("RSS: no clients %lld KiB; 10 readers + 1 stalled client attached %lld KiB; after "
              "2000, 4000, 6000 snapshots %lld, %lld, %lld KiB",
              rss0 / 1024, rss1 / 1024, rss2 / 1024, rss3 / 1024, rss4 / 1024);
        // The stalled client is still connected and bounded, not queued without end.
        QCOMPARE(server->clientCount(), 11);
        // A queue per stalled client would hold 4000 more snapshots (about 12 MiB) here.
        QVERIFY2(rss4 - rss2 < 4 * 1024 * 1024,
                 qPrintable(QStringLiteral("grew %1 KiB").arg((rss4 - rss2) / 1024)));
        ::close(fd);
        clients.clear();
        QTRY_COMPARE_WITH_TIMEOUT(server->clientCount(), 0, 5000);
        server->setSessionLimits(control::SessionLimits{});
    }
};

QTEST_GUILESS_MAIN(TestControlApi)
#include "tst_control_api.moc"
