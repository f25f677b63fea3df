// The control API as the panel sees it: a real `mechdockd` in front of a private dockerd with 50
// containers (25 running), and raw local-socket clients that say hello and subscribe to
// snapshots (raw QLocalSocket, so every byte on the wire is counted). No Discord token: the bot
// stays offline, which changes nothing the API sends but a few fields. Measured, in one run:
//  - the engine's RSS and private dirty memory (smaps_rollup) with 0, 1 and 10 subscribed
//    clients reading; goal (issue: control API): under 200 KB per client;
//  - bytes per second each client receives, idle and while the 50 containers are stopped and
//    started through the Docker API;
//  - latency service -> client: the snapshot's epochMs (taken when the engine builds it, same
//    machine clock) against the time its last byte was read, p50/p99, idle and while changing;
//    and the time from a Docker stop/start call returning to the first snapshot showing it.
// The 0-client baseline is taken after a probe client has come and gone, so one-time costs of
// the first client (code paged in) are not charged per client.
// Needs root (dockerd); without it prints "skipped" and exits 0, unless CI=true.
#include "control/controlprotocol.h"
#include "dockerdaemon.h"
#include "servicebenchsupport.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace mechdock;

namespace {

using bench::idle;
using bench::mechdockdBinary;
using bench::privateDirtyKb;
using bench::waitFor;
using bench::writeBack;

constexpr int kContainers = 50;
constexpr int kClients = 10;
// Idle for one background refresh interval (docker.backgroundRefreshSec, 30 s by default).
constexpr int kIdleWindowMs = 30000;
constexpr int kChurnMs = 15000;
constexpr int kStartSettleMs = 10000;
constexpr int kSettleMs = 3000;
// Docker calls in flight at once: enough to keep every announce interval busy.
constexpr int kChurnWorkers = 4;
constexpr int kSamples = 5;
constexpr int kSampleGapMs = 500;

QString containerName(int i) {
    return QStringLiteral("api%1").arg(i, 2, 10, QLatin1Char('0'));
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

struct Memory {
    double rssKb = -1;
    double dirtyKb = -1;
};

// Median of a few samples, the event loop running in between so the clients keep reading.
Memory sample(qint64 pid) {
    QList<double> rss;
    QList<double> dirty;
    for (int i = 0; i < kSamples; ++i) {
        if (i > 0)
            idle(kSampleGapMs);
        rss.append(double(bench::rssKb(pid)));
        dirty.append(double(privateDirtyKb(pid)));
    }
    return {bench::percentile(rss, 0.5), bench::percentile(dirty, 0.5)};
}

// Where the latency samples of the current phase go (none between phases).
QList<double> *g_latencySink = nullptr;

// One subscribed client on a raw local socket. Snapshot lines are not parsed as JSON: ten
// clients parsing 15 KB each on this one thread would delay each other's receive times, so
// the top-level epochMs is found by its key (JSON escapes quotes inside strings, and no nested
// object of the snapshot has a key named exactly "epochMs"). Only `onSnapshot`, when set,
// gets the parsed data.
class Client {
    Q_DISABLE_COPY_MOVE(Client)
public:
    explicit Client(const QString &path) {
        QObject::connect(&m_socket, &QLocalSocket::readyRead, [this] { read(); });
        m_socket.connectToServer(path);
    }

    // Hello, authenticated (local peers need no password), subscribed, first snapshot in.
    bool attach(const QString &name, int timeoutMs = 10000) {
        if (!m_socket.waitForConnected(timeoutMs))
            return false;
        send(control::ControlProtocol::hello(name));
        if (!waitFor([this] { return m_authenticated || closed(); }, timeoutMs) || closed())
            return false;
        send(control::ControlProtocol::request(
            1, QStringLiteral("subscribe"),
            QJsonObject{{QStringLiteral("topics"), QJsonArray{QStringLiteral("snapshot")}}}));
        return waitFor([this] { return snapshots > 0 || closed(); }, timeoutMs) && !closed();
    }

    bool closed() const { return m_socket.state() == QLocalSocket::UnconnectedState; }

    qint64 bytes = 0;
    qint64 snapshots = 0;
    qint64 snapshotBytes = 0;
    std::function<void(const QJsonObject &data, qint64 receivedMs)> onSnapshot;

private:
    void send(const QByteArray &line) {
        m_socket.write(line + '\n');
        m_socket.flush();
    }

    void read() {
        // Before any parsing: the moment the bytes reached this client.
        const qint64 received = nowMs();
        const QByteArray chunk = m_socket.readAll();
        bytes += chunk.size();
        m_buffer.append(chunk);
        qsizetype start = 0;
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n', start)) >= 0) {
            line(QByteArrayView(m_buffer).sliced(start, nl - start), received);
            start = nl + 1;
        }
        m_buffer.remove(0, start);
    }

    void line(QByteArrayView line, qint64 received) {
        if (line.contains("\"topic\":\"snapshot\"")) {
            // The snapshot sent on subscribe is the engine's last one, up to a second old:
            // not a latency sample.
            if (snapshots++ > 0 && g_latencySink) {
                static constexpr QByteArrayView key("\"epochMs\":");
                const qsizetype at = line.indexOf(key);
                qsizetype end = at + key.size();
                while (at >= 0 && end < line.size() && line.at(end) >= '0' && line.at(end) <= '9')
                    ++end;
                if (at >= 0) {
                    const qint64 epochMs =
                        line.sliced(at + key.size(), end - at - key.size()).toLongLong();
                    g_latencySink->append(double(received - epochMs));
                }
            }
            snapshotBytes += line.size() + 1;
            if (onSnapshot)
                onSnapshot(QJsonDocument::fromJson(line.toByteArray())
                               .object()
                               .value(QStringLiteral("data"))
                               .toObject(),
                           received);
            return;
        }
        const QJsonObject m = QJsonDocument::fromJson(line.toByteArray()).object();
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("authenticated"))
            m_authenticated = true;
        else if (type == QLatin1String("error"))
            std::fprintf(stderr, "control API error: %s\n", line.toByteArray().constData());
    }

