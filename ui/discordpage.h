// DiscordPage: the bot's side of Discord. The connection and every shard's state, the gateway
// latency over the last minutes, the guilds the bot is in, the recent commands and the audit log
// with filters. Snapshots drive the state, chart and guild tables; the audit log lives in the
// service's database and is read on the service thread through an AuditAccess, with the rows
// coming back queued, so the GUI thread never waits on the database.
#pragma once

#include "client/engineclient.h"
#include "latencyhistory.h"
#include "service/servicesnapshot.h"
#include "storage/auditentry.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace mechdock::ui {

class AuditTableModel;
class AutoActionsPanel;
class GuildTableModel;
class LatencyChart;
class ShardTableModel;

class DiscordPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRecentCommands = 25;
    static constexpr int kAuditRows = 500;
    enum Tab { OverviewTab = 0, CommandsTab, AuditTab, AutoActionsTab };

    explicit DiscordPage(QWidget *parent = nullptr);

    void setClient(client::EngineClient *client);
    // The settings' guild ids, for the Guilds table's Commands column.
    void setConfiguredGuildIds(const QStringList &ids);

    // The filter the audit tab's controls describe.
    storage::AuditFilter auditFilter() const;

    // For tests and screenshots.
    QString connectionText() const;
    QString latencyText() const;
    const LatencyHistory &latencyHistory() const { return m_history; }
    LatencyChart *latencyChart() const { return m_chart; }
    ShardTableModel *shardModel() const { return m_shardModel; }
    GuildTableModel *guildModel() const { return m_guildModel; }
    QTableView *guildView() const { return m_guildView; }
    AuditTableModel *commandModel() const { return m_commandModel; }
    AuditTableModel *auditModel() const { return m_auditModel; }
    QTableView *auditView() const { return m_auditView; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *resultFilter() const { return m_result; }
    QComboBox *periodFilter() const { return m_period; }
    QLineEdit *actorFilter() const { return m_actor; }
    QLineEdit *actionFilter() const { return m_action; }
    QString auditStatusText() const;
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    void refreshCommands();
    void refreshAudit();

signals:
    // Emitted on the GUI thread when rows arrived (tests wait for them).
    void commandsShown(int rows);
    void auditShown(int rows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void query(const storage::AuditFilter &filter,
               std::function<void(const QList<storage::AuditEntry> &, const QString &)> done);
    QWidget *buildOverview();
    QWidget *buildCommands();
    QWidget *buildAudit();

    QPointer<client::EngineClient> m_client;
    AutoActionsPanel *m_autoActions = nullptr;
    LatencyHistory m_history;
    QLabel *m_connection;
    QLabel *m_latency;
    QLabel *m_counters;
    QTabWidget *m_tabs;
    LatencyChart *m_chart;
    ShardTableModel *m_shardModel;
    QTableView *m_shardView;
    GuildTableModel *m_guildModel;
    QSortFilterProxyModel *m_guildProxy;
    QTableView *m_guildView;
    QLabel *m_guildStatus;
    AuditTableModel *m_commandModel;
    QTableView *m_commandView;
    QLabel *m_commandStatus;
    AuditTableModel *m_auditModel;
    QSortFilterProxyModel *m_auditProxy;
    QTableView *m_auditView;
    QLabel *m_auditStatus;
    QComboBox *m_source;
    QComboBox *m_result;
    QComboBox *m_period;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QPushButton *m_auditRefresh;
    QTimer *m_filterDelay;
    quint64 m_interactionsSeen = 0;
    qint64 m_nowMs = 0; // the latest snapshot's time: "last hour" is measured from it
    bool m_commandsLoaded = false;
};

} // namespace mechdock::ui
