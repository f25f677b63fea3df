// DDC tasks.json import: a valid file with every cycle, a partially invalid one (each problem
// reported against its task), malformed JSON and odd shapes (never a crash), and the import
// through SchedulerApi where runner refusals (spacing, past one-time tasks) become issues.
#include "scheduler/ddcimporter.h"
#include "scheduler/fakeactionexecutor.h"
#include "scheduler/schedulerapi.h"
#include "scheduler/taskrunner.h"

#include "common/clock.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::scheduler;

namespace {

const char kValid[] = R"([
  {"task_id": "1700000000_web", "container_name": "web", "action": "restart", "cycle": "daily",
   "schedule_details": {"time": "04:30"}, "timezone_str": "Europe/Berlin", "is_active": true,
   "description": "nightly", "created_at": 1700000000.5, "last_run_ts": 1700086400,
   "next_run_ts": 1700172800},
  {"task_id": "w", "container_name": "db", "action": "stop", "cycle": "weekly",
   "schedule_details": {"time": "18:00", "day": "Friday"}, "timezone_str": "America/New_York",
   "is_active": false},
  {"task_id": "m", "container_name": "mail", "action": "start", "cycle": "monthly",
   "schedule_details": {"time": "2:00", "day": 31}, "timezone_str": "UTC"},
  {"task_id": "y", "container_name": "xmas", "action": "start", "cycle": "yearly",
   "schedule_details": {"time": "20:00", "day": "24", "month": "december"}, "timezone_str": "UTC"},
  {"task_id": "o", "container_name": "once", "action": "stop", "cycle": "once",
   "schedule_details": {"time": "20:00:30", "day": 24, "month": 12, "year": 2026},
   "timezone_str": "Europe/Berlin"},
  {"task_id": "c", "container_name": "cron", "action": "restart", "cycle": "cron",
   "schedule_details": {"cron_string": "*/30 1-5 * * MON-FRI"}, "timezone_str": "Asia/Kolkata"}
])";

const char kPartial[] = R"([
  {"task_id": "ok", "container_name": "web", "action": "restart", "cycle": "daily",
   "schedule_details": {"time": "04:30"}, "timezone_str": "Mars/Base"},
  {"task_id": "noname", "action": "restart", "cycle": "daily", "schedule_details": {"time": "04:30"}},
  {"task_id": "badaction", "container_name": "web", "action": "explode", "cycle": "daily",
   "schedule_details": {"time": "04:30"}},
  {"task_id": "badtime", "container_name": "web", "action": "stop", "cycle": "daily",
   "schedule_details": {"time": "25:99"}},
  {"task_id": "badday", "container_name": "web", "action": "stop", "cycle": "weekly",
   "schedule_details": {"time": "10:00", "day": "Caturday"}},
  {"task_id": "badcron", "container_name": "web", "action": "stop", "cycle": "cron",
   "schedule_details": {"cron_string": "0 0 32 * *"}},
  {"task_id": "badcycle", "container_name": "web", "action": "stop", "cycle": "hourly",
   "schedule_details": {"time": "10:00"}},
  {"task_id": "nodetails", "container_name": "web", "action": "stop", "cycle": "daily"},
  "not an object",
  {"task_id": 42, "container_name": ["x"], "action": 5, "cycle": null, "schedule_details": 7}
])";

} // namespace

