#include "connectionpool.h"
#include "common/translation.h"

#include "common/clock.h"
#include "preparedstatementcache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <chrono>

namespace mechdock::storage {

namespace {
std::atomic<quint64> g_nextPoolId{1};

QString tr(const char *text) {
    return mechdock::translate("mechdock::storage::ConnectionPool", text);
}
} // namespace

PooledConnection::~PooledConnection() = default;

ConnectionPool::ConnectionPool(QString databasePath, int maxConnections, int idleTimeoutMs,
                               const Clock *clock)
    : m_path(std::move(databasePath))
    , m_max(std::max(1, maxConnections))
    , m_idleTimeoutMs(std::max(0, idleTimeoutMs))
    , m_clock(clock ? clock : &Clock::system())
    , m_poolId(g_nextPoolId++) {
    m_counters.maxConnections = m_max;
}

ConnectionPool::~ConnectionPool() {
    std::vector<std::unique_ptr<PooledConnection>> all;
    {
        std::lock_guard lock(m_mutex);
        all.swap(m_connections);
    }
    for (auto &c : all)
        closeConnection(std::move(c));
}

bool ConnectionPool::openConnection(PooledConnection &connection, QString *error) {
    connection.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.name);
    connection.db.setDatabaseName(m_path);
    // The driver's busy timeout makes a writer wait for another connection's lock.
    connection.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.db.open()) {
        *error =
            tr("cannot open the database %1: %2").arg(m_path, connection.db.lastError().text());
        return false;
    }
    QSqlQuery q(connection.db);
    // WAL lets readers run beside one writer; synchronous=FULL makes every commit durable. The
    // page cache is held to 512 KiB per connection (SQLite's default is 2 MiB): writes append
    // and reads are small pages of recent rows, and a busy hour of audit entries would
    // otherwise keep 2 MiB of private memory per connection for good.
    const char *pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                             "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000",
                             "PRAGMA cache_size=-512"};
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = tr("%1 is not a usable SQLite database: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    connection.statements = std::make_unique<PreparedStatementCache>(m_statementCacheSize);
    return true;
}

void ConnectionPool::closeConnection(std::unique_ptr<PooledConnection> connection) {
    if (!connection)
        return;
    const QString name = connection->name;
    // Queries must die before the connection; the handle before removeDatabase.
    connection->statements.reset();
    connection->db.close();
    connection.reset();
    QSqlDatabase::removeDatabase(name);
}

int ConnectionPool::closeIdleLocked(qint64 now,
                                    std::vector<std::unique_ptr<PooledConnection>> &closed) {
    int n = 0;
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if ((*it)->leases == 0 && now - (*it)->lastUsedMs >= m_idleTimeoutMs) {
            closed.push_back(std::move(*it));
            it = m_connections.erase(it);
            ++n;
        } else {
            ++it;
        }
    }
    m_counters.closedIdle += quint64(n);
    return n;
}

int ConnectionPool::closeIdleConnections() {
    std::vector<std::unique_ptr<PooledConnection>> closed;
    int n;
    {
        std::lock_guard lock(m_mutex);
        n = closeIdleLocked(m_clock->monotonicMs(), closed);
    }
    for (auto &c : closed)
        closeConnection(std::move(c));
    m_released.notify_all();
    return n;
}

ConnectionLease ConnectionPool::acquire(int timeoutMs) {
    const Qt::HANDLE self = QThread::currentThreadId();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    std::vector<std::unique_ptr<PooledConnection>> toClose;
    std::unique_lock lock(m_mutex);
    closeIdleLocked(m_clock->monotonicMs(), toClose);
    bool waited = false;
    for (;;) {
        for (auto &c : m_connections) {
            if (c->thread == self) {
                ++c->leases;
                c->lastUsedMs = m_clock->monotonicMs();
                lock.unlock();
                for (auto &old : toClose)
                    closeConnection(std::move(old));
                return ConnectionLease(this, c.get());
            }
        }
        if (int(m_connections.size()) + m_opening >= m_max) {
            // Full: reuse the slot of the longest-idle connection of another thread.
            PooledConnection *victim = nullptr;
            for (auto &c : m_connections) {
                if (c->leases == 0 && (!victim || c->lastUsedMs < victim->lastUsedMs))
                    victim = c.get();
            }
            if (victim) {
                for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
                    if (it->get() == victim) {
                        toClose.push_back(std::move(*it));
                        m_connections.erase(it);
                        break;
                    }
                }
            }
        }
        if (int(m_connections.size()) + m_opening < m_max)
            break;
        if (!waited) {
            ++m_counters.waits;
            waited = true;
        }
        if (m_released.wait_until(lock, deadline) == std::cv_status::timeout &&
            int(m_connections.size()) + m_opening >= m_max) {
            ++m_counters.timeouts;
            lock.unlock();
            for (auto &old : toClose)
                closeConnection(std::move(old));
            return ConnectionLease(
                tr("all %1 database connections stayed busy for %2 ms").arg(m_max).arg(timeoutMs));
        }
    }
    ++m_opening;
    auto connection = std::make_unique<PooledConnection>();
    connection->name = QStringLiteral("mechdock-%1-%2").arg(m_poolId).arg(m_nextName++);
    connection->thread = self;
    lock.unlock();
    for (auto &old : toClose)
        closeConnection(std::move(old));
    QString error;
    const bool ok = openConnection(*connection, &error);
    lock.lock();
    --m_opening;
    if (!ok) {
        lock.unlock();
        closeConnection(std::move(connection));
        m_released.notify_all();
        return ConnectionLease(error);
    }
    connection->leases = 1;
    connection->lastUsedMs = m_clock->monotonicMs();
    ++m_counters.opened;
    PooledConnection *raw = connection.get();
    m_connections.push_back(std::move(connection));
    return ConnectionLease(this, raw);
}

void ConnectionPool::release(PooledConnection *connection) {
    {
        std::lock_guard lock(m_mutex);
        if (--connection->leases > 0)
            return;
        connection->lastUsedMs = m_clock->monotonicMs();
    }
    m_released.notify_all();
}

PoolStats ConnectionPool::stats() const {
    std::lock_guard lock(m_mutex);
    PoolStats s = m_counters;
    s.open = int(m_connections.size());
    s.busy = 0;
    for (const auto &c : m_connections)
        s.busy += c->leases > 0 ? 1 : 0;
    return s;
}

void ConnectionPool::reportWrite(bool ok, const QString &error) {
    const qint64 now = m_clock->epochMs();
    std::lock_guard lock(m_mutex);
    ++m_writes.writes;
    if (ok) {
        m_writes.lastSuccessMs = now;
        return;
    }
    ++m_writes.failures;
    // Same millisecond as a success: the failure is the newer fact.
    m_writes.lastFailureMs = std::max(now, m_writes.lastSuccessMs + 1);
    m_writes.lastError = error;
}

WriteHealth ConnectionPool::writeHealth() const {
    std::lock_guard lock(m_mutex);
    return m_writes;
}

} // namespace mechdock::storage
