#include "mainwindow.h"

#include "client/engineclient.h"
#include "client/remoteengineclient.h"
#include "config/settingsjson.h"
#include "connectdialog.h"
#include "containerspage.h"
#include "dashboardpage.h"
#include "elidedlabel.h"
#include "eventloopprobe.h"
#include "firstrunchecklist.h"
#include "logspage.h"
#include "performancepage.h"
#include "pressurebadge.h"
#include "settingspage.h"
#include "traycontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mechdock::ui {

namespace {
// The panel's own state (window, recent servers, confirmed fingerprints):
// ~/.config/mechdock/panel.ini, apart from the engine's settings file.
const QString kSettingsOrg = QStringLiteral("mechdock");
const QString kSettingsApp = QStringLiteral("panel");
} // namespace

MainWindow::MainWindow(QString configPath, QWidget *parent)
    : QMainWindow(parent)
    , m_configPath(std::move(configPath))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_botStatus(new ElidedLabel(this))
    , m_dockerStatus(new ElidedLabel(this))
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
    , m_tray(new TrayController(this, this))
    , m_connection(new ElidedLabel(this))
    , m_banner(new QLabel(this))
    , m_bannerTimer(new QTimer(this)) {
    setWindowTitle(tr("Mechdock"));
    resize(1100, 720);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(180);
    m_navigation->setToolTip(tr("Pages (Ctrl+1 … Ctrl+8)"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff5f5; color: #9b2c2c; border: "
                                           "1px solid #feb2b2; padding: 6px; }"));
    m_banner->hide();
    outer->addWidget(m_banner);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    m_bannerTimer->setInterval(1000);
    connect(m_bannerTimer, &QTimer::timeout, this, &MainWindow::updateBanner);
    buildEngineMenu();
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
    connect(m_containers, &ContainersPage::actionRequested, this, &MainWindow::requestAction);
    connect(m_containers, &ContainersPage::logsRequested, this, &MainWindow::requestLogs);
    connect(m_containers, &ContainersPage::addToDiscordRequested, this, &MainWindow::addToDiscord);
    m_containers->setAdministrator(true);
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
    makeKeyboardFriendly();
    connect(m_settings, &SettingsPage::settingsSaved, this, &MainWindow::settingsSaved);
    connect(m_settings, &SettingsPage::settingsSaved, this,
            [this](const config::Settings &s) { m_closeToTray = s.ui.closeToTray; });
    m_closeToTray = m_settings->currentSettings().ui.closeToTray;
    connect(m_dashboard, &DashboardPage::forceCleanupRequested, this, &MainWindow::forceCleanup);
    // The getting-started steps lead to where each is done.
    connect(m_settings, &SettingsPage::settingsLoaded, m_dashboard->checklist(),
            &FirstRunChecklist::applySettings);
    connect(m_settings, &SettingsPage::settingsSaved, m_dashboard->checklist(),
            &FirstRunChecklist::applySettings);
    m_dashboard->checklist()->applySettings(m_settings->currentSettings());
    for (auto signal : {&SettingsPage::settingsLoaded, &SettingsPage::settingsSaved})
        connect(m_settings, signal, m_discord, [this](const config::Settings &s) {
            m_discord->setConfiguredGuildIds(s.discord.guildIds);
        });
    m_discord->setConfiguredGuildIds(m_settings->currentSettings().discord.guildIds);
    connect(m_dashboard->checklist(), &FirstRunChecklist::openRequested, this,
            [this](FirstRunChecklist::Place place) {
                QWidget *target = m_settings;
                switch (place) {
                case FirstRunChecklist::Place::DiscordSettings:
                    m_settings->showTab(SettingsPage::DiscordTab);
                    break;
                case FirstRunChecklist::Place::DockerSettings:
                    m_settings->showTab(SettingsPage::DockerTab);
                    break;
                case FirstRunChecklist::Place::DiscordPage:
                    target = m_discord;
                    break;
                case FirstRunChecklist::Place::ContainersPage:
                    target = m_containers;
                    break;
                }
                showPage(m_pages->indexOf(target));
            });
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    m_navigation->setCurrentRow(0);

    m_botStatus->setDescription(tr("The Discord bot's connection"));
    m_dockerStatus->setDescription(tr("The Docker endpoints Mechdock talks to"));
    m_connection->setDescription(tr("The engine this panel shows"));
    m_connection->setFullText(tr("Engine: none"));
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addWidget(m_botStatus, 1);
    statusBar()->addWidget(m_dockerStatus, 1);
    statusBar()->addPermanentWidget(m_pressure);
    m_botStatus->setFullText(tr("Bot: starting…"));
    m_dockerStatus->setFullText(tr("Docker: checking…"));
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

QWidget *MainWindow::page(int index) const {
    return m_pages->widget(index);
}

QString MainWindow::pageName(int index) const {
    const QListWidgetItem *item = m_navigation->item(index);
    return item ? item->text() : QString();
}

void MainWindow::showPage(int index) {
    m_navigation->setCurrentRow(index);
}

QString MainWindow::botStatusText() const {
    return m_botStatus->fullText();
}

QString MainWindow::dockerStatusText() const {
    return m_dockerStatus->fullText();
}

void MainWindow::applySnapshot(const service::ServiceSnapshot &s) {
    QString bot = tr("Bot: %1").arg(service::botStateName(s.botState));
    if (s.botState == service::BotState::Offline && !s.botReason.isEmpty())
        bot += tr(" (no token: see Dashboard)");
    m_botStatus->setFullText(bot);
    m_botStatus->setDescription(s.botReason.isEmpty() ? tr("The Discord bot's connection")
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
        m_dockerStatus->setFullText(tr("Docker: checking…"));
    else if (problems.isEmpty())
        m_dockerStatus->setFullText(tr("Docker: %n endpoint(s) reachable", nullptr, reachable));
    else
        m_dockerStatus->setFullText(tr("Docker: %1").arg(problems.join(QStringLiteral("; "))));
    m_pressure->setLevel(s.pressure);
    m_dashboard->applySnapshot(s);
    m_containers->applySnapshot(s);
    m_mech->applySnapshot(s);
    m_scheduler->applySnapshot(s);
    m_discord->applySnapshot(s);
    m_performance->applySnapshot(s);
    m_tray->applySnapshot(s);
    m_lastSnapshotMs = s.epochMs > 0 ? s.epochMs : QDateTime::currentMSecsSinceEpoch();
    // The chart starts with the engine's history instead of an empty window.
    if (m_needHistory && s.running && m_client) {
        m_needHistory = false;
        m_client->memoryHistory(this,
                                [this](const client::Expected<QList<monitor::MemorySample>> &r) {
                                    if (r.ok())
                                        m_dashboard->seedMemoryHistory(r.value());
                                    else
                                        m_needHistory = true;
                                });
    }
    emit snapshotApplied(s);
}

MainWindow::~MainWindow() {
    // Pages hold QPointers to the clients; drop the remote one before the pages go.
    m_client = nullptr;
    m_remote.reset();
}

void MainWindow::setRememberWindowState(bool remember) {
    m_rememberState = remember;
    if (!remember)
        return;
    // The window comes back where and how the operator left it.
    const QSettings state(QSettings::IniFormat, QSettings::UserScope, kSettingsOrg, kSettingsApp);
    restoreGeometry(state.value(QStringLiteral("window/geometry")).toByteArray());
    showPage(qBound(0, state.value(QStringLiteral("window/page"), 0).toInt(), pageCount() - 1));
}

void MainWindow::buildEngineMenu() {
    QMenu *menu = menuBar()->addMenu(tr("&Engine"));
    QAction *connectAction = menu->addAction(tr("&Connect to server…"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
    m_recentMenu = menu->addMenu(tr("&Recent servers"));
    m_thisComputer = menu->addAction(tr("&This computer"));
    m_thisComputer->setToolTip(tr("Show the engine this panel runs"));
    connect(m_thisComputer, &QAction::triggered, this, [this] {
        if (m_localClient)
            setClient(m_localClient);
    });
    m_thisComputer->setEnabled(false);
    menu->addSeparator();
    QAction *quitAction = menu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quit);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent =
        QSettings(QSettings::IniFormat, QSettings::UserScope, kSettingsOrg, kSettingsApp)
            .value(QStringLiteral("control/recent"))
            .toStringList();
    for (const QString &text : recent) {
        QAction *a = m_recentMenu->addAction(text);
        connect(a, &QAction::triggered, this, [this, text, recent] {
            const std::optional<client::ServerAddress> address = client::ServerAddress::parse(text);
            if (address && address->kind == client::ServerAddress::Kind::LocalSocket) {
                connectToServer(*address);
                return;
            }
            // Credentials are never remembered: ask for them with the address filled in.
            ConnectDialog dialog(recent, this);
            dialog.setAddressText(text);
            if (dialog.exec() == QDialog::Accepted && dialog.address())
                connectToServer(*dialog.address());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showConnectDialog() {
    ConnectDialog dialog(
        QSettings(QSettings::IniFormat, QSettings::UserScope, kSettingsOrg, kSettingsApp)
            .value(QStringLiteral("control/recent"))
            .toStringList(),
        this);
    if (dialog.exec() == QDialog::Accepted && dialog.address())
        connectToServer(*dialog.address());
}

void MainWindow::setLocalClient(client::EngineClient *client) {
    m_localClient = client;
    m_thisComputer->setEnabled(client != nullptr);
}

void MainWindow::setClient(client::EngineClient *client) {
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_needHistory = true;
    m_wasConnected = client && client->state().isConnected();
    if (client) {
        connect(client, &client::EngineClient::snapshotReceived, this, &MainWindow::applySnapshot);
        connect(client, &client::EngineClient::stateChanged, this, &MainWindow::onConnectionState);
    }
    m_mech->setClient(client);
    m_scheduler->setClient(client);
    m_discord->setClient(client);
    m_settings->setClient(client);
    m_logs->setClient(client);
    // A remote client that was replaced stops trying.
    if (m_remote && client != m_remote.get())
        m_remote->disconnectFromEngine();
    if (auto *remote = qobject_cast<client::RemoteEngineClient *>(client);
        remote && remote->hasSnapshot())
        applySnapshot(remote->lastSnapshot());
    onConnectionState();
}

void MainWindow::connectToServer(const client::ServerAddress &input) {
    client::ServerAddress address = input;
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, kSettingsOrg, kSettingsApp);
    const QString fingerprintKey =
        QStringLiteral("control/fingerprints/%1").arg(address.text().toHtmlEscaped());
    if (address.kind == client::ServerAddress::Kind::Tls && address.fingerprint.isEmpty())
        address.fingerprint = settings.value(fingerprintKey).toString();
    QStringList recent = settings.value(QStringLiteral("control/recent")).toStringList();
    recent.removeAll(address.text());
    recent.prepend(address.text());
    settings.setValue(QStringLiteral("control/recent"), recent.mid(0, 8));
    rebuildRecentMenu();
    if (!m_remote) {
        m_remote = std::make_unique<client::RemoteEngineClient>(QStringLiteral("mechdock-panel"));
        connect(m_remote.get(), &client::RemoteEngineClient::certificateUnconfirmed, this,
                &MainWindow::confirmCertificate);
    }
    m_remote->connectTo(address);
    setClient(m_remote.get());
}

void MainWindow::confirmCertificate(const QString &fingerprint) {
    if (!m_remote)
        return;
    client::ServerAddress address = m_remote->address();
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Confirm the server's certificate"),
        tr("The server %1 presents a certificate this panel has not seen before.\n\nSHA-256 "
           "fingerprint:\n%2\n\nCompare it with what \"mechdock control fingerprint\" prints on "
           "the server (it is also in the service's log). Trust this certificate?")
            .arg(address.displayName(), fingerprint));
    if (answer != QMessageBox::Yes)
        return;
    QSettings(QSettings::IniFormat, QSettings::UserScope, kSettingsOrg, kSettingsApp)
        .setValue(QStringLiteral("control/fingerprints/%1").arg(address.text().toHtmlEscaped()),
                  fingerprint);
    address.fingerprint = fingerprint;
    m_remote->connectTo(address);
}

QString MainWindow::connectionText() const {
    return m_connection->fullText();
}

QString MainWindow::bannerText() const {
    return m_banner->text();
}

bool MainWindow::bannerShown() const {
    return !m_banner->isHidden();
}

void MainWindow::onConnectionState() {
    if (!m_client) {
        m_connection->setFullText(tr("Engine: none"));
        setWindowTitle(tr("Mechdock"));
        updateBanner();
        emit connectionChanged();
        return;
    }
    const client::ConnectionState st = m_client->state();
    setWindowTitle(tr("Mechdock — %1").arg(st.server));
    // (Re)connected: the pages ask again for what failed while the engine was out of reach.
    if (st.isConnected() && !m_wasConnected) {
        m_mech->setClient(m_client);
        m_scheduler->setClient(m_client);
        m_discord->setClient(m_client);
        m_settings->setClient(m_client);
    }
    m_wasConnected = st.isConnected();
    using Status = client::ConnectionState::Status;
    switch (st.status) {
    case Status::Connected:
        m_connection->setFullText(m_client->hostsEngine()
                                      ? tr("Engine: this computer (runs in this panel)")
                                      : tr("Engine: %1 (as %2)").arg(st.server, st.identity));
        break;
    case Status::Connecting:
        m_connection->setFullText(tr("Engine: connecting to %1…").arg(st.server));
        break;
    case Status::Disconnected:
    case Status::Failed:
        m_connection->setFullText(tr("Engine: %1 disconnected").arg(st.server));
        m_needHistory = true;
        break;
    }
    m_connection->setDescription(st.reason.isEmpty() ? tr("The engine this panel shows")
                                                     : st.reason);
    updateBanner();
    emit connectionChanged();
}

void MainWindow::updateBanner() {
    const bool connected = m_client && m_client->state().isConnected();
    if (connected || !m_client) {
        m_banner->hide();
        m_bannerTimer->stop();
        return;
    }
    const client::ConnectionState st = m_client->state();
    QStringList parts;
    if (st.status == client::ConnectionState::Status::Connecting)
        parts.append(tr("Connecting to %1…").arg(st.server));
    else
        parts.append(st.reason.isEmpty() ? tr("Not connected to %1.").arg(st.server)
                                         : tr("Not connected to %1: %2").arg(st.server, st.reason));
    if (m_lastSnapshotMs > 0)
        parts.append(tr("The pages show the data of %1 and may be out of date.")
                         .arg(QDateTime::fromMSecsSinceEpoch(m_lastSnapshotMs)
                                  .toString(QStringLiteral("HH:mm:ss"))));
    if (st.status == client::ConnectionState::Status::Disconnected && st.retryAtMs > 0) {
        const qint64 seconds =
            std::max<qint64>(0, (st.retryAtMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000);
        parts.append(tr("Next attempt in %n s.", nullptr, int(seconds)));
    } else if (st.status == client::ConnectionState::Status::Failed) {
        parts.append(tr("Use Engine > Connect to server… to try again."));
    }
    m_banner->setText(parts.join(QLatin1Char(' ')));
    m_banner->show();
    if (!m_bannerTimer->isActive())
        m_bannerTimer->start();
}

void MainWindow::requestAction(const QString &endpoint, const QString &name,
                               docker::ContainerAction action) {
    if (!m_client) {
        m_containers->showActionResult(endpoint, name, action, false,
                                       tr("not connected to an engine"));
        return;
    }
    // The operator at the panel is an administrator who has just confirmed the action: the
    // toggle cool-down (for Discord's members) is overridden, and the audit entry says so.
    m_client->containerAction(
        endpoint, name, action, true, this,
        [this, endpoint, name, action](const client::Expected<client::ActionOutcome> &r) {
            m_containers->showActionResult(endpoint, name, action, r.ok(),
                                           r.ok() ? r.value().message : r.error().message);
        });
}

void MainWindow::requestLogs(const QString &endpoint, const QString &name, int lines) {
    if (!m_client)
        return;
    m_client->containerLogs(
        endpoint, name, lines, this,
        [this, endpoint, name](const client::Expected<client::ContainerLogText> &r) {
            m_containers->showLogs(endpoint, name, r.ok(),
                                   r.ok() ? r.value().text : r.error().message);
        });
}

void MainWindow::addToDiscord(const QString &endpoint, const QString &name, const QString &kind) {
    if (!m_client) {
        m_containers->showNotice(tr("Not connected to an engine."), false);
        return;
    }
    // Read, add, write: the engine validates and reloads as for any settings change.
    m_client->readSettings(this, [this, endpoint, name,
                                  kind](const client::Expected<client::SettingsDocument> &r) {
        if (!r.ok()) {
            m_containers->showNotice(tr("Not added: %1").arg(r.error().message), false);
            return;
        }
        config::Settings settings;
        config::ConfigIssues ignored;
        config::SettingsJson::read(r.value().settings, settings, ignored);
        for (const config::ContainerSettings &c : std::as_const(settings.containers)) {
            if (c.endpoint == endpoint && c.name == name) {
                m_containers->showNotice(tr("%1 is already in Discord's list.").arg(name), true);
                return;
            }
        }
        config::ContainerSettings added;
        added.endpoint = endpoint;
        added.kind = kind == QLatin1String("service") ? kind : QStringLiteral("container");
        added.name = name;
        added.displayName = name;
        added.order = int(settings.containers.size());
        settings.containers.append(added);
        QJsonObject json = config::SettingsJson::write(settings);
        QJsonObject discord = json.value(QStringLiteral("discord")).toObject();
        discord.remove(QStringLiteral("token"));
        json.insert(QStringLiteral("discord"), discord);
        m_client->writeSettings(
            json, this, [this, name](const client::Expected<client::SettingsSaveOutcome> &w) {
                if (!w.ok()) {
                    m_containers->showNotice(tr("Not added: %1").arg(w.error().message), false);
                    return;
                }
                m_containers->showNotice(tr("%1 is in Discord's list now (status only); allow "
                                            "start, stop or restart on the Settings page.")
                                             .arg(name),
                                         true);
                m_settings->reload();
            });
    });
}

void MainWindow::forceCleanup() {
    if (!m_client) {
        m_dashboard->showCleanupFailed(tr("not connected to an engine"));
        return;
    }
    m_client->forceCleanup(this, [this](const client::Expected<monitor::CleanupReport> &r) {
        if (r.ok())
            m_dashboard->showCleanupReport(r.value());
        else
            m_dashboard->showCleanupFailed(r.error().message);
    });
}

void MainWindow::quit() {
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    const bool hosting = m_localClient && m_localClient->hostsEngine();
    if (hosting && m_confirmHostedClose && !m_quitting &&
        !(m_closeToTray && m_tray->isAvailable()) && isVisible() &&
        QMessageBox::question(this, tr("Stop the bot?"),
                              tr("The Discord bot runs inside this panel: closing it stops the "
                                 "bot. (A service started with mechdockd keeps the bot running "
                                 "without a window, and the panel attaches to it.)\n\nClose "
                                 "and stop the bot?")) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
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
    if (m_rememberState) {
        QSettings state(QSettings::IniFormat, QSettings::UserScope, kSettingsOrg, kSettingsApp);
        state.setValue(QStringLiteral("window/geometry"), saveGeometry());
        state.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    }
    QMainWindow::closeEvent(event);
}

} // namespace mechdock::ui

namespace mechdock::ui {

void MainWindow::makeKeyboardFriendly() {
    // Tab moves to the next control instead of walking every cell of a table (arrow keys do
    // that), and the list or table that has the keyboard says so with a ring in the
    // highlight colour, which the platform styles draw faintly or not at all.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>()) {
        view->setTabKeyNavigation(false);
        view->setStyleSheet(QStringLiteral("QAbstractItemView:focus { border: 2px solid "
                                           "palette(highlight); }"));
    }
}

} // namespace mechdock::ui
