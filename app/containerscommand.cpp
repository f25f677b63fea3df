// ContainersCommand: endpoints resolved like the docker CLI (DOCKER_HOST, DOCKER_TLS_VERIFY,
// DOCKER_CERT_PATH); actions through ContainerController, the route every container action takes
// (the same allowed actions, refusals and metrics as the service), with the origin "cli". When an
// engine owns the data folder, an action goes through its control socket instead (origin "api"),
// so its cool-downs and audit apply; the CLI never acts on Docker behind a running engine's back.
#include "containerscommand.h"

#include "client/remoteengineclient.h"
#include "common/translation.h"
#include "config/settingsstore.h"
#include "control/controlserver.h"
#include "docker/containercontroller.h"
#include "docker/dockerclient.h"
#include "docker/swarmserviceclient.h"
#include "service/endpointprobe.h"
#include "service/instancelock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace mechdock::app {

namespace {
QString tr(const char *text, const char * = nullptr, int n = -1) {
    return mechdock::translate("mechdock::app::ContainersCommand", text, n);
}

QString bytes(qint64 b) {
    if (b < 0)
        return QStringLiteral("-");
    return QLocale::c().formattedDataSize(b, 1, QLocale::DataSizeTraditionalFormat);
}

QString uptime(qint64 s) {
    if (s < 0)
        return QStringLiteral("-");
    if (s < 3600)
        return QStringLiteral("%1m").arg(s / 60);
    if (s < 86400)
        return QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60);
    return QStringLiteral("%1d%2h").arg(s / 86400).arg((s % 86400) / 3600);
}

// Waits for an asynchronous client call, with an overall deadline.
// Runs `loop` until a callback sets `answered` (and quits it) or the time is up. A callback
// that answered before the loop started (an error found at once, like a missing socket) needs
// no loop: quit() before exec() would be lost and the wait would last the whole timeout.
// The deadline is a timer of this call, not a pending single shot: one left behind after an early
// answer would later write to this returned frame and quit a loop run again for another wait.
bool runLoop(QEventLoop &loop, const bool &answered, int timeoutMs) {
    if (answered)
        return true;
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return !timedOut;
}

// How long a CLI action waits for the engine: connecting (a starting engine holds its lock a
// moment before its socket listens), then the whole action (the client gives up on a request
// after RemoteEngineClient::kRequestTimeoutMs, 30 s).
constexpr int kConnectTimeoutMs = 10000;
constexpr int kActionTimeoutMs = 35000;
// An update pulls an image and waits for the new container; ending the wait early would end this
// process, and with it an update it runs itself, half-way.
constexpr int kUpdateTimeoutMs = 16 * 60 * 1000;
int actionTimeoutMs(docker::ContainerAction action) {
    return action == docker::ContainerAction::Update ? kUpdateTimeoutMs : kActionTimeoutMs;
}

// Whether an engine runs for these settings, and where its socket is.
struct EngineCheck {
    enum class State {
        None,          // no engine: act on Docker directly
        SystemService, // the system service's socket exists: go through it
        Running,       // the data folder's lock is held: go through that engine
        Unknown,       // the lock cannot be checked (another user's folder): the socket decides
    };
    State state = State::None;
    QString socketPath;
    service::LockHolder holder;
    QString error;
};

// `defaultPaths`: neither --config nor --data-dir was given.
EngineCheck checkEngine(const QString &dataDir, bool defaultPaths) {
    // As the panel decides (GuiRunner): without either option, the system service's socket means
    // the bot runs here as that service, whose data folder is private to it.
    const QString systemSocket = QString::fromLatin1(control::ControlServer::kSystemSocketPath);
    if (defaultPaths && QFileInfo::exists(systemSocket))
        return {EngineCheck::State::SystemService, systemSocket, {}, {}};
    const QString socketPath = control::ControlServer::socketPath(dataDir);
    // A running engine keeps its lock file; without one, checking would only create it (and
    // fail on a data folder that does not exist yet).
    if (!QFileInfo::exists(service::InstanceLock::lockPath(dataDir)))
        return {};
    service::InstanceLock lock(dataDir);
    switch (lock.tryAcquire()) {
    case service::InstanceLock::Result::Acquired:
        // Released at once: an engine starting in this very moment would be refused.
        lock.release();
        return {};
    case service::InstanceLock::Result::HeldByOther:
        return {EngineCheck::State::Running, socketPath, lock.holder(), {}};
    case service::InstanceLock::Result::Error:
        break;
    }
    return {EngineCheck::State::Unknown, socketPath, {}, lock.errorString()};
}

