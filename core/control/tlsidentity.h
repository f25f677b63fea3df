// TlsIdentity: the certificate and key the remote control API presents. Either the operator's
// own (control.certFile, control.keyFile) or a self-signed one made on first use in the data
// folder (control-cert.pem, control-key.pem with mode 0600) and kept from then on, so clients
// that confirmed its SHA-256 fingerprint once can keep trusting it. Qt cannot create
// certificates, so the key pair and the certificate come from OpenSSL's libcrypto, loaded only
// when one has to be made (the engine does not link it).
#pragma once

#include "controlexpected.h"

#include <QSslCertificate>
#include <QSslKey>

namespace mechdock::control {

class TlsIdentity {
public:
    static constexpr int kValidityDays = 3650;

    static ControlExpected<TlsIdentity> load(const QString &certFile, const QString &keyFile);
    // The operator's files when both are given, else the data folder's self-signed pair (made
    // when missing).
    static ControlExpected<TlsIdentity>
    loadOrCreate(const QString &dataDir, const QString &certFile = {}, const QString &keyFile = {});
    static QString selfSignedCertPath(const QString &dataDir);
    static QString selfSignedKeyPath(const QString &dataDir);
    // "AB:CD:..." (32 bytes), how clients and the CLI show a certificate.
    static QString fingerprint(const QSslCertificate &certificate);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    QString fingerprint() const { return fingerprint(m_certificate); }
    bool selfSigned() const { return m_selfSigned; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_selfSigned = false;
};

} // namespace mechdock::control
