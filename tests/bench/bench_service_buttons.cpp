// The bot in front of 50 real containers: `mechdock --service` connects to the local Discord
// server and to a private dockerd holding 50 containers (25 running). Measured:
//  - how long the per-container control messages take to be posted, and with how many 429s;
//  - /ss with 50 containers: time from the INTERACTION_CREATE frame leaving the gateway to the
//    callback request arriving at the REST server (the list comes from the status cache);
//  - button clicks (start/stop toggles from distinct users in the control channel) at rising
//    rates: the deferral latency, how many real actions completed (checked with the docker
//    CLI), the message edits that followed, and the 429s the local server had to send.
// The local server enforces Discord's limits (50 requests/s globally, 5 per 5 s per channel
// for messages), so "0 429s" means the client paced itself within them. Needs root (dockerd).
#include "bot/customid.h"
#include "dockerdaemon.h"
#include "interactiondriver.h"
#include "localdiscordserver.h"
#include "servicebenchsupport.h"

#include <QCoreApplication>
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

constexpr int kContainers = 50;
constexpr const char *kGuild = "41771983423143937";
constexpr const char *kStatusChannel = "200000000000000001";
constexpr const char *kControlChannel = "200000000000000002";
constexpr const char *kAdmin = "420000000000000001";

QString containerName(int i) {
    return QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0'));
}

