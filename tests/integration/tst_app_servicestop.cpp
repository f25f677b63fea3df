// Stopping `mechdock --service` with every debug category on, as an operator's systemd does: 20
// starts against the local Discord server, each stopped by SIGTERM once the bot is online. Every
// stop must exit 0 within the deadline (lines logged while the process ends used to meet a
// destroyed token scrubber and hang), and the bot token, given in the environment, must never
// reach the output, not even in the last lines written at exit. And a stop does not wait for a
// host lookup that hangs.
#include "localdiscordserver.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include <algorithm>
#include <csignal>

#include <unistd.h>

using mechdock::test::mechdockBinary;

namespace {

// Not shaped like a Discord token, so only the scrubber's knowledge of the configured secret
// keeps it out of the log, not its patterns.
const QString kToken = QStringLiteral("stoptest-secret-7Qm2xV9kLp4RwZt8");
constexpr int kRuns = 20;
constexpr int kStopDeadlineMs = 5000;

QProcessEnvironment serviceEnvironment(const QTemporaryDir &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("JOURNAL_STREAM"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
    env.insert(QStringLiteral("DISCORD_BOT_TOKEN"), kToken);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    return env;
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

class TestAppServiceStop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(mechdockBinary()), qPrintable(mechdockBinary())); }

    void sigtermStopsPromptlyWithAllDebugLogging() {
        mechdock::test::LocalDiscordServer discord;
        discord.setToken(kToken);
        QVERIFY(discord.start());
        QList<qint64> stopMs;
        QList<qint64> afterStoppedLineMs;
        for (int run = 0; run < kRuns; ++run) {
            QTemporaryDir home;
            QVERIFY(home.isValid());
            const QString config = home.filePath(QStringLiteral("mechdock.json"));
            {
                // The bot talks to the local server; Docker is absent (a socket that does not
                // exist), which the service reports and survives.
                const QJsonObject settings{
                    {QStringLiteral("discord"),
                     QJsonObject{{QStringLiteral("apiBaseUrl"), discord.apiBaseUrl().toString()}}},
                    {QStringLiteral("docker"),
                     QJsonObject{{QStringLiteral("endpoints"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("name"), QStringLiteral("local")},
                                      {QStringLiteral("uri"),
                                       QStringLiteral("unix://") +
                                           home.filePath(QStringLiteral("no-docker.sock"))}}}}}}};
                QFile f(config);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QJsonDocument(settings).toJson());
            }
            QProcess p;
            p.setProcessEnvironment(serviceEnvironment(home));
            p.setProcessChannelMode(QProcess::MergedChannels);
            QByteArray output;
            QElapsedTimer clock;
            qint64 signalledAt = -1;
            qint64 stoppedLineAt = -1;
            qint64 exitedAt = -1;
            connect(&p, &QProcess::readyRead, this, [&] {
                output += p.readAll();
                if (stoppedLineAt < 0 && output.contains("Service stopped"))
                    stoppedLineAt = clock.elapsed();
            });
            connect(&p, &QProcess::finished, this, [&] { exitedAt = clock.elapsed(); });
            const int identifiesBefore = discord.gateway().identifyCount();
            clock.start();
            p.start(mechdockBinary(),
                    {QStringLiteral("--service"), QStringLiteral("--config"), config,
                     QStringLiteral("--data-dir"), home.filePath(QStringLiteral("state"))});
            QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
            // Up: started, and the bot identified with the token (so it was in use, in memory and
            // in payloads, when the process ended).
            QTRY_VERIFY2_WITH_TIMEOUT(output.contains("Service started") &&
                                          discord.gateway().identifyCount() > identifiesBefore,
                                      output.right(4000).constData(), 30000);
            QCOMPARE(p.state(), QProcess::Running);
            signalledAt = clock.elapsed();
            ::kill(pid_t(p.processId()), SIGTERM);
            QTRY_VERIFY2_WITH_TIMEOUT(exitedAt >= 0,
                                      qPrintable(QStringLiteral("run %1: no exit within %2 ms of "
                                                                "SIGTERM; last output:\n%3")
                                                     .arg(run)
                                                     .arg(kStopDeadlineMs)
                                                     .arg(QString::fromUtf8(output.right(3000)))),
                                      kStopDeadlineMs);
            output += p.readAll();
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(output.contains("Service stopped"), output.right(3000).constData());
            // The debug lines are really there: this is the run that used to hang.
            QVERIFY(output.contains(" DEBUG "));
            const qsizetype leak = output.indexOf(kToken.toUtf8());
            QVERIFY2(leak < 0, output.mid(std::max<qsizetype>(0, leak - 300), 600).constData());
            stopMs.append(exitedAt - signalledAt);
            if (stoppedLineAt >= 0)
                afterStoppedLineMs.append(exitedAt - stoppedLineAt);
        }
        qInfo("%d stops: median %lld ms from SIGTERM to exit (max %lld ms); median %lld ms from "
              "\"Service stopped\" to exit",
              kRuns, median(stopMs), *std::max_element(stopMs.begin(), stopMs.end()),
              median(afterStoppedLineMs));
    }

    // A stop while a host lookup hangs (DNS slow or unreachable, the bot retrying discord.com):
    // the process must not wait for the lookup's answer. The service runs in its own mount
    // namespace, where /etc/resolv.conf names a local server that never answers.
    void stopDoesNotWaitForAHangingHostLookup() {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (::geteuid() != 0 || unshare.isEmpty()) {
            if (mechdock::test::isCi())
                QFAIL("CI runs this as root with unshare (util-linux)");
            QSKIP("needs root and unshare for a private /etc/resolv.conf");
        }
        const QHostAddress dnsAddress(QStringLiteral("127.0.0.77"));
        QUdpSocket silentDns;
        QVERIFY2(silentDns.bind(dnsAddress, 53), qPrintable(silentDns.errorString()));
        int queriesForDiscord = 0;
        connect(&silentDns, &QUdpSocket::readyRead, this, [&] {
            while (silentDns.hasPendingDatagrams()) {
                if (silentDns.receiveDatagram().data().contains("discord"))
                    ++queriesForDiscord;
            }
        });
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString resolv = home.filePath(QStringLiteral("resolv.conf"));
        {
            QFile f(resolv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // One try of 10 s: a lookup in flight at the stop has seconds left to run.
            f.write("nameserver 127.0.0.77\noptions timeout:10 attempts:1\n");
        }
        QProcessEnvironment env = serviceEnvironment(home);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray output;
        QElapsedTimer clock;
        qint64 exitedAt = -1;
        connect(&p, &QProcess::readyRead, this, [&] { output += p.readAll(); });
        connect(&p, &QProcess::finished, this, [&] { exitedAt = clock.elapsed(); });
        // unshare execs sh, which execs mechdock: the process id stays the service's.
        p.start(unshare, {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("mount --bind \"$0\" /etc/resolv.conf && exec \"$@\""),
                          resolv, mechdockBinary(), QStringLiteral("--service"),
                          QStringLiteral("--data-dir"), home.filePath(QStringLiteral("state"))});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(output.contains("Service started") && queriesForDiscord > 0,
                                  output.right(3000).constData(), 30000);
        clock.start();
        ::kill(pid_t(p.processId()), SIGTERM);
        // Waiting for the lookup would take the rest of its 10 s.
        QTRY_VERIFY2_WITH_TIMEOUT(exitedAt >= 0, output.right(3000).constData(), 3000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(output.contains("Service stopped"));
        qInfo("stopped in %lld ms with a host lookup hanging", exitedAt);
    }
};

QTEST_GUILESS_MAIN(TestAppServiceStop)
#include "tst_app_servicestop.moc"
