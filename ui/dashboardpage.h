// DashboardPage: the service at a glance: the memory chart with its pressure bands and level,
// Force cleanup and what it freed, the registered caches and queues, CPU, disk, network, the
// GUI's own event-loop delay, the bot, Docker, the database, alerts and configuration problems.
#pragma once

#include "memoryhistory.h"
#include "monitor/memorymonitor.h"
#include "service/servicesnapshot.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace mechdock::ui {

class FirstRunChecklist;

class CacheTableModel;
class EventLoopProbe;
class MemoryChart;
class PressureBadge;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setEventLoopProbe(EventLoopProbe *probe);
    MemoryHistory::Window chartWindow() const;
    void setChartWindow(MemoryHistory::Window window);
    const MemoryHistory &history() const { return m_history; }
    MemoryChart *chart() const { return m_chart; }
    CacheTableModel *cacheModel() const { return m_cacheModel; }
    PressureBadge *badge() const { return m_badge; }
    QString memoryText() const;
    FirstRunChecklist *checklist() const { return m_checklist; }
    // The one-line summary above everything: containers, bot, endpoints, alerts.
    QString summaryText() const;
    QString resourcesText() const;
    QString eventLoopText() const;
    QString cleanupText() const;
    QPushButton *cleanupButton() const { return m_cleanup; }

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    // The monitor's own history, to fill the chart's longer windows at start.
    void seedMemoryHistory(const QList<mechdock::monitor::MemorySample> &samples);
    void showCleanupReport(const mechdock::monitor::CleanupReport &report);
    void showCleanupFailed(const QString &reason);

signals:
    void forceCleanupRequested();

private:
    void redrawChart();
    void updateEventLoop();

    MemoryHistory m_history;
    qint64 m_lastEpochMs = 0;
    quint64 m_lastReceived = 0;
    quint64 m_lastSent = 0;
    qint64 m_lastNetEpochMs = 0;
    QPointer<EventLoopProbe> m_probe;
    PressureBadge *m_badge;
    QLabel *m_memory;
    QComboBox *m_window;
    QPushButton *m_cleanup;
    QLabel *m_cleanupResult;
    QListWidget *m_issues;
    QWidget *m_issuesBox;
    MemoryChart *m_chart;
    QLabel *m_bot;
    QLabel *m_docker;
    QLabel *m_database;
    QLabel *m_cpu;
    QLabel *m_disk;
    QLabel *m_network;
    QLabel *m_eventLoop;
    QTabWidget *m_tabs;
    CacheTableModel *m_cacheModel;
    QSortFilterProxyModel *m_cacheProxy;
    QTableView *m_caches;
    QListWidget *m_alerts;
    QLabel *m_summary = nullptr;
    FirstRunChecklist *m_checklist = nullptr;
};

} // namespace mechdock::ui
