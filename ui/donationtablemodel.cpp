#include "donationtablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace mechdock::ui {

DonationTableModel::DonationTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DonationTableModel::setEvents(const QList<mech::LedgerEvent> &events) {
    beginResetModel();
    m_events = events;
    endResetModel();
}

QString DonationTableModel::money(qint64 cents) {
    const QString amount = QLocale().toString(double(qAbs(cents)) / 100.0, 'f', 2);
    return cents < 0 ? tr("-$%1").arg(amount) : tr("$%1").arg(amount);
}

int DonationTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int DonationTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DonationTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const mech::LedgerEvent &e = m_events.at(index.row());
    const bool adjustment = e.kind == mech::LedgerEventKind::Adjustment;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.createdAtMs),
                                      QLocale::ShortFormat);
        case Donor:
            return e.donor.isEmpty() ? tr("(anonymous)") : e.donor;
        case Amount:
            return money(e.cents);
        case Kind:
            return adjustment ? tr("Adjustment") : tr("Donation");
        case Note:
            return e.note;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case When:
            return e.createdAtMs;
        case Amount:
            return e.cents;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (adjustment)
            return tr("An operator correction, not a donation");
        if (index.column() == Note && !e.note.isEmpty())
            return e.note;
    }
    return {};
}

QVariant DonationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // The header's text is also its tooltip: readable when the column is narrower than it.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Donor:
        return tr("Donor");
    case Amount:
        return tr("Amount");
    case Kind:
        return tr("Kind");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace mechdock::ui
