// ContainerPoller: refreshes the containers of every endpoint on a timer (background refresh,
// 30 s) and after each action: the list, and one-shot stats of the configured running ones, a
// few at a time. Publishes plain rows for the panel and the health endpoint.
#pragma once

#include "config/settings.h"
#include "servicesnapshot.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace mechdock::service {

class ContainerPoller : public QObject {
    Q_OBJECT
public:
    explicit ContainerPoller(QObject *parent = nullptr);

    void setSettings(const config::Settings &settings);
    QList<ContainerRow> rows() const { return m_rows; }
    qint64 refreshedEpochMs() const { return m_refreshedMs; }
    // Runs an action the panel asked for, if the settings allow it, then refreshes.
    void perform(const QString &endpoint, const QString &name, const QString &action,
                 std::function<void(bool ok, const QString &message)> done);

public slots:
    void refresh();

signals:
    void refreshed();

private:
    void collectStats(const QString &endpoint, const QString &uri, QList<ContainerRow> rows,
                      int generation);

    config::Settings m_settings;
    QTimer m_timer;
    QList<ContainerRow> m_rows;
    QHash<QString, QList<ContainerRow>> m_byEndpoint;
    qint64 m_refreshedMs = 0;
    int m_generation = 0;
};

} // namespace mechdock::service
