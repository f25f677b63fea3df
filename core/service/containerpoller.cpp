#include "containerpoller.h"

#include "docker/dockerclient.h"
#include "endpointprobe.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace mechdock::service {

ContainerPoller::ContainerPoller(QObject *parent)
    : QObject(parent)
    , m_timer(this) {
    connect(&m_timer, &QTimer::timeout, this, &ContainerPoller::refresh);
}

void ContainerPoller::setSettings(const config::Settings &settings) {
    m_settings = settings;
    m_timer.start(std::max(5, settings.docker.backgroundRefreshSec) * 1000);
    refresh();
}

void ContainerPoller::refresh() {
    const int generation = ++m_generation;
    for (const config::EndpointSettings &endpoint : m_settings.docker.endpoints) {
        const QString uri = EndpointProbe::resolveUri(endpoint);
        auto *client = new docker::DockerClient(uri, this);
        client->setTimeoutMs(m_settings.docker.requestTimeoutSec * 1000);
        client->listContainers([this, client, endpoint, uri, generation](
                                   const QList<docker::ContainerInfo> &list, const QString &error) {
            client->deleteLater();
            if (generation != m_generation)
                return;
            QList<ContainerRow> rows;
            QHash<QString, const docker::ContainerInfo *> byName;
            for (const docker::ContainerInfo &c : list)
                byName.insert(c.name, &c);
            for (const config::ContainerSettings &c : m_settings.containers) {
                if (c.endpoint != endpoint.name)
                    continue;
                ContainerRow row;
                row.endpoint = endpoint.name;
                row.name = c.name;
                row.displayName = c.displayName.isEmpty() ? c.name : c.displayName;
                row.configured = true;
                row.allowedActions = c.allowedActions;
                if (const docker::ContainerInfo *info = byName.value(c.name)) {
                    row.state = info->state;
                    row.statusText = info->status;
                    row.running = info->running();
                } else {
                    row.state =
                        error.isEmpty() ? QStringLiteral("missing") : QStringLiteral("unknown");
                    row.statusText = error;
                }
                rows.append(row);
            }
            // Unconfigured containers are listed too, read-only, so the panel shows the host.
            for (const docker::ContainerInfo &info : list) {
                const bool configured =
                    std::any_of(rows.begin(), rows.end(),
                                [&](const ContainerRow &r) { return r.name == info.name; });
                if (configured)
                    continue;
                ContainerRow row;
                row.endpoint = endpoint.name;
                row.name = info.name;
                row.displayName = info.name;
                row.state = info.state;
                row.statusText = info.status;
                row.running = info.running();
                rows.append(row);
            }
            collectStats(endpoint.name, uri, rows, generation);
        });
    }
}

void ContainerPoller::collectStats(const QString &endpoint, const QString &uri,
                                   QList<ContainerRow> rows, int generation) {
    // Stats one after another: at most one request per endpoint at a time, well under the
    // five concurrent stats requests Docker copes with.
    auto state = std::make_shared<QList<ContainerRow>>(std::move(rows));
    auto index = std::make_shared<int>(0);
    // Deleted later, never from inside one of its own callbacks.
    auto *client = new docker::DockerClient(uri, this);
    client->setTimeoutMs(m_settings.docker.requestTimeoutSec * 1000);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, endpoint, state, index, client, next, generation] {
        while (*index < state->size() &&
               !(state->at(*index).running && state->at(*index).configured))
            ++*index;
        if (*index >= state->size() || generation != m_generation) {
            if (generation == m_generation) {
                m_byEndpoint.insert(endpoint, *state);
                m_rows.clear();
                for (const config::EndpointSettings &e : m_settings.docker.endpoints)
                    m_rows += m_byEndpoint.value(e.name);
                m_refreshedMs = QDateTime::currentMSecsSinceEpoch();
                emit refreshed();
            }
            client->deleteLater();
            *next = nullptr; // breaks the self-reference
            return;
        }
        const int i = (*index)++;
        client->stats((*state)[i].name, [state, i, next, client](const docker::StatsSample &s,
                                                                 const QString &) {
            (*state)[i].cpuPercent = s.cpuPercent;
            (*state)[i].memoryBytes = s.memoryBytes;
            // The list has no start time; uptime needs State.StartedAt from inspect.
            client->inspect(
                (*state)[i].name, [state, i, next](const QJsonObject &info, const QString &) {
                    QString text = info.value(QStringLiteral("State"))
                                       .toObject()
                                       .value(QStringLiteral("StartedAt"))
                                       .toString()
                                       .left(64);
                    // Docker writes nanoseconds; Qt reads milliseconds.
                    const qsizetype dot = text.indexOf(QLatin1Char('.'));
                    if (dot > 0) {
                        qsizetype end = dot + 1;
                        while (end < text.size() && text.at(end).isDigit())
                            ++end;
                        text = text.left(std::min(end, dot + 4)) + text.mid(end);
                    }
                    const QDateTime started = QDateTime::fromString(text, Qt::ISODateWithMs);
                    if (started.isValid() && started.toMSecsSinceEpoch() > 0)
                        (*state)[i].startedEpochMs = started.toMSecsSinceEpoch();
                    if (*next)
                        (*next)();
                });
        });
    };
    (*next)();
}

void ContainerPoller::perform(const QString &endpoint, const QString &name, const QString &action,
                              std::function<void(bool, const QString &)> done) {
    const config::ContainerSettings *configured = nullptr;
    for (const config::ContainerSettings &c : m_settings.containers) {
        if (c.name == name && c.endpoint == endpoint)
            configured = &c;
    }
    if (!configured || !configured->allowedActions.contains(action)) {
        done(false, tr("%1 does not allow \"%2\" in the settings").arg(name, action));
        return;
    }
    QString uri;
    for (const config::EndpointSettings &e : m_settings.docker.endpoints) {
        if (e.name == endpoint)
            uri = EndpointProbe::resolveUri(e);
    }
    auto *client = new docker::DockerClient(uri, this);
    auto finish = [this, client, done](const docker::ActionOutcome &o) {
        client->deleteLater();
        done(o.ok, o.message);
        refresh();
    };
    if (action == QLatin1String("start"))
        client->start(name, finish);
    else if (action == QLatin1String("stop"))
        client->stop(name, 10, finish);
    else if (action == QLatin1String("restart"))
        client->restart(name, 10, finish);
    else {
        client->deleteLater();
        done(false, tr("unknown action \"%1\"").arg(action));
    }
}

} // namespace mechdock::service
