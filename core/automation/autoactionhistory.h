// AutoActionHistory: the last firings (bounded, oldest dropped first) and counters per rule, for
// the panel, the control API and the metrics.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>

namespace mechdock::automation {

struct ContainerOutcome {
    QString container; // "endpoint/name"
    bool ok = false;
    bool skipped = false; // not acted on (protected, state condition); not a failure
    QString message;
};

struct AutoActionFiring {
    qint64 epochMs = 0;
    QString rule;
    QString action; // start, stop, restart, notify
    QString messageId;
    QString channelId;
    QString author;
    QList<ContainerOutcome> outcomes;
    bool ok() const;
};

struct AutoActionCounters {
    quint64 matched = 0;
    quint64 fired = 0;
    quint64 cooldownSkipped = 0;
    quint64 failed = 0; // firings where a container action failed
    qint64 lastFiredEpochMs = 0;
};

class AutoActionHistory {
public:
    static constexpr int kDefaultCapacity = 100;

    explicit AutoActionHistory(int capacity = kDefaultCapacity);
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    void record(const AutoActionFiring &firing);
    // Oldest first.
    QList<AutoActionFiring> firings() const;
    AutoActionCounters &counters(const QString &rule) { return m_counters[rule]; }
    QHash<QString, AutoActionCounters> allCounters() const { return m_counters; }
    // Drops the counters of rules that are gone (the firings stay: they happened).
    void retain(const QSet<QString> &rules);

private:
    int m_capacity;
    std::deque<AutoActionFiring> m_firings;
    QHash<QString, AutoActionCounters> m_counters;
};

} // namespace mechdock::automation
