// ContainersPage: every container of every endpoint in a sortable table, updated from the
// service's snapshots; start, stop and restart (as the settings allow) after a confirmation.
#pragma once

#include "service/servicesnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mechdock::ui {

class ContainerTableModel;

class ContainersPage : public QWidget {
    Q_OBJECT
public:
    explicit ContainersPage(QWidget *parent = nullptr);
    ContainerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Skips the confirmation dialog (for tests).
    void setConfirmActions(bool confirm) { m_confirm = confirm; }

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    void requestAction(const QString &action);

signals:
    void actionRequested(const QString &endpoint, const QString &name, const QString &action);

private:
    void updateButtons();

    ContainerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_restart;
    bool m_confirm = true;
};

} // namespace mechdock::ui
