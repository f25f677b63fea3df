#include "logfollower.h"

#include "customid.h"
#include "replymessage.h"

#include <QJsonArray>
#include <QPointer>
#include <QStringList>

namespace mechdock::bot {

namespace {
constexpr const char *kContext = "mechdock::bot::LogFollower";
#define MD_TR(text) QT_TRANSLATE_NOOP("mechdock::bot::LogFollower", text)
// Room for the title and the footer within Discord's 2000 characters.
constexpr int kLogBudget = 1750;
} // namespace

LogFollower::LogFollower(BotBackend &backend, InteractionResponder &responder,
                         ReplyLocalizer &localizer, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_responder(responder)
    , m_localizer(localizer) {
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LogFollower::tick);
}

QString LogFollower::t(const Interaction &i, const char *text) const {
    return m_localizer.translate(i.locale, kContext, text);
}

void LogFollower::setIntervalMs(int ms) {
    m_timer.setInterval(qMax(1, ms));
}

QString LogFollower::tail(const QString &logs, int budget) {
    // A zero-width space between backticks keeps a log line from ending the code block.
    QString safe = logs;
    safe.replace(QStringLiteral("```"), QStringLiteral("`\u200b`\u200b`"));
    const QStringList lines = safe.split(QLatin1Char('\n'));
    QStringList kept;
    int used = 0;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (kept.isEmpty() && it->isEmpty())
            continue; // the final newline
        const int cost = int(it->size()) + 1;
        if (used + cost > budget) {
            if (kept.isEmpty()) // one line longer than the budget: its end
                kept.prepend(it->right(budget - 1));
            break;
        }
        kept.prepend(*it);
        used += cost;
    }
    return QStringLiteral("```\n%1\n```").arg(kept.join(QLatin1Char('\n')));
}

QJsonObject LogFollower::buttons(const Interaction &i, const QString &endpoint, const QString &name,
                                 bool following) const {
    QJsonArray row;
    if (following)
        row.append(QJsonObject{{QStringLiteral("type"), 2},
                               {QStringLiteral("style"), 4},
                               {QStringLiteral("label"), t(i, MD_TR("⏹ Stop following"))},
                               {QStringLiteral("custom_id"),
                                CustomId{QStringLiteral("logs_stop"), endpoint, name}.toString()}});
    row.append(QJsonObject{{QStringLiteral("type"), 2},
                           {QStringLiteral("style"), 2},
                           {QStringLiteral("label"), t(i, MD_TR("🔄 Refresh"))},
                           {QStringLiteral("custom_id"),
                            CustomId{QStringLiteral("logs_refresh"), endpoint, name}.toString()}});
    return QJsonObject{{QStringLiteral("type"), 1}, {QStringLiteral("components"), row}};
}

void LogFollower::follow(const Interaction &i, const ContainerView &c, bool attachFullLog) {
    stop(i.userId);
    if (m_follows.size() >= kMaxFollows) {
        auto oldest = m_follows.begin();
        for (auto it = m_follows.begin(); it != m_follows.end(); ++it) {
            if (it->startedAt < oldest->startedAt)
                oldest = it;
        }
        // Its message keeps its last lines and a Refresh button.
        m_responder.editOriginal(
            oldest->interaction,
            QJsonObject{
                {QStringLiteral("components"),
                 QJsonArray{buttons(oldest->interaction, oldest->endpoint, oldest->name, false)}}});
        m_follows.erase(oldest);
    }
    Follow f;
    f.interaction = i;
    f.endpoint = c.endpoint;
    f.name = c.name;
    f.displayName = c.displayName.isEmpty() ? c.name : c.displayName;
    f.generation = m_nextGeneration++;
    f.startedAt = qint64(f.generation);
    m_follows.insert(i.userId, f);
    if (!m_timer.isActive())
        m_timer.start();
    fetch(i.userId, attachFullLog);
}

bool LogFollower::stop(const QString &userId) {
    const bool removed = m_follows.remove(userId) > 0;
    if (m_follows.isEmpty())
        m_timer.stop();
    return removed;
}

void LogFollower::tick() {
    const QStringList users = m_follows.keys();
    for (const QString &user : users) {
        auto it = m_follows.find(user);
        if (it == m_follows.end() || it->inFlight)
            continue;
        --it->refreshesLeft;
        fetch(user, false);
    }
}

void LogFollower::fetch(const QString &userId, bool attachFullLog) {
    auto it = m_follows.find(userId);
    if (it == m_follows.end())
        return;
    it->inFlight = true;
    const quint64 generation = it->generation;
    const Follow snapshot = *it;
    QPointer<LogFollower> guard(this);
    m_backend.containerLogs(
        snapshot.endpoint, snapshot.name, attachFullLog ? kFirstLines : kRefreshLines,
        [guard, userId, generation, snapshot, attachFullLog](const ActionResult &r) {
            if (!guard)
                return;
            LogFollower &self = *guard;
            auto f = self.m_follows.find(userId);
            // Stopped or replaced while the logs were on their way: leave its message alone.
            if (f == self.m_follows.end() || f->generation != generation)
                return;
            f->inFlight = false;
            const Interaction &i = snapshot.interaction;
            const bool last = !r.ok || f->refreshesLeft <= 0;
            QString footer;
            if (!r.ok)
                footer = QStringLiteral("⚠️ ") + r.message.left(300);
            else if (last)
                footer = self.t(i, MD_TR("⏹ Not following any more. Refresh to follow again."));
            else
                footer = self.m_localizer
                             .translate(i.locale, kContext,
                                        QT_TRANSLATE_N_NOOP("mechdock::bot::LogFollower",
                                                            "🔄 Following: new lines every %1 s, "
                                                            "%n more time(s)."),
                                        f->refreshesLeft)
                             .arg(qMax(1, self.m_timer.interval() / 1000));
            const QString title =
                self.m_localizer
                    .translate(i.locale, kContext, MD_TR("**%1**: the last lines of its log"))
                    .arg(snapshot.displayName.left(100));
            const QString body = r.ok ? tail(r.message, kLogBudget) : QString();
            self.m_responder.editOriginal(
                i, QJsonObject{
                       {QStringLiteral("content"),
                        (title + QLatin1Char('\n') + body + QLatin1Char('\n') + footer).left(2000)},
                       {QStringLiteral("allowed_mentions"),
                        QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}},
                       {QStringLiteral("components"),
                        QJsonArray{self.buttons(i, snapshot.endpoint, snapshot.name, !last)}}});
            if (attachFullLog && r.ok && r.message.size() > kLogBudget)
                self.m_responder.followUp(i, QJsonObject{{QStringLiteral("flags"), kEphemeralFlag}},
                                          snapshot.name + QStringLiteral(".log"),
                                          r.message.toUtf8());
            if (last)
                self.stop(userId);
        });
}

} // namespace mechdock::bot
