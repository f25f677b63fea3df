// ContainerTableModel: the containers of a snapshot as a table (endpoint, name, kind, image,
// status, CPU, RAM, ports, Docker's status text). Rows are replaced in place when a snapshot
// arrives, so selection and sorting survive refreshes.
#pragma once

#include "docker/containeraction.h"
#include "service/servicesnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mechdock::ui {

class ContainerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Endpoint,
        Name,
        Kind,
        Image,
        State,
        Cpu,
        Memory,
        Players,
        Ports,
        Status,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ContainerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<service::ContainerRow> &rows);
    const service::ContainerRow &row(int index) const { return m_rows.at(index); }
    // While Docker works on an action the State column says so ("stopping…"), until
    // clearPending() (the engine's answer): a stop can take Docker's whole grace period.
    void setPending(const QString &endpoint, const QString &name, docker::ContainerAction action);
    void clearPending(const QString &endpoint, const QString &name);
    // Docker's state words ("running", "exited", ...) in the user's language.
    static QString stateText(const QString &state);

private:
    void emitRowChanged(const QString &endpoint, const QString &name);

    QList<service::ContainerRow> m_rows;
    QHash<QString, QString> m_pending; // "endpoint/name" -> what Docker is doing
};

} // namespace mechdock::ui