    QLocalSocket m_socket;
    QByteArray m_buffer;
    bool m_authenticated = false;
};

// Stops running containers (t=0) and starts stopped ones, round robin over all 50, through the
// Docker API on the daemon's socket: asynchronous, so the clients keep reading on this thread
// (a blocking `docker` CLI call would hold their bytes back and inflate the latencies), and
// without a CLI process per change competing for the two cores.
class Churn {
    Q_DISABLE_COPY_MOVE(Churn)
public:
    struct Change {
        qint64 doneMs = 0; // the API call returned
        qint64 seenMs = 0; // the first snapshot showing the new state arrived
    };

    Churn(QString dockerSocket, QHash<QString, bool> running)
        : m_socket(std::move(dockerSocket))
        , m_running(std::move(running)) {}

    void start(int durationMs) {
        m_clock.start();
        m_durationMs = durationMs;
        for (int i = 0; i < kChurnWorkers; ++i)
            next();
    }
    bool finished() const { return m_inFlight == 0 && m_clock.elapsed() >= m_durationMs; }

    // The reference client's snapshots: which changes it shows.
    void observe(const QJsonObject &snapshot, qint64 receivedMs) {
        if (m_pending.isEmpty())
            return;
        for (const QJsonValue &v : snapshot.value(QStringLiteral("containers")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(QStringLiteral("name")).toString();
            const auto it = m_pending.find(name);
            if (it == m_pending.end() ||
                c.value(QStringLiteral("running")).toBool() != m_running.value(name))
                continue;
            it->seenMs = receivedMs;
            settle(it);
        }
    }
    bool allSeen() const { return m_pending.isEmpty(); }

    int calls = 0;
    int failures = 0;
    int unseen() const { return int(m_pending.size()); }
    QList<double> shownMs; // API call returned -> snapshot showing it (0 when shown before)

private:
    void settle(QHash<QString, Change>::iterator it) {
        if (it->doneMs == 0 || it->seenMs == 0)
            return;
        shownMs.append(double(std::max<qint64>(0, it->seenMs - it->doneMs)));
        m_pending.erase(it);
    }

    void next() {
        if (m_clock.elapsed() >= m_durationMs)
            return;
        const QString name = containerName(m_next++ % kContainers);
        const bool run = !m_running.value(name);
        m_running.insert(name, run);
        m_pending.insert(name, Change{});
        ++m_inFlight;
        ++calls;
        auto *socket = new QLocalSocket;
        auto reply = std::make_shared<QByteArray>();
        const auto finish = [this, socket, reply, name] {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            reply->append(socket->readAll());
            // "HTTP/1.1 204 No Content"; 304 would mean it was already so.
            const QByteArray status = reply->left(12).mid(9);
            const auto it = m_pending.find(name);
            if (status == "204" && it != m_pending.end()) {
                it->doneMs = nowMs();
                settle(it);
            } else {
                ++failures;
                m_pending.remove(name);
                std::fprintf(stderr, "docker %s: %s\n", qPrintable(name),
                             reply->left(200).constData());
            }
            socket->deleteLater();
            --m_inFlight;
            next();
        };
        const QByteArray request =
            "POST " +
            QStringLiteral("/containers/%1/%2")
                .arg(name, run ? QStringLiteral("start") : QStringLiteral("stop?t=0"))
                .toUtf8() +
            " HTTP/1.1\r\nHost: docker\r\nContent-Length: 0\r\n"
            "Connection: close\r\n\r\n";
        QObject::connect(socket, &QLocalSocket::connected,
                         [socket, request] { socket->write(request); });
        QObject::connect(socket, &QLocalSocket::readyRead,
                         [socket, reply] { reply->append(socket->readAll()); });
        QObject::connect(socket, &QLocalSocket::disconnected, finish);
        QObject::connect(socket, &QLocalSocket::errorOccurred, finish);
        // A call that hangs must not stall the run.
        QTimer::singleShot(15000, socket, [socket] { socket->abort(); });
        socket->connectToServer(m_socket);
    }

    QString m_socket;
    QHash<QString, bool> m_running; // what each container was last asked to be
    QHash<QString, Change> m_pending;
    QElapsedTimer m_clock;
    int m_durationMs = 0;
    int m_next = 0;
    int m_inFlight = 0;
};

void stopProcess(QProcess &p) {
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(5000);
    }
}

