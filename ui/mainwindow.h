// MainWindow: navigation list on the left, pages in a stack, and a status bar that always shows
// the bot's state, the Docker endpoints' state and the memory pressure.
#pragma once

#include "config/settings.h"
#include "service/servicesnapshot.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mechdock::ui {

class ContainersPage;
class DashboardPage;
class LogsPage;
class PressureBadge;
class SettingsPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QString configPath, QWidget *parent = nullptr);

    // Adds a page with its navigation entry; returns its index.
    int addPage(const QString &name, const QIcon &icon, QWidget *page, const QString &tooltip);
    int pageCount() const;
    QString pageName(int index) const;
    void showPage(int index);
    QString botStatusText() const;
    QString dockerStatusText() const;

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);

signals:
    void snapshotApplied(const mechdock::service::ServiceSnapshot &snapshot);
    void settingsSaved(const mechdock::config::Settings &settings);
    void tokenStored();
    void containerActionRequested(const QString &endpoint, const QString &name,
                                  const QString &action);

private:
    QString m_configPath;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_botStatus;
    QLabel *m_dockerStatus;
    PressureBadge *m_pressure;
    DashboardPage *m_dashboard;
    LogsPage *m_logs;
    SettingsPage *m_settings;
    ContainersPage *m_containers;
};

} // namespace mechdock::ui
