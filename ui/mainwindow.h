// MainWindow: navigation list on the left, pages in a stack, and a status bar that always shows
// which engine the panel is attached to, the bot's state, the Docker endpoints' state and the
// memory pressure. Every page talks to the engine through one EngineClient: the engine this
// process hosts, or a running service (its local socket, or a remote one over TLS: Engine >
// Connect to server…). While the connection is down a banner says why, when the next attempt
// is, and that the pages show the last data received. Owns the GUI thread's event-loop probe
// and the tray icon; closes to the tray when the settings ask for it.
#pragma once

#include "client/engineclient.h"
#include "client/serveraddress.h"
#include "config/settings.h"
#include "discordpage.h"
#include "docker/containeraction.h"
#include "mechpage.h"
#include "monitor/memorymonitor.h"
#include "schedulerpage.h"
#include "service/servicesnapshot.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace mechdock::client {
class EngineClient;
class RemoteEngineClient;
struct ConnectionState;
} // namespace mechdock::client

namespace mechdock::ui {

class ElidedLabel;

class ContainersPage;
class DashboardPage;
class EventLoopProbe;
class LogsPage;
class PerformancePage;
class PressureBadge;
class SettingsPage;
class TrayController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kPageShortcuts = 8; // Ctrl+1 … Ctrl+8

    explicit MainWindow(QString configPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page with its navigation entry; returns its index.
    int addPage(const QString &name, const QIcon &icon, QWidget *page, const QString &tooltip);
    // Inserts a page at index (the pages after it move down, their shortcuts with them).
    int insertPage(int index, const QString &name, const QIcon &icon, QWidget *page,
                   const QString &tooltip);
    int pageCount() const;
    QWidget *page(int index) const;
    QString pageName(int index) const;
    void showPage(int index);
    QString botStatusText() const;
    QString dockerStatusText() const;

    // The engine this process hosts (Engine > This computer goes back to it); may be null.
    void setLocalClient(client::EngineClient *client);
    // Every page talks to `client` from now on; it must outlive the window or be replaced.
    void setClient(client::EngineClient *client);
    client::EngineClient *client() const { return m_client; }
    // Attaches to a running engine (a local socket or wss://); the window owns that client.
    void connectToServer(const client::ServerAddress &address);
    client::RemoteEngineClient *remoteClient() const { return m_remote.get(); }
    QString connectionText() const;
    QString bannerText() const;
    bool bannerShown() const;
    // Asks before closing a window whose process hosts the bot (off for tests).
    void setConfirmCloseWhenHosting(bool confirm) { m_confirmHostedClose = confirm; }
    // Restores the size, position and page of the last session now, and saves them on close
    // (off by default, so that tests and screenshots start the same way every time).
    void setRememberWindowState(bool remember);
    SettingsPage *settingsPage() const { return m_settings; }
    ContainersPage *containersPage() const { return m_containers; }
    MechPage *mechPage() const { return m_mech; }
    DiscordPage *discordPage() const { return m_discord; }
    EventLoopProbe *eventLoopProbe() const { return m_probe; }
    TrayController *tray() const { return m_tray; }
    bool closeToTray() const { return m_closeToTray; }
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    // Opens Engine > Connect to server….
    void showConnectDialog();
    // Quits the application even when closing would only hide the window to the tray.
    void quit();

signals:
    void snapshotApplied(const mechdock::service::ServiceSnapshot &snapshot);
    void settingsSaved(const mechdock::config::Settings &settings);
    // The client changed its connection (also when another client was set).
    void connectionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // No Tab-walking through table cells; a visible focus ring on lists and tables.
    void makeKeyboardFriendly();
    void buildEngineMenu();
    void rebuildRecentMenu();
    void onConnectionState();
    void updateBanner();
    void confirmCertificate(const QString &fingerprint);
    void requestAction(const QString &endpoint, const QString &name,
                       docker::ContainerAction action);
    void requestLogs(const QString &endpoint, const QString &name, int lines);
    void forceCleanup();
    void addToDiscord(const QString &endpoint, const QString &name, const QString &kind);

    QString m_configPath;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ElidedLabel *m_botStatus;
    ElidedLabel *m_dockerStatus;
    PressureBadge *m_pressure;
    EventLoopProbe *m_probe;
    DashboardPage *m_dashboard;
    LogsPage *m_logs;
    SettingsPage *m_settings;
    ContainersPage *m_containers;
    MechPage *m_mech;
    SchedulerPage *m_scheduler;
    DiscordPage *m_discord;
    PerformancePage *m_performance;
    TrayController *m_tray;
    bool m_closeToTray = false;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
    QPointer<client::EngineClient> m_client;
    QPointer<client::EngineClient> m_localClient;
    std::unique_ptr<client::RemoteEngineClient> m_remote;
    QMenu *m_recentMenu = nullptr;
    QAction *m_thisComputer = nullptr;
    ElidedLabel *m_connection;
    QLabel *m_banner;
    QTimer *m_bannerTimer;
    qint64 m_lastSnapshotMs = 0;
    bool m_needHistory = true;
    bool m_wasConnected = false;
    bool m_confirmHostedClose = false;
    bool m_rememberState = false;
};

} // namespace mechdock::ui
