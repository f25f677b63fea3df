#include "alertcenter.h"

#include "common/clock.h"

namespace mechdock::monitor {

QString severityName(AlertSeverity severity) {
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    case AlertSeverity::Emergency:
        return QStringLiteral("emergency");
    }
    return QStringLiteral("warning");
}

AlertCenter::AlertCenter(const Clock *clock, qint64 cooldownMs, int historySize, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_cooldownMs(cooldownMs)
    , m_historySize(std::max(1, historySize)) {
    qRegisterMetaType<Alert>();
}

bool AlertCenter::raise(Alert alert) {
    const qint64 now = m_clock->epochMs();
    alert.epochMs = now;
    const QString id = alert.source + QLatin1Char('|') + alert.key;
    const auto last = m_last.constFind(id);
    if (last != m_last.cend() && now - last->epochMs < m_cooldownMs &&
        int(alert.severity) <= int(last->severity)) {
        ++m_suppressed;
        return false;
    }
    m_last.insert(id, Last{now, alert.severity});
    // Keys are few (one per source and resource), but keep the map bounded all the same.
    if (m_last.size() > 4 * m_historySize) {
        for (auto it = m_last.begin(); it != m_last.end();) {
            it = now - it->epochMs >= m_cooldownMs ? m_last.erase(it) : std::next(it);
        }
    }
    m_history.push_back(alert);
    while (int(m_history.size()) > m_historySize)
        m_history.pop_front();
    emit alertRaised(alert);
    return true;
}

QList<Alert> AlertCenter::history() const {
    return QList<Alert>(m_history.begin(), m_history.end());
}

} // namespace mechdock::monitor
