#include "containerspage.h"

#include "containertablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mechdock::ui {

ContainersPage::ContainersPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_restart(new QPushButton(tr("&Restart"), this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContainerTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContainerTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ContainerTableModel::Name,
                                                     QHeaderView::Stretch);
    m_view->setToolTip(
        tr("Containers of every Docker endpoint; configured ones can be controlled"));
    m_empty->setText(tr("No containers reported yet: Mechdock is waiting for Docker."));
    m_start->setToolTip(tr("Start the selected container"));
    m_stop->setToolTip(tr("Stop the selected container"));
    m_restart->setToolTip(tr("Restart the selected container"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this,
            [this] { requestAction(QStringLiteral("start")); });
    connect(m_stop, &QPushButton::clicked, this, [this] { requestAction(QStringLiteral("stop")); });
    connect(m_restart, &QPushButton::clicked, this,
            [this] { requestAction(QStringLiteral("restart")); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContainersPage::updateButtons);
    updateButtons();
}

void ContainersPage::applySnapshot(const service::ServiceSnapshot &snapshot) {
    m_model->setRows(snapshot.containers);
    m_empty->setVisible(snapshot.containers.isEmpty());
    updateButtons();
}

void ContainersPage::updateButtons() {
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const service::ContainerRow *row = nullptr;
    if (!selected.isEmpty())
        row = &m_model->row(m_proxy->mapToSource(selected.first()).row());
    m_start->setEnabled(row && !row->running &&
                        row->allowedActions.contains(QStringLiteral("start")));
    m_stop->setEnabled(row && row->running && row->allowedActions.contains(QStringLiteral("stop")));
    m_restart->setEnabled(row && row->running &&
                          row->allowedActions.contains(QStringLiteral("restart")));
}

void ContainersPage::requestAction(const QString &action) {
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const service::ContainerRow row = m_model->row(m_proxy->mapToSource(selected.first()).row());
    if (!row.allowedActions.contains(action))
        return;
    if (m_confirm &&
        QMessageBox::question(
            this, tr("Confirm"),
            tr("%1 the container %2 on %3?").arg(action, row.displayName, row.endpoint)) !=
            QMessageBox::Yes)
        return;
    emit actionRequested(row.endpoint, row.name, action);
}

} // namespace mechdock::ui
