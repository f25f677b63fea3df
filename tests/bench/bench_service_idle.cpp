// Idle memory of a connected bot, side by side in one run: the headless `mechdockd` with 20 real
// containers configured (a private dockerd, status and control channels posted) and a minimal
// discord.py 2.2 bot (Debian's python3-discord, tests/bench/discordpy_idle_bot.py), both connected
// to the same local Discord server. After the bot is up and its start-up work is done, each is
// left idle, then sampled five times a second apart: VmRSS and Private_Dirty (smaps_rollup), the
// median reported. Goals (issue: headless executable): mechdockd RSS at most 24 MB, private dirty
// memory at most 6 MB. Needs root (dockerd).
#include "dockerdaemon.h"
#include "localdiscordserver.h"
#include "servicebenchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace mechdock;

namespace {

using bench::idle;
using bench::mechdockdBinary;
using bench::privateDirtyKb;
using bench::waitFor;
using bench::writeBack;

constexpr int kContainers = 20;
constexpr int kIdleMs = 15000;

struct Memory {
    double rssMb = -1;
    double dirtyMb = -1;
};

Memory sample(qint64 pid) {
    QList<double> rss;
    QList<double> dirty;
    for (int i = 0; i < 5; ++i) {
        rss.append(double(bench::rssKb(pid)) / 1024.0);
        dirty.append(double(privateDirtyKb(pid)) / 1024.0);
        idle(1000);
    }
    return {bench::percentile(rss, 0.5), bench::percentile(dirty, 0.5)};
}

void stopProcess(QProcess &p) {
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(5000);
    }
}

QProcessEnvironment quietEnvironment(const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    return env;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    test::LocalDiscordServer discord;
    if (!discord.start()) {
        std::fprintf(stderr, "local Discord server did not start\n");
        return 1;
    }
    test::DockerDaemon daemon;
    const QString why = daemon.start();
    if (!why.isEmpty()) {
        std::fprintf(stderr, "needs a dockerd: %s\n", qPrintable(why));
        return 1;
    }
    QJsonArray containers;
    QStringList names;
    for (int i = 0; i < kContainers; ++i) {
        const QString name = QStringLiteral("idle%1").arg(i, 2, 10, QLatin1Char('0'));
        if (!daemon.createContainer(name, {QStringLiteral("sleep"), QStringLiteral("3600")}))
            return 1;
        names.append(name);
        containers.append(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("local")},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("allowedActions"),
                                       QJsonArray{QStringLiteral("status"), QStringLiteral("start"),
                                                  QStringLiteral("stop")}}});
    }
    // Half of them running, as on a real host.
    if (daemon.docker(QStringList{QStringLiteral("start")} + names.mid(0, kContainers / 2)) != 0)
        return 1;

    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral("mechdock.json"));
    {
        const QJsonObject settings{
            {QStringLiteral("discord"),
             QJsonObject{
                 {QStringLiteral("apiBaseUrl"), discord.apiBaseUrl().toString()},
                 {QStringLiteral("channels"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("200000000000000031")},
                                  {QStringLiteral("kind"), QStringLiteral("status")}},
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("100000000000000031")},
                                  {QStringLiteral("kind"), QStringLiteral("control")}}}}}},
            {QStringLiteral("docker"),
             QJsonObject{{QStringLiteral("endpoints"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                                 {QStringLiteral("uri"), daemon.uri()}}}}}},
            {QStringLiteral("containers"), containers}};
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(settings).toJson());
    }

    QSignalSpy identifies(&discord.gateway(), &test::LocalDiscordGateway::identified);
    QSignalSpy posts(&discord.rest(), &test::LocalDiscordRest::messageCreated);

    // Mechdock: connected, the overview and 20 control messages posted, then idle.
    Memory mechdock;
    {
        QProcess p;
        QProcessEnvironment env = quietEnvironment(home.path());
        env.insert(QStringLiteral("DISCORD_BOT_TOKEN"), discord.token());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writeBack(mechdockdBinary());
        p.start(mechdockdBinary(),
                {QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                 home.filePath(QStringLiteral("data"))});
        if (!waitFor([&] { return identifies.size() >= 1 && posts.size() >= kContainers + 1; },
                     60000)) {
            std::fprintf(stderr,
                         "mechdockd did not connect and post (%lld identifies, %lld posts)\n",
                         qlonglong(identifies.size()), qlonglong(posts.size()));
            return 1;
        }
        idle(kIdleMs);
        mechdock = sample(p.processId());
        if (qEnvironmentVariableIsSet("MECHDOCK_BENCH_SMAPS")) {
            bench::printLargestMappings(p.processId(), "Rss:", "resident memory by mapping:", 15);
            // A path in the variable keeps the whole smaps there, for a closer look.
            const QString copy = qEnvironmentVariable("MECHDOCK_BENCH_SMAPS");
            QFile in(QStringLiteral("/proc/%1/smaps").arg(p.processId()));
            QFile out(copy);
            if (copy.startsWith(QLatin1Char('/')) && in.open(QIODevice::ReadOnly) &&
                out.open(QIODevice::WriteOnly))
                out.write(in.readAll()); // proc files report size 0, so QFile::copy writes nothing
        }
        stopProcess(p);
    }

    // discord.py: connected (READY), then idle.
    Memory python;
    {
        QProcess p;
        QProcessEnvironment env = quietEnvironment(home.path());
        env.insert(QStringLiteral("MECHDOCK_BENCH_API"), discord.apiBaseUrl().toString());
        env.insert(QStringLiteral("MECHDOCK_BENCH_GATEWAY"), discord.gatewayUrl().toString());
        env.insert(QStringLiteral("MECHDOCK_BENCH_TOKEN"), discord.token());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(MECHDOCK_SOURCE_DIR "/tests/bench/discordpy_idle_bot.py")});
        QByteArray out;
        if (!waitFor(
                [&] {
                    out += p.readAllStandardOutput();
                    return out.contains("ready") || p.state() == QProcess::NotRunning;
                },
                60000) ||
            !out.contains("ready")) {
            std::fprintf(stderr, "discord.py did not connect: %s\n",
                         p.readAllStandardError().constData());
            return 1;
        }
        idle(kIdleMs);
        python = sample(p.processId());
        stopProcess(p);
    }

    std::printf("Idle and connected to the local Discord server (median of 5 samples after %d s "
                "idle)\n",
                kIdleMs / 1000);
    std::printf("| program | containers configured | RSS (MB) | private dirty (MB) |\n");
    std::printf("| --- | --- | --- | --- |\n");
    std::printf("| mechdockd | %d | %.1f | %.1f |\n", kContainers, mechdock.rssMb,
                mechdock.dirtyMb);
    std::printf("| discord.py 2.2 (minimal /ping bot) | 0 | %.1f | %.1f |\n", python.rssMb,
                python.dirtyMb);
    std::printf("Goals: mechdockd RSS <= 24 MB (%s), private dirty <= 6 MB (%s)\n",
                mechdock.rssMb <= 24.0 ? "met" : "NOT met",
                mechdock.dirtyMb <= 6.0 ? "met" : "NOT met");
    return 0;
}
