#include "tlsclienttransport.h"

#include "control/tlsidentity.h"

#include <QSslConfiguration>

namespace mechdock::client {

TlsClientTransport::TlsClientTransport(QUrl url, QString pinnedFingerprint, QObject *parent)
    : ClientTransport(parent)
    , m_url(std::move(url))
    , m_pinned(pinnedFingerprint.trimmed().toUpper()) {
    m_socket.setMaxAllowedIncomingMessageSize(quint64(kMaxMessageBytes));
    m_socket.setMaxAllowedIncomingFrameSize(quint64(kMaxMessageBytes));
    connect(&m_socket, &QWebSocket::sslErrors, this, &TlsClientTransport::onSslErrors);
    connect(&m_socket, &QWebSocket::connected, this, &TlsClientTransport::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { emit messageReceived(text.toUtf8()); });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        finish(tr("The engine sent binary data, which the control API never does."));
    });
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        const QString why = m_socket.closeReason();
        finish(why.isEmpty() ? tr("The engine closed the connection.") : why);
    });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { finish(m_socket.errorString()); });
    m_ping.setInterval(kPingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_awaitingPong) {
            finish(tr("The engine stopped answering (no reply for %1 s).")
                       .arg(kPingIntervalMs / 1000));
            return;
        }
        m_awaitingPong = true;
        m_socket.ping();
    });
}

TlsClientTransport::~TlsClientTransport() {
    m_active = false;
    m_socket.abort();
}

void TlsClientTransport::open() {
    m_active = true;
    m_awaitingPong = false;
    m_seenFingerprint.clear();
    m_socket.abort();
    m_socket.open(m_url);
}

void TlsClientTransport::abort() {
    m_active = false;
    m_ping.stop();
    m_socket.abort();
}

void TlsClientTransport::send(const QByteArray &message) {
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.sendTextMessage(QString::fromUtf8(message));
}

void TlsClientTransport::onSslErrors(const QList<QSslError> &errors) {
    const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
    m_seenFingerprint = control::TlsIdentity::fingerprint(peer);
    if (!m_pinned.isEmpty() && m_seenFingerprint == m_pinned) {
        // Confirmed by the operator: the certificate's name and issuer do not matter.
        m_socket.ignoreSslErrors(errors);
        return;
    }
    if (!m_pinned.isEmpty()) {
        finish(tr("The engine's certificate changed: its fingerprint is %1, the confirmed one "
                  "was %2. If the server's certificate was replaced on purpose, connect again "
                  "and confirm the new one.")
                   .arg(m_seenFingerprint, m_pinned),
               true);
        return;
    }
    // The client learns of it (and stops) before the connection is reported closed.
    const QString fingerprint = m_seenFingerprint;
    emit certificateUnconfirmed(fingerprint);
    finish(tr("The engine's certificate (fingerprint %1) is not confirmed yet.").arg(fingerprint),
           true);
}

void TlsClientTransport::onConnected() {
    if (!m_active)
        return;
    // A certificate the system trusts passes without sslErrors; a pin still has to match.
    m_seenFingerprint =
        control::TlsIdentity::fingerprint(m_socket.sslConfiguration().peerCertificate());
    if (!m_pinned.isEmpty() && m_seenFingerprint != m_pinned) {
        finish(tr("The engine's certificate changed: its fingerprint is %1, the confirmed one "
                  "was %2.")
                   .arg(m_seenFingerprint, m_pinned),
               true);
        return;
    }
    m_ping.start();
    emit opened();
}

void TlsClientTransport::finish(const QString &reason, bool final) {
    if (!m_active)
        return;
    m_active = false;
    m_ping.stop();
    m_socket.abort();
    emit closed(reason, final);
}

} // namespace mechdock::client
