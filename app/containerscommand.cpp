// ContainersCommand: endpoints resolved like the docker CLI (DOCKER_HOST, DOCKER_TLS_VERIFY,
// DOCKER_CERT_PATH); actions through ContainerController, the route every container action takes
// (the same allowed actions, refusals and metrics as the service), with the origin "cli".
#include "containerscommand.h"

#include "common/translation.h"
#include "config/settingsstore.h"
#include "docker/containercontroller.h"
#include "docker/dockerclient.h"
#include "service/endpointprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace mechdock::app {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::app::ContainersCommand", text);
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
bool runLoop(QEventLoop &loop, const bool &answered, int timeoutMs) {
    if (answered)
        return true;
    bool timedOut = false;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}
} // namespace

int ContainersCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the configured containers, or start, stop or restart one."));
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file."),
                                          tr("path"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("Show every container, not only the configured ones."));
    parser.addOptions({configOption, allOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("start, stop or restart"),
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
        err << tr("usage: mechdock containers [start|stop|restart NAME]") << Qt::endl;
        return 2;
    }
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption)
                                                          : config::SettingsStore::defaultPath();
    const config::LoadResult loaded = config::SettingsStore::load(configPath);
    if (!loaded.ok()) {
        for (const config::ConfigIssue &i : loaded.issues)
            err << i.toString() << Qt::endl;
        return 1;
    }
    const config::Settings &settings = loaded.settings;

    if (positional.size() == 2) {
        const std::optional<docker::ContainerAction> action =
            docker::containerActionFromName(positional.at(0));
        QString endpointName = positional.at(1).contains(QLatin1Char('/'))
                                   ? positional.at(1).section(QLatin1Char('/'), 0, 0)
                                   : QString();
        const QString name = positional.at(1).section(QLatin1Char('/'), -1);
        if (!action) {
            err << tr("unknown action \"%1\": use start, stop or restart").arg(positional.at(0))
                << Qt::endl;
            return 2;
        }
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
        if (!runLoop(loop, answered, 60000)) {
            err << tr("no answer from Docker within 60 s") << Qt::endl;
            return 1;
        }
        (outcome.ok() ? out : err) << name << QStringLiteral(": ") << outcome.message() << Qt::endl;
        return outcome.ok() ? 0 : 1;
    }

    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(tr("ENDPOINT"), -10)
               .arg(tr("NAME"), -24)
               .arg(tr("STATUS"), -10)
               .arg(tr("CPU"), 7)
               .arg(tr("RAM"), 10)
               .arg(tr("UPTIME"), 8)
        << Qt::endl;
    int failures = 0;
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
            const bool configured =
                std::any_of(settings.containers.begin(), settings.containers.end(),
                            [&](const config::ContainerSettings &s) {
                                return s.name == c.name && s.endpoint == endpoint.name;
                            });
            if (!configured && !parser.isSet(allOption))
                continue;
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
            out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(endpoint.name, -10)
                       .arg(c.name, -24)
                       .arg(c.state, -10)
                       .arg(cpu, 7)
                       .arg(ram, 10)
                       .arg(up, 8)
                << Qt::endl;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace mechdock::app
