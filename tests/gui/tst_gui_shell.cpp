// The window around the pages, offscreen: every page reachable by Ctrl+1 … Ctrl+8 with a
// tooltip naming it, pages inserted later keeping shortcuts by position, keyboard focus moving
// from the navigation into the page, and the tray: tooltip and icon state from snapshots, each
// new alert notified once, and no hiding into a tray that does not exist.
#include "mainwindow.h"
#include "performancepage.h"
#include "schedulerpage.h"
#include "traycontroller.h"

#include "logging/loghandler.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

class TestGuiShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        logging::LogOptions options;
        options.toStderr = false;
        logging::LogHandler::install(options);
    }

    void everyPageHasAShortcutAndTooltips() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>();
        auto *nav = window.findChild<QListWidget *>();
        QVERIFY(window.pageCount() >= 6);
        bool sawScheduler = false;
        bool sawPerformance = false;
        for (int i = 0; i < window.pageCount() && i < ui::MainWindow::kPageShortcuts; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(stack->currentIndex(), i);
            QCOMPARE(nav->currentRow(), i);
            QVERIFY(nav->item(i)->toolTip().contains(QStringLiteral("Ctrl+%1").arg(i + 1)));
            sawScheduler |= qobject_cast<ui::SchedulerPage *>(stack->widget(i)) != nullptr;
            sawPerformance |= qobject_cast<ui::PerformancePage *>(stack->widget(i)) != nullptr;
        }
        QVERIFY(sawScheduler);
        QVERIFY(sawPerformance);
        // Every button on every page explains itself.
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(&window) && !b->text().isEmpty() && !b->inherits("QTabBar") &&
                qobject_cast<QWidget *>(b->parent()) && !b->parent()->inherits("QDialogButtonBox"))
                QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->text()));
        }
    }

    void insertedPagesMoveTheShortcuts() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        const int before = window.pageCount();
        auto *extra = new QLabel(QStringLiteral("extra"));
        QCOMPARE(window.insertPage(2, QStringLiteral("Mech"), QIcon(), extra,
                                   QStringLiteral("The mech")),
                 2);
        QCOMPARE(window.pageCount(), before + 1);
        QCOMPARE(window.pageName(2), QStringLiteral("Mech"));
        auto *nav = window.findChild<QListWidget *>();
        QVERIFY(nav->item(2)->toolTip().contains(QStringLiteral("Ctrl+3")));
        QVERIFY(nav->item(3)->toolTip().contains(QStringLiteral("Ctrl+4")));
        QVERIFY(!nav->item(3)->toolTip().contains(QStringLiteral("Ctrl+3")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), extra);
    }

    void newAlertsAreFoundOnceInASlidingWindow() {
        using T = ui::TrayController;
        const QStringList a{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QCOMPARE(T::newAlerts({}, a), a);
        QCOMPARE(T::newAlerts(a, a), QStringList());
        QCOMPARE(T::newAlerts(a, {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}),
                 QStringList{QStringLiteral("d")});
        // The same text again is a new alert.
        QCOMPARE(T::newAlerts(a, a + QStringList{QStringLiteral("c")}),
                 QStringList{QStringLiteral("c")});
        QCOMPARE(T::newAlerts(a, {QStringLiteral("x")}), QStringList{QStringLiteral("x")});
    }

    void trayFollowsSnapshotsAndNotifiesEachAlertOnce() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        ui::TrayController *tray = window.tray();
        QSignalSpy notified(tray, &ui::TrayController::alertNotified);
        service::ServiceSnapshot s;
        s.botState = service::BotState::Online;
        s.pressure = QStringLiteral("Low");
        s.recentAlerts = {QStringLiteral("warning cpu: busy before the panel opened")};
        window.applySnapshot(s);
        QCOMPARE(notified.count(), 0); // the baseline
        QVERIFY(tray->toolTip().contains(QStringLiteral("online")));
        QCOMPARE(tray->iconState(), QStringLiteral("ok"));

        s.recentAlerts.append(QStringLiteral("critical memory: pressure is critical"));
        s.pressure = QStringLiteral("Critical");
        window.applySnapshot(s);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.last().at(1).toString(),
                 QStringLiteral("critical memory: pressure is critical"));
        QCOMPARE(tray->iconState(), QStringLiteral("alarm"));
        window.applySnapshot(s);
        window.applySnapshot(s);
        QCOMPARE(notified.count(), 1);

        s.recentAlerts.append(QStringLiteral("warning disk: 91 % used"));
        s.recentAlerts.append(QStringLiteral("warning docker: local unreachable"));
        window.applySnapshot(s);
        QCOMPARE(notified.count(), 2);
        QVERIFY(notified.last().at(0).toString().contains(QStringLiteral("2")));

        s.botState = service::BotState::Offline;
        s.pressure = QStringLiteral("Low");
        window.applySnapshot(s);
        QCOMPARE(tray->iconState(), QStringLiteral("off"));
        QVERIFY(tray->toolTip().contains(QStringLiteral("offline")));
    }

    void closeToTrayNeedsATray() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        window.setCloseToTray(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // With a tray the close is refused and the window hides; offscreen there is none, and
        // hiding into it would lose the window, so it closes.
        QCOMPARE(window.close(), !window.tray()->isAvailable());
        QVERIFY(!window.isVisible());
        window.setCloseToTray(false);
        window.show();
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestGuiShell)
#include "tst_gui_shell.moc"
