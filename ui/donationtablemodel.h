// DonationTableModel: the mech's donation history (donations and operator adjustments, newest
// first) as a sortable table for the Mech page, fed with what the ledger returned.
#pragma once

#include "mech/donationledger.h"

#include <QAbstractTableModel>

namespace mechdock::ui {

class DonationTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonationTableModel)
public:
    enum Column { When = 0, Donor, Amount, Kind, Note, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit DonationTableModel(QObject *parent = nullptr);

    void setEvents(const QList<mech::LedgerEvent> &events);
    const mech::LedgerEvent &event(int row) const { return m_events.at(row); }
    // "$12.34", "-$1.00": how the page writes amounts in cents.
    static QString money(qint64 cents);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<mech::LedgerEvent> m_events;
};

} // namespace mechdock::ui
