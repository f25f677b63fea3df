#include "dockerendpoint.h"

#include "common/translation.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

namespace mechdock::docker {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::docker::DockerEndpoint", text);
}

bool truthy(const QString &value) {
    // The docker CLI treats any non-empty DOCKER_TLS_VERIFY as on; "0"/"false" read as off here,
    // which is what an operator writing them means.
    const QString v = value.trimmed().toLower();
    return !v.isEmpty() && v != QLatin1String("0") && v != QLatin1String("false") &&
           v != QLatin1String("no");
}
} // namespace

QString DockerEndpoint::defaultUri() {
#ifdef Q_OS_WIN
    return QStringLiteral("npipe:////./pipe/docker_engine");
#else
    return QStringLiteral("unix:///var/run/docker.sock");
#endif
}

DockerEndpoint DockerEndpoint::resolve(const EndpointConfig &config,
                                       const QProcessEnvironment &env) {
    DockerEndpoint e;
    e.name = config.name.isEmpty() ? QStringLiteral("local") : config.name;
    const QString envHost = env.value(QStringLiteral("DOCKER_HOST")).trimmed();
    const bool fromEnv = config.uri.trimmed().isEmpty();
    e.uri = !fromEnv ? config.uri.trimmed() : (envHost.isEmpty() ? defaultUri() : envHost);
    // DOCKER_TLS_VERIFY goes with DOCKER_HOST; an address from the settings carries its own flag.
    e.tls = config.tlsVerify || (fromEnv && !envHost.isEmpty() &&
                                 truthy(env.value(QStringLiteral("DOCKER_TLS_VERIFY"))));
    if (e.uri.startsWith(QLatin1String("https://")))
        e.tls = true;
    e.certPath = config.certPath;
    if (e.certPath.isEmpty())
        e.certPath = env.value(QStringLiteral("DOCKER_CERT_PATH"));
    if (e.certPath.isEmpty())
        e.certPath = QDir::homePath() + QStringLiteral("/.docker");
    if (e.isLocal())
        e.tls = false; // a local socket is protected by its file mode, not TLS
    return e;
}

DockerEndpoint DockerEndpoint::fromUri(const QString &uri, const QString &name) {
    DockerEndpoint e;
    e.name = name;
    e.uri = uri;
    e.tls = uri.startsWith(QLatin1String("https://"));
    return e;
}

QString DockerEndpoint::transport() const {
    const QString scheme = QUrl(uri).scheme();
    if (scheme == QLatin1String("unix") || scheme == QLatin1String("npipe"))
        return scheme;
    if (scheme == QLatin1String("tcp") || scheme == QLatin1String("http") ||
        scheme == QLatin1String("https"))
        return QStringLiteral("tcp");
    return {};
}

bool DockerEndpoint::isLocal() const {
    const QString t = transport();
    return t == QLatin1String("unix") || t == QLatin1String("npipe");
}

QString DockerEndpoint::host() const {
    return QUrl(uri).host();
}

quint16 DockerEndpoint::port() const {
    return quint16(QUrl(uri).port(tls ? 2376 : 2375));
}

QString DockerEndpoint::socketPath() const {
    const QUrl url(uri);
    if (url.scheme() == QLatin1String("npipe")) {
        // npipe:////./pipe/docker_engine -> \\.\pipe\docker_engine
        QString path = url.path();
        while (path.startsWith(QLatin1String("//")))
            path.remove(0, 1);
        if (path.startsWith(QLatin1Char('/')))
            path = QLatin1Char('/') + path;
        return QDir::toNativeSeparators(path);
    }
    return url.path();
}

QString DockerEndpoint::validate() const {
    if (transport().isEmpty())
        return tr("%1: only unix://, npipe:// and tcp:// addresses are supported").arg(uri);
    if (transport() == QLatin1String("tcp") && host().isEmpty())
        return tr("%1: the address names no host").arg(uri);
    if (isLocal() && socketPath().isEmpty())
        return tr("%1: the address names no socket").arg(uri);
    return {};
}

bool DockerEndpoint::loadTls(QSslConfiguration *out, QString *error) const {
    const QDir dir(certPath);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (ca.isEmpty())
        return fail(tr("TLS for %1: no CA certificate in %2").arg(uri, caFile));
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (certs.isEmpty())
        return fail(tr("TLS for %1: no client certificate in %2").arg(uri, certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(tr("TLS for %1: cannot read the client key %2 (%3)")
                        .arg(uri, keyFile, keyIn.errorString()));
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(tr("TLS for %1: %2 is not an RSA or EC private key in PEM").arg(uri, keyFile));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(ca);
    config.setLocalCertificate(certs.first());
    if (certs.size() > 1)
        config.setLocalCertificateChain(certs);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    *out = config;
    return true;
}

} // namespace mechdock::docker