// Sends one action to the engine over its local socket (containers.action as an ordinary
// caller: its allowed actions and cool-down apply) and prints its answer.
int actThroughEngine(const EngineCheck &engine, const QString &dataDir, const QString &endpoint,
                     const QString &name, docker::ContainerAction action, QTextStream &out,
                     QTextStream &err) {
    const QString &socketPath = engine.socketPath;
    // Declared before the loop, the callbacks' context: they outlive it.
    bool settled = false;
    bool connected = false;
    QString reason;
    bool answered = false;
    std::optional<client::Expected<client::ActionOutcome>> outcome;

    client::RemoteEngineClient engineClient(
        QStringLiteral("mechdock-cli %1").arg(QStringLiteral(MECHDOCK_VERSION)));
    QEventLoop loop;
    QObject::connect(&engineClient, &client::EngineClient::stateChanged, &loop,
                     [&](const client::ConnectionState &state) {
                         if (settled)
                             return;
                         if (!state.reason.isEmpty())
                             reason = state.reason;
                         // Disconnected means a retry is planned; only Failed is final.
                         if (state.isConnected() ||
                             state.status == client::ConnectionState::Status::Failed) {
                             connected = state.isConnected();
                             settled = true;
                             loop.quit();
                         }
                     });
    client::ServerAddress address;
    address.kind = client::ServerAddress::Kind::LocalSocket;
    address.socketPath = socketPath;
    engineClient.connectTo(address);
    runLoop(loop, settled, kConnectTimeoutMs);
    if (!connected) {
        settled = true; // later state changes are no longer of interest
        const QString why = reason.isEmpty() ? tr("no answer") : reason;
        const QString where = QDir::toNativeSeparators(socketPath);
        if (engine.state == EngineCheck::State::SystemService) {
            err << tr("The system service runs on this computer, but its control socket %1 cannot "
                      "be reached: %2")
                       .arg(where, why)
                << Qt::endl;
            err << tr("Nothing was done: acting on Docker directly would bypass the service's "
                      "cool-downs and audit. Check that it runs (systemctl status mechdock); if "
                      "the socket refuses you, run this as root or as a member of the group its "
                      "control.socketGroup names.")
                << Qt::endl;
        } else if (engine.state == EngineCheck::State::Running) {
            const service::LockHolder &h = engine.holder;
            err << tr("An engine holds the lock of the data folder %1 (%2, process %3 on %4, since "
                      "%5), but its control socket %6 cannot be reached: %7")
                       .arg(QDir::toNativeSeparators(dataDir),
                            h.program.isEmpty() ? tr("unknown program") : h.program)
                       .arg(h.pid)
                       .arg(h.host, h.startedAt, where, why)
                << Qt::endl;
            err << tr("Nothing was done: acting on Docker directly would bypass the engine's "
                      "cool-downs and audit. Check that engine (or stop it to act without it).")
                << Qt::endl;
        } else {
            err << tr("Cannot tell whether an engine runs on the data folder %1 (%2), and its "
                      "control socket %3 cannot be reached: %4")
                       .arg(QDir::toNativeSeparators(dataDir), engine.error, where, why)
                << Qt::endl;
            err << tr("Nothing was done: run this as the engine's user (or a member of its "
                      "control.socketGroup), or pass the right --data-dir.")
                << Qt::endl;
        }
        return 1;
    }

    engineClient.containerAction(endpoint, name, action, /*administrator=*/false, &loop,
                                 [&](const client::Expected<client::ActionOutcome> &r) {
                                     outcome = r;
                                     answered = true;
                                     loop.quit();
                                 });
    if (!runLoop(loop, answered, actionTimeoutMs(action)) || !outcome) {
        err << tr("%1: the engine did not answer within %2 s; the action may still complete "
                  "(see its audit log)")
                   .arg(name)
                   .arg(actionTimeoutMs(action) / 1000)
            << Qt::endl;
        return 1;
    }
    if (!outcome->ok()) {
        const control::ControlError &e = outcome->error();
        // The code is a fixed word (cooling_down, denied, not_found, ...) scripts can match.
        err << name << QStringLiteral(": ") << e.message << QStringLiteral(" (") << e.code
            << QStringLiteral(")") << Qt::endl;
        return 1;
    }
    out << name << QStringLiteral(": ") << outcome->value().message << Qt::endl;
    return 0;
}
// The configured Swarm services of an endpoint, with running over desired tasks ("2/2") as
// their status; false when the endpoint could not list them.
bool listServices(docker::DockerClient &client, const config::Settings &settings,
                  const QString &endpoint, QTextStream &out, QTextStream &err) {
    const bool any = std::any_of(settings.containers.cbegin(), settings.containers.cend(),
                                 [&](const config::ContainerSettings &c) {
                                     return c.isService() && c.endpoint == endpoint;
                                 });
    if (!any)
        return true;
    docker::SwarmServiceClient swarm(&client);
    QList<docker::SwarmService> services;
    QString error;
    bool listed = false;
    QEventLoop loop;
    swarm.listServices([&](const QList<docker::SwarmService> &l, const QString &e) {
        services = l;
        error = e;
        listed = true;
        loop.quit();
    });
    if (!runLoop(loop, listed, 20000) || !error.isEmpty()) {
        err << endpoint << QStringLiteral(": ")
            << (error.isEmpty() ? tr("no answer from Docker") : error) << Qt::endl;
        return false;
    }
    for (const config::ContainerSettings &c : settings.containers) {
        if (!c.isService() || c.endpoint != endpoint)
            continue;
        const auto found =
            std::find_if(services.cbegin(), services.cend(),
                         [&](const docker::SwarmService &s) { return s.name == c.name; });
        const QString status = found == services.cend() ? tr("missing") : found->replicasText();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7 (%8)")
                   .arg(endpoint, -10)
                   .arg(c.name, -24)
                   .arg(status, -10)
                   .arg(QStringLiteral("-"), 7)
                   .arg(QStringLiteral("-"), 10)
                   .arg(QStringLiteral("-"), 8)
                   .arg(c.allowedActions.join(QLatin1Char(',')), tr("Swarm service"))
            << Qt::endl;
    }
    return true;
}

} // namespace

int ContainersCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the configured containers, or start, stop, restart or update one. When an engine "
           "(mechdockd, mechdock --service or the panel) runs on the data folder, or the system "
           "service runs and neither --config nor --data-dir is given, an action goes through "
           "it: its settings, cool-downs and audit apply."));
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file."),
                                          tr("path"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        tr("The data folder of the engine to act through, if one runs (default: %1).")
            .arg(config::SettingsStore::defaultDataDir()),
        tr("dir"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("Show every container of the endpoints, not only the "
                                          "ones configured for Discord."));
    parser.addOptions({configOption, dataOption, allOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("start, stop, restart or update"),
                                 QStringLiteral("[ACTION NAME]"));
    if (!parser.parse(QStringList{QStringLiteral("mechdock containers")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 0 && positional.size() != 2) {
        err << tr("usage: mechdock containers [start|stop|restart|update NAME]") << Qt::endl;
        return 2;
    }
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption)
                                                          : config::SettingsStore::defaultPath();
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption)
                                                     : config::SettingsStore::defaultDataDir();
    std::optional<docker::ContainerAction> action;
    QString endpointName;
    QString name;
    if (positional.size() == 2) {
        action = docker::containerActionFromName(positional.at(0));
        endpointName = positional.at(1).contains(QLatin1Char('/'))
                           ? positional.at(1).section(QLatin1Char('/'), 0, 0)
                           : QString();
        name = positional.at(1).section(QLatin1Char('/'), -1);
        if (!action) {
            err << tr("unknown action \"%1\": use start, stop, restart or update")
                       .arg(positional.at(0))
                << Qt::endl;
            return 2;
        }
        // The engine judges with its own settings, so the local file is not read then.
        const EngineCheck engine =
            checkEngine(dataDir, !parser.isSet(configOption) && !parser.isSet(dataOption));
        if (engine.state != EngineCheck::State::None)
            return actThroughEngine(engine, dataDir, endpointName, name, *action, out, err);
    }

    const config::LoadResult loaded = config::SettingsStore::load(configPath);
    if (!loaded.ok()) {
        for (const config::ConfigIssue &i : loaded.issues)
            err << i.toString() << Qt::endl;
        return 1;
    }
    const config::Settings &settings = loaded.settings;

    if (action) {
        const config::ContainerSettings *configured = nullptr;
        for (const config::ContainerSettings &c : settings.containers) {
            if (c.name == name && (endpointName.isEmpty() || c.endpoint == endpointName))
                configured = &c;
        }
        if (!configured) {
            err << tr("%1 is not configured in %2").arg(name, configPath) << Qt::endl;
            return 1;
        }
        // The same route as the service (allowed actions, refusals, metrics); its cool-down only
        // spans this process.
        std::unique_ptr<docker::DockerClient> client;
        for (const config::EndpointSettings &e : settings.docker.endpoints) {
            if (e.name == configured->endpoint && !client)
                client = std::make_unique<docker::DockerClient>(service::EndpointProbe::resolve(e));
        }
        docker::ContainerController controller;
        controller.configure(settings);
        if (client) {
            client->setTimeoutMs(std::max(1, settings.docker.requestTimeoutSec) * 1000);
            controller.setClient(configured->endpoint, client.get());
        }
        docker::Actor actor;
        actor.origin = docker::ActionOrigin::Cli;
        actor.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        docker::ContainerActionResult outcome;
        bool answered = false;
        QEventLoop loop;
        controller.perform(docker::ContainerRef{configured->endpoint, name}, *action, actor,
                           [&](const docker::ContainerActionResult &r) {
                               outcome = r;
                               answered = true;
                               loop.quit();
                           });
        // A refusal answers at once, before the loop would run.
        if (!runLoop(loop, answered, std::max(60000, actionTimeoutMs(*action)))) {
            err << tr("no answer from Docker within %1 s")
                       .arg(std::max(60000, actionTimeoutMs(*action)) / 1000)
                << Qt::endl;
            return 1;
        }
        (outcome.ok() ? out : err) << name << QStringLiteral(": ") << outcome.message() << Qt::endl;
        return outcome.ok() ? 0 : 1;
    }

    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
               .arg(tr("ENDPOINT"), -10)
               .arg(tr("NAME"), -24)
               .arg(tr("STATUS"), -10)
               .arg(tr("CPU"), 7)
               .arg(tr("RAM"), 10)
               .arg(tr("UPTIME"), 8)
               .arg(tr("DISCORD"))
        << Qt::endl;
    int failures = 0;
    int hidden = 0;
    for (const config::EndpointSettings &endpoint : settings.docker.endpoints) {
        docker::DockerClient client(service::EndpointProbe::resolve(endpoint));
        client.setTimeoutMs(15000);
        QList<docker::ContainerInfo> list;
        QString error;
        QEventLoop loop;
        bool listed = false;
        client.listContainers([&](const QList<docker::ContainerInfo> &l, const QString &e) {
            list = l;
            error = e;
            listed = true;
            loop.quit();
        });
        if (!runLoop(loop, listed, 20000) || !error.isEmpty()) {
            err << endpoint.name << QStringLiteral(": ")
                << (error.isEmpty() ? tr("no answer from Docker") : error) << Qt::endl;
            ++failures;
            continue;
        }
        for (const docker::ContainerInfo &c : std::as_const(list)) {
            const auto entry =
                std::find_if(settings.containers.begin(), settings.containers.end(),
                             [&](const config::ContainerSettings &s) {
                                 return s.name == c.name && s.endpoint == endpoint.name;
                             });
            const bool configured = entry != settings.containers.end();
            if (!configured && !parser.isSet(allOption)) {
                ++hidden;
                continue;
            }
            // What Discord may do with it: its allowed actions, or that it is not listed.
            const QString discord =
                configured ? entry->allowedActions.join(QLatin1Char(',')) : tr("not configured");
            QString cpu = QStringLiteral("-");
            QString ram = QStringLiteral("-");
            QString up = QStringLiteral("-");
            if (c.running()) {
                QEventLoop statsLoop;
                bool sampled = false;
                client.stats(c.name, [&](const docker::StatsSample &s, const QString &) {
                    if (s.cpuPercent >= 0)
                        cpu = QStringLiteral("%1%").arg(s.cpuPercent, 0, 'f', 1);
                    ram = bytes(s.memoryBytes);
                    sampled = true;
                    statsLoop.quit();
                });
                runLoop(statsLoop, sampled, 20000);
                QEventLoop inspectLoop;
                bool inspected = false;
                client.inspect(c.name, [&](const QJsonObject &o, const QString &) {
                    const QDateTime started =
                        QDateTime::fromString(o.value(QStringLiteral("State"))
                                                  .toObject()
                                                  .value(QStringLiteral("StartedAt"))
                                                  .toString(),
                                              Qt::ISODateWithMs);
                    if (started.isValid())
                        up = uptime(started.secsTo(QDateTime::currentDateTimeUtc()));
                    inspected = true;
                    inspectLoop.quit();
                });
                runLoop(inspectLoop, inspected, 20000);
            }
            out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                       .arg(endpoint.name, -10)
                       .arg(c.name, -24)
                       .arg(c.state, -10)
                       .arg(cpu, 7)
                       .arg(ram, 10)
                       .arg(up, 8)
                       .arg(discord)
                << Qt::endl;
        }
        failures += listServices(client, settings, endpoint.name, out, err) ? 0 : 1;
    }
    if (hidden > 0)
        err << tr("%n container(s) on the endpoints are not configured for Discord and not shown: "
                  "mechdock containers --all lists them. Add one with the panel's Containers "
                  "page (Add to Discord) or under \"containers\" in the settings file.",
                  nullptr, hidden)
            << Qt::endl;
    return failures == 0 ? 0 : 1;
}

} // namespace mechdock::app
