// Crashes told from stops in Docker's events, on a manual clock: a non-zero exit nobody asked
// for is a crash; a kill or stop just before makes it a requested stop; an exit of 0 is a
// finished job; an out-of-memory kill is a crash even after a kill event; crashes within the
// window become one restart-loop report; unwatched containers are ignored; endpoints report
// changes only; an exit during an update of the container is none. The alert's message keeps the
// newest log lines within one embed.
#include "common/clock.h"
#include "service/containercrashwatcher.h"
#include "service/crashalertreporter.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::service;

namespace {
docker::ContainerEvent dockerEvent(const char *action, const char *name = "game",
                                   int exitCode = -1) {
    docker::ContainerEvent e;
    e.endpoint = QStringLiteral("local");
    e.action = QString::fromLatin1(action);
    e.name = QString::fromLatin1(name);
    e.exitCode = exitCode;
    return e;
}
} // namespace

class TestServiceCrashWatcher : public QObject {
    Q_OBJECT

    ManualClock clock;
    std::unique_ptr<ContainerCrashWatcher> watcher;

private slots:
    void init() {
        watcher = std::make_unique<ContainerCrashWatcher>(&clock);
        ContainerCrashWatcher::Settings s;
        s.restartLoopCount = 3;
        s.restartLoopWindowMs = 60000;
        watcher->setSettings(s);
        watcher->setWatched({{QStringLiteral("local"), QStringLiteral("game")},
                             {QStringLiteral("local"), QStringLiteral("db")}});
    }

    void anUpdateInProgressIsNoCrash() {
        // While Mechdock tries a new version, its exit (and the rollback) are the update's.
        bool updating = true;
        watcher->setUpdating([&](const QString &endpoint, const QString &name) {
            return updating && endpoint == QLatin1String("local") && name == QLatin1String("game");
        });
        QSignalSpy crashes(watcher.get(), &ContainerCrashWatcher::crashed);
        watcher->onEvent(dockerEvent("die", "game", 1));
        QCOMPARE(crashes.size(), 0);
        watcher->onEvent(dockerEvent("die", "db", 1)); // another container still counts
        QCOMPARE(crashes.size(), 1);
        updating = false;
        watcher->onEvent(dockerEvent("die", "game", 1));
        QCOMPARE(crashes.size(), 2);
    }

    void crashesAndStopsAreToldApart() {
        QSignalSpy crashes(watcher.get(), &ContainerCrashWatcher::crashed);
        watcher->onEvent(dockerEvent("die", "game", 3));
        QCOMPARE(crashes.size(), 1);
        const auto crash = crashes.takeFirst().first().value<ContainerCrash>();
        QCOMPARE(crash.name, QStringLiteral("game"));
        QCOMPARE(crash.exitCode, 3);
        QVERIFY(!crash.outOfMemory && !crash.restartLoop);

        // docker stop: kill (SIGTERM), then die with 143.
        clock.advanceMs(120000);
        watcher->onEvent(dockerEvent("kill", "game"));
        clock.advanceMs(500);
        watcher->onEvent(dockerEvent("die", "game", 143));
        // A job that finished.
        watcher->onEvent(dockerEvent("die", "db", 0));
        // Not configured.
        watcher->onEvent(dockerEvent("die", "stranger", 1));
        QCOMPARE(crashes.size(), 0);

        // A kill long ago does not excuse a crash now.
        watcher->onEvent(dockerEvent("kill", "db"));
        clock.advanceMs(120000);
        watcher->onEvent(dockerEvent("die", "db", 1));
        QCOMPARE(crashes.size(), 1);
    }

    void outOfMemoryIsACrashEvenAfterAKill() {
        QSignalSpy crashes(watcher.get(), &ContainerCrashWatcher::crashed);
        watcher->onEvent(dockerEvent("oom", "game"));
        watcher->onEvent(dockerEvent("kill", "game"));
        watcher->onEvent(dockerEvent("die", "game", 137));
        QCOMPARE(crashes.size(), 1);
        QVERIFY(crashes.first().first().value<ContainerCrash>().outOfMemory);
        // The next die is judged on its own.
        watcher->onEvent(dockerEvent("kill", "game"));
        watcher->onEvent(dockerEvent("die", "game", 137));
        QCOMPARE(crashes.size(), 1);
    }

    void restartLoopsAreReportedOnce() {
        QSignalSpy crashes(watcher.get(), &ContainerCrashWatcher::crashed);
        for (int i = 0; i < 6; ++i) {
            watcher->onEvent(dockerEvent("die", "game", 1));
            clock.advanceMs(1000);
        }
        // Two single crashes, then one loop report for the rest.
        QCOMPARE(crashes.size(), 3);
        const auto loop = crashes.at(2).first().value<ContainerCrash>();
        QVERIFY(loop.restartLoop);
        QCOMPARE(loop.crashesInWindow, 3);
        // Calm for longer than the window: a new crash is a single one again.
        clock.advanceMs(120000);
        watcher->onEvent(dockerEvent("die", "game", 1));
        QCOMPARE(crashes.size(), 4);
        QVERIFY(!crashes.last().first().value<ContainerCrash>().restartLoop);
    }

    void endpointsReportChangesOnly() {
        QSignalSpy lost(watcher.get(), &ContainerCrashWatcher::endpointLost);
        QSignalSpy back(watcher.get(), &ContainerCrashWatcher::endpointBack);
        watcher->setEndpointReachable(QStringLiteral("nas"), false, QStringLiteral("refused"));
        watcher->setEndpointReachable(QStringLiteral("local"), true, {});
        QCOMPARE(lost.size() + back.size(), 0); // what it was at start is no news
        watcher->setEndpointReachable(QStringLiteral("local"), false, QStringLiteral("gone"));
        watcher->setEndpointReachable(QStringLiteral("local"), false, QStringLiteral("gone"));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.first().at(1).toString(), QStringLiteral("gone"));
        watcher->setEndpointReachable(QStringLiteral("local"), true, {});
        watcher->setEndpointReachable(QStringLiteral("nas"), true, {});
        QCOMPARE(back.size(), 2);
    }

    void alertMessagesKeepTheNewestLines() {
        QString log;
        for (int i = 0; i < 2000; ++i)
            log += QStringLiteral("line %1\n").arg(i);
        log += QStringLiteral("``` fence\n");
        const QJsonObject m = CrashAlertReporter::crashMessage(
            QStringLiteral("game stopped unexpectedly (exit code 3)"), log,
            QStringLiteral("local"));
        const QJsonObject embed = m.value(QStringLiteral("embeds")).toArray().first().toObject();
        const QString description = embed.value(QStringLiteral("description")).toString();
        QVERIFY(description.size() <= 4096);
        QVERIFY(description.contains(QStringLiteral("line 1999")));
        QVERIFY(!description.contains(QStringLiteral("line 1\n")));
        QVERIFY(description.startsWith(QStringLiteral("```\n")));
        QCOMPARE(description.count(QStringLiteral("```")), 2); // the log's own fence is defused
        QCOMPARE(embed.value(QStringLiteral("footer")).toObject().value(QStringLiteral("text")),
                 QStringLiteral("local"));
    }
};

QTEST_GUILESS_MAIN(TestServiceCrashWatcher)
#include "tst_service_crashwatcher.moc"
