// DonationDialog: records a donation from the panel (amount in dollars and cents, donor, note).
// It checks the amount as it is typed, hands the donation to the page (submitted) and closes
// only when the ledger accepted it (finishSubmit), so a database refusal shows in the dialog.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mechdock::ui {

class DonationDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonationDialog)
public:
    explicit DonationDialog(QWidget *parent = nullptr);

    void setDonor(const QString &donor);
    qint64 cents() const;
    QString donor() const;
    QString note() const;
    QString errorText() const;

    QDoubleSpinBox *amountBox() const { return m_amount; }
    QLineEdit *donorEdit() const { return m_donor; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *okButton() const;

public slots:
    // The outcome of recording what submitted() carried.
    void finishSubmit(bool ok, const QString &error);
    void accept() override;

signals:
    void submitted(qint64 cents, const QString &donor, const QString &note);

private:
    void validate();

    QDoubleSpinBox *m_amount;
    QLineEdit *m_donor;
    QLineEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_waiting = false;
};

} // namespace mechdock::ui
