// LogFollower: the logs button's answer follows the container: the message shows the last lines
// that fit Discord's 2000 characters and is refreshed every few seconds, kRefreshes times, with
// Stop and Refresh buttons. Bounded: one follow per user (a new one replaces it) and kMaxFollows
// in all (the oldest ends first); a refresh is skipped while the previous one is still out.
#pragma once

#include "botbackend.h"
#include "interaction.h"
#include "interactionresponder.h"
#include "replylocalizer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace mechdock::bot {

class LogFollower : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFollower)
public:
    LogFollower(BotBackend &backend, InteractionResponder &responder, ReplyLocalizer &localizer,
                QObject *parent = nullptr);

    // Shows the logs in `i`'s deferred response now and keeps refreshing it. With
    // `attachFullLog`, lines that do not fit arrive once as a file.
    void follow(const Interaction &i, const ContainerView &c, bool attachFullLog);
    // Ends the user's follow; false when none was running.
    bool stop(const QString &userId);
    int following() const { return int(m_follows.size()); }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }

    // The buttons under logs: Stop while following, Refresh always.
    QJsonObject buttons(const Interaction &i, const QString &endpoint, const QString &name,
                        bool following) const;
    // The last lines of `logs` that fit in `budget` characters, inside a code block that the
    // log's own text cannot close.
    static QString tail(const QString &logs, int budget);

    static constexpr int kRefreshes = 24;
    static constexpr int kMaxFollows = 10;
    static constexpr int kFirstLines = 200;
    static constexpr int kRefreshLines = 60;
    static constexpr int kDefaultIntervalMs = 5000;

private:
    struct Follow {
        Interaction interaction;
        QString endpoint;
        QString name;
        QString displayName;
        int refreshesLeft = kRefreshes;
        bool inFlight = false;
        quint64 generation = 0;
        qint64 startedAt = 0; // order of starting, for the bound
    };
    void fetch(const QString &userId, bool attachFullLog);
    void tick();
    QString t(const Interaction &i, const char *text) const;

    BotBackend &m_backend;
    InteractionResponder &m_responder;
    ReplyLocalizer &m_localizer;
    QHash<QString, Follow> m_follows; // by user id
    QTimer m_timer;
    quint64 m_nextGeneration = 1;
};

} // namespace mechdock::bot
