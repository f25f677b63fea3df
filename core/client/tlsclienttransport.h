// TlsClientTransport: a remote engine's control API, a WebSocket over TLS (wss://host:port/).
// The engine's certificate is usually self-signed, so trust is the operator's confirmation of
// its SHA-256 fingerprint (Syncthing's model): with a pinned fingerprint only that certificate
// is accepted; without one, a certificate the system does not trust ends the attempt with
// certificateUnconfirmed(fingerprint) so the panel can ask the operator and try again pinned.
#pragma once

#include "clienttransport.h"

#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace mechdock::client {

class TlsClientTransport : public ClientTransport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsClientTransport)
public:
    // A connection with no answer to a ping for this long is taken as lost.
    static constexpr int kPingIntervalMs = 10000;

    TlsClientTransport(QUrl url, QString pinnedFingerprint, QObject *parent = nullptr);
    ~TlsClientTransport() override;

    void open() override;
    void abort() override;
    void send(const QByteArray &message) override;
    // The fingerprint of the certificate seen on the last attempt.
    QString peerFingerprint() const { return m_seenFingerprint; }

signals:
    // The certificate is neither pinned nor trusted by the system: the attempt ended.
    void certificateUnconfirmed(const QString &fingerprint);

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onConnected();
    void finish(const QString &reason, bool final = false);

    QUrl m_url;
    QString m_pinned;
    QString m_seenFingerprint;
    QWebSocket m_socket;
    QTimer m_ping;
    bool m_awaitingPong = false;
    bool m_active = false;
};

} // namespace mechdock::client
