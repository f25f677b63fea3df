// AlertCenter: where alerts are raised and remembered. The same alert (source and key) is not
// repeated within a cool-down unless it got more severe; the history is bounded; alertRaised is
// what the panel, the log and Discord follow.
#pragma once

#include "alert.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <deque>

namespace mechdock {
class Clock;
}

namespace mechdock::monitor {

class AlertCenter : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultHistory = 200;
    static constexpr qint64 kDefaultCooldownMs = 5 * 60 * 1000;

    explicit AlertCenter(const Clock *clock = nullptr, qint64 cooldownMs = kDefaultCooldownMs,
                         int historySize = kDefaultHistory, QObject *parent = nullptr);

    // Returns false when the alert was suppressed by the cool-down.
    bool raise(Alert alert);
    QList<Alert> history() const;
    quint64 suppressed() const { return m_suppressed; }

signals:
    void alertRaised(const mechdock::monitor::Alert &alert);

private:
    const Clock *m_clock;
    qint64 m_cooldownMs;
    int m_historySize;
    std::deque<Alert> m_history;
    struct Last {
        qint64 epochMs;
        AlertSeverity severity;
    };
    QHash<QString, Last> m_last;
    quint64 m_suppressed = 0;
};

} // namespace mechdock::monitor
