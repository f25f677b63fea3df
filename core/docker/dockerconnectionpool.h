// DockerConnectionPool: the idle keep-alive connections of one Docker endpoint. A connection
// comes back after a complete response that allows keep-alive and is reused by the next request;
// at most maxIdle are kept, each for at most idleTimeoutMs (through the injected clock), and one
// the daemon closes or writes to while idle is dropped at once. Counts what it opened and
// reused, so tests and the Performance page can see that reuse happens.
#pragma once

#include <QIODevice>
#include <QList>
#include <QObject>

namespace mechdock {
class Clock;
}

namespace mechdock::docker {

struct PoolStats {
    int idle = 0;
    int maxIdle = 0;
    quint64 opened = 0;  // connections made
    quint64 reused = 0;  // requests sent on an idle connection
    quint64 expired = 0; // idle connections closed by the timeout or the bound
    quint64 dropped = 0; // closed by the peer while idle, or after an error
};

class DockerConnectionPool : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerConnectionPool)
public:
    static constexpr int kDefaultMaxIdle = 4;
    static constexpr int kDefaultIdleTimeoutMs = 30000;

    explicit DockerConnectionPool(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~DockerConnectionPool() override;

    void setLimits(int maxIdle, int idleTimeoutMs);
    void setClock(const Clock *clock);

    // An open idle connection (now owned by the caller until giveBack/discard), or nullptr.
    QIODevice *takeIdle();
    // The caller made a new connection; the pool becomes its parent for cleanup.
    void adopt(QIODevice *device);
    // After a complete keep-alive response: keep the connection for the next request.
    void giveBack(QIODevice *device);
    // After an error, a close or a response without keep-alive.
    void discard(QIODevice *device);
    // Closes connections idle past the timeout; returns how many.
    int sweep();
    void closeAll();
    PoolStats stats() const;

private:
    struct Idle {
        QIODevice *device = nullptr;
        qint64 sinceMs = 0;
    };
    void forget(QIODevice *device);
    static void close(QIODevice *device);

    const Clock *m_clock;
    int m_maxIdle = kDefaultMaxIdle;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    QList<Idle> m_idle; // oldest first
    PoolStats m_stats;
};

} // namespace mechdock::docker
