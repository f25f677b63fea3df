#include "autoactionhistory.h"

#include <algorithm>

namespace mechdock::automation {

bool AutoActionFiring::ok() const {
    return std::all_of(outcomes.begin(), outcomes.end(),
                       [](const ContainerOutcome &o) { return o.ok || o.skipped; });
}

AutoActionHistory::AutoActionHistory(int capacity)
    : m_capacity(std::max(1, capacity)) {}

void AutoActionHistory::setCapacity(int capacity) {
    m_capacity = std::max(1, capacity);
    while (int(m_firings.size()) > m_capacity)
        m_firings.pop_front();
}

void AutoActionHistory::record(const AutoActionFiring &firing) {
    m_firings.push_back(firing);
    while (int(m_firings.size()) > m_capacity)
        m_firings.pop_front();
}

QList<AutoActionFiring> AutoActionHistory::firings() const {
    return QList<AutoActionFiring>(m_firings.begin(), m_firings.end());
}

void AutoActionHistory::retain(const QSet<QString> &rules) {
    for (auto it = m_counters.begin(); it != m_counters.end();) {
        if (rules.contains(it.key()))
            ++it;
        else
            it = m_counters.erase(it);
    }
}

} // namespace mechdock::automation
