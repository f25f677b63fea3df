// The Scheduler page and its editor, offscreen. The editor checks the schedule and the zone as
// they are typed (the reason in red, OK disabled) and previews the next runs in the chosen zone.
// The page talks to a real engine (BotService with its control API and scheduler on its own
// thread, SQLite in a temporary folder) through an InProcessEngineClient, as in the application:
// list, add through the dialog, a refusal shown in the dialog, disable, enable, delete, each
// audited by the engine.
#include "hostedengine.h"
#include "schedulerpage.h"
#include "taskeditordialog.h"
#include "tasktablemodel.h"

#include "client/inprocessengineclient.h"
#include "config/settingsstore.h"
#include "control/controlserver.h"
#include "service/servicehost.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace mechdock;

namespace {

constexpr int kWaitMs = 10000;

// The engine of these tests names its endpoint "nas", so only real snapshots can bring it.
struct Engine : test::HostedEngine<> {
    Engine()
        : HostedEngine(test::HostedEngineOptions{QStringLiteral("nas")}) {}
};

using test::Reply;

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

    void pageWorksThroughTheEngine() {
        Engine engine;
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.started(), kWaitMs);
        client::EngineClient *client = engine.client();

        ui::SchedulerPage page;
        page.setConfirmDeletes(false);
        QVERIFY(page.statusText().contains(QStringLiteral("not running")));
        QSignalSpy shown(&page, &ui::SchedulerPage::tasksShown);
        page.setClient(client);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QCOMPARE(shown.last().first().toInt(), 0);
        QVERIFY2(page.statusText().contains(QStringLiteral("No scheduled tasks")),
                 qPrintable(page.statusText()));

