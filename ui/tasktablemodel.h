// TaskTableModel: the scheduled tasks as a table (on/off, container, action, schedule, zone, next
// run, last run, problem), each time shown in the task's own zone; the upcoming runs are in the
// next run's tooltip.
#pragma once

#include "scheduler/schedulerapi.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Enabled,
        Container,
        Action,
        Schedule,
        TimeZone,
        NextRun,
        LastRun,
        Note,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit TaskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setTasks(const QList<scheduler::TaskOverview> &tasks);
    const scheduler::TaskOverview &task(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;

    // The words for a run that did not succeed ("failed", "missed", ...); empty for a success.
    static QString outcomeText(const QString &outcome);
    static QString actionText(docker::ContainerAction action);
    // A run time in a zone, e.g. "Mon 2026-03-02 07:30 CET".
    static QString timeText(const QDateTime &utc, const QTimeZone &zone);

private:
    QList<scheduler::TaskOverview> m_rows;
};

} // namespace mechdock::ui
