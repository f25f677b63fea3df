#include "schedulerpage.h"

#include "client/engineclient.h"
#include "taskeditordialog.h"
#include "tasktablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace mechdock::ui {

namespace {
constexpr int kUpcoming = 5;
constexpr int kRefreshMs = 30'000; // next runs move on; a visible page stays current
} // namespace

SchedulerPage::SchedulerPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new TaskTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_toggle(new QPushButton(tr("Disa&ble"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_timer(new QTimer(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::NextRun, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TaskTableModel::Note, QHeaderView::Stretch);
    m_view->setToolTip(tr("Scheduled container actions; double-click a task to edit it"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_add->setToolTip(tr("Schedule a start, stop or restart (Ctrl+N)"));
    m_add->setShortcut(QKeySequence::New);
    m_edit->setToolTip(tr("Change the selected task (Enter)"));
    m_delete->setToolTip(tr("Remove the selected task (Delete)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_toggle->setToolTip(tr("Enable or disable the selected task without removing it"));
    m_refresh->setToolTip(tr("Read the tasks again (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete, m_toggle})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SchedulerPage::addTask);
    connect(m_edit, &QPushButton::clicked, this, &SchedulerPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &SchedulerPage::deleteSelected);
    connect(m_toggle, &QPushButton::clicked, this, &SchedulerPage::toggleSelected);
    connect(m_refresh, &QPushButton::clicked, this, &SchedulerPage::refresh);
    connect(m_view, &QTableView::activated, this, &SchedulerPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SchedulerPage::updateButtons);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SchedulerPage::refresh);
    showTasks(false, {});
}

void SchedulerPage::setClient(client::EngineClient *client) {
    m_client = client;
    refresh();
}

void SchedulerPage::refresh() {
    if (!m_client) {
        showTasks(false, {});
        return;
    }
    m_client->listTasks(kUpcoming, this,
                        [this](const client::Expected<QList<scheduler::TaskOverview>> &r) {
                            if (r.ok())
                                showTasks(true, r.value());
                            else
                                showTasks(false, {}, r.error().message);
                        });
}

void SchedulerPage::showTasks(bool available, const QList<scheduler::TaskOverview> &tasks,
                              const QString &why) {
    QString selected;
    if (const int row = selectedRow(); row >= 0)
        selected = m_model->task(row).task.id;
    m_available = available;
    m_model->setTasks(tasks);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    QString text;
    if (!available && !why.isEmpty())
        text = tr("The tasks cannot be shown: %1").arg(why);
    else if (!available)
        text = tr("The scheduler is not running yet; tasks appear once the service has started "
                  "it.");
    else if (tasks.isEmpty())
        text = tr("No scheduled tasks. Add one to start, stop or restart a container at set "
                  "times.");
    else
        text = tr("%n scheduled task(s).", nullptr, int(tasks.size()));
    text = text.toHtmlEscaped();
    // The outcome of the last change stays visible until the next one.
    if (!m_notice.isEmpty())
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(m_noticeIsError ? QStringLiteral("#c53030") : QStringLiteral("#2f855a"),
                         m_notice.toHtmlEscaped());
    m_status->setText(text);
    updateButtons();
    emit tasksShown(int(tasks.size()));
}

void SchedulerPage::showResult(const client::Expected<QString> &result, const QString &done) {
    m_notice = result.ok() ? done : result.error().message;
    m_noticeIsError = !result.ok();
    refresh();
}

QString SchedulerPage::statusText() const {
    return QTextDocumentFragment::fromHtml(m_status->text()).toPlainText();
}

int SchedulerPage::selectedRow() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void SchedulerPage::updateButtons() {
    const int row = selectedRow();
    m_add->setEnabled(m_available);
    m_edit->setEnabled(m_available && row >= 0);
    m_delete->setEnabled(m_available && row >= 0);
    m_toggle->setEnabled(m_available && row >= 0);
    if (row >= 0 && !m_model->task(row).task.enabled)
        m_toggle->setText(tr("Ena&ble"));
    else
        m_toggle->setText(tr("Disa&ble"));
}

void SchedulerPage::applySnapshot(const service::ServiceSnapshot &s) {
    QMap<QString, QStringList> containers;
    QHash<QString, QStringList> allowed;
    for (const service::ContainerRow &c : s.containers) {
        containers[c.endpoint].append(c.name);
        if (c.configured)
            allowed.insert(c.endpoint + QLatin1Char('/') + c.name, c.allowedActions);
    }
    m_allowed = allowed;
    for (const service::EndpointState &e : s.endpoints)
        containers[e.name];
    m_containers = containers;
    // A run changes last and next runs: show them.
    const quint64 runs = s.schedulerRuns + s.schedulerFailures;
    if (runs != m_runsSeen) {
        m_runsSeen = runs;
        if (isVisible())
            refresh();
    }
}

void SchedulerPage::addTask() {
    if (!m_available)
        return;
    scheduler::ScheduledTask task;
    task.timeZone = QTimeZone::systemTimeZoneId();
    task.createdBy = qEnvironmentVariable("USER");
    openEditor(task);
}

void SchedulerPage::editSelected() {
    const int row = selectedRow();
    if (m_available && row >= 0)
        openEditor(m_model->task(row).task);
}

void SchedulerPage::openEditor(const scheduler::ScheduledTask &task) {
    if (m_editor)
        return;
    m_editor = new TaskEditorDialog(this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setContainers(m_containers);
    m_editor->setAllowedActions(m_allowed);
    m_editor->setTask(task);
    connect(
        m_editor, &TaskEditorDialog::submitted, this, [this](const scheduler::ScheduledTask &t) {
            if (!m_client) {
                m_editor->finishSubmit(scheduler::Result::failure(
                    tr("Not connected to the engine; try again in a moment.")));
                return;
            }
            m_client->saveTask(t, this, [this](const client::Expected<QString> &r) {
                if (m_editor)
                    m_editor->finishSubmit(r.ok() ? scheduler::Result{}
                                                  : scheduler::Result::failure(r.error().message));
                if (r.ok())
                    showResult(r, tr("Task saved."));
            });
        });
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    m_editor->open();
}

void SchedulerPage::deleteSelected() {
    const int row = selectedRow();
    if (!m_available || row < 0)
        return;
    const scheduler::ScheduledTask task = m_model->task(row).task;
    if (m_confirm &&
        QMessageBox::question(this, tr("Delete task"),
                              tr("Delete the task \"%1 %2 at %3\"?")
                                  .arg(TaskTableModel::actionText(task.action), task.containerName,
                                       task.schedule)) != QMessageBox::Yes)
        return;
    if (!m_client)
        return;
    m_client->removeTask(task.id, this, [this](const client::Expected<QString> &r) {
        showResult(r, tr("Task deleted."));
    });
}

void SchedulerPage::toggleSelected() {
    const int row = selectedRow();
    if (!m_available || row < 0)
        return;
    if (!m_client)
        return;
    scheduler::ScheduledTask task = m_model->task(row).task;
    const bool enable = !task.enabled;
    task.enabled = enable;
    m_client->saveTask(task, this, [this, enable](const client::Expected<QString> &r) {
        showResult(r, enable ? tr("Task enabled.") : tr("Task disabled."));
    });
}

void SchedulerPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void SchedulerPage::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace mechdock::ui
