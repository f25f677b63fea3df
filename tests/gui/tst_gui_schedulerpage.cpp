// The Scheduler page and its editor, offscreen. The editor checks the schedule and the zone as
// they are typed (the reason in red, OK disabled) and previews the next runs in the chosen zone.
// The page talks to a real TaskRunner living on another thread through SchedulerAccess, as in
// the application: list, add through the dialog, a refusal shown in the dialog, disable,
// delete.
#include "schedulerpage.h"
#include "taskeditordialog.h"
#include "tasktablemodel.h"

#include "common/clock.h"
#include "scheduler/actionexecutor.h"
#include "scheduler/taskrunner.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace mechdock;

namespace {

class SucceedingExecutor final : public scheduler::ActionExecutor {
public:
    void execute(const scheduler::ScheduledTask &,
                 std::function<void(bool ok, QString message)> done) override {
        done(true, QStringLiteral("done"));
    }
};

void typeSchedule(ui::TaskEditorDialog &dialog, const QString &text) {
    dialog.scheduleEdit()->clear();
    QTest::keyClicks(dialog.scheduleEdit(), text);
}

// With MECHDOCK_GUI_SHOTS=DIR the test also saves what it shows (for docs and layout checks).
void shoot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("MECHDOCK_GUI_SHOTS");
    if (dir.isEmpty())
        return;
    if (qobject_cast<QDialog *>(widget))
        widget->adjustSize();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void fill(ui::TaskEditorDialog &dialog, const QString &container, const QString &schedule) {
    dialog.containerBox()->setCurrentText(container);
    dialog.zoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
    typeSchedule(dialog, schedule);
}

} // namespace

class TestGuiSchedulerPage : public QObject {
    Q_OBJECT
private slots:
    void editorValidatesAsYouTypeAndPreviews() {
        ui::TaskEditorDialog dialog;
        dialog.setReferenceTime(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        dialog.setContainers({{QStringLiteral("local"), {QStringLiteral("web")}}});
        dialog.containerBox()->setCurrentText(QStringLiteral("web"));
        dialog.zoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));

        typeSchedule(dialog, QStringLiteral("cron 61 * * * *"));
        QVERIFY2(dialog.scheduleError().contains(QStringLiteral("minute")),
                 qPrintable(dialog.scheduleError()));
        shoot(&dialog, QStringLiteral("task-editor-error"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.previews().isEmpty());

        typeSchedule(dialog, QStringLiteral("daily 07:30"));
        QCOMPARE(dialog.scheduleError(), QString());
        QVERIFY(dialog.okButton()->isEnabled());
        const QStringList runs = dialog.previews();
        QCOMPARE(runs.size(), ui::TaskEditorDialog::kPreviewCount);
        shoot(&dialog, QStringLiteral("task-editor-preview"));
        // 09:00 UTC is 11:00 in Berlin: the next 07:30 is tomorrow, in summer time.
        QVERIFY2(runs.first().contains(QStringLiteral("2026-06-02 07:30")),
                 qPrintable(runs.first()));
        QVERIFY2(runs.last().contains(QStringLiteral("2026-06-06 07:30")), qPrintable(runs.last()));

        dialog.zoneBox()->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(dialog.zoneError().contains(QStringLiteral("Mars/Olympus_Mons")));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.zoneBox()->setCurrentText(QStringLiteral("Asia/Shanghai"));
        QCOMPARE(dialog.zoneError(), QString());
        QVERIFY(dialog.previews().first().contains(QStringLiteral("2026-06-02 07:30")));

        typeSchedule(dialog, QStringLiteral("once 2020-01-01 10:00"));
        QVERIFY(!dialog.scheduleError().isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());

        typeSchedule(dialog, QStringLiteral("weekly mon,fri 18:00"));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.containerBox()->setCurrentText(QString());
        QVERIFY(!dialog.containerError().isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void pageWorksThroughTheSchedulerThread() {
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        SucceedingExecutor executor;
        QThread thread;
        auto *runner = new scheduler::TaskRunner(&executor, &clock);
        runner->moveToThread(&thread);
        thread.start();
        scheduler::SchedulerApi api(*runner);
        std::atomic<int> onGuiThread{0};
        ui::SchedulerAccess access = [runner, &api, &onGuiThread](auto fn) {
            QMetaObject::invokeMethod(
                runner,
                [fn, &api, &onGuiThread] {
                    if (QThread::currentThread() == qApp->thread())
                        ++onGuiThread;
                    fn(&api);
                },
                Qt::QueuedConnection);
        };

        ui::SchedulerPage page;
        page.setConfirmDeletes(false);
        QVERIFY(page.statusText().contains(QStringLiteral("not running")));
        QSignalSpy shown(&page, &ui::SchedulerPage::tasksShown);
        page.setSchedulerAccess(access);
        QVERIFY(shown.wait());
        QCOMPARE(shown.last().first().toInt(), 0);
        QVERIFY(page.statusText().contains(QStringLiteral("No scheduled tasks")));

        service::ServiceSnapshot s;
        s.containers = {service::ContainerRow{}};
        s.containers[0].endpoint = QStringLiteral("local");
        s.containers[0].name = QStringLiteral("web");
        page.applySnapshot(s);

        page.addTask();
        QPointer<ui::TaskEditorDialog> editor = page.editor();
        QVERIFY(editor);
        fill(*editor, QStringLiteral("web"), QStringLiteral("daily 07:30"));
        QCOMPARE(editor->task().endpoint, QStringLiteral("local"));
        QVERIFY(editor->okButton()->isEnabled());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        const QAbstractItemModel *model = page.model();
        QCOMPARE(model->data(model->index(0, ui::TaskTableModel::Schedule)).toString(),
                 QStringLiteral("daily 07:30"));
        QVERIFY(model->data(model->index(0, ui::TaskTableModel::NextRun))
                    .toString()
                    .contains(QStringLiteral("07:30")));
        QVERIFY(page.statusText().contains(QStringLiteral("Task saved")));
        page.resize(900, 400);
        shoot(&page, QStringLiteral("scheduler-page"));

        // Five minutes after the first on the same container: the runner refuses, the dialog
        // stays open and says why.
        page.addTask();
        editor = page.editor();
        fill(*editor, QStringLiteral("web"), QStringLiteral("daily 07:35"));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor->submitError().isEmpty());
        shoot(editor, QStringLiteral("task-editor-refused"));
        QVERIFY(editor->isVisible());
        editor->reject();
        QTRY_VERIFY(!editor);
        QCOMPARE(page.model()->rowCount(), 1);

        shown.clear();
        page.view()->selectRow(0);
        page.toggleSelected();
        QVERIFY(shown.wait());
        QVERIFY(!page.model()->task(0).task.enabled);
        QCOMPARE(model->data(model->index(0, ui::TaskTableModel::NextRun)).toString(),
                 QStringLiteral("disabled"));

        shown.clear();
        page.view()->selectRow(0);
        page.deleteSelected();
        QVERIFY(shown.wait());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.statusText().contains(QStringLiteral("Task deleted")));

        QCOMPARE(onGuiThread.load(), 0);
        QMetaObject::invokeMethod(
            runner, [runner] { delete runner; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }
};

QTEST_MAIN(TestGuiSchedulerPage)
#include "tst_gui_schedulerpage.moc"
