#include "autoactioncooldowns.h"

#include "common/clock.h"

namespace mechdock::automation {

AutoActionCooldowns::AutoActionCooldowns(const Clock *clock)
    : m_clock(clock ? clock : &Clock::system()) {}

qint64 AutoActionCooldowns::ruleRemainingMs(const QString &rule, qint64 cooldownMs) const {
    const auto it = m_lastMs.constFind(rule);
    if (it == m_lastMs.constEnd())
        return 0;
    return std::max<qint64>(0, *it + cooldownMs - m_clock->monotonicMs());
}

qint64 AutoActionCooldowns::globalRemainingMs() const {
    if (m_lastGlobalMs < 0)
        return 0;
    return std::max<qint64>(0, m_lastGlobalMs + m_globalMs - m_clock->monotonicMs());
}

void AutoActionCooldowns::noteFiring(const QString &rule) {
    m_lastMs.insert(rule, m_clock->monotonicMs());
}

void AutoActionCooldowns::noteGlobal() {
    m_lastGlobalMs = m_clock->monotonicMs();
}

void AutoActionCooldowns::retain(const QSet<QString> &rules) {
    for (auto it = m_lastMs.begin(); it != m_lastMs.end();) {
        if (rules.contains(it.key()))
            ++it;
        else
            it = m_lastMs.erase(it);
    }
}

} // namespace mechdock::automation
