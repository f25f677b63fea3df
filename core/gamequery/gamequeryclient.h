// GameQueryClient: one query of one game server, answered once by finished() (an answer, an
// error or the timeout). The querier makes one per query and deletes it after.
#pragma once

#include "gamequeryresult.h"

#include <QObject>
#include <QTimer>

namespace mechdock::gamequery {

class GameQueryClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GameQueryClient)
public:
    explicit GameQueryClient(QObject *parent = nullptr);
    ~GameQueryClient() override = default;

    // Starts the query; finished() follows within about timeoutMs, never from inside start().
    void start(const QString &host, quint16 port, int timeoutMs);

signals:
    void finished(const mechdock::gamequery::GameQueryResult &result);

protected:
    virtual void begin(const QString &host, quint16 port) = 0;
    // The answer, once: later calls are ignored. With the timeout: what is known so far, if
    // partial() has something, else the timeout's error.
    void finish(const GameQueryResult &result);
    virtual GameQueryResult partial() const { return {}; }
    bool done() const { return m_done; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QTimer m_timeout;
    int m_timeoutMs = 0;
    bool m_done = false;
};

} // namespace mechdock::gamequery
