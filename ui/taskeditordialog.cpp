#include "taskeditordialog.h"

#include "tasktablemodel.h"

#include "scheduler/schedulerapi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaMethod>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mechdock::ui {

namespace {

QLabel *errorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c53030;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A field with its error underneath, as one row of the form.
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

TaskEditorDialog::TaskEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_endpoint(new QComboBox(this))
    , m_container(new QComboBox(this))
    , m_containerError(errorLabel(this))
    , m_action(new QComboBox(this))
    , m_actionWarning(errorLabel(this))
    , m_schedule(new QLineEdit(this))
    , m_scheduleError(errorLabel(this))
    , m_zone(new QComboBox(this))
    , m_zoneError(errorLabel(this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_description(new QLineEdit(this))
    , m_preview(new QListWidget(this))
    , m_submitError(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Scheduled task"));
    m_endpoint->setEditable(true);
    m_endpoint->setToolTip(tr("The Docker endpoint the container runs on"));
    m_container->setEditable(true);
    m_container->setToolTip(tr("The container's name"));
    for (docker::ContainerAction a : docker::containerActions())
        m_action->addItem(TaskTableModel::actionText(a), int(a));
    m_action->setToolTip(tr("What happens to the container when the task runs"));
    m_schedule->setPlaceholderText(tr("e.g. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5"));
    m_schedule->setToolTip(
        tr("once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · "
           "yearly 12-24 20:00 · cron 30 2 * * 1-5"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(tr("The IANA time zone the schedule's times are in, e.g. Europe/Berlin"));
    m_enabled->setChecked(true);
    m_enabled->setToolTip(tr("A disabled task is kept but does not run"));
    m_description->setToolTip(tr("A note for other operators (optional)"));
    m_preview->setToolTip(tr("When the task would run next, in the chosen time zone"));
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * (kPreviewCount + 1) + 8);
    m_preview->setFocusPolicy(Qt::NoFocus);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("E&ndpoint:"), m_endpoint);
    form->addRow(tr("&Container:"), withError(m_container, m_containerError, this));
    form->addRow(tr("&Action:"), withError(m_action, m_actionWarning, this));
    form->addRow(tr("&Schedule:"), withError(m_schedule, m_scheduleError, this));
    form->addRow(tr("&Time zone:"), withError(m_zone, m_zoneError, this));
    form->addRow(QString(), m_enabled);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Next runs:"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_submitError);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskEditorDialog::reject);
    connect(m_schedule, &QLineEdit::textChanged, this, &TaskEditorDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &TaskEditorDialog::validate);
    connect(m_container, &QComboBox::currentTextChanged, this, &TaskEditorDialog::validate);
    connect(m_action, &QComboBox::currentIndexChanged, this, &TaskEditorDialog::validate);
    connect(m_endpoint, &QComboBox::currentTextChanged, this, &TaskEditorDialog::fillContainers);

    setTabOrder(m_endpoint, m_container);
    setTabOrder(m_container, m_action);
    setTabOrder(m_action, m_schedule);
    setTabOrder(m_schedule, m_zone);
    setTabOrder(m_zone, m_enabled);
    setTabOrder(m_enabled, m_description);
    setTabOrder(m_description, m_buttons);

    m_task.timeZone = QTimeZone::systemTimeZoneId();
    setTask(m_task);
}

void TaskEditorDialog::setContainers(const QMap<QString, QStringList> &containersByEndpoint) {
    m_containers = containersByEndpoint;
    const QString endpoint = m_endpoint->currentText();
    const QSignalBlocker block(m_endpoint);
    m_endpoint->clear();
    m_endpoint->addItems(m_containers.keys());
    m_endpoint->setCurrentText(
        endpoint.isEmpty() && !m_containers.isEmpty() ? m_containers.firstKey() : endpoint);
    fillContainers();
}

void TaskEditorDialog::fillContainers() {
    const QString current = m_container->currentText();
    const QSignalBlocker block(m_container);
    m_container->clear();
    m_container->addItems(m_containers.value(m_endpoint->currentText()));
    m_container->setCurrentText(current);
    validate();
}

void TaskEditorDialog::setTask(const scheduler::ScheduledTask &task) {
    m_task = task;
    setWindowTitle(task.id.isEmpty() ? tr("New scheduled task") : tr("Edit scheduled task"));
    {
        const QSignalBlocker b1(m_endpoint);
        const QSignalBlocker b2(m_container);
        const QSignalBlocker b3(m_schedule);
        const QSignalBlocker b4(m_zone);
        if (!task.endpoint.isEmpty())
            m_endpoint->setCurrentText(task.endpoint);
        fillContainers();
        m_container->setCurrentText(task.containerName);
        m_action->setCurrentIndex(m_action->findData(int(task.action)));
        m_schedule->setText(task.schedule);
        m_zone->setCurrentText(QString::fromUtf8(task.timeZone));
        m_enabled->setChecked(task.enabled);
        m_description->setText(task.description);
    }
    validate();
}

scheduler::ScheduledTask TaskEditorDialog::task() const {
    scheduler::ScheduledTask t = m_task;
    t.endpoint = m_endpoint->currentText().trimmed();
    t.containerName = m_container->currentText().trimmed();
    t.action = docker::ContainerAction(m_action->currentData().toInt());
    t.schedule = m_schedule->text().trimmed();
    t.timeZone = m_zone->currentText().trimmed().toUtf8();
    t.enabled = m_enabled->isChecked();
    t.description = m_description->text().trimmed();
    return t;
}

void TaskEditorDialog::setReferenceTime(const QDateTime &utc) {
    m_reference = utc;
    validate();
}

void TaskEditorDialog::setAllowedActions(const QHash<QString, QStringList> &allowedByContainer) {
    m_allowed = allowedByContainer;
    validate();
}

QString TaskEditorDialog::actionWarningText() const {
    return m_actionWarning->isHidden() ? QString() : m_actionWarning->text();
}

void TaskEditorDialog::validate() {
    const scheduler::ScheduledTask t = task();
    showError(m_submitError, QString());
    // A warning, not a refusal: the settings may be changed before the task runs. An update
    // is the administrator's, whom the settings' list for Discord does not bind.
    const QString key = t.endpoint + QLatin1Char('/') + t.containerName;
    const auto allowed = m_allowed.constFind(key);
    showError(m_actionWarning,
              allowed != m_allowed.cend() && t.action != docker::ContainerAction::Update &&
                      !allowed->contains(docker::containerActionName(t.action))
                  ? tr("The settings do not allow \"%1\" for %2, so the engine will refuse the "
                       "task when it runs. Allow it on the Settings page (Docker tab).")
                        .arg(TaskTableModel::actionText(t.action), t.containerName)
                  : QString());
    showError(m_containerError,
              t.containerName.isEmpty() ? tr("Choose the container the task acts on.") : QString());
    QString scheduleError;
    QString zoneError;
    m_preview->clear();
    if (t.schedule.isEmpty()) {
        scheduleError = tr("Enter a schedule.");
    } else {
        const QDateTime from =
            m_reference.isValid() ? m_reference : QDateTime::currentDateTimeUtc();
        const scheduler::PreviewResult p =
            scheduler::SchedulerApi::preview(t.schedule, t.timeZone, from, kPreviewCount);
        if (!p.ok && p.error.isError())
            scheduleError = p.message;
        else if (!p.ok)
            zoneError = p.message;
        else if (p.never)
            scheduleError = tr("This schedule never runs (again).");
        for (const QDateTime &run : p.runs)
            m_preview->addItem(TaskTableModel::timeText(run.toUTC(), t.zone()));
    }
    showError(m_scheduleError, scheduleError);
    showError(m_zoneError, zoneError);
    m_valid = scheduleError.isEmpty() && zoneError.isEmpty() && !t.containerName.isEmpty();
    okButton()->setEnabled(m_valid && !m_waiting);
}

void TaskEditorDialog::accept() {
    if (!m_valid || m_waiting)
        return;
    m_waiting = true;
    okButton()->setEnabled(false);
    if (isSignalConnected(QMetaMethod::fromSignal(&TaskEditorDialog::submitted)))
        emit submitted(task());
    else
        finishSubmit(scheduler::Result{});
}

void TaskEditorDialog::finishSubmit(const scheduler::Result &result) {
    m_waiting = false;
    if (result.ok) {
        QDialog::accept();
        return;
    }
    showError(m_submitError, result.error);
    okButton()->setEnabled(m_valid);
}

QString TaskEditorDialog::scheduleError() const {
    return m_scheduleError->isHidden() ? QString() : m_scheduleError->text();
}

QString TaskEditorDialog::zoneError() const {
    return m_zoneError->isHidden() ? QString() : m_zoneError->text();
}

QString TaskEditorDialog::containerError() const {
    return m_containerError->isHidden() ? QString() : m_containerError->text();
}

QString TaskEditorDialog::submitError() const {
    return m_submitError->isHidden() ? QString() : m_submitError->text();
}

QStringList TaskEditorDialog::previews() const {
    QStringList list;
    for (int i = 0; i < m_preview->count(); ++i)
        list.append(m_preview->item(i)->text());
    return list;
}

QPushButton *TaskEditorDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace mechdock::ui
