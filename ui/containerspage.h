// ContainersPage: every container of every endpoint in a sortable table, updated from the
// service's snapshots; start, stop and restart (as the settings allow) after a confirmation;
// below, the selected container's log, following (the tail is asked for again every 2 s while
// the page is shown) and bounded (kMaxLogLines lines).
#pragma once

#include "docker/containeraction.h"
#include "service/servicesnapshot.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace mechdock::ui {

class ContainerTableModel;

class ContainersPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTailLines = 200;    // asked for at each refresh
    static constexpr int kMaxLogLines = 1000; // kept in the view

    explicit ContainersPage(QWidget *parent = nullptr);
    QPlainTextEdit *logView() const { return m_log; }
    QCheckBox *followLogs() const { return m_follow; }
    // Asks again for the log at each timeout while following; tests fire it instead of waiting.
    QTimer *followTimer() const { return m_logTimer; }
    ContainerTableModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    // Skips the confirmation dialog (for tests).
    void setConfirmActions(bool confirm) { m_confirm = confirm; }
    // The panel's operator is an administrator: every container of the endpoints can be
    // started, stopped and restarted, configured for Discord or not (after a confirmation).
    void setAdministrator(bool administrator);
    QPushButton *addToDiscordButton() const { return m_addToDiscord; }
    // The outcome of the last action, as shown beside the buttons.
    // "Start", "Stop", "Restart" in the user's language, for the outcome line.
    static QString actionWord(docker::ContainerAction action);
    QString actionStatusText() const;

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    void requestAction(mechdock::docker::ContainerAction action);
    // The service's answer to logsRequested(); answers for another container are ignored.
    void showLogs(const QString &endpoint, const QString &name, bool ok,
                  const QString &textOrError);
    // Asks for the selected container's log now (the timer does it while following).
    void refreshLogs();
    // The engine's answer to actionRequested(), shown under the buttons where it was clicked.
    void showActionResult(const QString &endpoint, const QString &name,
                          mechdock::docker::ContainerAction action, bool ok,
                          const QString &message);
    // A message about the selected container's settings (e.g. the answer to Add to Discord).
    void showNotice(const QString &text, bool ok);

signals:
    void actionRequested(const QString &endpoint, const QString &name,
                         mechdock::docker::ContainerAction action);
    void logsRequested(const QString &endpoint, const QString &name, int lines);
    // "Add to Discord" for a container the settings do not list.
    void addToDiscordRequested(const QString &endpoint, const QString &name, const QString &kind);

private:
    void updateButtons();
    void selectionChanged();
    const service::ContainerRow *selectedRow() const;

    ContainerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_empty;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QPushButton *m_update;
    QLabel *m_actionStatus;
    QPushButton *m_addToDiscord;
    QLabel *m_logTitle;
    QPlainTextEdit *m_log;
    QCheckBox *m_follow;
    QTimer *m_logTimer;
    QString m_logEndpoint; // whose log the view shows
    QString m_logName;
    bool m_confirm = true;
    bool m_administrator = false;
};

} // namespace mechdock::ui
