// MainWindow: navigation list on the left, pages in a stack, and a status bar that always shows
// the bot's state, the Docker endpoints' state and the memory pressure. Owns the GUI thread's
// event-loop probe and the tray icon; closes to the tray when the settings ask for it.
#pragma once

#include "config/settings.h"
#include "discordpage.h"
#include "docker/containeraction.h"
#include "mechpage.h"
#include "monitor/memorymonitor.h"
#include "schedulerpage.h"
#include "service/servicesnapshot.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mechdock::ui {

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

    // Adds a page with its navigation entry; returns its index.
    int addPage(const QString &name, const QIcon &icon, QWidget *page, const QString &tooltip);
    // Inserts a page at index (the pages after it move down, their shortcuts with them).
    int insertPage(int index, const QString &name, const QIcon &icon, QWidget *page,
                   const QString &tooltip);
    int pageCount() const;
    QString pageName(int index) const;
    void showPage(int index);
    QString botStatusText() const;
    QString dockerStatusText() const;

    // The scheduler runs on the service thread; access runs a function there (see
    // SchedulerPage).
    void setSchedulerAccess(SchedulerAccess access);
    // The mech and the audit log live on the service thread too (see MechPage, DiscordPage).
    void setMechAccess(MechAccess access);
    void setAuditAccess(AuditAccess access);
    ContainersPage *containersPage() const { return m_containers; }
    MechPage *mechPage() const { return m_mech; }
    DiscordPage *discordPage() const { return m_discord; }
    EventLoopProbe *eventLoopProbe() const { return m_probe; }
    TrayController *tray() const { return m_tray; }
    bool closeToTray() const { return m_closeToTray; }
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    // What a Force cleanup freed, or why it did not run (answers forceCleanupRequested).
    void showCleanupReport(const mechdock::monitor::CleanupReport &report);
    void showCleanupFailed(const QString &reason);
    // The service's answer to containerLogsRequested.
    void showContainerLogs(const QString &endpoint, const QString &name, bool ok,
                           const QString &textOrError);
    // The memory monitor's history, to fill the dashboard chart at start.
    void seedMemoryHistory(const QList<mechdock::monitor::MemorySample> &samples);
    // Quits the application even when closing would only hide the window to the tray.
    void quit();

signals:
    void snapshotApplied(const mechdock::service::ServiceSnapshot &snapshot);
    void settingsSaved(const mechdock::config::Settings &settings);
    void tokenStored();
    void containerActionRequested(const QString &endpoint, const QString &name,
                                  mechdock::docker::ContainerAction action);
    void containerLogsRequested(const QString &endpoint, const QString &name, int lines);
    void forceCleanupRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString m_configPath;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_botStatus;
    QLabel *m_dockerStatus;
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
};

} // namespace mechdock::ui
