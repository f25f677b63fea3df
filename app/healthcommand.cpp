#include "healthcommand.h"

#include "common/translation.h"
#include "config/settingsstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace mechdock::app {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::app::HealthCommand", text);
}

constexpr int kHealthy = 0;
constexpr int kUnhealthy = 1;
constexpr int kNoVerdict = 2;

// The URL a local client reaches for the service's "ADDRESS:PORT": a wildcard address accepts
// connections on loopback too. An empty URL when the address cannot be read.
QUrl urlFor(const QString &listen) {
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("0.0.0.0") || host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/health"));
    return url.isValid() ? url : QUrl();
}
} // namespace

int HealthCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Asks the running Mechdock service whether it is healthy. Exit code 0: healthy, 1: "
           "unhealthy, 2: no verdict (the endpoint is off, unreachable or refuses the token)."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        tr("The settings file with http.listen and http.bearerToken (default: %1).")
            .arg(config::SettingsStore::defaultPath()),
        tr("path"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       tr("Ask this URL instead of the one the settings give."),
                                       QStringLiteral("url"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Give up after this many seconds (default 5)."),
                                           tr("seconds"), QStringLiteral("5"));
    parser.addOptions({configOption, urlOption, timeoutOption});
    if (!parser.parse(QStringList{QStringLiteral("mechdock health")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return kNoVerdict;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return kHealthy;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("health takes no arguments; see mechdock health --help") << Qt::endl;
        return kNoVerdict;
    }
    bool timeoutOk = false;
    const double timeoutSec = parser.value(timeoutOption).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutSec <= 0 || timeoutSec > 600) {
        err << tr("--timeout takes a number of seconds between 0 and 600") << Qt::endl;
        return kNoVerdict;
    }

    // The environment counts, as it does for the service: a container sets MECHDOCK_HTTP_LISTEN
    // and MECHDOCK_HTTP_TOKEN for both.
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption)
                                                          : config::SettingsStore::defaultPath();
    const config::LoadResult loaded = config::SettingsStore::load(configPath);
    QUrl url;
    if (parser.isSet(urlOption)) {
        url = QUrl(parser.value(urlOption), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
            err << tr("\"%1\" is not an http:// URL").arg(parser.value(urlOption)) << Qt::endl;
            return kNoVerdict;
        }
    } else if (loaded.settings.http.listen.isEmpty()) {
        err << tr("The health endpoint is off: http.listen is empty (settings %1, or "
                  "MECHDOCK_HTTP_LISTEN). Set it, e.g. to 127.0.0.1:9374, and restart the service.")
                   .arg(configPath)
            << Qt::endl;
        return kNoVerdict;
    } else {
        url = urlFor(loaded.settings.http.listen);
        if (url.isEmpty()) {
            err << tr("http.listen \"%1\" is not ADDRESS:PORT (settings %2)")
                       .arg(loaded.settings.http.listen, configPath)
                << Qt::endl;
            return kNoVerdict;
        }
    }

    QNetworkAccessManager manager;
    // A probe of a local port must not go through a proxy from http_proxy.
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeoutSec * 1000));
    if (!loaded.settings.http.bearerToken.isEmpty())
        request.setRawHeader("Authorization",
                             "Bearer " + loaded.settings.http.bearerToken.toUtf8());
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();

    const QString where = url.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const QString why = reply->error() == QNetworkReply::OperationCanceledError
                                ? tr("no answer within %1 s").arg(timeoutSec)
                                : reply->errorString();
        err << tr("unreachable: %1: %2. Is the service running, and does http.listen match "
                  "its settings?")
                   .arg(where, why)
            << Qt::endl;
        return kNoVerdict;
    }
    if (status == 401) {
        err << tr("refused: %1 wants a token; set http.bearerToken or MECHDOCK_HTTP_TOKEN to the "
                  "service's.")
                   .arg(where)
            << Qt::endl;
        return kNoVerdict;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200) {
        out << tr("healthy: %1").arg(where) << Qt::endl;
        return kHealthy;
    }
    if (status == 503) {
        out << tr("unhealthy: %1").arg(where) << Qt::endl;
        const QJsonArray reasons = body.value(QStringLiteral("reasons")).toArray();
        for (const QJsonValue &reason : reasons)
            out << QStringLiteral("  ") << reason.toString() << Qt::endl;
        return kUnhealthy;
    }
    err << tr("no verdict: %1 answered HTTP %2").arg(where).arg(status) << Qt::endl;
    return kNoVerdict;
}

} // namespace mechdock::app
