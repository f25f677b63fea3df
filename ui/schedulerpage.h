// SchedulerPage: the scheduled tasks with their next runs; add, edit, delete, enable and
// disable. The scheduler lives on the service thread and must be called there, so the page
// never holds it: it is handed a SchedulerAccess, which runs a function on that thread with
// the current SchedulerApi (null while the scheduler is not running), and the results come
// back to the GUI thread queued. The GUI thread never waits for the scheduler.
#pragma once

#include "scheduler/schedulerapi.h"
#include "service/servicesnapshot.h"

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

using SchedulerAccess = std::function<void(std::function<void(scheduler::SchedulerApi *)>)>;

class SchedulerPage : public QWidget {
    Q_OBJECT
public:
    explicit SchedulerPage(QWidget *parent = nullptr);

    void setSchedulerAccess(SchedulerAccess access);
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
    // Runs fn on the scheduler's thread; then done(result) on this page's thread, if the page
    // still exists.
    template <typename T>
    void call(std::function<T(scheduler::SchedulerApi *)> fn, std::function<void(T)> done);
    void showTasks(bool available, const QList<scheduler::TaskOverview> &tasks);
    void showResult(const scheduler::Result &result, const QString &done);
    void openEditor(const scheduler::ScheduledTask &task);
    int selectedRow() const;
    void updateButtons();

    SchedulerAccess m_access;
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
    QString m_notice; // what the last change did, or why it was refused
    bool m_noticeIsError = false;
    quint64 m_runsSeen = 0;
    bool m_confirm = true;
    bool m_available = false;
};

} // namespace mechdock::ui
