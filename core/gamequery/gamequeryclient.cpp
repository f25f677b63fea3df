#include "gamequeryclient.h"

namespace mechdock::gamequery {

GameQueryClient::GameQueryClient(QObject *parent)
    : QObject(parent) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const GameQueryResult known = partial();
        finish(known.ok ? known
                        : GameQueryResult::failure(
                              tr("no answer within %1 ms (is the query port right and open?)")
                                  .arg(m_timeoutMs)));
    });
}

void GameQueryClient::start(const QString &host, quint16 port, int timeoutMs) {
    m_timeoutMs = timeoutMs;
    m_timeout.start(timeoutMs);
    // Queued, so that a caller connecting after start() still hears an immediate failure.
    QMetaObject::invokeMethod(
        this, [this, host, port] { begin(host, port); }, Qt::QueuedConnection);
}

void GameQueryClient::finish(const GameQueryResult &result) {
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    emit finished(result);
}

} // namespace mechdock::gamequery
