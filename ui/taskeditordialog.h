// TaskEditorDialog: adds or edits one scheduled task. The schedule and the time zone are checked
// as they are typed: a refusal shows its reason in red next to the field and disables OK; a
// valid schedule shows its next runs in the chosen zone. OK hands the task to whoever saves it
// (submitted) and closes only when that succeeded (finishSubmit), so the runner's own refusals
// (e.g. two tasks on one container less than ten minutes apart) appear in the dialog too.
#pragma once

#include "scheduler/scheduledtask.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mechdock::ui {

class TaskEditorDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewCount = 5;

    explicit TaskEditorDialog(QWidget *parent = nullptr);

    // Containers to offer, by endpoint name.
    void setContainers(const QMap<QString, QStringList> &containersByEndpoint);
    // What the settings allow per "endpoint/container" (configured containers only): a task
    // whose action is not allowed is warned about, since the engine will refuse it when it runs.
    void setAllowedActions(const QHash<QString, QStringList> &allowedByContainer);
    QString actionWarningText() const;
    void setTask(const scheduler::ScheduledTask &task); // editing an existing task
    scheduler::ScheduledTask task() const;
    // Previews start after this instant (UTC); invalid means now.
    void setReferenceTime(const QDateTime &utc);

    bool isInputValid() const { return m_valid; }
    QString scheduleError() const;
    QString zoneError() const;
    QString containerError() const;
    QString submitError() const;
    QStringList previews() const;
    QLineEdit *scheduleEdit() const { return m_schedule; }
    QComboBox *zoneBox() const { return m_zone; }
    QComboBox *containerBox() const { return m_container; }
    QPushButton *okButton() const;

public slots:
    void accept() override;
    // The outcome of saving what submitted() carried.
    void finishSubmit(const mechdock::scheduler::Result &result);

signals:
    void submitted(const mechdock::scheduler::ScheduledTask &task);

private:
    void validate();
    void fillContainers();

    scheduler::ScheduledTask m_task;
    QMap<QString, QStringList> m_containers;
    QDateTime m_reference;
    bool m_valid = false;
    bool m_waiting = false;
    QComboBox *m_endpoint;
    QComboBox *m_container;
    QLabel *m_containerError;
    QComboBox *m_action;
    QLabel *m_actionWarning;
    QHash<QString, QStringList> m_allowed;
    QLineEdit *m_schedule;
    QLabel *m_scheduleError;
    QComboBox *m_zone;
    QLabel *m_zoneError;
    QCheckBox *m_enabled;
    QLineEdit *m_description;
    QListWidget *m_preview;
    QLabel *m_submitError;
    QDialogButtonBox *m_buttons;
};

} // namespace mechdock::ui
