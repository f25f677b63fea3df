#include "serveraddress.h"

#include <QDir>

namespace mechdock::client {

QString ServerAddress::displayName() const {
    if (kind == Kind::LocalSocket)
        return QDir::toNativeSeparators(socketPath);
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(kDefaultPort));
}

QString ServerAddress::text() const {
    if (kind == Kind::LocalSocket)
        return socketPath;
    return QStringLiteral("wss://%1:%2").arg(url.host()).arg(url.port(kDefaultPort));
}

std::optional<ServerAddress> ServerAddress::parse(const QString &input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    ServerAddress a;
    if (QDir::isAbsolutePath(text) && !text.contains(QLatin1String("://"))) {
        a.kind = Kind::LocalSocket;
        a.socketPath = QDir::cleanPath(text);
        return a;
    }
    QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("wss://") + text,
             QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("wss") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) ||
        url.hasQuery() || url.hasFragment())
        return std::nullopt;
    if (url.port() == 0)
        return std::nullopt;
    url.setPort(url.port(kDefaultPort));
    url.setPath(QStringLiteral("/"));
    a.kind = Kind::Tls;
    a.url = url;
    return a;
}

} // namespace mechdock::client
