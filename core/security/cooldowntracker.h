// CooldownTracker: per-user cool-downs per command and button (DDC's values), and the
// per-minute caps DDC stores but never enforced (20 commands, 35 buttons). State expires after
// a TTL (seed 002: 6 h) and is bounded (1000 users), evicting the least recently active.
#pragma once

#include "config/settings.h"
#include "memory/cacheregistry.h"
#include "memory/managedcache.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <utility>

namespace mechdock {
class Clock;
}

namespace mechdock::security {

enum class ActionKind { Command, Button };

struct CooldownVerdict {
    bool allowed = true;
    qint64 retryAfterMs = 0;
    QString reason; // translated, for an ephemeral reply
};

struct CooldownStats {
    quint64 allowed = 0;
    quint64 deniedCooldown = 0;
    quint64 deniedRate = 0;
    int trackedUsers = 0;
};

class CooldownTracker final : public memory::ManagedCache {
    Q_DISABLE_COPY_MOVE(CooldownTracker)
public:
    explicit CooldownTracker(const config::CooldownSettings &settings,
                             const Clock *clock = nullptr);

    // Checks and, when allowed, records the use. Admins may be exempted by the caller.
    CooldownVerdict check(const QString &userId, ActionKind kind, const QString &name);
    void setSettings(const config::CooldownSettings &settings);
    CooldownStats counters() const;
    int cooldownSeconds(ActionKind kind, const QString &name) const;

    memory::CacheStats stats() const override;
    memory::CleanupResult sweepExpired() override;
    memory::CleanupResult shrink(double fraction) override;
    memory::CleanupResult clearAll() override;

private:
    // Flat lists, not hashes and deques: a user uses a handful of commands and a few dozen
    // requests a minute at most, and an empty QHash or std::deque already costs about a
    // kilobyte, which a thousand tracked users would keep after a burst.
    struct UserState {
        QList<std::pair<QString, qint64>> lastUse; // "c:name" / "b:name" -> monotonic ms
        QList<qint64> commandTimes;                // within the last minute, oldest first
        QList<qint64> buttonTimes;
        qint64 lastSeen = 0;
    };
    static qint64 costOf(const UserState &s);
    void evictOldestLocked();

    config::CooldownSettings m_settings;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    QHash<QString, UserState> m_users;
    CooldownStats m_counters;
    quint64 m_evictions = 0;
    memory::CacheRegistry::Registration m_registration;
};

} // namespace mechdock::security
