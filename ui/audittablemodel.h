// AuditTableModel: audit log entries (newest first, as AuditLog::query returns them) as a
// sortable table; the Discord page shows it twice: the recent commands and the filtered log.
#pragma once

#include "storage/auditentry.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)
public:
    enum Column { Time = 0, Source, Actor, Action, Target, Result, Detail, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(const QList<storage::AuditEntry> &entries);
    const storage::AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<storage::AuditEntry> m_entries;
};

} // namespace mechdock::ui
