// DashboardPage: the service at a glance: bot, Docker endpoints, database, configuration
// problems, and what to do about each.
#pragma once

#include "service/servicesnapshot.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace mechdock::ui {

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);

private:
    QLabel *m_bot;
    QLabel *m_docker;
    QLabel *m_database;
    QLabel *m_memory;
    QLabel *m_resources;
    QListWidget *m_alerts;
    QListWidget *m_issues;
};

} // namespace mechdock::ui
