#include "httpclientexchange.h"

namespace mechdock::http {

QList<QPair<QByteArray, QByteArray>> HttpClientResponse::headerPairs() const {
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(headers.size());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        pairs.append({it.key(), it.value()});
    return pairs;
}

} // namespace mechdock::http