QJsonObject interaction(const QString &id, int type, const QString &channel, const QString &user,
                        const QJsonObject &data, const QString &messageId = {}) {
    QJsonObject i{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("guild_id"), QString::fromLatin1(kGuild)},
                  {QStringLiteral("channel_id"), channel},
                  {QStringLiteral("locale"), QStringLiteral("en-US")},
                  {QStringLiteral("member"),
                   QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user},
                                                                    {QStringLiteral("username"),
                                                                     QStringLiteral("u") + user}}},
                               {QStringLiteral("roles"), QJsonArray{}}}},
                  {QStringLiteral("data"), data}};
    if (!messageId.isEmpty())
        i.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("id"), messageId}});
    return i;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (!QFile::exists(bench::mechdockBinary())) {
        std::fprintf(stderr, "mechdock binary not found at %s (set MECHDOCK_BINARY)\n",
                     qPrintable(bench::mechdockBinary()));
        return 1;
    }
    test::DockerDaemon daemon;
    const QString why = daemon.start();
    if (!why.isEmpty()) {
        std::fprintf(stderr, "needs a dockerd: %s\n", qPrintable(why));
        return 1;
    }
    QStringList running;
    for (int i = 0; i < kContainers; ++i) {
        if (!daemon.createContainer(containerName(i),
                                    {QStringLiteral("sleep"), QStringLiteral("3600")})) {
            std::fprintf(stderr, "could not create %s\n", qPrintable(containerName(i)));
            return 1;
        }
        if (i < kContainers / 2)
            running << containerName(i);
    }
    if (daemon.docker(QStringList{QStringLiteral("start")} + running) != 0) {
        std::fprintf(stderr, "could not start the containers\n");
        return 1;
    }

    test::LocalDiscordServer server;
    server.gateway().setHeartbeatIntervalMs(41250);
    if (!server.start())
        return 1;
    QTemporaryDir dir;
    QJsonArray containers;
    for (int i = 0; i < kContainers; ++i)
        containers.append(
            QJsonObject{{QStringLiteral("name"), containerName(i)},
                        {QStringLiteral("order"), i},
                        {QStringLiteral("allowedActions"),
                         QJsonArray{QStringLiteral("status"), QStringLiteral("start"),
                                    QStringLiteral("stop"), QStringLiteral("restart")}}});
    QFile config(dir.filePath(QStringLiteral("mechdock.json")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("discord"),
                 QJsonObject{
                     {QStringLiteral("guildIds"), QJsonArray{QString::fromLatin1(kGuild)}},
                     {QStringLiteral("adminUserIds"), QJsonArray{QString::fromLatin1(kAdmin)}},
                     {QStringLiteral("channels"),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("id"), QString::fromLatin1(kStatusChannel)},
                                      {QStringLiteral("kind"), QStringLiteral("status")}},
                          QJsonObject{{QStringLiteral("id"), QString::fromLatin1(kControlChannel)},
                                      {QStringLiteral("kind"), QStringLiteral("control")}}}}}},
                {QStringLiteral("docker"),
                 QJsonObject{
                     {QStringLiteral("endpoints"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                             {QStringLiteral("uri"), daemon.uri()}}}},
                     // Every click in this run is a real action, not a cool-down refusal.
                     {QStringLiteral("toggleCooldownSec"), 0}}},
                {QStringLiteral("containers"), containers},
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
    QElapsedTimer sinceStart;
    sinceStart.start();
    service.start(bench::mechdockBinary(),
                  {QStringLiteral("--service"), QStringLiteral("--config"), config.fileName(),
                   QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))});
    if (!service.waitForStarted(10000))
        return 1;
    const QString control = QString::fromLatin1(kControlChannel);
    // One message per container in the control channel; the status channel's overview too.
    if (!QTest::qWaitFor([&] { return server.rest().messages(control).size() >= kContainers; },
                         180000)) {
        std::fprintf(stderr, "the control messages were not all posted (%lld)\n",
                     qlonglong(server.rest().messages(control).size()));
        service.kill();
        return 1;
    }
    const double postedAfterSec = double(sinceStart.elapsed()) / 1000.0;
    const int postedWith429s = server.rest().tooManyRequestsCount();
    QHash<QString, QString> messageOf; // container -> its message in the control channel
    for (const QJsonObject &m : server.rest().messages(control)) {
        const QByteArray text = QJsonDocument(m).toJson(QJsonDocument::Compact);
        for (int i = 0; i < kContainers; ++i) {
            if (text.contains(QByteArray("\"") + containerName(i).toUtf8() + "\"") ||
                text.contains(
                    bot::CustomId{QStringLiteral("stop"), QStringLiteral("local"), containerName(i)}
                        .toString()
                        .toUtf8()) ||
                text.contains(bot::CustomId{QStringLiteral("start"), QStringLiteral("local"),
                                            containerName(i)}
                                  .toString()
                                  .toUtf8()))
                messageOf.insert(containerName(i), m.value(QStringLiteral("id")).toString());
        }
    }
    QTest::qWait(2000);
    const qint64 idleRss = bench::rssKb(service.processId());

    std::printf("Machine: %d cores, %s; mechdock --service, local Discord server and a private "
                "dockerd with %d containers (%d running)\n",
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()), kContainers,
                int(running.size()));
    std::printf("%-44s %8.1f s, %d 429s\n", "control messages for 50 containers posted in",
                postedAfterSec, postedWith429s);

    // /ss with 50 containers, from distinct users (the per-user cool-down is not the subject).
    qint64 nextId = 900000000000000000LL;
    int nextUser = 1000;
    const QString status = QString::fromLatin1(kStatusChannel);
    std::printf("\n%-30s %6s %8s %9s %9s %9s\n", "/ss (50 containers)", "sent", "answered",
                "p50 ms", "p99 ms", "max ms");
    for (const auto &[rate, count] : {std::pair{5, 50}, std::pair{20, 200}}) {
        const QList<double> ms = bench::driveInteractions(
            server, rate, count,
            [&](int, QString *id) {
                *id = QString::number(nextId++);
                return interaction(*id, 2, status, QString::number(nextUser++),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("ss")},
                                               {QStringLiteral("type"), 1}});
            },
            count * 1000 / rate + 30000);
        std::printf("%-30s %6d %8lld %9.2f %9.2f %9.2f\n",
                    qPrintable(QStringLiteral("%1 per second").arg(rate)), count,
                    qlonglong(ms.size()), bench::percentile(ms, 0.5), bench::percentile(ms, 0.99),
                    ms.isEmpty() ? -1.0 : *std::max_element(ms.begin(), ms.end()));
        QTest::qWait(2000);
    }

    // Button clicks: each pass toggles every container once (running -> stop, else start), so
    // every click is a real Docker action.
    QHash<QString, bool> isRunning;
    for (int i = 0; i < kContainers; ++i)
        isRunning.insert(containerName(i), i < kContainers / 2);
    std::printf("\n%-22s %6s %9s %9s %9s %8s %8s %6s\n", "button clicks", "clicks", "p50 ms",
                "p99 ms", "done", "edits", "s", "429s");
    for (const int rate : {2, 5, 10}) {
        const int before429 = server.rest().tooManyRequestsCount();
        int edits = 0;
        QMetaObject::Connection edited =
            QObject::connect(&server.rest(), &test::LocalDiscordRest::messageEdited,
                             [&](const QString &, const QJsonObject &) { ++edits; });
        QHash<QString, bool> expected = isRunning;
        QElapsedTimer took;
        took.start();
        const QList<double> ms = bench::driveInteractions(
            server, rate, kContainers,
            [&](int i, QString *id) {
                const QString name = containerName(i);
                const bool wasRunning = expected.value(name);
                expected.insert(name, !wasRunning);
                *id = QString::number(nextId++);
                const QString customId =
                    bot::CustomId{wasRunning ? QStringLiteral("stop") : QStringLiteral("start"),
                                  QStringLiteral("local"), name}
                        .toString();
                // Distinct members: control channels let anyone act, and one member's
                // cool-down and per-minute cap are not what is measured here.
                return interaction(*id, 3, control, QString::number(nextUser++),
                                   QJsonObject{{QStringLiteral("custom_id"), customId},
                                               {QStringLiteral("component_type"), 2}},
                                   messageOf.value(name));
            },
            kContainers * 1000 / rate + 30000);
        // Done: the containers are in the state the clicks asked for.
        int done = 0;
        const bool allDone = QTest::qWaitFor(
            [&] {
                QByteArray out;
                daemon.docker({QStringLiteral("ps"), QStringLiteral("-a"),
                               QStringLiteral("--format"), QStringLiteral("{{.Names}} {{.State}}")},
                              &out);
                done = 0;
                for (const QByteArray &line : out.split('\n')) {
                    const QList<QByteArray> f = line.split(' ');
                    if (f.size() == 2 && expected.contains(QString::fromUtf8(f.at(0))) &&
                        expected.value(QString::fromUtf8(f.at(0))) == (f.at(1) == "running"))
                        ++done;
                }
                return done == kContainers;
            },
            120000);
        const double seconds = double(took.elapsed()) / 1000.0;
        if (!allDone)
            std::fprintf(stderr, "only %d of %d containers reached the state asked for\n", done,
                         kContainers);
        QTest::qWait(6000); // let the message edits that follow settle
        QObject::disconnect(edited);
        isRunning = expected;
        std::printf("%-22s %6d %9.2f %9.2f %9d %8d %8.1f %6d\n",
                    qPrintable(QStringLiteral("%1 per second").arg(rate)), kContainers,
                    bench::percentile(ms, 0.5), bench::percentile(ms, 0.99), done, edits, seconds,
                    server.rest().tooManyRequestsCount() - before429);
    }
    std::printf("\n%-44s %8lld KiB\n", "RSS connected, idle", idleRss);
    std::printf("%-44s %8lld KiB\n", "RSS after the runs", bench::rssKb(service.processId()));
    std::printf("%-44s %8d\n", "REST 429 answers in all", server.rest().tooManyRequestsCount());
    std::printf("(429s are the local server's answers to requests over Discord's limits; the\n"
                " client learns the buckets from the headers and should cause none.)\n");
    service.terminate();
    service.waitForFinished(10000);
    return 0;
}
