#include "dockerconnectionpool.h"

#include "common/clock.h"

#include <QAbstractSocket>
#include <QLocalSocket>

namespace mechdock::docker {

DockerConnectionPool::DockerConnectionPool(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system()) {}

DockerConnectionPool::~DockerConnectionPool() {
    closeAll();
}

void DockerConnectionPool::setLimits(int maxIdle, int idleTimeoutMs) {
    m_maxIdle = std::max(0, maxIdle);
    m_idleTimeoutMs = std::max(0, idleTimeoutMs);
    while (m_idle.size() > m_maxIdle) {
        QIODevice *d = m_idle.takeFirst().device;
        ++m_stats.expired;
        close(d);
    }
}

void DockerConnectionPool::setClock(const Clock *clock) {
    m_clock = clock ? clock : &Clock::system();
}

void DockerConnectionPool::close(QIODevice *device) {
    if (!device)
        return;
    device->disconnect();
    if (auto *s = qobject_cast<QAbstractSocket *>(device))
        s->abort();
    else if (auto *l = qobject_cast<QLocalSocket *>(device))
        l->abort();
    else
        device->close();
    device->deleteLater();
}

void DockerConnectionPool::forget(QIODevice *device) {
    for (int i = 0; i < m_idle.size(); ++i) {
        if (m_idle.at(i).device == device) {
            m_idle.removeAt(i);
            return;
        }
    }
}

int DockerConnectionPool::sweep() {
    const qint64 now = m_clock->monotonicMs();
    int closed = 0;
    while (!m_idle.isEmpty() && now - m_idle.first().sinceMs >= m_idleTimeoutMs) {
        close(m_idle.takeFirst().device);
        ++m_stats.expired;
        ++closed;
    }
    return closed;
}

QIODevice *DockerConnectionPool::takeIdle() {
    sweep();
    while (!m_idle.isEmpty()) {
        // Newest first: the one least likely to have been closed by the daemon.
        QIODevice *d = m_idle.takeLast().device;
        d->disconnect(this);
        if (d->isOpen()) {
            ++m_stats.reused;
            return d;
        }
        ++m_stats.dropped;
        close(d);
    }
    return nullptr;
}

void DockerConnectionPool::adopt(QIODevice *device) {
    device->setParent(this);
    ++m_stats.opened;
}

void DockerConnectionPool::giveBack(QIODevice *device) {
    if (!device)
        return;
    if (m_maxIdle == 0 || !device->isOpen()) {
        discard(device);
        return;
    }
    forget(device);
    m_idle.append({device, m_clock->monotonicMs()});
    // A connection the daemon closes, or writes to unasked, is of no further use.
    auto drop = [this, device] {
        forget(device);
        ++m_stats.dropped;
        close(device);
    };
    if (auto *s = qobject_cast<QAbstractSocket *>(device))
        connect(s, &QAbstractSocket::disconnected, this, drop);
    else if (auto *l = qobject_cast<QLocalSocket *>(device))
        connect(l, &QLocalSocket::disconnected, this, drop);
    connect(device, &QIODevice::readyRead, this, drop);
    while (m_idle.size() > m_maxIdle) {
        QIODevice *old = m_idle.takeFirst().device;
        ++m_stats.expired;
        close(old);
    }
}

void DockerConnectionPool::discard(QIODevice *device) {
    if (!device)
        return;
    forget(device);
    ++m_stats.dropped;
    close(device);
}

void DockerConnectionPool::closeAll() {
    while (!m_idle.isEmpty())
        close(m_idle.takeFirst().device);
}

PoolStats DockerConnectionPool::stats() const {
    PoolStats s = m_stats;
    s.idle = int(m_idle.size());
    s.maxIdle = m_maxIdle;
    return s;
}

} // namespace mechdock::docker
