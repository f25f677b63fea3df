// SchedulerPage: the scheduled tasks with their next runs; add, edit, delete, enable and
// disable, all through the EngineClient (the engine checks and audits every change). Results
// come back asynchronously; the GUI thread never waits for the scheduler.
#pragma once

#include "client/engineclient.h"
#include "scheduler/schedulerapi.h"
#include "service/servicesnapshot.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace mechdock::ui {

class TaskEditorDialog;
class TaskTableModel;

class SchedulerPage : public QWidget {
    Q_OBJECT
public:
    explicit SchedulerPage(QWidget *parent = nullptr);

    void setClient(client::EngineClient *client);
    TaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    // Skips the delete confirmation (for tests).
    void setConfirmDeletes(bool confirm) { m_confirm = confirm; }
    // The open editor, if any (for tests).
    TaskEditorDialog *editor() const { return m_editor; }

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    void refresh();
    void addTask();
    void editSelected();
    void deleteSelected();
    void toggleSelected();

signals:
    // Emitted on the GUI thread after each refresh arrived (tests wait for it).
    void tasksShown(int count);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showTasks(bool available, const QList<scheduler::TaskOverview> &tasks,
                   const QString &why = {});
    void showResult(const client::Expected<QString> &result, const QString &done);
    void openEditor(const scheduler::ScheduledTask &task);
    int selectedRow() const;
    void updateButtons();

    QPointer<client::EngineClient> m_client;
    TaskTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_toggle;
    QPushButton *m_refresh;
    QTimer *m_timer;
    TaskEditorDialog *m_editor = nullptr;
    QMap<QString, QStringList> m_containers;
    QHash<QString, QStringList> m_allowed; // "endpoint/name" of configured containers
    QString m_notice;                      // what the last change did, or why it was refused
    bool m_noticeIsError = false;
    quint64 m_runsSeen = 0;
    bool m_confirm = true;
    bool m_available = false;
};

} // namespace mechdock::ui
