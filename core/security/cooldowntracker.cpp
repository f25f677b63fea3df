#include "cooldowntracker.h"
#include "common/translation.h"

#include "common/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace mechdock::security {

namespace {
constexpr qint64 kMinuteMs = 60'000;

QString tr(const char *text) {
    return mechdock::translate("mechdock::security::CooldownTracker", text);
}

void dropOlderThan(QList<qint64> &times, qint64 limit) {
    const auto firstKept =
        std::find_if(times.begin(), times.end(), [limit](qint64 t) { return t > limit; });
    times.erase(times.begin(), firstKept);
}
} // namespace

CooldownTracker::CooldownTracker(const config::CooldownSettings &settings, const Clock *clock)
    : m_settings(settings)
    , m_clock(clock ? clock : &Clock::system())
    , m_registration(
          memory::CacheRegistry::global().add(QStringLiteral("security.cooldowns"), this)) {}

void CooldownTracker::setSettings(const config::CooldownSettings &settings) {
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

int CooldownTracker::cooldownSeconds(ActionKind kind, const QString &name) const {
    const QMap<QString, int> &table =
        kind == ActionKind::Command ? m_settings.commandSec : m_settings.buttonSec;
    return table.value(name, m_settings.defaultSec);
}

qint64 CooldownTracker::costOf(const UserState &s) {
    return qint64(sizeof(UserState)) + s.lastUse.size() * 48 +
           qint64(s.commandTimes.size() + s.buttonTimes.size()) * 8;
}

void CooldownTracker::evictOldestLocked() {
    auto oldest = m_users.begin();
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        if (it->lastSeen < oldest->lastSeen)
            oldest = it;
    }
    if (oldest != m_users.end()) {
        m_users.erase(oldest);
        ++m_evictions;
    }
}

CooldownVerdict CooldownTracker::check(const QString &userId, ActionKind kind,
                                       const QString &name) {
    const qint64 now = m_clock->monotonicMs();
    QMutexLocker lock(&m_mutex);
    auto it = m_users.find(userId);
    if (it == m_users.end()) {
        if (m_users.size() >= m_settings.maxTrackedUsers)
            evictOldestLocked();
        it = m_users.insert(userId, UserState{});
    }
    UserState &state = *it;
    state.lastSeen = now;

    const QString key =
        (kind == ActionKind::Command ? QStringLiteral("c:") : QStringLiteral("b:")) + name;
    const qint64 cooldownMs = qint64(cooldownSeconds(kind, name)) * 1000;
    auto last = std::find_if(state.lastUse.begin(), state.lastUse.end(),
                             [&key](const auto &entry) { return entry.first == key; });
    if (last != state.lastUse.end() && now - last->second < cooldownMs) {
        ++m_counters.deniedCooldown;
        const qint64 wait = cooldownMs - (now - last->second);
        return {false, wait,
                tr("Please wait %1 s before using this again.").arg((wait + 999) / 1000)};
    }
    QList<qint64> &times = kind == ActionKind::Command ? state.commandTimes : state.buttonTimes;
    dropOlderThan(times, now - kMinuteMs);
    const int cap =
        kind == ActionKind::Command ? m_settings.commandsPerMinute : m_settings.buttonsPerMinute;
    if (int(times.size()) >= cap) {
        ++m_counters.deniedRate;
        const qint64 wait = times.front() + kMinuteMs - now;
        return {false, wait,
                kind == ActionKind::Command
                    ? tr("You have used %1 commands in the last minute; please wait %2 s.")
                          .arg(cap)
                          .arg((wait + 999) / 1000)
                    : tr("You have pressed %1 buttons in the last minute; please wait %2 s.")
                          .arg(cap)
                          .arg((wait + 999) / 1000)};
    }
    times.push_back(now);
    if (last != state.lastUse.end())
        last->second = now;
    else
        state.lastUse.append({key, now});
    ++m_counters.allowed;
    return {};
}

CooldownStats CooldownTracker::counters() const {
    QMutexLocker lock(&m_mutex);
    CooldownStats s = m_counters;
    s.trackedUsers = int(m_users.size());
    return s;
}

memory::CacheStats CooldownTracker::stats() const {
    QMutexLocker lock(&m_mutex);
    memory::CacheStats s;
    s.kind = memory::ContainerKind::Map;
    s.entries = m_users.size();
    s.maxEntries = m_settings.maxTrackedUsers;
    for (const UserState &u : m_users)
        s.bytes += costOf(u);
    s.evictions = m_evictions;
    s.inserts = m_counters.allowed;
    return s;
}

memory::CleanupResult CooldownTracker::sweepExpired() {
    const qint64 now = m_clock->monotonicMs();
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    const qint64 ttl = qint64(m_settings.stateTtlSec) * 1000;
    for (auto it = m_users.begin(); it != m_users.end();) {
        if (now - it->lastSeen >= ttl) {
            r.bytesFreed += costOf(*it);
            ++r.entriesFreed;
            it = m_users.erase(it);
        } else {
            ++it;
        }
    }
    return r;
}

memory::CleanupResult CooldownTracker::shrink(double fraction) {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    const int target = int(double(m_users.size()) * (1.0 - std::clamp(fraction, 0.0, 1.0)));
    while (m_users.size() > target) {
        evictOldestLocked();
        ++r.entriesFreed;
    }
    return r;
}

memory::CleanupResult CooldownTracker::clearAll() {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    r.entriesFreed = m_users.size();
    m_users.clear();
    return r;
}

} // namespace mechdock::security
