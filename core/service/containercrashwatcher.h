// ContainerCrashWatcher: tells a crash from a stop in Docker's event stream, for the configured
// containers. A `die` is a crash when nobody asked for it: a non-zero exit with no `kill` or
// `stop` just before (docker stop, Mechdock's own actions and `docker kill` all send one), or
// an `oom` kill. Crashes of one container within the window make a restart loop, reported once
// until it calms down. It also follows whether each endpoint answers and reports the changes
// (not the first state it learns). Plain logic on the injected clock; the service turns its
// signals into alerts, log lines and Discord messages.
#pragma once

#include "docker/dockereventstream.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

namespace mechdock {
class Clock;
}

namespace mechdock::service {

struct ContainerCrash {
    QString endpoint;
    QString name;
    int exitCode = -1;
    bool outOfMemory = false;
    bool restartLoop = false; // crashes reached the loop count within the window
    int crashesInWindow = 1;
};

class ContainerCrashWatcher : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerCrashWatcher)
public:
    struct Settings {
        int restartLoopCount = 3;
        qint64 restartLoopWindowMs = 300000;
        // A kill or stop this recent makes the die that follows a requested one.
        qint64 requestedWithinMs = 60000;
    };

    // `clock` null: the system clock.
    explicit ContainerCrashWatcher(const Clock *clock = nullptr, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    // The containers to watch, as (endpoint, name); others' events are ignored, and what was
    // kept about containers no longer watched is dropped.
    void setWatched(const QList<QPair<QString, QString>> &containers);
    // Whether Mechdock itself is replacing the container (an update): the new version's exit
    // while it is tried, and the rollback that follows, are the update's to report, not a crash.
    void setUpdating(std::function<bool(const QString &endpoint, const QString &name)> updating) {
        m_updating = std::move(updating);
    }

    void onEvent(const mechdock::docker::ContainerEvent &event);
    void setEndpointReachable(const QString &endpoint, bool reachable, const QString &error);

signals:
    void crashed(const mechdock::service::ContainerCrash &crash);
    void endpointLost(const QString &endpoint, const QString &error);
    void endpointBack(const QString &endpoint);

private:
    struct State {
        qint64 requestedMs = -1; // the last kill or stop
        bool outOfMemory = false;
        QList<qint64> crashes; // within the window, oldest first
        bool loopReported = false;
    };
    static QString key(const QString &endpoint, const QString &name);

    const Clock *m_clock;
    Settings m_settings;
    QSet<QString> m_watched;
    std::function<bool(const QString &, const QString &)> m_updating;
    QHash<QString, State> m_states;
    QHash<QString, bool> m_endpointUp;
};

} // namespace mechdock::service

Q_DECLARE_METATYPE(mechdock::service::ContainerCrash)
