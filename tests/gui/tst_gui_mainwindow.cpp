// The panel's shell, offscreen: pages and keyboard navigation, the status bar driven by
// snapshots (bot, Docker endpoints, pressure badge), and the live Logs page with its filters.
#include "dashboardpage.h"
#include "logging/loghandler.h"
#include "logspage.h"
#include "mainwindow.h"
#include "pressurebadge.h"
#include "settingspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

class TestGuiMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        logging::LogOptions options;
        options.toStderr = false;
        logging::LogHandler::install(options);
    }

    void pagesAndKeyboardNavigation() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.pageCount() >= 2);
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0);
        int logsIndex = -1;
        for (int i = 0; i < stack->count(); ++i) {
            if (qobject_cast<ui::LogsPage *>(stack->widget(i)))
                logsIndex = i;
        }
        QVERIFY(logsIndex > 0);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + logsIndex), Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), logsIndex);
        auto *nav = window.findChild<QListWidget *>();
        for (int i = 0; i < nav->count(); ++i) {
            QVERIFY(!nav->item(i)->toolTip().isEmpty());
            // Scalable icons: a raster icon never grows past its largest size, an SVG does
            // (sharp on high-DPI screens).
            const QPixmap big = nav->item(i)->icon().pixmap(QSize(256, 256));
            QVERIFY2(big.width() == 256, qPrintable(nav->item(i)->text()));
        }
    }

    void tabLeavesTablesAndFocusIsVisible() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QTableView *> tables = window.findChildren<QTableView *>();
        QVERIFY(tables.size() >= 5);
        for (QTableView *table : tables) {
            QVERIFY2(!table->tabKeyNavigation(), qPrintable(table->objectName()));
            QVERIFY(table->styleSheet().contains(QStringLiteral(":focus")));
        }
        // On the Settings page's Docker tab: Tab from the containers table goes on to a button.
        window.showPage(window.pageCount() - 2);
        QTableView *containers = nullptr;
        for (QTableView *t : window.settingsPage()->findChildren<QTableView *>()) {
            if (t->model()->columnCount() == 12)
                containers = t;
        }
        QVERIFY(containers);
        QTabWidget *tabs = nullptr;
        for (QTabWidget *t : window.findChildren<QTabWidget *>()) {
            if (t->isAncestorOf(containers))
                tabs = t;
        }
        QVERIFY(tabs);
        tabs->setCurrentWidget(tabs->widget(1));
        QTRY_VERIFY(containers->isVisible());
        containers->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(containers->hasFocus());
        QTest::keyClick(containers, Qt::Key_Tab);
        QTRY_VERIFY(!containers->hasFocus());
        QVERIFY(qobject_cast<QAbstractButton *>(QApplication::focusWidget()));
    }

    void statusBarFollowsSnapshots() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        service::ServiceSnapshot s;
        s.botState = service::BotState::Offline;
        s.botReason = QStringLiteral("No Discord bot token is configured. Set DISCORD_BOT_TOKEN.");
        s.endpoints = {service::EndpointState{QStringLiteral("local"),
                                              QStringLiteral("unix:///var/run/docker.sock"), false,
                                              QStringLiteral("no such file"), QString()}};
        s.pressure = QStringLiteral("High");
        s.configIssues = {QStringLiteral("error: docker.batchSize: is 0; allowed: 1 to 50")};
        window.applySnapshot(s);
        QVERIFY(window.botStatusText().contains(QStringLiteral("offline")));
        QVERIFY(window.dockerStatusText().contains(QStringLiteral("no such file")));
        auto *badge = window.findChild<ui::PressureBadge *>();
        QCOMPARE(badge->level(), QStringLiteral("High"));
        QVERIFY(badge->text().contains(QStringLiteral("high")));
        auto *dashboard = window.findChild<ui::DashboardPage *>();
        auto *issues = dashboard->findChild<QListWidget *>();
        QCOMPARE(issues->count(), 1);
        QVERIFY(issues->item(0)->text().contains(QStringLiteral("docker.batchSize")));

        s.botState = service::BotState::Online;
        s.botReason.clear();
        s.endpoints.first().reachable = true;
        s.endpoints.first().apiVersion = QStringLiteral("1.41");
        s.pressure = QStringLiteral("Low");
        window.applySnapshot(s);
        QVERIFY(window.botStatusText().contains(QStringLiteral("online")));
        QVERIFY(window.dockerStatusText().contains(QStringLiteral("1 endpoint")));
        QCOMPARE(badge->level(), QStringLiteral("Low"));
    }

    void logsPageShowsFiltersAndSearches() {
        ui::LogsPage page;
        qInfo("hello from the panel test");
        qWarning("a warning about docker");
        qDebug("debug noise");
        page.poll();
        auto *view = page.findChild<QPlainTextEdit *>();
        QVERIFY(view->toPlainText().contains(QStringLiteral("hello from the panel test")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("debug noise")));
        auto *level = page.findChild<QComboBox *>();
        level->setCurrentIndex(2); // warnings and errors
        QVERIFY(!view->toPlainText().contains(QStringLiteral("hello from the panel test")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("a warning about docker")));
        level->setCurrentIndex(1);
        auto *search = page.findChild<QLineEdit *>();
        search->setText(QStringLiteral("PANEL"));
        QVERIFY(view->toPlainText().contains(QStringLiteral("hello from the panel test")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("a warning about docker")));
    }

    void logsPageStaysBounded() {
        ui::LogsPage page;
        for (int i = 0; i < 12000; ++i)
            qInfo("line %d", i);
        page.poll();
        QVERIFY(page.lineCount() <= 5000);
        QVERIFY(page.findChild<QPlainTextEdit *>()->toPlainText().contains(
            QStringLiteral("line 11999")));
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
