// HttpMethod: the request methods the HTTP server tells apart by name; any other valid method
// token is Other (its name stays in HttpRequest::methodName), so it can be answered with 405.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mechdock::http {

enum class HttpMethod { Get, Head, Post, Put, Delete, Patch, Options, Other };

// "GET", "HEAD", ...; empty for Other.
QByteArray httpMethodName(HttpMethod method);
// Case-sensitive, as method names are.
HttpMethod httpMethodFromName(QByteArrayView name);

} // namespace mechdock::http
