// The Containers page, offscreen: rows from a snapshot, sorting by CPU, buttons that follow the
// selected container's state and allowed actions, and the action request it emits.
#include "containerspage.h"
#include "containertablemodel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace mechdock;

namespace {
service::ContainerRow row(const QString &name, bool running, double cpu,
                          const QStringList &allowed) {
    service::ContainerRow r;
    r.endpoint = QStringLiteral("local");
    r.name = name;
    r.displayName = name;
    r.state = running ? QStringLiteral("running") : QStringLiteral("exited");
    r.running = running;
    r.configured = !allowed.isEmpty();
    r.allowedActions = allowed;
    r.cpuPercent = cpu;
    r.memoryBytes = running ? 64 << 20 : -1;
    return r;
}

QPushButton *button(QWidget &page, const QString &text) {
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestGuiContainersPage : public QObject {
    Q_OBJECT
private slots:
    void rowsButtonsAndRequests() {
        ui::ContainersPage page;
        page.setConfirmActions(false);
        service::ServiceSnapshot s;
        s.containers = {
            row(QStringLiteral("web"), true, 12.5,
                {QStringLiteral("status"), QStringLiteral("stop"), QStringLiteral("restart")}),
            row(QStringLiteral("db"), false, -1,
                {QStringLiteral("status"), QStringLiteral("start")}),
            row(QStringLiteral("other"), true, 2.0, {})};
        page.applySnapshot(s);
        QCOMPARE(page.model()->rowCount(), 3);
        QTableView *view = page.view();
        view->sortByColumn(ui::ContainerTableModel::Cpu, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, ui::ContainerTableModel::Name).data().toString(),
                 QStringLiteral("web"));
        QVERIFY(!button(page, QStringLiteral("Start"))->isEnabled());
        view->selectRow(0); // web, running, may stop and restart
        QVERIFY(button(page, QStringLiteral("Stop"))->isEnabled());
        QVERIFY(button(page, QStringLiteral("Restart"))->isEnabled());
        QVERIFY(!button(page, QStringLiteral("Start"))->isEnabled());
        QSignalSpy requested(&page, &ui::ContainersPage::actionRequested);
        button(page, QStringLiteral("Stop"))->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("web"));
        QCOMPARE(requested.first().at(2).value<docker::ContainerAction>(),
                 docker::ContainerAction::Stop);
        view->selectRow(1); // other: not configured, no actions
        QVERIFY(!button(page, QStringLiteral("Stop"))->isEnabled());
        page.requestAction(docker::ContainerAction::Stop);
        QCOMPARE(requested.count(), 1);
        // A refresh with the same rows keeps the selection.
        page.applySnapshot(s);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        // The disabled button says why.
        QVERIFY2(button(page, QStringLiteral("Stop"))->toolTip().contains(QStringLiteral("allow")),
                 qPrintable(button(page, QStringLiteral("Stop"))->toolTip()));
        QVERIFY(page.addToDiscordButton()->isHidden());

        // As the administrator (the panel), the unconfigured container can be stopped too, and
        // offered for Discord's list.
        page.setAdministrator(true);
        QVERIFY(button(page, QStringLiteral("Stop"))->isEnabled());
        QVERIFY(!page.addToDiscordButton()->isHidden());
        button(page, QStringLiteral("Stop"))->click();
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().at(1).toString(), QStringLiteral("other"));
        QSignalSpy add(&page, &ui::ContainersPage::addToDiscordRequested);
        page.addToDiscordButton()->click();
        QCOMPARE(add.count(), 1);
        QCOMPARE(add.first().at(1).toString(), QStringLiteral("other"));
        // While Docker works, the row says what is happening.
        auto stateOf = [&page](const QString &name) {
            for (int i = 0; i < page.model()->rowCount(); ++i) {
                if (page.model()->row(i).name == name)
                    return page.model()
                        ->index(i, ui::ContainerTableModel::State)
                        .data(Qt::DisplayRole)
                        .toString();
            }
            return QString();
        };
        QCOMPARE(stateOf(QStringLiteral("other")), QStringLiteral("stopping…"));
        page.showActionResult(QStringLiteral("local"), QStringLiteral("other"),
                              docker::ContainerAction::Stop, false,
                              QStringLiteral("No such container"));
        QCOMPARE(stateOf(QStringLiteral("other")), QStringLiteral("running"));
        QVERIFY(page.actionStatusText().contains(QStringLiteral("No such container")));

