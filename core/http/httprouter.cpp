#include "httprouter.h"

namespace mechdock::http {

void HttpRouter::add(HttpMethod method, const QByteArray &path, Handler handler) {
    Q_ASSERT(method != HttpMethod::Other);
    if (method == HttpMethod::Other)
        return;
    m_routes[path][method] = std::move(handler);
}

HttpRouter::Match HttpRouter::match(HttpMethod method, const QByteArray &path) const {
    Match m;
    const auto route = m_routes.find(path);
    if (route == m_routes.end())
        return m;
    m.pathKnown = true;
    const auto &methods = route->second;
    const auto get = methods.find(HttpMethod::Get);
    const bool getAnswersHead = get != methods.end() &&
                                std::holds_alternative<Responder>(get->second) &&
                                !methods.contains(HttpMethod::Head);
    if (const auto found = methods.find(method); found != methods.end())
        m.handler = &found->second;
    else if (method == HttpMethod::Head && getAnswersHead)
        m.handler = &get->second;
    if (!m.handler) {
        QList<QByteArray> names;
        for (const auto &entry : methods) {
            names.append(httpMethodName(entry.first));
            if (entry.first == HttpMethod::Get && getAnswersHead)
                names.append(httpMethodName(HttpMethod::Head));
        }
        m.allow = names.join(", ");
    }
    return m;
}

} // namespace mechdock::http
