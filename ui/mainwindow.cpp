#include "mainwindow.h"

#include "containerspage.h"
#include "dashboardpage.h"
#include "eventloopprobe.h"
#include "logspage.h"
#include "performancepage.h"
#include "pressurebadge.h"
#include "settingspage.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace mechdock::ui {

MainWindow::MainWindow(QString configPath, QWidget *parent)
    : QMainWindow(parent)
    , m_configPath(std::move(configPath))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_botStatus(new QLabel(this))
    , m_dockerStatus(new QLabel(this))
    , m_pressure(new PressureBadge(this))
    , m_probe(new EventLoopProbe(this))
    , m_dashboard(new DashboardPage(this))
    , m_logs(new LogsPage(this))
    , m_settings(new SettingsPage(m_configPath, this))
    , m_containers(new ContainersPage(this))
    , m_mech(new MechPage(this))
    , m_scheduler(new SchedulerPage(this))
    , m_discord(new DiscordPage(this))
    , m_performance(new PerformancePage(this))
    , m_tray(new TrayController(this, this)) {
    setWindowTitle(tr("Mechdock"));
    resize(1100, 720);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(180);
    m_navigation->setToolTip(tr("Pages (Ctrl+1 … Ctrl+8)"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    setTabOrder(m_navigation, m_pages);
    // Shortcuts go by position, so pages inserted later get the right ones.
    for (int i = 0; i < kPageShortcuts; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < pageCount()) {
                showPage(i);
                m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
            }
        });
        addAction(action);
    }
    m_probe->start();
    m_dashboard->setEventLoopProbe(m_probe);

    addPage(tr("Dashboard"), QIcon(QStringLiteral(":/icons/dashboard.svg")), m_dashboard,
            tr("Service state, memory and problems at a glance"));
    addPage(tr("Containers"), QIcon(QStringLiteral(":/icons/containers.svg")), m_containers,
            tr("Every container, with start, stop and restart"));
    connect(m_containers, &ContainersPage::actionRequested, this,
            &MainWindow::containerActionRequested);
    connect(m_containers, &ContainersPage::logsRequested, this,
            &MainWindow::containerLogsRequested);
    addPage(tr("Mech"), QIcon(QStringLiteral(":/icons/mech.svg")), m_mech,
            tr("The mech's animation, level, power and donations"));
    addPage(tr("Scheduler"), QIcon(QStringLiteral(":/icons/scheduler.svg")), m_scheduler,
            tr("Scheduled starts, stops and restarts, with their next runs"));
    addPage(tr("Discord"), QIcon(QStringLiteral(":/icons/discord.svg")), m_discord,
            tr("Connection, shards, latency, guilds, commands and the audit log"));
    addPage(tr("Performance"), QIcon(QStringLiteral(":/icons/performance.svg")), m_performance,
            tr("How long Docker, Discord and animation work takes"));
    addPage(tr("Settings"), QIcon(QStringLiteral(":/icons/settings.svg")), m_settings,
            tr("Token, channels, containers, limits and language"));
    addPage(tr("Logs"), QIcon(QStringLiteral(":/icons/logs.svg")), m_logs,
            tr("The live log with level filter and search"));
    connect(m_settings, &SettingsPage::settingsSaved, this, &MainWindow::settingsSaved);
    connect(m_settings, &SettingsPage::settingsSaved, this,
            [this](const config::Settings &s) { m_closeToTray = s.ui.closeToTray; });
    m_closeToTray = m_settings->currentSettings().ui.closeToTray;
    connect(m_dashboard, &DashboardPage::forceCleanupRequested, this,
            &MainWindow::forceCleanupRequested);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    connect(m_settings, &SettingsPage::tokenStored, this, [this](bool ok) {
        if (ok)
            emit tokenStored();
    });
    m_navigation->setCurrentRow(0);

    m_botStatus->setToolTip(tr("The Discord bot's connection"));
    m_dockerStatus->setToolTip(tr("The Docker endpoints Mechdock talks to"));
    statusBar()->addWidget(m_botStatus, 1);
    statusBar()->addWidget(m_dockerStatus, 1);
    statusBar()->addPermanentWidget(m_pressure);
    m_botStatus->setText(tr("Bot: starting…"));
    m_dockerStatus->setText(tr("Docker: checking…"));
}

