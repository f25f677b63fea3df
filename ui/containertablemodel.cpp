#include "containertablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace mechdock::ui {

ContainerTableModel::ContainerTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int ContainerTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // The header's text is also its tooltip: readable when the column is narrower than it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Endpoint:
        return tr("Host");
    case Name:
        return tr("Container");
    case Kind:
        return tr("Kind");
    case Image:
        return tr("Image");
    case State:
        return tr("State");
    case Cpu:
        return tr("CPU");
    case Memory:
        return tr("RAM");
    case Players:
        return tr("Players");
    case Ports:
        return tr("Ports");
    case Status:
        return tr("Docker says");
    }
    return {};
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const service::ContainerRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Endpoint:
            return r.endpoint;
        case Name:
            return r.configured && r.displayName != r.name
                       ? QStringLiteral("%1 (%2)").arg(r.displayName, r.name)
                       : r.name;
        case Kind:
            return r.kind == QLatin1String("service") ? tr("service") : tr("container");
        case Image:
            return r.image;
        case Ports:
            return r.ports;
        case State: {
            const QString pending = m_pending.value(r.endpoint + QLatin1Char('/') + r.name);
            return pending.isEmpty() ? stateText(r.state) : pending;
        }
        case Cpu:
            if (sort)
                return r.cpuPercent;
            return r.cpuPercent < 0
                       ? QStringLiteral("–")
                       : QStringLiteral("%1 %").arg(QLocale().toString(r.cpuPercent, 'f', 1));
        case Memory:
            if (sort)
                return r.memoryBytes;
            return r.memoryBytes < 0 ? QStringLiteral("–")
                                     : QLocale().formattedDataSize(r.memoryBytes);
        case Players:
            if (sort)
                return r.playersOnline;
            if (!r.playersQueried || !r.running)
                return QString();
            return r.playersOnline < 0
                       ? QStringLiteral("–")
                       : QStringLiteral("%1/%2").arg(r.playersOnline).arg(r.playersMax);
        case Status:
            return r.statusText;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        // Amber while something is on its way: an action, or a service's first tasks.
        if (m_pending.contains(r.endpoint + QLatin1Char('/') + r.name) ||
            r.state == QLatin1String("starting"))
            return QBrush(QColor(0xb7791f));
        return QBrush(r.running ? QColor(0x2f855a) : QColor(0xc53030));
    }
    if (role == Qt::ToolTipRole) {
        // Image and ports are cut to the column's width; the tooltip has them whole.
        if (index.column() == Image && !r.image.isEmpty())
            return r.image;
        if (index.column() == Ports && !r.ports.isEmpty())
            return r.ports;
        if (index.column() == Kind)
            return r.kind == QLatin1String("service")
                       ? tr("A Swarm service: start scales it back, stop scales it to 0, restart "
                            "replaces its tasks one by one")
                       : tr("A container");
        if (index.column() == Players && r.playersQueried)
            return r.playerNames.isEmpty()
                       ? (r.playersOnline < 0 ? tr("No answer from the game server yet")
                                              : tr("The game server names no players"))
                       : r.playerNames.join(QStringLiteral(", "));
        return r.configured
                   ? tr("Allowed from Discord: %1").arg(r.allowedActions.join(QStringLiteral(", ")))
                   : tr("Not configured for Discord");
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Cpu || index.column() == Memory || index.column() == Players))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ContainerTableModel::stateText(const QString &state) {
    static const QHash<QString, const char *> words{
        {QStringLiteral("running"), QT_TR_NOOP("running")},
        {QStringLiteral("exited"), QT_TR_NOOP("exited")},
        {QStringLiteral("created"), QT_TR_NOOP("created")},
        {QStringLiteral("paused"), QT_TR_NOOP("paused")},
        {QStringLiteral("restarting"), QT_TR_NOOP("restarting")},
        {QStringLiteral("removing"), QT_TR_NOOP("removing")},
        {QStringLiteral("dead"), QT_TR_NOOP("dead")},
        // A Swarm service's: tasks wanted but none running yet, or scaled to 0.
        {QStringLiteral("starting"), QT_TR_NOOP("starting")},
        {QStringLiteral("stopped"), QT_TR_NOOP("stopped")}};
    const auto word = words.constFind(state);
    return word == words.cend() ? state : tr(*word);
}

void ContainerTableModel::setPending(const QString &endpoint, const QString &name,
                                     docker::ContainerAction action) {
    QString text;
    switch (action) {
    case docker::ContainerAction::Start:
        text = tr("starting…");
        break;
    case docker::ContainerAction::Stop:
        text = tr("stopping…");
        break;
    case docker::ContainerAction::Restart:
        text = tr("restarting…");
        break;
    case docker::ContainerAction::Update:
        text = tr("updating…");
        break;
    }
    m_pending.insert(endpoint + QLatin1Char('/') + name, text);
    emitRowChanged(endpoint, name);
}

void ContainerTableModel::clearPending(const QString &endpoint, const QString &name) {
    if (m_pending.remove(endpoint + QLatin1Char('/') + name) > 0)
        emitRowChanged(endpoint, name);
}

void ContainerTableModel::emitRowChanged(const QString &endpoint, const QString &name) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).endpoint == endpoint && m_rows.at(i).name == name)
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void ContainerTableModel::setRows(const QList<service::ContainerRow> &rows) {
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace mechdock::ui
