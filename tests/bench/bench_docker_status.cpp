// Status refresh benchmark on a real dockerd (the test fixture's private daemon) with 50 busybox
// containers: one list(all) through Mechdock's client (kept connection, and a fresh connection
// each time) beside `docker ps -a` run as a process, which is what a script would do; and a
// status read from ContainerStatusCache. Median of several runs; prints one table.
#include "docker/containerstatuscache.h"
#include "docker/dockerclient.h"
#include "dockerdaemon.h"
#include "memory/cacheregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mechdock;
using namespace mechdock::docker;

namespace {
constexpr int kContainers = 50;
constexpr int kRuns = 15;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// One list(all) on the client, waited for on a local event loop; returns ms or -1.
double listOnce(DockerClient &client, int *count) {
    QEventLoop loop;
    QElapsedTimer t;
    double ms = -1;
    t.start();
    client.listContainers([&](const QList<ContainerInfo> &list, const QString &error) {
        ms = error.isEmpty() ? double(t.nsecsElapsed()) / 1e6 : -1;
        *count = int(list.size());
        loop.quit();
    });
    if (ms < 0)
        loop.exec();
    return ms;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    test::DockerDaemon daemon;
    const QString why = daemon.start();
    if (!why.isEmpty()) {
        std::printf("skipped: %s\n", qPrintable(why));
        return 0;
    }
    for (int i = 0; i < kContainers; ++i) {
        if (!daemon.createContainer(QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0')),
                                    {QStringLiteral("sleep"), QStringLiteral("3600")})) {
            std::printf("could not create the containers\n");
            return 1;
        }
    }
    // A third of them running, as on a real host.
    QStringList startArgs{QStringLiteral("start")};
    for (int i = 0; i < kContainers; i += 3)
        startArgs.append(QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0')));
    daemon.docker(startArgs);

    DockerClient kept(daemon.uri());
    int count = 0;
    listOnce(kept, &count); // warm-up: connection and daemon caches
    std::vector<double> keptMs;
    for (int i = 0; i < kRuns; ++i)
        keptMs.push_back(listOnce(kept, &count));
    const int keptCount = count;

    std::vector<double> freshMs;
    for (int i = 0; i < kRuns; ++i) {
        DockerClient fresh(daemon.uri());
        fresh.setPoolLimits(0, 0);
        freshMs.push_back(listOnce(fresh, &count));
    }

    std::vector<double> cliMs;
    int cliCount = 0;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        QByteArray out;
        daemon.docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                       QStringLiteral("{{.Names}} {{.State}}")},
                      &out);
        cliMs.push_back(double(t.nsecsElapsed()) / 1e6);
        cliCount = int(out.count('\n'));
    }

    memory::CacheRegistry registry;
    ContainerStatusCache cache(nullptr, &registry);
    EndpointConfig config;
    config.uri = daemon.uri();
    cache.addEndpoint(DockerEndpoint::resolve(config, {}));
    bool refreshed = false;
    QObject::connect(&cache, &ContainerStatusCache::refreshed, [&] { refreshed = true; });
    cache.start();
    QElapsedTimer wait;
    wait.start();
    while (!refreshed && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    constexpr int kReads = 200000;
    std::vector<double> readNs;
    int running = 0;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kReads; ++i) {
            const ContainerStatus s = cache.status(
                QStringLiteral("local"),
                QStringLiteral("bench%1").arg(i % kContainers, 2, 10, QLatin1Char('0')));
            running += s.running() ? 1 : 0;
        }
        readNs.push_back(double(t.nsecsElapsed()) / kReads);
    }
    cache.stop();

    std::printf("Machine: %s, %d threads, Qt %s; dockerd from the test fixture (vfs, private "
                "socket)\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion());
    std::printf("%-52s %12s %10s\n", "status of all containers", "median", "rows");
    std::printf("%-52s %9.2f ms %10d\n", "Mechdock client, list(all), kept connection",
                median(keptMs), keptCount);
    std::printf("%-52s %9.2f ms %10d\n", "Mechdock client, list(all), new connection each",
                median(freshMs), count);
    std::printf("%-52s %9.2f ms %10d\n", "docker ps -a (docker CLI process)", median(cliMs),
                cliCount);
    std::printf("%-52s %9.3f us %10d\n", "ContainerStatusCache::status() (one container)",
                median(readNs) / 1000.0, kContainers);
    std::printf("(%d containers, %d running; median of %d runs; cache reads: median of 5 x %d)\n",
                kContainers, (kContainers + 2) / 3, kRuns, kReads);
    daemon.stop();
    return running > 0 ? 0 : 1;
}
