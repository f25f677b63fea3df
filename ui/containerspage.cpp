#include "containerspage.h"

#include "containertablemodel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mechdock::ui {

ContainersPage::ContainersPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_empty(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_restart(new QPushButton(tr("&Restart"), this))
    , m_update(new QPushButton(tr("&Update"), this))
    , m_actionStatus(new QLabel(this))
    , m_addToDiscord(new QPushButton(tr("&Add to Discord"), this))
    , m_logTitle(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
    , m_logTimer(new QTimer(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContainerTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContainerTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Short columns as wide as their text; image names and port lists can be long, so they
    // start narrower and have the whole text as tooltip; Docker's words take what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {int(ContainerTableModel::Image), int(ContainerTableModel::Ports)}) {
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->horizontalHeader()->resizeSection(column,
                                                  column == ContainerTableModel::Image ? 150 : 110);
    }
    m_view->horizontalHeader()->setSectionResizeMode(ContainerTableModel::Status,
                                                     QHeaderView::Stretch);
    m_view->setToolTip(
        tr("Containers of every Docker endpoint; configured ones can be controlled"));
    m_empty->setText(tr("No containers reported yet: Mechdock is waiting for Docker."));
    // Any column matches: a name, an image, an endpoint, a state, a port.
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search containers"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show only the containers whose name, image, host, state or ports "
                            "contain this text"));
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_start->setToolTip(tr("Start the selected container"));
    m_stop->setToolTip(tr("Stop the selected container"));
    m_restart->setToolTip(tr("Restart the selected container"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_restart);
    buttons->addWidget(m_update);
    buttons->addWidget(m_addToDiscord);
    buttons->addWidget(m_actionStatus, 1);
    m_addToDiscord->setToolTip(tr("List the selected container in the settings, so Discord "
                                  "shows it (status only; allow actions on the Settings page)"));
    m_addToDiscord->hide();
    m_actionStatus->setWordWrap(true);
    m_actionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(buttons);

    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setToolTip(tr("The last %1 lines of the selected container's log").arg(kTailLines));
    m_follow->setChecked(true);
    m_follow->setToolTip(
        tr("Fetch the log again every 2 seconds and keep the newest line in view"));
    m_logTitle->setText(tr("Select a container to see its log."));
    auto *logHeader = new QHBoxLayout;
    logHeader->addWidget(m_logTitle, 1);
    logHeader->addWidget(m_follow);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(logHeader);
    bottomLayout->addWidget(m_log, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_logTimer->setInterval(2000);
    connect(m_logTimer, &QTimer::timeout, this, [this] {
        if (m_follow->isChecked() && isVisible())
            refreshLogs();
    });
    m_logTimer->start();
    connect(m_start, &QPushButton::clicked, this,
            [this] { requestAction(docker::ContainerAction::Start); });
    connect(m_stop, &QPushButton::clicked, this,
            [this] { requestAction(docker::ContainerAction::Stop); });
    connect(m_restart, &QPushButton::clicked, this,
            [this] { requestAction(docker::ContainerAction::Restart); });
    connect(m_update, &QPushButton::clicked, this,
            [this] { requestAction(docker::ContainerAction::Update); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContainersPage::selectionChanged);
    connect(m_addToDiscord, &QPushButton::clicked, this, [this] {
        if (const service::ContainerRow *row = selectedRow())
            emit addToDiscordRequested(row->endpoint, row->name, row->kind);
    });
    updateButtons();
}

const service::ContainerRow *ContainersPage::selectedRow() const {
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return nullptr;
    return &m_model->row(m_proxy->mapToSource(selected.first()).row());
}

void ContainersPage::selectionChanged() {
    updateButtons();
    const service::ContainerRow *row = selectedRow();
    const QString endpoint = row ? row->endpoint : QString();
    const QString name = row ? row->name : QString();
    if (endpoint == m_logEndpoint && name == m_logName)
        return;
    m_logEndpoint = endpoint;
    m_logName = name;
    m_log->clear();
    m_logTitle->setText(row ? tr("Log of %1 (%2)").arg(name, endpoint)
                            : tr("Select a container to see its log."));
    refreshLogs();
}

void ContainersPage::refreshLogs() {
    if (!m_logName.isEmpty())
        emit logsRequested(m_logEndpoint, m_logName, kTailLines);
}

void ContainersPage::showLogs(const QString &endpoint, const QString &name, bool ok,
                              const QString &textOrError) {
    if (endpoint != m_logEndpoint || name != m_logName)
        return; // an answer for a container no longer selected
    if (!ok) {
        m_logTitle->setText(tr("Log of %1 (%2): %3").arg(name, endpoint, textOrError));
        return;
    }
    m_logTitle->setText(tr("Log of %1 (%2)").arg(name, endpoint));
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const int kept = bar->value();
    m_log->setPlainText(textOrError);
    // Following keeps the newest line in view; someone reading older lines keeps their place.
    if (m_follow->isChecked() && atEnd)
        bar->setValue(bar->maximum());
    else
        bar->setValue(std::min(kept, bar->maximum()));
}

void ContainersPage::applySnapshot(const service::ServiceSnapshot &snapshot) {
    m_model->setRows(snapshot.containers);
    m_empty->setVisible(snapshot.containers.isEmpty());
    updateButtons();
}

void ContainersPage::setAdministrator(bool administrator) {
    m_administrator = administrator;
    updateButtons();
}

void ContainersPage::updateButtons() {
    const service::ContainerRow *row = selectedRow();
    auto allowed = [this, row](const char *action) {
        return m_administrator || row->allowedActions.contains(QLatin1String(action));
    };
    // A service is on while Swarm wants tasks of it, even when none runs yet (crash-looping):
    // it can then be stopped, not started.
    const bool service = row && row->kind == QLatin1String("service");
    const bool on =
        row && (service && row->tasksDesired >= 0 ? row->tasksDesired > 0 : row->running);
    m_start->setEnabled(row && !on && allowed("start"));
    m_stop->setEnabled(row && on && allowed("stop"));
    m_restart->setEnabled(row && on && allowed("restart"));
    m_update->setEnabled(row && !service && allowed("update"));
    m_addToDiscord->setVisible(row && !row->configured && m_administrator);
    // A disabled button says why.
    const QString why =
        !row ? tr("Select a container first")
        : m_administrator
            ? QString()
            : tr("The settings do not allow this action for %1").arg(row->displayName);
    m_start->setToolTip(m_start->isEnabled() ? tr("Start the selected container")
                        : row && on          ? tr("%1 is already running").arg(row->displayName)
                                             : why);
    m_stop->setToolTip(m_stop->isEnabled() ? tr("Stop the selected container")
                       : row && !on        ? tr("%1 is not running").arg(row->displayName)
                                           : why);
    m_restart->setToolTip(m_restart->isEnabled() ? tr("Restart the selected container")
                          : row && !on           ? tr("%1 is not running").arg(row->displayName)
                                                 : why);
    m_update->setToolTip(m_update->isEnabled()
                             ? tr("Pull the selected container's image and, if it changed, make "
                                  "the container again from it")
                         : service ? tr("Swarm rolls out a service's new image: docker service "
                                        "update --image")
                                   : why);
}

void ContainersPage::showNotice(const QString &text, bool ok) {
    m_actionStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #c53030;"));
    m_actionStatus->setText(text);
}

void ContainersPage::requestAction(docker::ContainerAction action) {
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const service::ContainerRow row = m_model->row(m_proxy->mapToSource(selected.first()).row());
    const QString verb = docker::containerActionName(action);
    const bool allowed = row.allowedActions.contains(verb);
    const bool service = row.kind == QLatin1String("service");
    if ((!allowed && !m_administrator) || (service && action == docker::ContainerAction::Update))
        return;
    QString question;
    if (service) {
        switch (action) {
        case docker::ContainerAction::Start:
            question = tr("Start the Swarm service %1 on %2? It is scaled back to its replicas.");
            break;
        case docker::ContainerAction::Stop:
            question = tr("Stop the Swarm service %1 on %2? It is scaled to 0; its replica count "
                          "is kept for the next start.");
            break;
        case docker::ContainerAction::Restart:
            question = tr("Restart the Swarm service %1 on %2? Its tasks are replaced one by one.");
            break;
        case docker::ContainerAction::Update:
            break;
        }
    } else
        switch (action) {
        case docker::ContainerAction::Start:
            question = tr("Start the container %1 on %2?");
            break;
        case docker::ContainerAction::Stop:
            question = tr("Stop the container %1 on %2?");
            break;
        case docker::ContainerAction::Restart:
            question = tr("Restart the container %1 on %2?");
            break;
        case docker::ContainerAction::Update:
            question = tr("Update the container %1 on %2? Its image is pulled; if it changed, the "
                          "container is made again from the new image with the same settings, and "
                          "the old one comes back if the new one does not start.");
            break;
        }
    question = question.arg(row.displayName, row.endpoint);
    if (!row.configured)
        question += QLatin1Char('\n') + tr("It is not configured for Discord; you act on it as "
                                           "the administrator.");
    else if (!allowed)
        question += QLatin1Char('\n') + tr("The settings do not allow this for Discord; you act "
                                           "on it as the administrator.");
    if (m_confirm && QMessageBox::question(this, tr("Confirm"), question) != QMessageBox::Yes)
        return;
    m_actionStatus->setStyleSheet(QString());
    m_actionStatus->setText(tr("%1 %2: sent…").arg(actionWord(action), row.displayName));
    m_model->setPending(row.endpoint, row.name, action);
    emit actionRequested(row.endpoint, row.name, action);
}

void ContainersPage::showActionResult(const QString &endpoint, const QString &name,
                                      docker::ContainerAction action, bool ok,
                                      const QString &message) {
    m_model->clearPending(endpoint, name);
    const QString verb = actionWord(action);
    const QString who =
        endpoint == QLatin1String("local") ? name : QStringLiteral("%1/%2").arg(endpoint, name);
    m_actionStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #c53030;"));
    m_actionStatus->setText(ok ? tr("%1 %2: %3").arg(verb, who, message)
                               : tr("%1 %2 failed: %3").arg(verb, who, message));
}

QString ContainersPage::actionWord(docker::ContainerAction action) {
    switch (action) {
    case docker::ContainerAction::Start:
        return tr("Start");
    case docker::ContainerAction::Stop:
        return tr("Stop");
    case docker::ContainerAction::Restart:
        return tr("Restart");
    case docker::ContainerAction::Update:
        return tr("Update");
    }
    return {};
}

QString ContainersPage::actionStatusText() const {
    return m_actionStatus->text();
}

} // namespace mechdock::ui
