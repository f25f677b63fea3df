#include "httpmethod.h"

#include <array>
#include <utility>

namespace mechdock::http {

namespace {
constexpr std::array<std::pair<HttpMethod, const char *>, 7> kNames{{
    {HttpMethod::Get, "GET"},
    {HttpMethod::Head, "HEAD"},
    {HttpMethod::Post, "POST"},
    {HttpMethod::Put, "PUT"},
    {HttpMethod::Delete, "DELETE"},
    {HttpMethod::Patch, "PATCH"},
    {HttpMethod::Options, "OPTIONS"},
}};
} // namespace

QByteArray httpMethodName(HttpMethod method) {
    for (const auto &[m, name] : kNames) {
        if (m == method)
            return QByteArray(name);
    }
    return {};
}

HttpMethod httpMethodFromName(QByteArrayView name) {
    for (const auto &[m, text] : kNames) {
        if (name == QByteArrayView(text))
            return m;
    }
    return HttpMethod::Other;
}

} // namespace mechdock::http
