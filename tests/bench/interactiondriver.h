// Sends interactions through the local Discord server's gateway at a steady rate and measures,
// per interaction, the time from the frame leaving the gateway to the bot's callback arriving at
// the REST server. Shared by the service benchmarks; header-only, as they are one executable each.
#pragma once

#include "localdiscordserver.h"
#include "servicebenchsupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace mechdock::bench {

// `count` interactions made by make(i, &id) at `perSecond` (the ticks catch up, so a late one
// does not lower the rate); returns the latencies of those answered within waitMs.
inline QList<double> driveInteractions(test::LocalDiscordServer &server, int perSecond, int count,
                                       const std::function<QJsonObject(int, QString *)> &make,
                                       int waitMs) {
    QHash<QString, qint64> sentAt;
    QList<double> ms;
    QElapsedTimer clock;
    clock.start();
    QObject context;
    QObject::connect(&server.rest(), &test::LocalDiscordRest::interactionCallback, &context,
                     [&](const QString &id, const QString &, const QJsonObject &) {
                         const auto it = sentAt.constFind(id);
                         if (it != sentAt.cend())
                             ms.append(double(clock.nsecsElapsed() - *it) / 1e6);
                     });
    int sent = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &context, [&] {
        const qint64 due = std::min<qint64>(count, clock.elapsed() * perSecond / 1000 + 1);
        for (; sent < due; ++sent) {
            QString id;
            const QJsonObject payload = make(sent, &id);
            sentAt.insert(id, clock.nsecsElapsed());
            server.gateway().dispatchInteraction(payload);
        }
        if (sent >= count)
            tick.stop();
    });
    tick.start(5);
    if (!waitFor([&] { return sent >= count && ms.size() >= count; }, waitMs, 1))
        std::fprintf(stderr, "not every interaction was answered in time (%lld of %d)\n",
                     qlonglong(ms.size()), count);
    return ms;
}

} // namespace mechdock::bench
