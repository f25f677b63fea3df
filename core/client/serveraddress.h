// ServerAddress: which engine a client attaches to and how it proves who it is. Written as the
// operator types it: a path to a local socket ("/var/lib/mechdock/control.sock") or
// "wss://host:port" for a remote engine; credentials and the confirmed certificate fingerprint
// travel beside it, never inside the text.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace mechdock::client {

struct ServerAddress {
    static constexpr quint16 kDefaultPort = 8385;

    enum class Kind { LocalSocket, Tls };
    Kind kind = Kind::LocalSocket;
    QString socketPath; // LocalSocket
    QUrl url;           // Tls: wss://host:port/
    QString apiKey;     // Tls: an API key, or
    QString user;       //      a user and a password
    QString password;
    QString fingerprint; // Tls: the confirmed certificate's SHA-256, "AB:CD:..."

    // "nas.local:8385" or the socket's path; what the title bar shows.
    QString displayName() const;
    // The text parse() reads back (no credentials).
    QString text() const;
    // A socket path (absolute), "wss://host[:port]", "host[:port]" (wss assumed); nullopt for
    // anything else (http://, an empty host, a port out of range).
    static std::optional<ServerAddress> parse(const QString &text);
};

} // namespace mechdock::client
