// Many containers on many hosts: five private dockerds of 200 containers each (1,000 in all, 20
// running on each host), every one configured in `mechdockd`, which talks to all five and to the
// local Discord server. Measured:
//  - time from start to the first complete status (all 1,000 with their state from Docker), and
//    to CPU and memory for every running one, from the engine's own snapshots (control API);
//  - a full refresh of the five hosts through Mechdock's status cache (the service's code, in
//    this process), beside the Docker SDK for Python doing the same with containers.list(all=
//    True), which is what a Python bot does (tests/bench/dockerpy_refresh.py);
//  - /ss with 1,000 containers: INTERACTION_CREATE sent to callback received;
//  - the service's RSS and private dirty memory.
// The containers are made once and kept (vfs, about 4 MB each) under MECHDOCK_BENCH_CACHE
// (default /var/tmp/mdbench); later runs reuse them. Needs root (dockerd). Goals: a full
// refresh under 1 s, RSS under 40 MB.
#include "client/remoteengineclient.h"
#include "config/settingsstore.h"
#include "docker/containerstatuscache.h"
#include "dockerdaemon.h"
#include "interactiondriver.h"
#include "localdiscordserver.h"
#include "service/containerpoller.h"
#include "servicebenchsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace mechdock;

namespace {

constexpr int kHosts = 5;
constexpr int kPerHost = 200;
constexpr int kRunningPerHost = 20;
constexpr int kRefreshRuns = 10;
constexpr const char *kGuild = "41771983423143937";
constexpr const char *kStatusChannel = "200000000000000001";

QString hostName(int h) {
    return QStringLiteral("h%1").arg(h + 1);
}

QString containerName(int h, int i) {
    return QStringLiteral("h%1c%2").arg(h + 1).arg(i, 3, 10, QLatin1Char('0'));
}

QString cacheDir() {
    const QString env = qEnvironmentVariable("MECHDOCK_BENCH_CACHE");
    return env.isEmpty() ? QStringLiteral("/var/tmp/mdbench") : env;
}

// Starts the kept daemons and makes the containers that are missing; prints what it did.
bool prepareHosts(std::vector<std::unique_ptr<test::DockerDaemon>> &daemons) {
    QElapsedTimer took;
    took.start();
    int made = 0;
    for (int h = 0; h < kHosts; ++h) {
        auto daemon = std::make_unique<test::DockerDaemon>();
        daemon->setKeptDir(cacheDir() + QLatin1Char('/') + hostName(h));
        const QString why = daemon->start();
        if (!why.isEmpty()) {
            std::fprintf(stderr, "needs a dockerd: %s\n", qPrintable(why));
            return false;
        }
        const QStringList names = daemon->containerNames();
        const QSet<QString> existing(names.begin(), names.end());
        QStringList missing;
        QStringList running;
        for (int i = 0; i < kPerHost; ++i) {
            if (!existing.contains(containerName(h, i)))
                missing << containerName(h, i);
            if (i < kRunningPerHost)
                running << containerName(h, i);
        }
        if (!daemon->createContainers(missing,
                                      {QStringLiteral("sleep"), QStringLiteral("86400")})) {
            std::fprintf(stderr, "could not create the containers of %s\n",
                         qPrintable(hostName(h)));
            return false;
        }
        made += int(missing.size());
        if (daemon->docker(QStringList{QStringLiteral("start")} + running, nullptr, 300000) != 0) {
            std::fprintf(stderr, "could not start the containers of %s\n", qPrintable(hostName(h)));
            return false;
        }
        daemons.push_back(std::move(daemon));
    }
    std::fprintf(stderr, "hosts ready in %.1f s (%d containers made, the rest kept in %s)\n",
                 double(took.elapsed()) / 1000.0, made, qPrintable(cacheDir()));
    return true;
}

QJsonObject settingsJson(const std::vector<std::unique_ptr<test::DockerDaemon>> &daemons) {
    QJsonArray endpoints;
    QJsonArray containers;
    for (int h = 0; h < kHosts; ++h) {
        endpoints.append(QJsonObject{{QStringLiteral("name"), hostName(h)},
                                     {QStringLiteral("uri"), daemons.at(h)->uri()}});
        for (int i = 0; i < kPerHost; ++i)
            containers.append(
                QJsonObject{{QStringLiteral("endpoint"), hostName(h)},
                            {QStringLiteral("name"), containerName(h, i)},
                            {QStringLiteral("order"), h * kPerHost + i},
                            {QStringLiteral("allowedActions"),
                             QJsonArray{QStringLiteral("status"), QStringLiteral("start"),
                                        QStringLiteral("stop")}}});
    }
    return QJsonObject{
        {QStringLiteral("discord"),
         QJsonObject{
             {QStringLiteral("guildIds"), QJsonArray{QString::fromLatin1(kGuild)}},
             {QStringLiteral("channels"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QString::fromLatin1(kStatusChannel)},
                                     {QStringLiteral("kind"), QStringLiteral("status")}}}}}},
        {QStringLiteral("docker"), QJsonObject{{QStringLiteral("endpoints"), endpoints}}},
        {QStringLiteral("containers"), containers},
        {QStringLiteral("http"), QJsonObject{{QStringLiteral("listen"), QString()}}}};
}

