#include "donationdialog.h"

#include "mech/donationledger.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mechdock::ui {

DonationDialog::DonationDialog(QWidget *parent)
    : QDialog(parent)
    , m_amount(new QDoubleSpinBox(this))
    , m_donor(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add donation"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, double(mech::DonationLedger::kMaxEventCents) / 100.0);
    m_amount->setPrefix(tr("$"));
    m_amount->setValue(5.0);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setToolTip(tr("The donated amount in dollars; it powers the mech and counts toward "
                            "its next level"));
    m_donor->setPlaceholderText(tr("Who donated"));
    m_donor->setToolTip(tr("Shown in the donation history and in Discord"));
    m_donor->setMaxLength(100);
    m_note->setPlaceholderText(tr("Optional"));
    m_note->setToolTip(tr("A note for the history, e.g. where the money came from"));
    m_note->setMaxLength(200);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c53030"));
    okButton()->setText(tr("&Record"));
    okButton()->setToolTip(tr("Record the donation (Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without recording (Esc)"));

    auto *form = new QFormLayout;
    // Long translations wrap instead of widening the dialog past the screen.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Donor:"), m_donor);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(360);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DonationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DonationDialog::reject);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &DonationDialog::validate);
    connect(m_donor, &QLineEdit::textChanged, this, &DonationDialog::validate);
    validate();
}

void DonationDialog::setDonor(const QString &donor) {
    m_donor->setText(donor);
}

qint64 DonationDialog::cents() const {
    return qRound64(m_amount->value() * 100.0);
}

QString DonationDialog::donor() const {
    return m_donor->text().trimmed();
}

QString DonationDialog::note() const {
    return m_note->text().trimmed();
}

QString DonationDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QPushButton *DonationDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void DonationDialog::validate() {
    QString error;
    if (cents() <= 0)
        error = tr("Enter an amount of at least $0.01.");
    else if (donor().isEmpty())
        error = tr("Enter who donated.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    okButton()->setEnabled(error.isEmpty() && !m_waiting);
}

void DonationDialog::accept() {
    validate();
    if (m_waiting || !okButton()->isEnabled())
        return;
    // Wait for the ledger's answer; the page calls finishSubmit.
    m_waiting = true;
    okButton()->setEnabled(false);
    emit submitted(cents(), donor(), note());
}

void DonationDialog::finishSubmit(bool ok, const QString &error) {
    m_waiting = false;
    if (ok) {
        QDialog::accept();
        return;
    }
    m_error->setText(error);
    m_error->setVisible(true);
    okButton()->setEnabled(true);
}

} // namespace mechdock::ui
