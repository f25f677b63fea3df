#include "tasktablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimeZone>

#include <limits>

namespace mechdock::ui {

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int TaskTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::actionText(docker::ContainerAction action) {
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

QString TaskTableModel::timeText(const QDateTime &utc, const QTimeZone &zone) {
    if (!utc.isValid())
        return {};
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc;
    const QLocale locale;
    return QStringLiteral("%1 %2 %3")
        .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
             local.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             zone.isValid() ? zone.abbreviation(utc) : QStringLiteral("UTC"));
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const scheduler::TaskOverview &o = m_rows.at(index.row());
    const scheduler::ScheduledTask &t = o.task;
    if (role == SortRole) {
        switch (index.column()) {
        case Enabled:
            return t.enabled;
        case NextRun:
            // Tasks that will not run sort last.
            return o.upcoming.isEmpty() ? std::numeric_limits<qint64>::max()
                                        : o.upcoming.first().toMSecsSinceEpoch();
        case LastRun:
            return t.lastRun.isValid() ? t.lastRun.toMSecsSinceEpoch() : 0;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return t.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && index.column() == Note && !o.problem.isEmpty())
        return QBrush(QColor(0xc5, 0x30, 0x30));
    if (role == Qt::ForegroundRole && index.column() == LastRun &&
        !outcomeText(o.lastOutcome).isEmpty())
        return QBrush(QColor(0xc5, 0x30, 0x30));
    if (role == Qt::ToolTipRole && index.column() == LastRun && !o.lastMessage.isEmpty())
        return o.lastMessage;
    if (role == Qt::ToolTipRole) {
        if (index.column() == NextRun && !o.upcoming.isEmpty()) {
            QStringList lines;
            for (const QDateTime &run : o.upcoming)
                lines.append(timeText(run, t.zone()));
            return tr("Next runs:\n%1").arg(lines.join(QLatin1Char('\n')));
        }
        if (index.column() == Enabled)
            return t.enabled ? tr("Enabled: runs on schedule") : tr("Disabled: does not run");
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Enabled:
        return t.enabled ? tr("on") : tr("off");
    case Container:
        return t.endpoint.isEmpty() ? t.containerName
                                    : QStringLiteral("%1/%2").arg(t.endpoint, t.containerName);
    case Action:
        return actionText(t.action);
    case Schedule:
        return t.schedule;
    case TimeZone:
        return QString::fromUtf8(t.timeZone);
    case NextRun:
        if (!o.problem.isEmpty())
            return tr("cannot run");
        if (!t.enabled)
            return tr("disabled");
        return o.upcoming.isEmpty() ? tr("never again") : timeText(o.upcoming.first(), t.zone());
    case LastRun: {
        if (!t.lastRun.isValid() && o.lastOutcome.isEmpty())
            return tr("not yet");
        const QString when = t.lastRun.isValid() ? timeText(t.lastRun, t.zone()) : QString();
        const QString outcome = outcomeText(o.lastOutcome);
        if (outcome.isEmpty())
            return when;
        return when.isEmpty() ? outcome : tr("%1, %2").arg(when, outcome);
    }
    case Note:
        return o.problem.isEmpty() ? t.description : o.problem;
    default:
        return {};
    }
}

QString TaskTableModel::outcomeText(const QString &outcome) {
    // A run that did what it should needs no word; the others say what happened.
    if (outcome == QLatin1String("failed"))
        return tr("failed");
    if (outcome == QLatin1String("timed-out"))
        return tr("timed out");
    if (outcome == QLatin1String("missed"))
        return tr("missed");
    if (outcome == QLatin1String("skipped"))
        return tr("skipped");
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // The header's text is also its tooltip: readable when the column is narrower than it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Enabled:
        return tr("On");
    case Container:
        return tr("Container");
    case Action:
        return tr("Action");
    case Schedule:
        return tr("Schedule");
    case TimeZone:
        return tr("Time zone");
    case NextRun:
        return tr("Next run");
    case LastRun:
        return tr("Last run");
    case Note:
        return tr("Description");
    default:
        return {};
    }
}

void TaskTableModel::setTasks(const QList<scheduler::TaskOverview> &tasks) {
    beginResetModel();
    m_rows = tasks;
    endResetModel();
}

int TaskTableModel::rowOf(const QString &id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).task.id == id)
            return int(i);
    }
    return -1;
}

} // namespace mechdock::ui