bool isKnownState(const QString &state) {
    return !state.isEmpty() && state != QLatin1String("unknown") &&
           state != QLatin1String("missing") && state != QLatin1String("unreachable");
}

struct StartTimes {
    qint64 completeMs = -1; // every configured container with a state from Docker
    qint64 statsMs = -1;    // and CPU and memory for every running one
};

// Follows the engine's snapshots until both moments are seen; times from the engine's own
// containersEpochMs, so the snapshot rate does not blur them.
StartTimes watchStart(client::RemoteEngineClient &engine, qint64 startEpochMs, int timeoutMs) {
    StartTimes times;
    QObject context;
    QObject::connect(&engine, &client::EngineClient::snapshotReceived, &context,
                     [&](const service::ServiceSnapshot &s) {
                         int known = 0;
                         int running = 0;
                         int sampled = 0;
                         for (const service::ContainerRow &row : s.containers) {
                             if (!row.configured || !isKnownState(row.state))
                                 continue;
                             ++known;
                             if (row.running) {
                                 ++running;
                                 sampled += row.cpuPercent >= 0 && row.memoryBytes >= 0;
                             }
                         }
                         const qint64 at = s.containersEpochMs - startEpochMs;
                         if (times.completeMs < 0 && known == kHosts * kPerHost)
                             times.completeMs = at;
                         if (times.completeMs >= 0 && times.statsMs < 0 &&
                             running == kHosts * kRunningPerHost && sampled == running)
                             times.statsMs = at;
                     });
    bench::waitFor([&] { return times.statsMs >= 0; }, timeoutMs);
    return times;
}

struct RefreshTimes {
    QList<double> ms;
    int containers = 0;
};

// Full refreshes through the service's status cache: all hosts at once, timed from refresh()
// to the last host's refreshed().
RefreshTimes refreshInProcess(const QString &configPath) {
    RefreshTimes result;
    const config::LoadResult loaded = config::SettingsStore::load(configPath);
    service::ContainerPoller poller;
    docker::ContainerStatusCache *cache = poller.cache();
    QSet<QString> pending;
    QObject context;
    QObject::connect(cache, &docker::ContainerStatusCache::refreshed, &context,
                     [&](const QString &endpoint) { pending.remove(endpoint); });
    for (int h = 0; h < kHosts; ++h)
        pending.insert(hostName(h));
    poller.setSettings(loaded.settings); // the first refresh: connections and daemon caches
    if (!bench::waitFor([&] { return pending.isEmpty(); }, 60000))
        return result;
    for (int run = 0; run < kRefreshRuns; ++run) {
        for (int h = 0; h < kHosts; ++h)
            pending.insert(hostName(h));
        QElapsedTimer t;
        t.start();
        cache->refresh();
        if (!bench::waitFor([&] { return pending.isEmpty(); }, 60000, 1))
            break;
        result.ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    result.containers = int(cache->statuses().size());
    return result;
}

struct PythonRefresh {
    QList<double> ms;
    int containers = 0;
    qint64 rssKb = -1;
    QString error;
};

PythonRefresh refreshWithDockerPy(const std::vector<std::unique_ptr<test::DockerDaemon>> &daemons) {
    PythonRefresh result;
    QStringList args{QStringLiteral(MECHDOCK_SOURCE_DIR "/tests/bench/dockerpy_refresh.py"),
                     QString::number(kRefreshRuns)};
    for (const auto &d : daemons)
        args << d->uri();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), args);
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        result.error = QString::fromUtf8(python.readAllStandardError().right(600));
        return result;
    }
    for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 3 && f.at(0) == "run") {
            result.ms.append(f.at(1).toDouble());
            result.containers = f.at(2).toInt();
        } else if (f.size() == 2 && f.at(0) == "rss") {
            result.rssKb = f.at(1).toLongLong();
        }
    }
    return result;
}