        // The search box keeps the rows whose text matches.
        page.searchBox()->setText(QStringLiteral("WE"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ui::ContainerTableModel::Name).data().toString(),
                 QStringLiteral("web"));
        page.searchBox()->clear();
        QCOMPARE(view->model()->rowCount(), 3);
    }

    void updateIsForTheAdministrator() {
        ui::ContainersPage page;
        page.setConfirmActions(false);
        service::ServiceSnapshot s;
        s.containers = {row(QStringLiteral("web"), true, 1.0,
                            {QStringLiteral("status"), QStringLiteral("restart")})};
        page.applySnapshot(s);
        page.view()->selectRow(0);
        QPushButton *update = button(page, QStringLiteral("Update"));
        QVERIFY(update);
        // Not listed for the container and not the administrator: no update.
        QVERIFY(!update->isEnabled());
        QSignalSpy requested(&page, &ui::ContainersPage::actionRequested);
        page.requestAction(docker::ContainerAction::Update);
        QCOMPARE(requested.count(), 0);
        page.setAdministrator(true);
        QVERIFY(update->isEnabled());
        update->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(2).value<docker::ContainerAction>(),
                 docker::ContainerAction::Update);
        QCOMPARE(page.model()->index(0, ui::ContainerTableModel::State).data().toString(),
                 QStringLiteral("updating…"));
        page.showActionResult(QStringLiteral("local"), QStringLiteral("web"),
                              docker::ContainerAction::Update, true,
                              QStringLiteral("web updated: image 0123456789ab → ba9876543210"));
        QVERIFY2(page.actionStatusText().contains(
                     QStringLiteral("Update web: web updated: image 0123456789ab → ba9876543210")),
                 qPrintable(page.actionStatusText()));
    }

    void swarmServiceIsToldApartAndScaled() {
        ui::ContainersPage page;
        page.setConfirmActions(false);
        page.setAdministrator(true);
        service::ServiceSnapshot s;
        service::ContainerRow game =
            row(QStringLiteral("game"), false, -1,
                {QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop")});
        game.kind = QStringLiteral("service");
        // Swarm wants 2 tasks and none runs yet: it is on, so it can be stopped, not started.
        game.state = QStringLiteral("starting");
        game.tasksRunning = 0;
        game.tasksDesired = 2;
        s.containers = {game, row(QStringLiteral("web"), true, 1.0, {QStringLiteral("status")})};
        page.applySnapshot(s);
        page.view()->sortByColumn(ui::ContainerTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(page.view()->model()->index(0, ui::ContainerTableModel::Kind).data().toString(),
                 QStringLiteral("service"));
        QCOMPARE(page.view()->model()->index(1, ui::ContainerTableModel::Kind).data().toString(),
                 QStringLiteral("container"));
        QCOMPARE(page.view()->model()->index(0, ui::ContainerTableModel::State).data().toString(),
                 QStringLiteral("starting"));
        page.view()->selectRow(0);
        QVERIFY(!button(page, QStringLiteral("Start"))->isEnabled());
        QVERIFY(button(page, QStringLiteral("Stop"))->isEnabled());
        // With MECHDOCK_GUI_SHOTS=DIR the test also saves what it shows (for layout checks).
        if (const QString dir = qEnvironmentVariable("MECHDOCK_GUI_SHOTS"); !dir.isEmpty()) {
            page.resize(1024, 400);
            QVERIFY(page.grab().save(dir + QStringLiteral("/containers-service.png")));
        }
        // Swarm rolls out a service's image: no Update, even for the administrator.
        QPushButton *update = button(page, QStringLiteral("Update"));
        QVERIFY(!update->isEnabled());
        QVERIFY(update->toolTip().contains(QStringLiteral("docker service update")));
        QSignalSpy requested(&page, &ui::ContainersPage::actionRequested);
        page.requestAction(docker::ContainerAction::Update);
        QCOMPARE(requested.count(), 0);
        button(page, QStringLiteral("Stop"))->click();
        QCOMPARE(requested.count(), 1);
        // Scaled to 0: now it can be started.
        game.state = QStringLiteral("stopped");
        game.tasksDesired = 0;
        s.containers.first() = game;
        page.applySnapshot(s);
        page.view()->selectRow(0);
        QVERIFY(button(page, QStringLiteral("Start"))->isEnabled());
        QVERIFY(!button(page, QStringLiteral("Stop"))->isEnabled());
    }

    void imageAndPortsAreShownAndSearchable() {
        ui::ContainersPage page;
        service::ServiceSnapshot s;
        service::ContainerRow web = row(QStringLiteral("web"), true, 1.0, {});
        web.image = QStringLiteral("ghcr.io/example/nginx:1.25");
        web.ports = QStringLiteral("8080->80/tcp, 443/tcp");
        s.containers = {web, row(QStringLiteral("db"), true, 2.0, {})};
        page.applySnapshot(s);
        QTableView *view = page.view();
        view->sortByColumn(ui::ContainerTableModel::Name, Qt::AscendingOrder);
        const QModelIndex image = view->model()->index(1, ui::ContainerTableModel::Image);
        QCOMPARE(image.data().toString(), web.image);
        QCOMPARE(image.data(Qt::ToolTipRole).toString(), web.image);
        QCOMPARE(view->model()->index(1, ui::ContainerTableModel::Ports).data().toString(),
                 web.ports);
        QCOMPARE(
            view->model()->headerData(ui::ContainerTableModel::Ports, Qt::Horizontal).toString(),
            QStringLiteral("Ports"));
        page.searchBox()->setText(QStringLiteral("8080"));
        QCOMPARE(view->model()->rowCount(), 1);
        page.searchBox()->setText(QStringLiteral("nginx"));
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void logOfTheSelectedContainerFollowsAndStaysBounded() {
        ui::ContainersPage page;
        service::ServiceSnapshot s;
        s.containers = {row(QStringLiteral("web"), true, 1.0, {QStringLiteral("status")}),
                        row(QStringLiteral("db"), true, 2.0, {QStringLiteral("status")})};
        page.applySnapshot(s);
        page.view()->sortByColumn(ui::ContainerTableModel::Name, Qt::AscendingOrder);
        QSignalSpy asked(&page, &ui::ContainersPage::logsRequested);
        page.view()->selectRow(1); // web
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.last().at(1).toString(), QStringLiteral("web"));
        QCOMPARE(asked.last().at(2).toInt(), ui::ContainersPage::kTailLines);
        // The same container selected again asks for nothing new.
        page.applySnapshot(s);
        QCOMPARE(asked.count(), 1);

        QStringList lines;
        for (int i = 0; i < 3000; ++i)
            lines << QStringLiteral("line %1").arg(i);
        page.showLogs(QStringLiteral("local"), QStringLiteral("web"), true,
                      lines.join(QLatin1Char('\n')));
        QPlainTextEdit *log = page.logView();
        QCOMPARE(log->blockCount(), ui::ContainersPage::kMaxLogLines);
        QVERIFY(log->toPlainText().endsWith(QStringLiteral("line 2999")));
        // An answer for a container no longer selected is dropped.
        page.showLogs(QStringLiteral("local"), QStringLiteral("db"), true,
                      QStringLiteral("db says hi"));
        QVERIFY(!log->toPlainText().contains(QStringLiteral("db says hi")));
        // An error is shown, and the lines already there stay.
        page.showLogs(QStringLiteral("local"), QStringLiteral("web"), false,
                      QStringLiteral("Docker is not reachable"));
        QVERIFY(log->toPlainText().endsWith(QStringLiteral("line 2999")));
        bool errorShown = false;
        for (QLabel *label : page.findChildren<QLabel *>())
            errorShown |= label->text().contains(QStringLiteral("Docker is not reachable"));
        QVERIFY(errorShown);

        // Following: the timer asks again while the page is shown; unticked, it stops.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(asked.count() >= 2, 5000);
        QCOMPARE(page.followTimer()->interval(), 2000);
        page.followLogs()->setChecked(false);
        // The timer's ticks are fired here rather than waited for: none may ask while unticked.
        page.followTimer()->stop();
        const int before = int(asked.count());
        const auto tick = [&] {
            QVERIFY(QMetaObject::invokeMethod(page.followTimer(), "timeout"));
        };
        for (int i = 0; i < 3; ++i)
            tick();
        QCOMPARE(int(asked.count()), before);
        // The same tick asks once following is ticked again.
        page.followLogs()->setChecked(true);
        tick();
        QCOMPARE(int(asked.count()), before + 1);
        page.followLogs()->setChecked(false);

        // Another container: the view clears and asks at once.
        page.view()->selectRow(0); // db
        QCOMPARE(asked.last().at(1).toString(), QStringLiteral("db"));
        QVERIFY(log->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestGuiContainersPage)
#include "tst_gui_containerspage.moc"