class TestSchedulerDdcImporter : public QObject {
    Q_OBJECT
private slots:
    void validFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tasks.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kValid);
        f.close();
        const DdcImportResult r = DdcImporter::importFile(path, QStringLiteral("local"), "UTC");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.total, 6);
        QCOMPARE(r.tasks.size(), 6);
        QStringList specs;
        for (const ScheduledTask &t : r.tasks)
            specs.append(t.schedule);
        QCOMPARE(specs, (QStringList{"daily 04:30", "weekly fri 18:00", "monthly 31 02:00",
                                     "yearly 12-24 20:00", "once 2026-12-24T20:00",
                                     "cron */30 1-5 * * MON-FRI"}));
        const ScheduledTask &first = r.tasks.at(0);
        QCOMPARE(first.id, QStringLiteral("ddc-1700000000_web"));
        QCOMPARE(first.endpoint, QStringLiteral("local"));
        QCOMPARE(first.containerName, QStringLiteral("web"));
        QCOMPARE(first.action, docker::ContainerAction::Restart);
        QCOMPARE(first.timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(first.description, QStringLiteral("nightly"));
        QCOMPARE(first.createdAt.toMSecsSinceEpoch(), qint64(1700000000500));
        QCOMPARE(first.lastRun.toSecsSinceEpoch(), qint64(1700086400));
        QVERIFY(first.enabled);
        QVERIFY(!r.tasks.at(1).enabled);
        QCOMPARE(r.tasks.at(1).action, docker::ContainerAction::Stop);
        // Only the dropped seconds of the one-time task are noted.
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(!r.issues.at(0).skipped);
        QCOMPARE(r.issues.at(0).taskId, QStringLiteral("o"));
    }

    void partiallyInvalidFile() {
        const DdcImportResult r = DdcImporter::parse(kPartial, QStringLiteral("local"), "UTC");
        QVERIFY(r.ok);
        QCOMPARE(r.total, 10);
        QCOMPARE(r.tasks.size(), 1);
        QCOMPARE(r.tasks.at(0).timeZone, QByteArray("UTC"));
        QHash<QString, QString> skipped;
        int notes = 0;
        for (const DdcImportIssue &issue : r.issues) {
            if (issue.skipped)
                skipped.insert(issue.taskId.isEmpty() ? QString::number(issue.index) : issue.taskId,
                               issue.message);
            else
                ++notes;
        }
        QCOMPARE(notes, 1); // the unknown time zone of "ok"
        QCOMPARE(skipped.size(), 9);
        QVERIFY(skipped.value("noname").contains("container_name"));
        QVERIFY(skipped.value("badaction").contains("explode"));
        QVERIFY(skipped.value("badtime").contains("25:99"));
        QVERIFY(skipped.value("badday").contains("Caturday"));
        QVERIFY2(skipped.value("badcron").contains("day-of-month"),
                 qPrintable(skipped.value("badcron")));
        QVERIFY(skipped.value("badcycle").contains("hourly"));
        QVERIFY(skipped.value("nodetails").contains("schedule_details"));
        QVERIFY(skipped.contains("8"));  // "not an object"
        QVERIFY(skipped.contains("42")); // wrong types everywhere
    }

    void malformedInput() {
        for (const QByteArray &bad :
             {QByteArray("[{\"task_id\": "), QByteArray(""), QByteArray("\"just a string\""),
              QByteArray("{\"a\": 1}"), QByteArray("\xff\xfe garbage"), QByteArray("[[[[")}) {
            const DdcImportResult r = DdcImporter::parse(bad, QStringLiteral("local"), "UTC");
            QVERIFY(!r.ok);
            QVERIFY(!r.error.isEmpty());
            QVERIFY(r.tasks.isEmpty());
        }
        // Also the {"tasks": [...]} and id-keyed object shapes.
        const DdcImportResult wrapped = DdcImporter::parse(
            R"({"tasks": [{"container_name": "a", "action": "start", "cycle": "daily",
                "schedule_details": {"time": "01:00"}}]})",
            QStringLiteral("local"), "UTC");
        QVERIFY(wrapped.ok);
        QCOMPARE(wrapped.tasks.size(), 1);
        QCOMPARE(wrapped.tasks.at(0).id, QStringLiteral("ddc-0"));
        const DdcImportResult keyed = DdcImporter::parse(
            R"({"abc": {"container_name": "a", "action": "start", "cycle": "daily",
                "schedule_details": {"time": "01:00"}}})",
            QStringLiteral("local"), "UTC");
        QCOMPARE(keyed.tasks.size(), 1);
        QCOMPARE(keyed.tasks.at(0).id, QStringLiteral("ddc-abc"));
        QVERIFY(!DdcImporter::importFile(QStringLiteral("/nonexistent/tasks.json"),
                                         QStringLiteral("local"), "UTC")
                     .ok);
    }

    void importThroughTheApi() {
        ManualClock clock(QDateTime::fromString(QStringLiteral("2026-06-01T00:00:00Z"), Qt::ISODate)
                              .toMSecsSinceEpoch());
        test::FakeActionExecutor executor;
        TaskRunner runner(&executor, &clock);
        SchedulerApi api(runner);
        const DdcImportResult r = api.importDdc(R"([
          {"task_id": "a", "container_name": "web", "action": "stop", "cycle": "daily",
           "schedule_details": {"time": "04:30"}, "timezone_str": "UTC"},
          {"task_id": "b", "container_name": "web", "action": "start", "cycle": "daily",
           "schedule_details": {"time": "04:35"}, "timezone_str": "UTC"},
          {"task_id": "c", "container_name": "db", "action": "stop", "cycle": "once",
           "schedule_details": {"time": "10:00", "day": 1, "month": 1, "year": 2020},
           "timezone_str": "UTC"}
        ])",
                                                QStringLiteral("local"), "UTC");
        QVERIFY(r.ok);
        QCOMPARE(runner.tasks().size(), 3);
        QVERIFY(runner.task("ddc-a")->enabled);
        // b conflicts with a (5 minutes apart), c is in the past: both kept, disabled.
        QVERIFY(!runner.task("ddc-b")->enabled);
        QVERIFY(!runner.task("ddc-c")->enabled);
        QCOMPARE(r.issues.size(), 2);
        QVERIFY(r.issues.at(0).message.contains("10 minutes"));
        QVERIFY(r.issues.at(1).message.contains("past"));
        // Preview of a spec for the page.
        const PreviewResult p = SchedulerApi::preview(QStringLiteral("weekly mon 09:00"),
                                                      "Europe/Berlin", clock.nowUtc(), 2);
        QVERIFY(p.ok);
        QCOMPARE(p.runs.size(), 2);
        QCOMPARE(p.runs.at(0).toString(Qt::ISODate), QStringLiteral("2026-06-01T09:00:00+02:00"));
        const PreviewResult bad =
            SchedulerApi::preview(QStringLiteral("weekly mun 09:00"), "UTC", clock.nowUtc(), 2);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.error.field, QStringLiteral("weekday"));
    }
};

QTEST_GUILESS_MAIN(TestSchedulerDdcImporter)
#include "tst_scheduler_ddcimporter.moc"
