#include "restrequest.h"

namespace mechdock::discord {

RestRequest RestRequest::json(const QByteArray &method, const QString &path,
                              const QJsonDocument &body) {
    RestRequest r;
    r.method = method;
    r.path = path;
    r.body = body.toJson(QJsonDocument::Compact);
    r.hasJsonBody = true;
    return r;
}

RestRequest RestRequest::get(const QString &path) {
    RestRequest r;
    r.method = "GET";
    r.path = path;
    return r;
}

bool RestRequest::isInteractionCallback() const {
    return path.startsWith(QLatin1String("/interactions/")) &&
           path.endsWith(QLatin1String("/callback"));
}

} // namespace mechdock::discord
