// ContainerTableModel: the containers of a snapshot as a table (endpoint, name, status, CPU,
// RAM, Docker's status text). Rows are replaced in place when a snapshot arrives, so selection
// and sorting survive refreshes.
#pragma once

#include "service/servicesnapshot.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class ContainerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Endpoint, Name, State, Cpu, Memory, Status, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ContainerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<service::ContainerRow> &rows);
    const service::ContainerRow &row(int index) const { return m_rows.at(index); }

private:
    QList<service::ContainerRow> m_rows;
};

} // namespace mechdock::ui