int MainWindow::addPage(const QString &name, const QIcon &icon, QWidget *page,
                        const QString &tooltip) {
    return insertPage(pageCount(), name, icon, page, tooltip);
}

int MainWindow::insertPage(int index, const QString &name, const QIcon &icon, QWidget *page,
                           const QString &tooltip) {
    index = qBound(0, index, pageCount());
    auto *item = new QListWidgetItem(icon, name);
    item->setData(Qt::UserRole, tooltip);
    m_navigation->insertItem(index, item);
    m_pages->insertWidget(index, page);
    // The tooltips name each page's shortcut, which moves with its position.
    for (int i = index; i < pageCount(); ++i) {
        QListWidgetItem *entry = m_navigation->item(i);
        const QString tip = entry->data(Qt::UserRole).toString();
        entry->setToolTip(i < kPageShortcuts ? tr("%1 (Ctrl+%2)").arg(tip).arg(i + 1) : tip);
    }
    if (m_navigation->currentRow() >= 0)
        m_pages->setCurrentIndex(m_navigation->currentRow());
    return index;
}

int MainWindow::pageCount() const {
    return m_pages->count();
}

QString MainWindow::pageName(int index) const {
    const QListWidgetItem *item = m_navigation->item(index);
    return item ? item->text() : QString();
}

void MainWindow::showPage(int index) {
    m_navigation->setCurrentRow(index);
}

QString MainWindow::botStatusText() const {
    return m_botStatus->text();
}

QString MainWindow::dockerStatusText() const {
    return m_dockerStatus->text();
}

void MainWindow::applySnapshot(const service::ServiceSnapshot &s) {
    QString bot = tr("Bot: %1").arg(service::botStateName(s.botState));
    if (s.botState == service::BotState::Offline && !s.botReason.isEmpty())
        bot += tr(" (no token: see Dashboard)");
    m_botStatus->setText(bot);
    m_botStatus->setToolTip(s.botReason.isEmpty() ? tr("The Discord bot's connection")
                                                  : s.botReason);
    int reachable = 0;
    QStringList problems;
    for (const service::EndpointState &e : s.endpoints) {
        if (e.reachable)
            ++reachable;
        else
            problems.append(QStringLiteral("%1: %2").arg(e.name, e.error));
    }
    if (s.endpoints.isEmpty())
        m_dockerStatus->setText(tr("Docker: checking…"));
    else if (problems.isEmpty())
        m_dockerStatus->setText(tr("Docker: %n endpoint(s) reachable", nullptr, reachable));
    else
        m_dockerStatus->setText(tr("Docker: %1").arg(problems.join(QStringLiteral("; "))));
    m_pressure->setLevel(s.pressure);
    m_dashboard->applySnapshot(s);
    m_containers->applySnapshot(s);
    m_mech->applySnapshot(s);
    m_scheduler->applySnapshot(s);
    m_discord->applySnapshot(s);
    m_performance->applySnapshot(s);
    m_tray->applySnapshot(s);
    emit snapshotApplied(s);
}

void MainWindow::setSchedulerAccess(SchedulerAccess access) {
    m_scheduler->setSchedulerAccess(std::move(access));
}

void MainWindow::setMechAccess(MechAccess access) {
    m_mech->setMechAccess(std::move(access));
}

void MainWindow::setAuditAccess(AuditAccess access) {
    m_discord->setAuditAccess(std::move(access));
}

void MainWindow::showCleanupReport(const monitor::CleanupReport &report) {
    m_dashboard->showCleanupReport(report);
}

void MainWindow::showContainerLogs(const QString &endpoint, const QString &name, bool ok,
                                   const QString &textOrError) {
    m_containers->showLogs(endpoint, name, ok, textOrError);
}

void MainWindow::showCleanupFailed(const QString &reason) {
    m_dashboard->showCleanupFailed(reason);
}

void MainWindow::seedMemoryHistory(const QList<monitor::MemorySample> &samples) {
    m_dashboard->seedMemoryHistory(samples);
}

void MainWindow::quit() {
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_closeToTray && m_tray->isAvailable() && !m_quitting) {
        hide();
        event->ignore();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_tray->notify(tr("Mechdock is still running"),
                           tr("The bot keeps running; use the tray icon to show the window or "
                              "to quit."),
                           false);
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace mechdock::ui
