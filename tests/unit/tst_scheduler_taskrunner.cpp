// TaskRunner driven by a ManualClock (processDue() called directly, no real timers): due runs,
// the 3-at-once limit, the 180 s timeout, skipped overlapping runs, missed-run grace after
// downtime, one-time tasks, the 10-minute spacing rule, validation messages, timer arming,
// persistence through TaskStore and the bounded run history.
#include "scheduler/fakeactionexecutor.h"
#include "scheduler/schedulerapi.h"
#include "scheduler/taskrunner.h"
#include "scheduler/taskstore.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::scheduler;
using mechdock::scheduler::test::FakeActionExecutor;

namespace {

qint64 ms(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

ScheduledTask makeTask(const QString &id, const QString &container, const QString &schedule,
                       const QByteArray &zone = "UTC",
                       docker::ContainerAction action = docker::ContainerAction::Restart) {
    ScheduledTask t;
    t.id = id;
    t.endpoint = QStringLiteral("local");
    t.containerName = container;
    t.action = action;
    t.schedule = schedule;
    t.timeZone = zone;
    t.createdBy = QStringLiteral("tester");
    return t;
}

struct Recorder {
    QList<TaskRunRecord> runs;
    void attach(TaskRunner &runner) {
        QObject::connect(&runner, &TaskRunner::runRecorded,
                         [this](const TaskRunRecord &r) { runs.append(r); });
    }
    int count(RunOutcome outcome) const {
        return int(std::count_if(runs.cbegin(), runs.cend(),
                                 [&](const TaskRunRecord &r) { return r.outcome == outcome; }));
    }
};

} // namespace

class TestSchedulerTaskRunner : public QObject {
    Q_OBJECT
private slots:
    void runsWhenDueAndMovesOn() {
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        TaskRunner runner(&executor, &clock);
        Recorder rec;
        rec.attach(runner);
        QVERIFY(runner.addTask(makeTask("a", "web", "daily 10:00")).ok);
        QCOMPARE(runner.task("a")->nextRun,
                 QDateTime::fromMSecsSinceEpoch(ms("2026-06-01T10:00:00Z"), Qt::UTC));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 0);
        clock.setEpochMs(ms("2026-06-01T10:00:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QCOMPARE(executor.calls.at(0).task.containerName, QStringLiteral("web"));
        QCOMPARE(runner.runningCount(), 1);
        clock.advanceMs(4000);
        executor.complete(0, true, QStringLiteral("restarted"));
        QCOMPARE(runner.runningCount(), 0);
        QCOMPARE(rec.runs.size(), 1);
        QCOMPARE(rec.runs.at(0).outcome, RunOutcome::Succeeded);
        QCOMPARE(rec.runs.at(0).message, QStringLiteral("restarted"));
        QCOMPARE(rec.runs.at(0).scheduledFor.toMSecsSinceEpoch(), ms("2026-06-01T10:00:00Z"));
        QCOMPARE(runner.task("a")->lastRun.toMSecsSinceEpoch(), ms("2026-06-01T10:00:00Z"));
        QCOMPARE(runner.task("a")->nextRun.toMSecsSinceEpoch(), ms("2026-06-02T10:00:00Z"));
        // Nothing more today.
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        // A failure is recorded as such.
        clock.setEpochMs(ms("2026-06-02T10:00:30Z"));
        runner.processDue();
        executor.complete(1, false, QStringLiteral("no such container"));
        QCOMPARE(rec.runs.last().outcome, RunOutcome::Failed);
        QCOMPARE(rec.runs.last().message, QStringLiteral("no such container"));
        const auto audit = TaskRunner::toAuditEntry(rec.runs.last());
        QCOMPARE(audit.source, QStringLiteral("scheduler"));
        QCOMPARE(audit.action, QStringLiteral("restart"));
        QCOMPARE(audit.target, QStringLiteral("local/web"));
        QCOMPARE(audit.result, QStringLiteral("failed"));
    }

    void atMostThreeAtOnce() {
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        TaskRunner runner(&executor, &clock);
        Recorder rec;
        rec.attach(runner);
        for (int i = 0; i < 5; ++i)
            QVERIFY(runner
                        .addTask(makeTask(QStringLiteral("t%1").arg(i),
                                          QStringLiteral("c%1").arg(i), "daily 10:00"))
                        .ok);
        clock.setEpochMs(ms("2026-06-01T10:00:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 3);
        QCOMPARE(runner.runningCount(), 3);
        QCOMPARE(runner.pendingCount(), 2);
        QCOMPARE(executor.calledTaskIds(), (QStringList{"t0", "t1", "t2"}));
        executor.complete(1);
        QCOMPARE(executor.calls.size(), 4);
        QCOMPARE(executor.calls.at(3).task.id, QStringLiteral("t3"));
        QCOMPARE(runner.runningCount(), 3);
        executor.complete(0);
        executor.complete(2);
        QCOMPARE(executor.calls.size(), 5);
        QCOMPARE(runner.runningCount(), 2);
        QCOMPARE(runner.pendingCount(), 0);
        executor.complete(3);
        executor.complete(4);
        QCOMPARE(rec.count(RunOutcome::Succeeded), 5);
        // A synchronous executor never exceeds the limit either.
        FakeActionExecutor sync;
        sync.completeImmediately = true;
        TaskRunner runner2(&sync, &clock);
        for (int i = 0; i < 5; ++i)
            QVERIFY(runner2
                        .addTask(makeTask(QStringLiteral("s%1").arg(i),
                                          QStringLiteral("c%1").arg(i), "daily 11:00"))
                        .ok);
        clock.setEpochMs(ms("2026-06-01T11:00:00Z"));
        runner2.processDue();
        QCOMPARE(sync.calls.size(), 5);
        QCOMPARE(runner2.runningCount(), 0);
    }

    void timeoutFreesTheSlotAndIgnoresLateResults() {
        ManualClock clock(ms("2026-06-01T09:59:00Z"));
        FakeActionExecutor executor;
        TaskRunner::Options options;
        options.maxConcurrent = 1;
        TaskRunner runner(&executor, &clock, nullptr, options);
        Recorder rec;
        rec.attach(runner);
        QVERIFY(runner.addTask(makeTask("a-slow", "db", "daily 10:00")).ok);
        QVERIFY(runner.addTask(makeTask("b-next", "web", "daily 10:00")).ok);
        clock.advanceMs(60'000);
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QCOMPARE(runner.pendingCount(), 1);
        clock.advanceMs(179'000);
        runner.processDue();
        QCOMPARE(rec.runs.size(), 0);
        QCOMPARE(runner.runningCount(), 1);
        clock.advanceMs(1'000);
        runner.processDue();
        QCOMPARE(rec.runs.size(), 1);
        QCOMPARE(rec.runs.at(0).taskId, QStringLiteral("a-slow"));
        QCOMPARE(rec.runs.at(0).outcome, RunOutcome::TimedOut);
        QVERIFY(rec.runs.at(0).message.contains(QStringLiteral("180")));
        // The freed slot went to the waiting task.
        QCOMPARE(executor.calls.size(), 2);
        QCOMPARE(executor.calls.at(1).task.id, QStringLiteral("b-next"));
        // The slow action finally answers: ignored.
        executor.complete(0, true);
        QCOMPARE(rec.runs.size(), 1);
        QCOMPARE(runner.runningCount(), 1);
        executor.complete(1, true);
        QCOMPARE(rec.runs.size(), 2);
        QCOMPARE(rec.runs.at(1).outcome, RunOutcome::Succeeded);
    }

    void overlappingRunIsSkipped() {
        ManualClock clock(ms("2026-06-01T09:59:30Z"));
        FakeActionExecutor executor;
        TaskRunner runner(&executor, &clock);
        Recorder rec;
        rec.attach(runner);
        QVERIFY(runner.addTask(makeTask("m", "web", "* * * * *")).ok);
        clock.advanceMs(30'000);
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        clock.advanceMs(60'000);
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QCOMPARE(rec.count(RunOutcome::Skipped), 1);
        executor.complete(0);
        clock.advanceMs(60'000);
        runner.processDue();
        QCOMPARE(executor.calls.size(), 2);
    }

    void missedRunsAndGrace() {
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        executor.completeImmediately = true;
        TaskRunner runner(&executor, &clock);
        Recorder rec;
        rec.attach(runner);
        QVERIFY(runner.addTask(makeTask("a", "web", "daily 10:00")).ok);
        // Woken 4 min late (e.g. suspend): within the 5-min grace, runs once.
        clock.setEpochMs(ms("2026-06-01T10:04:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QCOMPARE(rec.runs.last().scheduledFor.toMSecsSinceEpoch(), ms("2026-06-01T10:00:00Z"));
        // Woken 6 min late: recorded as missed, not run.
        clock.setEpochMs(ms("2026-06-02T10:06:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QCOMPARE(rec.runs.last().outcome, RunOutcome::Missed);
        QCOMPARE(rec.runs.last().scheduledFor.toMSecsSinceEpoch(), ms("2026-06-02T10:00:00Z"));
        QCOMPARE(runner.task("a")->nextRun.toMSecsSinceEpoch(), ms("2026-06-03T10:00:00Z"));

        // A configurable grace.
        ManualClock clock2(ms("2026-06-01T09:00:00Z"));
        TaskRunner::Options options;
        options.graceMs = 10 * 60'000;
        FakeActionExecutor executor2;
        executor2.completeImmediately = true;
        TaskRunner runner2(&executor2, &clock2, nullptr, options);
        QVERIFY(runner2.addTask(makeTask("a", "web", "daily 10:00")).ok);
        clock2.setEpochMs(ms("2026-06-01T10:09:00Z"));
        runner2.processDue();
        QCOMPARE(executor2.calls.size(), 1);

        // Long downtime over several runs: the old one is missed, the recent one (inside the
        // grace period) runs once.
        ManualClock clock3(ms("2026-06-01T09:50:00Z"));
        FakeActionExecutor executor3;
        executor3.completeImmediately = true;
        TaskRunner runner3(&executor3, &clock3);
        Recorder rec3;
        rec3.attach(runner3);
        QVERIFY(runner3.addTask(makeTask("h", "web", "0,30 * * * *")).ok);
        clock3.setEpochMs(ms("2026-06-01T12:02:00Z"));
        runner3.processDue();
        QCOMPARE(executor3.calls.size(), 1);
        QCOMPARE(rec3.count(RunOutcome::Missed), 1);
        QCOMPARE(rec3.runs.at(0).scheduledFor.toMSecsSinceEpoch(), ms("2026-06-01T10:00:00Z"));
        QCOMPARE(rec3.runs.at(1).outcome, RunOutcome::Succeeded);
        QCOMPARE(rec3.runs.at(1).scheduledFor.toMSecsSinceEpoch(), ms("2026-06-01T12:00:00Z"));
        QCOMPARE(runner3.task("h")->nextRun.toMSecsSinceEpoch(), ms("2026-06-01T12:30:00Z"));
    }

    void onceTasksDisableAfterRunning() {
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        executor.completeImmediately = true;
        TaskRunner runner(&executor, &clock);
        QVERIFY(runner.addTask(makeTask("o", "web", "once 2026-06-01T12:00", "Europe/Berlin")).ok);
        QCOMPARE(runner.task("o")->nextRun.toMSecsSinceEpoch(), ms("2026-06-01T10:00:00Z"));
        clock.setEpochMs(ms("2026-06-01T10:00:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QVERIFY(!runner.task("o")->enabled);
        QVERIFY(!runner.task("o")->nextRun.isValid());
        clock.advanceMs(3600'000);
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        // A missed one-time task is disabled too.
        QVERIFY(runner.addTask(makeTask("p", "db", "once 2026-06-01T14:00", "Europe/Berlin")).ok);
        clock.setEpochMs(ms("2026-06-01T13:00:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QVERIFY(!runner.task("p")->enabled);
    }

    void spacingRule() {
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        TaskRunner runner(&executor, &clock);
        ScheduledTask a = makeTask("a", "web", "daily 10:00");
        a.description = QStringLiteral("morning restart");
        QVERIFY(runner.addTask(a).ok);
        const Result refused = runner.addTask(makeTask("b", "web", "daily 10:05"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("a \"morning restart\"")),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("10:05")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("10:00")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("10 minutes")), qPrintable(refused.error));
        QVERIFY(!runner.task("b"));
        // Exactly ten minutes apart is fine, and other containers are independent.
        QVERIFY(runner.addTask(makeTask("c", "web", "daily 10:10")).ok);
        QVERIFY(runner.addTask(makeTask("d", "db", "daily 10:05")).ok);
        // Across time zones: 09:05 London is 10:05 Berlin, 5 minutes after 10:00 Berlin.
        QVERIFY(runner.addTask(makeTask("e", "cache", "daily 10:00", "Europe/Berlin")).ok);
        QVERIFY(!runner.addTask(makeTask("f", "cache", "daily 09:05", "Europe/London")).ok);
        // A weekly task against a cron task: */20 hits 10:20 on Fridays near 10:15.
        QVERIFY(runner.addTask(makeTask("g", "queue", "weekly fri 10:15")).ok);
        QVERIFY(!runner.addTask(makeTask("h", "queue", "*/20 * * * *")).ok);
        QVERIFY(runner.addTask(makeTask("i", "queue", "*/30 8-9 * * *")).ok);
        // A monthly 31st falls on Jun 30 where a yearly task sits 3 minutes away.
        QVERIFY(runner.addTask(makeTask("j", "mail", "yearly 06-30 02:03")).ok);
        QVERIFY(!runner.addTask(makeTask("k", "mail", "monthly 31 02:00")).ok);
        // Disabled tasks do not block, and updating a task does not conflict with itself.
        ScheduledTask l = makeTask("l", "mail", "monthly 31 02:00");
        l.enabled = false;
        QVERIFY(runner.addTask(l).ok);
        ScheduledTask moved = *runner.task("c");
        moved.schedule = QStringLiteral("daily 10:12");
        QVERIFY(runner.updateTask(moved).ok);
        moved.schedule = QStringLiteral("daily 10:03");
        QVERIFY(!runner.updateTask(moved).ok);
        QCOMPARE(runner.task("c")->schedule, QStringLiteral("daily 10:12"));
    }

    void validationMessages() {
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        TaskRunner runner(&executor, &clock);
        Result r = runner.addTask(makeTask("x", "web", "0 25 * * *"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("hour")), qPrintable(r.error));
        r = runner.addTask(makeTask("x", "web", "daily 10:00", "Mars/Olympus"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("Mars/Olympus")));
        r = runner.addTask(makeTask("x", "web", "once 2026-05-01T10:00"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("past")));
        r = runner.addTask(makeTask("x", "web", "0 0 30 2 *"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("never")));
        r = runner.addTask(makeTask("x", " ", "daily 10:00"));
        QVERIFY(!r.ok);
        QVERIFY(runner.addTask(makeTask("x", "web", "DAILY 7:05")).ok);
        QCOMPARE(runner.task("x")->schedule, QStringLiteral("daily 07:05"));
        QVERIFY(!runner.addTask(makeTask("x", "db", "daily 12:00")).ok); // duplicate id
        QVERIFY(!runner.removeTask(QStringLiteral("nope")).ok);
        QString id;
        QVERIFY(runner.addTask(makeTask(QString(), "db", "daily 12:00"), &id).ok);
        QVERIFY(!id.isEmpty());
        QVERIFY(runner.removeTask(id).ok);
        QVERIFY(!runner.task(id));
    }

    void wallClockJumps() {
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        executor.completeImmediately = true;
        TaskRunner runner(&executor, &clock);
        runner.start();
        QVERIFY(runner.addTask(makeTask("a", "web", "daily 10:00")).ok);
        clock.setEpochMs(ms("2026-06-01T10:00:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        // The clock is set back an hour: the 10:00 run is not repeated.
        clock.setEpochMs(ms("2026-06-01T09:00:00Z"));
        runner.processDue();
        clock.setEpochMs(ms("2026-06-01T10:00:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        // Forward jump past the grace period: missed, and the timer is re-armed from the new
        // time (the periodic recheck, since tomorrow's run is further away).
        clock.setEpochMs(ms("2026-06-02T11:00:00Z"));
        runner.processDue();
        QCOMPARE(executor.calls.size(), 1);
        QCOMPARE(runner.task("a")->nextRun.toMSecsSinceEpoch(), ms("2026-06-03T10:00:00Z"));
        QCOMPARE(runner.armedDelayMs(), 5 * 60'000);
    }

    void timerArmsForTheNextRunWithinRecheck() {
        ManualClock clock(ms("2026-06-01T09:58:00Z"));
        FakeActionExecutor executor;
        TaskRunner runner(&executor, &clock);
        runner.start();
        QCOMPARE(runner.armedDelayMs(), 5 * 60'000); // nothing to do: the periodic recheck
        QVERIFY(runner.addTask(makeTask("a", "web", "daily 10:00")).ok);
        QCOMPARE(runner.armedDelayMs(), 2 * 60'000);
        clock.setEpochMs(ms("2026-06-01T10:00:00Z"));
        runner.processDue();
        // Running: the timeout deadline (180 s) is sooner than the recheck.
        QCOMPARE(runner.armedDelayMs(), 180'000);
        executor.complete(0);
        QCOMPARE(runner.armedDelayMs(), 5 * 60'000);
        runner.stop();
        QCOMPARE(runner.armedDelayMs(), -1);
    }

    void persistsTasksAndBoundedHistory() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("m.db")),
                                          {TaskStore::migrations()}, &error);
        QVERIFY2(db, qPrintable(error));
        TaskStore store(*db, 5);
        ManualClock clock(ms("2026-06-01T09:00:00Z"));
        FakeActionExecutor executor;
        executor.completeImmediately = true;
        {
            TaskRunner runner(&executor, &clock, &store);
            ScheduledTask t =
                makeTask("a", "web", "daily 11:10", "Europe/Berlin", docker::ContainerAction::Stop);
            t.description = QStringLiteral("nightly stop");
            QVERIFY(runner.addTask(t).ok);
            QVERIFY(runner.addTask(makeTask("b", "db", "*/15 * * * *")).ok);
        }
        const QList<ScheduledTask> loaded = store.loadAll(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).action, docker::ContainerAction::Stop);
        QCOMPARE(loaded.at(0).description, QStringLiteral("nightly stop"));
        QCOMPARE(loaded.at(0).timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(loaded.at(0).nextRun.toMSecsSinceEpoch(), ms("2026-06-01T09:10:00Z"));
        QCOMPARE(loaded.at(0).createdBy, QStringLiteral("tester"));

        // Down from 09:00 to 09:32: a (09:10) and b's 09:15 are missed; b runs for 09:30.
        clock.setEpochMs(ms("2026-06-01T09:32:00Z"));
        TaskRunner runner(&executor, &clock, &store);
        QVERIFY(runner.load().ok);
        Recorder rec;
        rec.attach(runner);
        runner.processDue();
        QCOMPARE(rec.count(RunOutcome::Missed), 2);
        QCOMPARE(executor.calls.size(), 1);
        QCOMPARE(executor.calls.at(0).task.id, QStringLiteral("b"));
        QCOMPARE(store.loadAll().at(1).lastRun.toMSecsSinceEpoch(), ms("2026-06-01T09:32:00Z"));
        // History keeps the newest 5.
        for (int i = 0; i < 8; ++i) {
            clock.advanceMs(15 * 60'000);
            runner.processDue();
        }
        QCOMPARE(store.historyCount(), 5);
        const QList<TaskRunRecord> history = store.history(QStringLiteral("b"), 10);
        QCOMPARE(history.size(), 5);
        QVERIFY(history.first().id > history.last().id);
        QCOMPARE(history.first().outcome, RunOutcome::Succeeded);
        QCOMPARE(history.first().scheduledFor.toMSecsSinceEpoch(), ms("2026-06-01T11:30:00Z"));

        // The page API lists next runs and previews specs.
        SchedulerApi api(runner, &store);
        const auto overview = api.listTasks(3);
        QCOMPARE(overview.size(), 2);
        QCOMPARE(overview.at(1).upcoming.size(), 3);
        QCOMPARE(overview.at(1).upcoming.at(1).toMSecsSinceEpoch(),
                 overview.at(1).upcoming.at(0).toMSecsSinceEpoch() + 15 * 60'000);
        QCOMPARE(api.history(QStringLiteral("b"), 2).size(), 2);
        // With the latest run's outcome; a's missed runs were pruned from the bounded history.
        QCOMPARE(overview.at(1).lastOutcome, QStringLiteral("succeeded"));
        QCOMPARE(overview.at(0).lastOutcome, QString());
        QVERIFY(api.removeTask(QStringLiteral("a")).ok);
        QCOMPARE(store.loadAll().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSchedulerTaskRunner)
#include "tst_scheduler_taskrunner.moc"
