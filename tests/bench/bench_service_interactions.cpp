// How fast the bot answers: the real `mechdock --service` connects to the local Discord server
// on loopback; /ping interactions arrive at a steady 100 and 1000 per second, and the time from
// the INTERACTION_CREATE frame leaving the gateway to the callback request arriving at the REST
// server is measured per interaction (p50, p99, max). Also the resident memory of the connected,
// idle service. The binary comes from MECHDOCK_BINARY or the build folder.
#include "localdiscordserver.h"
#include "servicebenchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace mechdock;

namespace {

struct RunResult {
    int sent = 0;
    int answered = 0;
    double p50 = -1;
    double p99 = -1;
    double max = -1;
};

RunResult run(test::LocalDiscordServer &server, int perSecond, int seconds, int firstUser) {
    QHash<QString, qint64> sentAt;
    QList<double> latencies;
    QElapsedTimer clock;
    clock.start();
    QMetaObject::Connection answered =
        QObject::connect(&server.rest(), &test::LocalDiscordRest::interactionCallback,
                         [&](const QString &id, const QString &, const QJsonObject &) {
                             const auto it = sentAt.constFind(id);
                             if (it != sentAt.cend())
                                 latencies.append(double(clock.nsecsElapsed() - *it) / 1e6);
                         });
    const int total = perSecond * seconds;
    int sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    const int perTick = std::max(1, perSecond / 100);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        // Catch up to the schedule, so a late tick does not lower the rate.
        const qint64 due = std::min<qint64>(total, clock.elapsed() * perSecond / 1000 + perTick);
        while (sent < due) {
            const QString id = QString::number(900000000000000000LL + firstUser + sent);
            const QString user = QString::number(firstUser + sent);
            sentAt.insert(id, clock.nsecsElapsed());
            server.gateway().dispatchInteraction(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("type"), 2},
                            {QStringLiteral("guild_id"), QStringLiteral("41771983423143937")},
                            {QStringLiteral("channel_id"), QStringLiteral("200000000000000001")},
                            {QStringLiteral("locale"), QStringLiteral("en-US")},
                            {QStringLiteral("member"),
                             QJsonObject{{QStringLiteral("user"),
                                          QJsonObject{{QStringLiteral("id"), user},
                                                      {QStringLiteral("username"), user}}},
                                         {QStringLiteral("roles"), QJsonArray{}}}},
                            {QStringLiteral("data"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("ping")},
                                         {QStringLiteral("type"), 1}}}});
            ++sent;
        }
        if (sent >= total)
            tick.stop();
    });
    tick.start(10);
    if (!QTest::qWaitFor([&] { return sent >= total && latencies.size() >= total; },
                         (seconds + 20) * 1000))
        std::fprintf(stderr, "not every interaction was answered in time\n");
    tick.stop();
    QObject::disconnect(answered);
    RunResult r;
    r.sent = sent;
    r.answered = int(latencies.size());
    r.p50 = bench::percentile(latencies, 0.50);
    r.p99 = bench::percentile(latencies, 0.99);
    r.max = latencies.isEmpty() ? -1 : *std::max_element(latencies.begin(), latencies.end());
    return r;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (!QFile::exists(bench::mechdockBinary())) {
        std::fprintf(stderr, "mechdock binary not found at %s (set MECHDOCK_BINARY)\n",
                     qPrintable(bench::mechdockBinary()));
        return 1;
    }
    test::LocalDiscordServer server;
    server.gateway().setHeartbeatIntervalMs(41250);
    if (!server.start())
        return 1;
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("mechdock.json")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("discord"),
                 QJsonObject{
                     {QStringLiteral("guildIds"), QJsonArray{QStringLiteral("41771983423143937")}},
                     {QStringLiteral("channels"),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("200000000000000001")},
                                      {QStringLiteral("kind"), QStringLiteral("status")},
                                      {QStringLiteral("postOnStartup"), false}}}}}},
                {QStringLiteral("http"), QJsonObject{{QStringLiteral("listen"), QString()}}}})
            .toJson());
    config.close();

    QProcess service;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISCORD_BOT_TOKEN"), server.token());
    env.insert(QStringLiteral("MECHDOCK_DISCORD_API_URL"), server.apiBaseUrl().toString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;*.warning=false"));
    env.insert(QStringLiteral("HOME"), dir.path());
    service.setProcessEnvironment(env);
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    service.start(bench::mechdockBinary(),
                  {QStringLiteral("--service"), QStringLiteral("--config"), config.fileName(),
                   QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))});
    if (!service.waitForStarted(10000))
        return 1;
    if (!QTest::qWaitFor(
            [&] {
                return server.gateway().identifyCount() >= 1 && server.rest().commandPuts() >= 1;
            },
            20000)) {
        std::fprintf(stderr, "the service did not connect to the local Discord server\n");
        service.kill();
        return 1;
    }
    QTest::qWait(3000); // settle: first snapshot, first memory sample
    const qint64 idleRss = bench::rssKb(service.processId());

    std::printf(
        "Machine: %d cores, %s; mechdock --service against the local Discord server (loopback)\n",
        QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()));
    std::printf("%-28s %8s %8s %10s %10s %10s\n", "interactions (/ping)", "sent", "answered",
                "p50 ms", "p99 ms", "max ms");
    int firstUser = 1000;
    for (const auto &[rate, seconds] : {std::pair{100, 5}, std::pair{1000, 3}}) {
        const RunResult r = run(server, rate, seconds, firstUser);
        firstUser += rate * seconds;
        std::printf("%-28s %8d %8d %10.2f %10.2f %10.2f\n",
                    qPrintable(QStringLiteral("%1 per second, %2 s").arg(rate).arg(seconds)),
                    r.sent, r.answered, r.p50, r.p99, r.max);
        QTest::qWait(1000);
    }
    const qint64 busyRss = bench::rssKb(service.processId());
    std::printf("%-28s %8lld KiB\n", "RSS connected, idle", idleRss);
    std::printf("%-28s %8lld KiB\n", "RSS after the runs", busyRss);
    std::printf("%-28s %8d\n", "REST 429 answers", server.rest().tooManyRequestsCount());
    service.terminate();
    service.waitForFinished(10000);
    return 0;
}