// Latencies depend on what else the machine runs: the table says how busy it was.
QByteArray loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("unknown");
    return f.readAll().split(' ').mid(0, 3).join(' ');
}

QString mb(const Memory &m) {
    return QStringLiteral("%1 / %2").arg(QString::number(m.rssKb / 1024.0, 'f', 1),
                                         QString::number(m.dirtyKb / 1024.0, 'f', 1));
}

QString latency(const QList<double> &ms) {
    if (ms.isEmpty())
        return QStringLiteral("n/a (no samples)");
    return QStringLiteral("%1 / %2 ms (%3 samples)")
        .arg(bench::percentile(ms, 0.5))
        .arg(bench::percentile(ms, 0.99))
        .arg(ms.size());
}

// Bytes each client received per second between two readings of their counters.
double perClientRate(const std::vector<qint64> &before,
                     const std::vector<std::unique_ptr<Client>> &clients, qint64 elapsedMs) {
    qint64 total = 0;
    for (size_t i = 0; i < before.size(); ++i)
        total += clients.at(i)->bytes - before.at(i);
    return double(total) / double(before.size()) / (double(elapsedMs) / 1000.0);
}

qint64 snapshotCount(const std::vector<std::unique_ptr<Client>> &clients) {
    qint64 n = 0;
    for (const auto &c : clients)
        n += c->snapshots;
    return n;
}

