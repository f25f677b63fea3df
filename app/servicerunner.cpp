#include "servicerunner.h"
#include "common/translation.h"

#include "common/logcategories.h"
#include "config/settingsstore.h"
#include "control/controlserver.h"
#include "logging/loghandler.h"
#include "service/instancelock.h"
#include "service/servicehost.h"
#include "service/signalwatcher.h"
#include "service/systemdnotifier.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace mechdock::app {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::app::ServiceRunner", text);
}

QStringList describe(const config::ConfigIssues &issues) {
    QStringList out;
    for (const config::ConfigIssue &i : issues)
        out.append(i.toString());
    return out;
}

// Sanitizer builds keep the whole teardown: that is where leaks are reported.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kFullTeardown = true;
#else
constexpr bool kFullTeardown = false;
#endif

int g_exitCode = 0;

// A post routine of the application object: it runs when main() destroys that object, after
// ServiceRunner::run() has returned and every object of the service is gone.
void endProcess() {
    std::fflush(nullptr);
    std::_Exit(g_exitCode);
}
} // namespace

int ServiceRunner::run(const AppOptions &options) {
    const QString configPath =
        options.configPath.isEmpty() ? config::SettingsStore::defaultPath() : options.configPath;
    const QString dataDir =
        options.dataDir.isEmpty() ? config::SettingsStore::defaultDataDir() : options.dataDir;

    config::LoadResult loaded = config::SettingsStore::load(configPath);
    logging::LogOptions logOptions;
    logOptions.journald = logging::LogHandler::stderrIsJournal();
    logOptions.rules = loaded.settings.logging.rules;
    logOptions.ringCapacity = loaded.settings.logging.ringLines;
    logging::LogHandler::install(logOptions);

    qCInfo(lcApp).noquote()
        << tr("Mechdock %1 starting as a service").arg(QStringLiteral(MECHDOCK_VERSION));
    qCInfo(lcApp).noquote() << tr("Settings: %1%2")
                                   .arg(configPath, loaded.fileExisted
                                                        ? QString()
                                                        : tr(" (not found: using defaults)"));
    qCInfo(lcApp).noquote() << tr("Data folder: %1").arg(dataDir);
    for (const QString &o : std::as_const(loaded.overrides))
        qCInfo(lcConfig).noquote() << tr("Environment override: %1").arg(o);
    if (!loaded.ok()) {
        for (const config::ConfigIssue &issue : std::as_const(loaded.issues)) {
            if (issue.isError())
                qCCritical(lcConfig).noquote() << issue.toString();
            else
                qCWarning(lcConfig).noquote() << issue.toString();
        }
        qCCritical(lcConfig).noquote() << tr("Refusing to start: fix the settings above (mechdock "
                                             "check-config %1 lists them).")
                                              .arg(configPath);
        return 78; // EX_CONFIG: systemd shows it as a configuration error
    }
    if (!QDir().mkpath(dataDir)) {
        qCCritical(lcApp).noquote() << tr("Cannot create the data folder %1: check its owner and "
                                          "permissions, or pass --data-dir.")
                                           .arg(dataDir);
        return 73; // EX_CANTCREAT
    }
    // One engine per data folder: a second one would answer every interaction twice and write
    // the same database.
    service::InstanceLock lock(dataDir);
    switch (lock.tryAcquire()) {
    case service::InstanceLock::Result::Acquired:
        break;
    case service::InstanceLock::Result::HeldByOther: {
        const service::LockHolder holder = lock.holder();
        qCCritical(lcApp).noquote()
            << tr("Another Mechdock engine already runs on the data folder %1 (%2, process %3 on "
                  "%4, since %5). Stop it first, or give this one its own --data-dir.")
                   .arg(dataDir, holder.program.isEmpty() ? tr("unknown program") : holder.program)
                   .arg(holder.pid)
                   .arg(holder.host, holder.startedAt);
        return service::InstanceLock::kExitCodeLocked;
    }
    case service::InstanceLock::Result::Error:
        qCCritical(lcApp).noquote()
            << tr("Cannot lock the data folder: %1").arg(lock.errorString());
        return 73;
    }

    service::ServiceOptions serviceOptions{configPath, dataDir, describe(loaded.issues),
                                           &control::ControlServer::install};
    service::ServiceHost host(loaded.settings, serviceOptions);
    service::SystemdNotifier notifier;
    service::SignalWatcher signalWatcher;
    bool stopping = false;
    QObject::connect(
        &signalWatcher, &service::SignalWatcher::terminateRequested, &host, [&](int sig) {
            // A second signal (e.g. to the whole process group) must not stop twice.
            if (std::exchange(stopping, true))
                return;
            notifier.stopping();
            qCInfo(lcApp).noquote() << tr("Signal %1: shutting down").arg(sig);
            if (!host.stop(4000))
                qCWarning(lcApp).noquote() << tr("The service thread did not stop in time");
            QCoreApplication::exit(0);
        });
    QObject::connect(&signalWatcher, &service::SignalWatcher::reloadRequested, &host, [&] {
        const config::LoadResult reloaded = config::SettingsStore::load(configPath);
        if (!reloaded.ok()) {
            for (const QString &line : describe(reloaded.issues))
                qCCritical(lcConfig).noquote() << line;
            qCCritical(lcConfig).noquote() << tr(
                "Reload refused: the settings file has errors; keeping the running settings.");
            return;
        }
        notifier.reloading();
        host.reload(reloaded.settings, describe(reloaded.issues));
        notifier.ready(tr("configuration reloaded"));
    });
    QObject::connect(&host, &service::ServiceHost::started, &host,
                     [&] { notifier.ready(tr("running")); });
    QObject::connect(
        &host, &service::ServiceHost::snapshotReady, &host, [&](const service::ServiceSnapshot &s) {
            notifier.status(tr("bot %1; %2 of %3 Docker endpoints reachable")
                                .arg(service::botStateName(s.botState))
                                .arg(std::count_if(s.endpoints.begin(), s.endpoints.end(),
                                                   [](const auto &e) { return e.reachable; }))
                                .arg(s.endpoints.size()));
        });
    host.start();
    const int code = QCoreApplication::exec();
    host.stop(4000);
    // Stopped: the database is closed and every log line is written. What would follow is Qt's
    // teardown of the application object, which waits for the host lookups still running in
    // its pool; a blocking getaddrinfo() for discord.com or a Docker host takes seconds when DNS
    // is slow or unreachable, and nobody needs its answer any more. So the process ends as soon
    // as this function's objects are destroyed.
    if (!kFullTeardown) {
        g_exitCode = code;
        qAddPostRoutine(&endProcess);
    }
    return code;
}

} // namespace mechdock::app