QJsonObject ssInteraction(const QString &id, const QString &user) {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), 2},
        {QStringLiteral("guild_id"), QString::fromLatin1(kGuild)},
        {QStringLiteral("channel_id"), QString::fromLatin1(kStatusChannel)},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user},
                                                          {QStringLiteral("username"), user}}},
                     {QStringLiteral("roles"), QJsonArray{}}}},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("ss")}, {QStringLiteral("type"), 1}}}};
}

// `count` /ss at `perSecond`, each from its own member; the latencies of those answered.
QList<double> driveStatusCommands(test::LocalDiscordServer &server, int perSecond, int count,
                                  qint64 &nextId, int &nextUser) {
    return bench::driveInteractions(
        server, perSecond, count,
        [&](int, QString *id) {
            *id = QString::number(nextId++);
            return ssInteraction(*id, QString::number(nextUser++));
        },
        count * 1000 / perSecond + 15000);
}

void printRow(const char *what, const QList<double> &ms, int containers) {
    std::printf("%-40s %6lld %9.1f %9.1f %9.1f %8d\n", what, qlonglong(ms.size()),
                bench::percentile(ms, 0.5), bench::percentile(ms, 0.0),
                ms.isEmpty() ? -1.0 : *std::max_element(ms.begin(), ms.end()), containers);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString binary = bench::mechdockdBinary();
    if (!QFile::exists(binary)) {
        std::fprintf(stderr, "mechdockd binary not found at %s (set MECHDOCKD_BINARY)\n",
                     qPrintable(binary));
        return 1;
    }
    std::vector<std::unique_ptr<test::DockerDaemon>> daemons;
    if (!prepareHosts(daemons))
        return 1;

    test::LocalDiscordServer server;
    server.gateway().setHeartbeatIntervalMs(41250);
    if (!server.start())
        return 1;
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("mechdock.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(QJsonDocument(settingsJson(daemons)).toJson());
    config.close();

    QProcess service;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("DISCORD_BOT_TOKEN"), server.token());
    env.insert(QStringLiteral("MECHDOCK_DISCORD_API_URL"), server.apiBaseUrl().toString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.warning=false"));
    service.setProcessEnvironment(env);
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    bench::writeBack(binary);
    const qint64 startEpochMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer sinceStart;
    sinceStart.start();
    double statusPostedSec = -1;
    QObject::connect(&server.rest(), &test::LocalDiscordRest::messageCreated, &server,
                     [&](const QString &channel, const QJsonObject &) {
                         if (channel == QLatin1String(kStatusChannel) && statusPostedSec < 0)
                             statusPostedSec = double(sinceStart.elapsed()) / 1000.0;
                     });
    service.start(binary,
                  {QStringLiteral("--config"), configPath, QStringLiteral("--data-dir"), dataDir});
    if (!service.waitForStarted(10000))
        return 1;
    const QString socket = dataDir + QStringLiteral("/control.sock");
    if (!bench::waitFor([&] { return QFile::exists(socket); }, 30000, 5)) {
        std::fprintf(stderr, "mechdockd did not open its control socket\n");
        service.kill();
        return 1;
    }
    client::RemoteEngineClient engine(QStringLiteral("bench"));
    client::ServerAddress address;
    address.socketPath = socket;
    engine.connectTo(address);
    const StartTimes start = watchStart(engine, startEpochMs, 180000);
    bench::waitFor([&] { return statusPostedSec >= 0; }, 60000);
    bench::idle(5000);
    const qint64 pid = service.processId();
    const qint64 settledRss = bench::rssKb(pid);
    const qint64 settledDirty = bench::privateDirtyKb(pid);

    qint64 nextId = 900000000000000000LL;
    int nextUser = 1000;
    const QList<double> ss5 = driveStatusCommands(server, 5, 50, nextId, nextUser);
    bench::idle(2000);
    const QList<double> ss20 = driveStatusCommands(server, 20, 200, nextId, nextUser);
    bench::idle(3000);
    const qint64 afterRss = bench::rssKb(pid);
    const qint64 afterDirty = bench::privateDirtyKb(pid);
    if (qEnvironmentVariableIntValue("MECHDOCK_BENCH_SMAPS") == 1)
        bench::printLargestMappings(pid, "Rss:", "mechdockd, resident by mapping:");
    engine.disconnectFromEngine();
    service.terminate();
    service.waitForFinished(20000);

    // The refreshes run with the service stopped, so both sides have the machine to themselves.
    const RefreshTimes ours = refreshInProcess(configPath);
    const PythonRefresh python = refreshWithDockerPy(daemons);

    std::printf("Machine: %d cores, %s; %d private dockerds (vfs) of %d containers each, %d "
                "running on each; all %d configured in mechdockd\n",
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()), kHosts,
                kPerHost, kRunningPerHost, kHosts * kPerHost);
    std::printf("\n%-52s %8.2f s\n", "start to the first complete status",
                double(start.completeMs) / 1000.0);
    std::printf("%-52s %8.2f s\n", "start to CPU and memory of every running container",
                double(start.statsMs) / 1000.0);
    std::printf("%-52s %8.2f s\n", "start to the status channel's message", statusPostedSec);

    std::printf("\n%-40s %6s %9s %9s %9s %8s\n", "full refresh of 5 hosts", "runs", "p50 ms",
                "min ms", "max ms", "seen");
    printRow("mechdock (status cache, hosts at once)", ours.ms, ours.containers);
    if (python.error.isEmpty())
        printRow("docker-py 5 containers.list(all=True)", python.ms, python.containers);
    else
        std::printf("docker-py could not run: %s\n", qPrintable(python.error));

    std::printf("\n%-40s %6s %9s %9s %9s\n", "/ss with 1,000 containers", "sent", "answered",
                "p50 ms", "p99 ms");
    std::printf("%-40s %6d %9lld %9.2f %9.2f\n", "5 per second", 50, qlonglong(ss5.size()),
                bench::percentile(ss5, 0.5), bench::percentile(ss5, 0.99));
    std::printf("%-40s %6d %9lld %9.2f %9.2f\n", "20 per second", 200, qlonglong(ss20.size()),
                bench::percentile(ss20, 0.5), bench::percentile(ss20, 0.99));

    std::printf("\n%-40s %10s %14s\n", "memory", "RSS KiB", "private dirty");
    std::printf("%-40s %10lld %14lld\n", "mechdockd, complete status, settled", settledRss,
                settledDirty);
    std::printf("%-40s %10lld %14lld\n", "mechdockd, after the /ss runs", afterRss, afterDirty);
    if (python.rssKb > 0)
        std::printf("%-40s %10lld %14s\n", "docker-py process after its refreshes", python.rssKb,
                    "");
    const double refreshP50 = bench::percentile(ours.ms, 0.5);
    const qint64 peakRss = std::max(settledRss, afterRss);
    std::printf("\nGoals: full refresh under 1 s: %s (%.0f ms); RSS under 40 MB: %s (%.1f MB)\n",
                refreshP50 >= 0 && refreshP50 < 1000 ? "met" : "NOT met", refreshP50,
                peakRss > 0 && peakRss < 40 * 1024 ? "met" : "NOT met", double(peakRss) / 1024.0);
    return start.completeMs >= 0 && !ours.ms.isEmpty() ? 0 : 1;
}