std::vector<qint64> counters(const std::vector<std::unique_ptr<Client>> &clients) {
    std::vector<qint64> out;
    for (const auto &c : clients)
        out.push_back(c->bytes);
    return out;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (::geteuid() != 0 && !test::isCi()) {
        std::printf("skipped: needs root (a private dockerd)\n");
        return 0;
    }
    if (!QFile::exists(mechdockdBinary())) {
        std::fprintf(stderr, "mechdockd not found at %s (set MECHDOCKD_BINARY)\n",
                     qPrintable(mechdockdBinary()));
        return 1;
    }
    test::DockerDaemon daemon;
    const QString why = daemon.start();
    if (!why.isEmpty()) {
        if (test::isCi()) {
            std::fprintf(stderr, "CI needs a real dockerd: %s\n", qPrintable(why));
            return 1;
        }
        std::printf("skipped: %s\n", qPrintable(why));
        return 0;
    }
    QJsonArray containers;
    QStringList names;
    QHash<QString, bool> running;
    for (int i = 0; i < kContainers; ++i) {
        const QString name = containerName(i);
        if (!daemon.createContainer(name, {QStringLiteral("sleep"), QStringLiteral("3600")})) {
            std::fprintf(stderr, "could not create %s\n", qPrintable(name));
            return 1;
        }
        names.append(name);
        running.insert(name, i < kContainers / 2);
        containers.append(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("order"), i},
                                      {QStringLiteral("allowedActions"),
                                       QJsonArray{QStringLiteral("status"), QStringLiteral("start"),
                                                  QStringLiteral("stop")}}});
    }
    // Half of them running, as on a real host.
    if (daemon.docker(QStringList{QStringLiteral("start")} + names.mid(0, kContainers / 2)) != 0) {
        std::fprintf(stderr, "could not start the containers\n");
        return 1;
    }

    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("mechdock.json"));
    const QString dataDir = home.filePath(QStringLiteral("data"));
    {
        // No health HTTP listener: its fixed port must not collide with another engine.
        const QJsonObject settings{
            {QStringLiteral("docker"),
             QJsonObject{{QStringLiteral("endpoints"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                                 {QStringLiteral("uri"), daemon.uri()}}}}}},
            {QStringLiteral("http"), QJsonObject{{QStringLiteral("listen"), QString()}}},
            {QStringLiteral("containers"), containers}};
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(settings).toJson());
    }

    writeBack(mechdockdBinary());
    QProcess engine;
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISCORD_BOT_TOKEN"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("HOME"), home.path());
        // No keychain lookup for a token over the session bus.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        engine.setProcessEnvironment(env);
    }
    // If the benchmark dies, the engine goes with it, as the test dockerd does.
    engine.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    engine.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    engine.setStandardOutputFile(QProcess::nullDevice());
    engine.start(mechdockdBinary(),
                 {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir});
    if (!engine.waitForStarted(10000)) {
        std::fprintf(stderr, "mechdockd did not start\n");
        return 1;
    }
    const qint64 pid = engine.processId();
    const QString socketPath = dataDir + QStringLiteral("/control.sock");

    // A probe client waits until the engine lists all 50 containers with their states, then
    // leaves: the first client's one-time costs (code paged in, the snapshot serializer's
    // buffers) are not charged to the clients measured below.
    {
        if (!waitFor([&] { return QFile::exists(socketPath); }, 30000)) {
            std::fprintf(stderr, "no control socket at %s\n", qPrintable(socketPath));
            stopProcess(engine);
            return 1;
        }
        Client probe(socketPath);
        bool ready = false;
        probe.onSnapshot = [&](const QJsonObject &s, qint64) {
            int up = 0;
            const QJsonArray list = s.value(QStringLiteral("containers")).toArray();
            for (const QJsonValue &c : list)
                up += c.toObject().value(QStringLiteral("running")).toBool() ? 1 : 0;
            ready = list.size() == kContainers && up == kContainers / 2;
        };
        if (!probe.attach(QStringLiteral("bench probe")) ||
            !waitFor([&] { return ready; }, 30000)) {
            std::fprintf(stderr, "the engine did not list the %d containers\n", kContainers);
            stopProcess(engine);
            return 1;
        }
    }
    // The engine's first refresh asks every running container for its stats: let that settle.
    idle(kStartSettleMs);
    const Memory mem0 = sample(pid);

    std::vector<std::unique_ptr<Client>> clients;
    QList<double> idleLatency;
    QList<double> churnLatency;
    const auto attach = [&](int count) {
        while (int(clients.size()) < count) {
            clients.push_back(std::make_unique<Client>(socketPath));
            if (!clients.back()->attach(QStringLiteral("bench %1").arg(clients.size())))
                return false;
        }
        return true;
    };
    const auto fail = [&](const char *what) {
        std::fprintf(stderr, "%s\n", what);
        clients.clear();
        stopProcess(engine);
        return 1;
    };

    // One client, then ten, each measured the same way: attached, a moment, sampled.
    g_latencySink = &idleLatency;
    if (!attach(1))
        return fail("client 1 did not attach");
    idle(kSettleMs);
    const Memory mem1 = sample(pid);
    if (!attach(kClients))
        return fail("not every client attached");
    idle(kSettleMs);

    // Ten clients idle for one background refresh interval, so its burst of stats answers (and
    // the snapshots they cause) is in the rate as it is on a real host. Memory sampled first.
    std::vector<qint64> before = counters(clients);
    qint64 snapshots = -snapshotCount(clients);
    QElapsedTimer window;
    window.start();
    const Memory mem10 = sample(pid);
    idle(int(kIdleWindowMs - window.elapsed()));
    const qint64 idleElapsed = window.elapsed();
    const double idleRate = perClientRate(before, clients, idleElapsed);
    const double idleSnapshotRate =
        double(snapshots + snapshotCount(clients)) / kClients / (double(idleElapsed) / 1000.0);

    // Ten clients while the containers change; client 1 tells which changes it has seen.
    Churn churn(daemon.socketPath(), running);
    clients.front()->onSnapshot = [&churn](const QJsonObject &s, qint64 receivedMs) {
        churn.observe(s, receivedMs);
    };
    g_latencySink = &churnLatency;
    before = counters(clients);
    snapshots = -snapshotCount(clients);
    window.restart();
    churn.start(kChurnMs);
    waitFor([&] { return churn.finished(); }, kChurnMs + 20000);
    const qint64 churnElapsed = window.elapsed();
    const double churnRate = perClientRate(before, clients, churnElapsed);
    const double churnSnapshotRate =
        double(snapshots + snapshotCount(clients)) / kClients / (double(churnElapsed) / 1000.0);
    g_latencySink = nullptr;
    // The last changes still on their way to a snapshot.
    waitFor([&] { return churn.allSeen(); }, 3000);
    const Memory mem10after = sample(pid);

    qint64 eventBytes = 0;
    for (const auto &c : clients)
        eventBytes += c->snapshotBytes;
    const double eventKb = double(eventBytes) / double(snapshotCount(clients)) / 1024.0;
    const QByteArray load = loadAverage();
    const bool engineAlive = engine.state() == QProcess::Running;
    int dropped = 0;
    for (const auto &c : clients)
        dropped += c->closed() ? 1 : 0;
    clients.clear();
    stopProcess(engine);

    const double perClientRss = (mem10.rssKb - mem0.rssKb) / kClients;
    const double perClientDirty = (mem10.dirtyKb - mem0.dirtyKb) / kClients;
    std::printf("Control API on the local socket: mechdockd, %d containers (%d running) on a "
                "private dockerd, no Discord token; raw clients subscribed to snapshots, reading "
                "every byte. Memory: median of %d samples %d ms apart. Load average (1, 5, 15 min) "
                "at the end: "
                "%s\n",
                kContainers, kContainers / 2, kSamples, kSampleGapMs, load.constData());
    std::printf("| measurement | value |\n");
    std::printf("| --- | --- |\n");
    std::printf("| RSS / private dirty, 0 clients (MB) | %s |\n", qPrintable(mb(mem0)));
    std::printf("| RSS / private dirty, 1 client (MB) | %s |\n", qPrintable(mb(mem1)));
    std::printf("| RSS / private dirty, %d clients (MB) | %s |\n", kClients, qPrintable(mb(mem10)));
    std::printf("| RSS / private dirty, %d clients after %d s of changes (MB) | %s |\n", kClients,
                kChurnMs / 1000, qPrintable(mb(mem10after)));
    std::printf("| per client: (%d clients - 0 clients) / %d, RSS / private dirty (KB) | %.0f / "
                "%.0f |\n",
                kClients, kClients, perClientRss, perClientDirty);
    std::printf("| snapshot event, mean size (KB) | %.1f |\n", eventKb);
    std::printf("| per client, idle %d s: KB/s, snapshots/s | %.1f, %.2f |\n", kIdleWindowMs / 1000,
                idleRate / 1024.0, idleSnapshotRate);
    std::printf("| per client, %d containers changing %d s: KB/s, snapshots/s | %.1f, %.2f |\n",
                kContainers, kChurnMs / 1000, churnRate / 1024.0, churnSnapshotRate);
    std::printf("| container changes (Docker API stop/start) | %d, %.1f/s, %d failed |\n",
                churn.calls, double(churn.calls) / (double(churnElapsed) / 1000.0), churn.failures);
    std::printf("| latency epochMs -> client, idle: p50 / p99 | %s |\n",
                qPrintable(latency(idleLatency)));
    std::printf("| latency epochMs -> client, changing: p50 / p99 | %s |\n",
                qPrintable(latency(churnLatency)));
    std::printf("| latency Docker call returned -> client shows it: p50 / p99 | %s, %d never "
                "shown |\n",
                qPrintable(latency(churn.shownMs)), churn.unseen());
    std::printf("Goal: under 200 KB RSS per client (%s)%s%s\n",
                perClientRss < 200.0 ? "met" : "NOT met",
                engineAlive ? "" : "; mechdockd exited before the end",
                dropped > 0 ? "; the engine disconnected some clients" : "");
    return 0;
}
