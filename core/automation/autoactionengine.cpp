#include "autoactionengine.h"

#include "autoactionmatcher.h"
#include "common/clock.h"
#include "common/logcategories.h"
#include "config/autoactionvalidator.h"
#include "docker/containercontroller.h"

#include <QPointer>
#include <QTimer>

namespace mechdock::automation {

namespace {

QString seconds(qint64 ms) {
    return QString::number((ms + 999) / 1000);
}

} // namespace

AutoActionEngine::AutoActionEngine(Hooks hooks, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
    , m_clock(clock ? clock : &Clock::system())
    , m_cooldowns(m_clock) {}

AutoActionEngine::~AutoActionEngine() = default;

void AutoActionEngine::setSettings(const config::AutoActionSettings &settings) {
    m_settings = settings;
    m_rules.clear();
    m_ruleErrors.clear();
    QSet<QString> names;
    for (const config::AutoActionRuleSettings &s : settings.rules) {
        QString error;
        std::optional<AutoActionRule> rule = AutoActionRule::compile(s, &error);
        if (!rule) {
            m_ruleErrors.append(error);
            qCWarning(lcService).noquote() << tr("Auto-action left out: %1").arg(error);
            continue;
        }
        names.insert(s.name);
        m_rules.append(std::move(*rule));
    }
    m_protected.clear();
    for (const QString &c : settings.protectedContainers) {
        const auto ref = config::AutoActionValidator::splitContainer(c);
        m_protected.insert(ref.first + QLatin1Char('/') + ref.second);
    }
    m_cooldowns.setGlobalCooldownMs(qint64(settings.globalCooldownSec) * 1000);
    m_cooldowns.retain(names);
    m_history.setCapacity(settings.historySize);
    m_history.retain(names);
}

ContainerPlan AutoActionEngine::plan(const AutoActionRule &rule,
                                     const docker::ContainerRef &ref) const {
    ContainerPlan p;
    p.container = ref.text();
    if (m_protected.contains(ref.text())) {
        p.note = tr("protected: no rule may touch it");
        return p;
    }
    if (rule.onlyIf == StateCondition::Any) {
        p.wouldAct = true;
        return p;
    }
    const std::optional<bool> running = m_hooks.running ? m_hooks.running(ref) : std::nullopt;
    if (!running) {
        p.note = tr("its state is not known");
        return p;
    }
    const bool wanted = rule.onlyIf == StateCondition::Running;
    p.wouldAct = *running == wanted;
    p.note = *running ? tr("running") : tr("not running");
    if (!p.wouldAct)
        p.note = wanted ? tr("only if running, and it is not") : tr("only if stopped, and it runs");
    return p;
}

QString AutoActionEngine::blockedBy(const AutoActionRule &rule, qint64 globalRemainingMs) const {
    if (!m_settings.enabled)
        return tr("auto-actions are switched off (autoActions.enabled)");
    if (!rule.settings.enabled)
        return tr("the rule is disabled");
    const qint64 ruleMs =
        m_cooldowns.ruleRemainingMs(rule.name(), qint64(rule.settings.cooldownSec) * 1000);
    if (ruleMs > 0)
        return tr("the rule cools down for %1 more s").arg(seconds(ruleMs));
    if (globalRemainingMs > 0)
        return tr("the global cool-down lasts %1 more s").arg(seconds(globalRemainingMs));
    return {};
}

QString AutoActionEngine::notifyChannel(const AutoActionRule &rule) const {
    if (rule.settings.silent)
        return {};
    return rule.settings.notifyChannelId.isEmpty() ? m_settings.notifyChannelId
                                                   : rule.settings.notifyChannelId;
}

QList<AutoActionDecision> AutoActionEngine::test(const AutoActionMessage &message) const {
    QList<AutoActionDecision> out;
    const qint64 global = m_cooldowns.globalRemainingMs();
    for (const AutoActionRule &rule : m_rules) {
        AutoActionDecision d;
        d.rule = rule.name();
        d.enabled = rule.settings.enabled;
        const MatchResult m = AutoActionMatcher::match(rule, message);
        d.matched = m.matched;
        d.reason = m.reason;
        d.action = rule.settings.action;
        d.delaySec = rule.settings.delaySec;
        d.notifyChannelId = notifyChannel(rule);
        if (m.matched) {
            d.blockedBy = blockedBy(rule, global);
            d.wouldFire = d.blockedBy.isEmpty();
            if (rule.action) {
                for (const docker::ContainerRef &ref : rule.containers)
                    d.containers.append(plan(rule, ref));
            }
        }
        out.append(d);
    }
    return out;
}

int AutoActionEngine::handleMessage(const AutoActionMessage &message) {
    if (!m_settings.enabled)
        return 0;
    // Taken once: rules firing on the same message all run; the next message waits.
    const qint64 global = m_cooldowns.globalRemainingMs();
    int fired = 0;
    for (const AutoActionRule &rule : std::as_const(m_rules)) {
        if (!rule.settings.enabled || !AutoActionMatcher::match(rule, message).matched)
            continue;
        AutoActionCounters &counters = m_history.counters(rule.name());
        ++counters.matched;
        const QString blocked = blockedBy(rule, global);
        if (!blocked.isEmpty()) {
            ++counters.cooldownSkipped;
            qCInfo(lcService).noquote() << tr("Auto-action \"%1\" matched message %2 but %3")
                                               .arg(rule.name(), message.id, blocked);
            continue;
        }
        if (m_pending >= kMaxPending) {
            ++counters.failed;
            qCWarning(lcService).noquote()
                << tr("Auto-action \"%1\" not run: %2 firings are already waiting")
                       .arg(rule.name())
                       .arg(m_pending);
            continue;
        }
        // One firing, one cool-down, whatever the number of containers.
        m_cooldowns.noteFiring(rule.name());
        ++fired;
        ++m_pending;
        qCInfo(lcService).noquote() << tr("Auto-action \"%1\" fired on message %2 by %3")
                                           .arg(rule.name(), message.id, message.authorName);
        const int delayMs = rule.settings.delaySec * 1000;
        QTimer::singleShot(delayMs, this, [this, rule, message] { execute(rule, message); });
    }
    if (fired > 0)
        m_cooldowns.noteGlobal();
    return fired;
}

void AutoActionEngine::execute(const AutoActionRule &rule, const AutoActionMessage &message) {
    AutoActionFiring firing;
    firing.epochMs = m_clock->epochMs();
    firing.rule = rule.name();
    firing.action = rule.settings.action;
    firing.messageId = message.id;
    firing.channelId = message.channelId;
    firing.author = message.authorName.isEmpty() ? message.authorId : message.authorName;
    if (!rule.action) {
        finish(rule, firing);
        return;
    }
    docker::ContainerController *controller = m_hooks.controller ? m_hooks.controller() : nullptr;
    QList<int> toRun;
    for (const docker::ContainerRef &ref : rule.containers) {
        const ContainerPlan p = plan(rule, ref);
        ContainerOutcome o;
        o.container = p.container;
        if (!p.wouldAct) {
            o.skipped = true;
            o.message = p.note;
        } else if (!controller) {
            o.message = tr("Docker is not running in this service.");
        } else {
            toRun.append(int(firing.outcomes.size()));
        }
        firing.outcomes.append(o);
    }
    if (toRun.isEmpty()) {
        finish(rule, firing);
        return;
    }
    struct Progress {
        AutoActionFiring firing;
        int left = 0;
    };
    auto progress = std::make_shared<Progress>(Progress{firing, int(toRun.size())});
    docker::Actor actor;
    actor.origin = docker::ActionOrigin::AutoAction;
    actor.name = rule.name();
    actor.id = message.authorId;
    actor.guildId = message.guildId;
    actor.channelId = message.channelId;
    actor.context =
        tr("auto-action \"%1\" on message %2 by %3").arg(rule.name(), message.id, firing.author);
    QPointer<AutoActionEngine> self(this);
    for (int index : std::as_const(toRun)) {
        controller->perform(rule.containers.at(index), *rule.action, actor,
                            [self, rule, progress, index](const docker::ContainerActionResult &r) {
                                ContainerOutcome &o = progress->firing.outcomes[index];
                                o.ok = r.ok();
                                o.message = r.message();
                                if (--progress->left == 0 && self)
                                    self->finish(rule, progress->firing);
                            });
    }
}

void AutoActionEngine::finish(const AutoActionRule &rule, const AutoActionFiring &firing) {
    --m_pending;
    m_history.record(firing);
    AutoActionCounters &counters = m_history.counters(rule.name());
    ++counters.fired;
    counters.lastFiredEpochMs = firing.epochMs;
    if (!firing.ok())
        ++counters.failed;
    const QString text = notificationText(firing);
    if (firing.ok())
        qCInfo(lcService).noquote() << text;
    else
        qCWarning(lcService).noquote() << text;
    const QString channel = notifyChannel(rule);
    if (!channel.isEmpty() && m_hooks.notify)
        m_hooks.notify(channel, text);
    emit fired(firing);
}

QString AutoActionEngine::notificationText(const AutoActionFiring &firing) const {
    QString text = tr("Auto-action **%1** fired on a message by %2 in <#%3>.")
                       .arg(firing.rule, firing.author, firing.channelId);
    if (firing.outcomes.isEmpty())
        return text;
    for (const ContainerOutcome &o : firing.outcomes) {
        const QString mark = o.skipped ? QStringLiteral("⏭")
                             : o.ok    ? QStringLiteral("✅")
                                       : QStringLiteral("❌");
        text += QStringLiteral("\n%1 %2 `%3`: %4").arg(mark, firing.action, o.container, o.message);
    }
    return text.left(1900);
}

} // namespace mechdock::automation
