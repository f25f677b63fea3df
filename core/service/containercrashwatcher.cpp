#include "containercrashwatcher.h"

#include "common/clock.h"

namespace mechdock::service {

ContainerCrashWatcher::ContainerCrashWatcher(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system()) {}

QString ContainerCrashWatcher::key(const QString &endpoint, const QString &name) {
    return endpoint + QLatin1Char('\n') + name;
}

void ContainerCrashWatcher::setWatched(const QList<QPair<QString, QString>> &containers) {
    m_watched.clear();
    for (const auto &[endpoint, name] : containers)
        m_watched.insert(key(endpoint, name));
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (m_watched.contains(it.key()))
            ++it;
        else
            it = m_states.erase(it);
    }
}

void ContainerCrashWatcher::onEvent(const docker::ContainerEvent &event) {
    const QString k = key(event.endpoint, event.name);
    if (!m_watched.contains(k))
        return;
    const qint64 now = m_clock->monotonicMs();
    State &state = m_states[k];
    if (event.action == QLatin1String("kill") || event.action == QLatin1String("stop")) {
        state.requestedMs = now;
        return;
    }
    if (event.action == QLatin1String("oom")) {
        state.outOfMemory = true;
        return;
    }
    if (event.action != QLatin1String("die"))
        return;
    if (m_updating && m_updating(event.endpoint, event.name)) {
        state.outOfMemory = false;
        state.requestedMs = -1;
        return;
    }
    const bool outOfMemory = std::exchange(state.outOfMemory, false);
    const bool requested =
        state.requestedMs >= 0 && now - state.requestedMs <= m_settings.requestedWithinMs;
    state.requestedMs = -1;
    // An exit of 0 is a container that finished its work; a requested stop is no crash, but an
    // out-of-memory kill is one even after a kill event (the kernel's, not a person's).
    if (!outOfMemory && (event.exitCode == 0 || requested))
        return;
    while (!state.crashes.isEmpty() && now - state.crashes.first() > m_settings.restartLoopWindowMs)
        state.crashes.removeFirst();
    state.crashes.append(now);
    if (state.crashes.size() < m_settings.restartLoopCount)
        state.loopReported = false;
    ContainerCrash crash{event.endpoint, event.name, event.exitCode,
                         outOfMemory,    false,      int(state.crashes.size())};
    if (state.crashes.size() >= m_settings.restartLoopCount) {
        if (state.loopReported)
            return; // one report per loop; the containers' log shows the rest
        state.loopReported = true;
        crash.restartLoop = true;
    }
    emit crashed(crash);
}

void ContainerCrashWatcher::setEndpointReachable(const QString &endpoint, bool reachable,
                                                 const QString &error) {
    const auto known = m_endpointUp.constFind(endpoint);
    const bool changed = known != m_endpointUp.cend() && *known != reachable;
    m_endpointUp.insert(endpoint, reachable);
    if (!changed)
        return;
    if (reachable)
        emit endpointBack(endpoint);
    else
        emit endpointLost(endpoint, error);
}

} // namespace mechdock::service