        // The editor offers the endpoints the engine's snapshots name (not the default "local").
        connect(client, &client::EngineClient::snapshotReceived, &page,
                &ui::SchedulerPage::applySnapshot);
        QSignalSpy snapshots(client, &client::EngineClient::snapshotReceived);
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), kWaitMs);
        QVERIFY(!snapshots.last().first().value<service::ServiceSnapshot>().endpoints.isEmpty());

        page.addTask();
        QPointer<ui::TaskEditorDialog> editor = page.editor();
        QVERIFY(editor);
        fill(*editor, QStringLiteral("web"), QStringLiteral("daily 07:30"));
        QCOMPARE(editor->task().endpoint, QStringLiteral("nas"));
        QVERIFY(editor->okButton()->isEnabled());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, kWaitMs);
        const QAbstractItemModel *model = page.model();
        QCOMPARE(model->data(model->index(0, ui::TaskTableModel::Schedule)).toString(),
                 QStringLiteral("daily 07:30"));
        QVERIFY(model->data(model->index(0, ui::TaskTableModel::NextRun))
                    .toString()
                    .contains(QStringLiteral("07:30")));
        QVERIFY(page.statusText().contains(QStringLiteral("Task saved")));
        // The engine keeps who added it: this panel's user, not what the page filled in.
        QCOMPARE(page.model()->task(0).task.createdBy, client->state().identity);
        page.resize(900, 400);
        shoot(&page, QStringLiteral("scheduler-page"));

        // Five minutes after the first on the same container: the engine refuses, the dialog
        // stays open and says why.
        page.addTask();
        editor = page.editor();
        QVERIFY(editor);
        fill(*editor, QStringLiteral("web"), QStringLiteral("daily 07:35"));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor || !editor->submitError().isEmpty(), kWaitMs);
        QVERIFY(editor);
        shoot(editor, QStringLiteral("task-editor-refused"));
        QVERIFY(editor->isVisible());
        editor->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!editor, kWaitMs);
        QCOMPARE(page.model()->rowCount(), 1);

        // Disable and enable again: the same task, updated with "enabled" flipped.
        shown.clear();
        page.view()->selectRow(0);
        page.toggleSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(!page.model()->task(0).task.enabled);
        QCOMPARE(model->data(model->index(0, ui::TaskTableModel::NextRun)).toString(),
                 QStringLiteral("disabled"));
        QVERIFY(page.statusText().contains(QStringLiteral("Task disabled")));
        shown.clear();
        page.view()->selectRow(0);
        page.toggleSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QVERIFY(page.model()->task(0).task.enabled);
        QVERIFY(model->data(model->index(0, ui::TaskTableModel::NextRun))
                    .toString()
                    .contains(QStringLiteral("07:30")));
        QVERIFY(page.statusText().contains(QStringLiteral("Task enabled")));

        shown.clear();
        page.view()->selectRow(0);
        page.deleteSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.statusText().contains(QStringLiteral("Task deleted")));

        // The engine audited every change, the refusal too, as this panel's user.
        storage::AuditFilter f;
        f.actor = client->state().identity;
        Reply<QList<storage::AuditEntry>> audited;
        client->queryAudit(f, &page, audited.callback());
        QTRY_VERIFY_WITH_TIMEOUT(audited.answer.has_value(), kWaitMs);
        QVERIFY2(audited.ok(), audited.why().constData());
        QStringList changes;
        for (const storage::AuditEntry &e : audited.answer->value())
            changes.prepend(e.action + QLatin1Char(' ') + e.result);
        QCOMPARE(changes, (QStringList{QStringLiteral("scheduler.add ok"),
                                       QStringLiteral("scheduler.add invalid_params"),
                                       QStringLiteral("scheduler.update ok"),
                                       QStringLiteral("scheduler.update ok"),
                                       QStringLiteral("scheduler.remove ok")}));
        QVERIFY(engine.stop());
    }

    void lastRunSaysWhatWentWrong() {
        ui::TaskTableModel model;
        scheduler::TaskOverview ok;
        ok.task.id = QStringLiteral("a");
        ok.task.containerName = QStringLiteral("web");
        ok.task.timeZone = "UTC";
        ok.task.lastRun = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        ok.lastOutcome = QStringLiteral("succeeded");
        scheduler::TaskOverview failed = ok;
        failed.task.id = QStringLiteral("b");
        failed.lastOutcome = QStringLiteral("failed");
        failed.lastMessage = QStringLiteral("the settings do not allow restart for web");
        model.setTasks({ok, failed});
        const QModelIndex okCell = model.index(0, ui::TaskTableModel::LastRun);
        const QModelIndex failedCell = model.index(1, ui::TaskTableModel::LastRun);
        QVERIFY(!okCell.data().toString().contains(QStringLiteral("failed")));
        QVERIFY2(failedCell.data().toString().endsWith(QStringLiteral("failed")),
                 qPrintable(failedCell.data().toString()));
        QCOMPARE(failedCell.data(Qt::ToolTipRole).toString(), failed.lastMessage);
        QVERIFY(failedCell.data(Qt::ForegroundRole).isValid());
        QVERIFY(!okCell.data(Qt::ForegroundRole).isValid());
    }

    void editorWarnsAboutAnActionTheSettingsDoNotAllow() {
        ui::TaskEditorDialog editor;
        editor.setContainers({{QStringLiteral("local"), {QStringLiteral("web")}}});
        editor.setAllowedActions(
            {{QStringLiteral("local/web"), {QStringLiteral("status"), QStringLiteral("start")}}});
        scheduler::ScheduledTask task;
        task.endpoint = QStringLiteral("local");
        task.containerName = QStringLiteral("web");
        task.action = docker::ContainerAction::Restart;
        task.schedule = QStringLiteral("daily 04:00");
        task.timeZone = "UTC";
        editor.setTask(task);
        QVERIFY2(editor.actionWarningText().contains(QStringLiteral("refuse")),
                 qPrintable(editor.actionWarningText()));
        task.action = docker::ContainerAction::Start;
        editor.setTask(task);
        QVERIFY(editor.actionWarningText().isEmpty());
    }
};

QTEST_MAIN(TestGuiSchedulerPage)
#include "tst_gui_schedulerpage.moc"
