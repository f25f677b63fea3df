// AutoActionCooldowns: when a rule may fire again. One firing of a rule (whatever the number of
// its containers) starts its own cool-down and the global one, so every container of a firing
// runs and none is left cooling down without having run. The global cool-down is between
// messages: rules that fire on the same message all run. Bounded by the number of rules.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace mechdock {
class Clock;
}

namespace mechdock::automation {

class AutoActionCooldowns {
public:
    explicit AutoActionCooldowns(const Clock *clock);

    void setGlobalCooldownMs(qint64 ms) { m_globalMs = ms; }
    // Milliseconds until the rule may fire again; 0 when it may now.
    qint64 ruleRemainingMs(const QString &rule, qint64 cooldownMs) const;
    // Milliseconds until any rule may fire again; 0 when one may now.
    qint64 globalRemainingMs() const;
    void noteFiring(const QString &rule);
    void noteGlobal();
    // Forgets rules that are gone from the settings.
    void retain(const QSet<QString> &rules);

private:
    const Clock *m_clock;
    qint64 m_globalMs = 0;
    qint64 m_lastGlobalMs = -1;
    QHash<QString, qint64> m_lastMs; // by rule name, monotonic ms
};

} // namespace mechdock::automation
