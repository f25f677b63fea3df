// ConnectDialog: Engine > Connect to server…: the address of a running engine (a local socket's
// path or wss://host:port), and for a remote one an API key or a user and password. Recent
// addresses are offered (never their credentials); the address is checked before OK is enabled.
#pragma once

#include "client/serveraddress.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace mechdock::ui {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    // The address with its credentials; nullopt while the text is not an address.
    std::optional<client::ServerAddress> address() const;
    void setAddressText(const QString &text);
    void setApiKey(const QString &key);

private:
    void updateState();

    QComboBox *m_address;
    QRadioButton *m_useKey;
    QRadioButton *m_usePassword;
    QLineEdit *m_key;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace mechdock::ui
