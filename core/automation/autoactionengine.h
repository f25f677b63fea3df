// AutoActionEngine: runs the auto-action rules on the messages the gateway delivers. A matching
// rule fires once per message: its cool-down and the global one start, then, after the rule's
// delay, each of its containers is started, stopped or restarted through the route every action
// takes (ContainerController: policy, toggle cool-down, metrics, one audit entry with the source
// "auto-action"), protected containers and unmet state conditions skipped; the outcome goes to the
// bounded history, the rule's counters and, unless silent, a notification channel. test() answers
// the same question without acting. Lives on one thread.
#pragma once

#include "autoactioncooldowns.h"
#include "autoactiondecision.h"
#include "autoactionhistory.h"
#include "autoactionmessage.h"
#include "autoactionrule.h"
#include "config/autoactionsettings.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace mechdock {
class Clock;
}
namespace mechdock::docker {
class ContainerController;
}

namespace mechdock::automation {

class AutoActionEngine : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoActionEngine)
public:
    // Firings waiting for their delay or their containers at once; more are refused.
    static constexpr int kMaxPending = 50;

    struct Hooks {
        // The route of the moment; null while Docker is not running in the service.
        std::function<docker::ContainerController *()> controller;
        // Whether a container runs; nullopt when it is not known (not found, daemon away).
        std::function<std::optional<bool>(const docker::ContainerRef &)> running;
        // Posts a notification; unset: none is posted.
        std::function<void(const QString &channelId, const QString &text)> notify;
    };

    explicit AutoActionEngine(Hooks hooks, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~AutoActionEngine() override;

    // Compiles the rules; one that does not compile is left out and named in ruleErrors().
    void setSettings(const config::AutoActionSettings &settings);
    QStringList ruleErrors() const { return m_ruleErrors; }
    // Whether the gateway has to deliver messages (the switch is on and a rule is enabled).
    bool needsMessages() const { return m_settings.needsMessages(); }

    // The dry run: what every rule would do with the message now. Changes nothing.
    QList<AutoActionDecision> test(const AutoActionMessage &message) const;
    // Acts on a delivered message; returns how many rules fired.
    int handleMessage(const AutoActionMessage &message);

    QList<AutoActionFiring> history() const { return m_history.firings(); }
    QHash<QString, AutoActionCounters> counters() const { return m_history.allCounters(); }
    int pending() const { return m_pending; }

signals:
    void fired(const mechdock::automation::AutoActionFiring &firing);

private:
    ContainerPlan plan(const AutoActionRule &rule, const docker::ContainerRef &ref) const;
    QString blockedBy(const AutoActionRule &rule, qint64 globalRemainingMs) const;
    QString notifyChannel(const AutoActionRule &rule) const;
    void execute(const AutoActionRule &rule, const AutoActionMessage &message);
    void finish(const AutoActionRule &rule, const AutoActionFiring &firing);
    QString notificationText(const AutoActionFiring &firing) const;

    Hooks m_hooks;
    const Clock *m_clock;
    config::AutoActionSettings m_settings;
    QList<AutoActionRule> m_rules;
    QStringList m_ruleErrors;
    QSet<QString> m_protected; // "endpoint/name"
    AutoActionCooldowns m_cooldowns;
    AutoActionHistory m_history;
    int m_pending = 0;
};

} // namespace mechdock::automation
