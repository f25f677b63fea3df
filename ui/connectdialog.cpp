#include "connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mechdock::ui {

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_useKey(new QRadioButton(tr("API &key"), this))
    , m_usePassword(new QRadioButton(tr("User and &password"), this))
    , m_key(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Connect to server"));
    m_address->setEditable(true);
    m_address->addItems(recent);
    m_address->setCurrentIndex(recent.isEmpty() ? -1 : 0);
    m_address->lineEdit()->setPlaceholderText(tr("wss://server:8385 or /path/to/control.sock"));
    m_address->setToolTip(tr("A remote engine's control address (control.remoteListen on the "
                             "server), or the local socket of a service on this computer"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("mdk_… (made on the server by mechdock control add-key)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_useKey->setChecked(true);
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    form->addRow(m_useKey, m_key);
    form->addRow(m_usePassword);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, m_user);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::currentTextChanged, this, &ConnectDialog::updateState);
    connect(m_useKey, &QRadioButton::toggled, this, &ConnectDialog::updateState);
    connect(m_key, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_user, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    updateState();
}

std::optional<client::ServerAddress> ConnectDialog::address() const {
    std::optional<client::ServerAddress> a = client::ServerAddress::parse(m_address->currentText());
    if (!a || a->kind == client::ServerAddress::Kind::LocalSocket)
        return a;
    if (m_useKey->isChecked()) {
        a->apiKey = m_key->text().trimmed();
    } else {
        a->user = m_user->text().trimmed();
        a->password = m_password->text();
    }
    return a;
}

void ConnectDialog::setAddressText(const QString &text) {
    m_address->setCurrentText(text);
}

void ConnectDialog::setApiKey(const QString &key) {
    m_useKey->setChecked(true);
    m_key->setText(key);
}

void ConnectDialog::updateState() {
    const std::optional<client::ServerAddress> a =
        client::ServerAddress::parse(m_address->currentText());
    const bool remote = a && a->kind == client::ServerAddress::Kind::Tls;
    m_key->setEnabled(remote && m_useKey->isChecked());
    m_user->setEnabled(remote && !m_useKey->isChecked());
    m_password->setEnabled(remote && !m_useKey->isChecked());
    m_useKey->setEnabled(remote);
    m_usePassword->setEnabled(remote);
    bool ok = a.has_value();
    if (!a)
        m_hint->setText(m_address->currentText().trimmed().isEmpty()
                            ? tr("Enter the server's address.")
                            : tr("Not an address: use wss://host:port, host:port or the full "
                                 "path of a control.sock."));
    else if (!remote)
        m_hint->setText(tr("A service on this computer: no password is needed if you may open "
                           "its socket."));
    else if (m_useKey->isChecked() ? m_key->text().trimmed().isEmpty()
                                   : m_user->text().trimmed().isEmpty()) {
        m_hint->setText(m_useKey->isChecked() ? tr("Enter the API key.")
                                              : tr("Enter the user and the password."));
        ok = false;
    } else {
        m_hint->setText(tr("On the first connection you are asked to confirm the server's "
                           "certificate fingerprint (mechdock control fingerprint prints it on "
                           "the server)."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace mechdock::ui
