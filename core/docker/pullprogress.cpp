#include "pullprogress.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mechdock::docker {

void PullProgress::feed(const QByteArray &bytes) {
    m_line += bytes;
    qsizetype newline;
    while ((newline = m_line.indexOf('\n')) >= 0) {
        readLine(m_line.left(newline));
        m_line.remove(0, newline + 1);
    }
    // A line this long is no progress message worth reading.
    if (m_line.size() > kMaxLine)
        m_line.clear();
}

void PullProgress::finish() {
    if (!m_line.isEmpty())
        readLine(m_line);
    m_line.clear();
}

void PullProgress::readLine(const QByteArray &line) {
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.isEmpty())
        return;
    const QString detail = o.value(QStringLiteral("errorDetail"))
                               .toObject()
                               .value(QStringLiteral("message"))
                               .toString();
    const QString error = detail.isEmpty() ? o.value(QStringLiteral("error")).toString() : detail;
    if (m_error.isEmpty() && (o.contains(QStringLiteral("error")) || !detail.isEmpty()))
        m_error = error.isEmpty() ? QStringLiteral("unknown error") : error.left(300);
    if (o.contains(QStringLiteral("status")))
        m_status = o.value(QStringLiteral("status")).toString().left(300);
}

} // namespace mechdock::docker
