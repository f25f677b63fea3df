#include "guirunner.h"

#include "common/logcategories.h"
#include "config/settingsstore.h"
#include "containerspage.h"
#include "containertablemodel.h"
#include "control/controlserver.h"
#include "logging/loghandler.h"
#include "mainwindow.h"
#include "monitor/memorymonitor.h"
#include "scheduler/schedulerapi.h"
#include "service/botservice.h"
#include "service/instancelock.h"
#include "service/servicehost.h"
#include "translationinstaller.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace mechdock::app {

std::unique_ptr<QCoreApplication> GuiRunner::createApplication(int &argc, char **argv) {
    auto app = std::make_unique<QApplication>(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mechdock.svg")));
    QApplication::setDesktopFileName(QStringLiteral("mechdock"));
    return app;
}

int GuiRunner::run(const AppOptions &options, TranslationInstaller &translations) {
    const QString configPath =
        options.configPath.isEmpty() ? config::SettingsStore::defaultPath() : options.configPath;
    const QString dataDir =
        options.dataDir.isEmpty() ? config::SettingsStore::defaultDataDir() : options.dataDir;
    QDir().mkpath(dataDir);
    const config::LoadResult loaded = config::SettingsStore::load(configPath);
    if (options.language.isEmpty() && !loaded.settings.ui.language.isEmpty())
        translations.install(loaded.settings.ui.language);

    logging::LogOptions logOptions;
    logOptions.filePath = QDir(dataDir).filePath(QStringLiteral("logs/mechdock.log"));
    logOptions.fileMaxBytes = qint64(loaded.settings.logging.fileMaxKb) * 1024;
    logOptions.filesKept = loaded.settings.logging.filesKept;
    logOptions.ringCapacity = loaded.settings.logging.ringLines;
    logOptions.rules = loaded.settings.logging.rules;
    logging::LogHandler::install(logOptions);

    // The panel hosts the engine only when no other engine owns this data folder: a second bot
    // would answer every interaction twice.
    service::InstanceLock lock(dataDir);
    const service::InstanceLock::Result locked = lock.tryAcquire();
    if (locked != service::InstanceLock::Result::Acquired) {
        const service::LockHolder holder = lock.holder();
        const QString why =
            locked == service::InstanceLock::Result::HeldByOther
                ? QCoreApplication::translate(
                      "mechdock::app::GuiRunner",
                      "Another Mechdock engine already runs on the data folder %1 (%2, process %3 "
                      "on %4). Stop it (for the system service: sudo systemctl stop mechdock) or "
                      "start the panel with its own --data-dir.")
                      .arg(dataDir, holder.program)
                      .arg(holder.pid)
                      .arg(holder.host)
                : QCoreApplication::translate("mechdock::app::GuiRunner",
                                              "Cannot lock the data folder: %1")
                      .arg(lock.errorString());
        qCCritical(lcUi).noquote() << why;
        QMessageBox::critical(nullptr, QStringLiteral("Mechdock"), why);
        return service::InstanceLock::kExitCodeLocked;
    }

    QStringList issues;
    for (const config::ConfigIssue &i : loaded.issues)
        issues.append(i.toString());
    // An invalid file still opens the panel (to fix it there); the service runs on defaults
    // where the file was wrong, and the dashboard lists every error.
    service::ServiceHost host(
        loaded.settings,
        service::ServiceOptions{configPath, dataDir, issues, &control::ControlServer::install});
    ui::MainWindow window(configPath);
    QObject::connect(&host, &service::ServiceHost::snapshotReady, &window,
                     &ui::MainWindow::applySnapshot);
    QObject::connect(&window, &ui::MainWindow::settingsSaved, &host,
                     [&host](const config::Settings &settings) { host.reload(settings, {}); });
    QObject::connect(
        &window, &ui::MainWindow::containerActionRequested, &host,
        [&host](const QString &endpoint, const QString &name, docker::ContainerAction action) {
            // The operator at the panel is an administrator who has just confirmed
            // the action: the toggle cool-down (for Discord's members) is overridden,
            // and the audit entry says so.
            docker::Actor actor;
            actor.origin = docker::ActionOrigin::Panel;
            actor.name = qEnvironmentVariable("USER");
            actor.overrideCooldown = true;
            host.post(
                [=](service::BotService &s) { s.containerAction(endpoint, name, action, actor); });
        });
    // Log lines come back to the GUI thread queued; the window outlives the host's thread.
    QObject::connect(
        &window, &ui::MainWindow::containerLogsRequested, &host,
        [&host, &window](const QString &endpoint, const QString &name, int lines) {
            QPointer<ui::MainWindow> target(&window);
            host.post([=](service::BotService &s) {
                s.containerLogs(endpoint, name, lines, [=](bool ok, const QString &textOrError) {
                    QMetaObject::invokeMethod(
                        target,
                        [=] {
                            if (target)
                                target->showContainerLogs(endpoint, name, ok, textOrError);
                        },
                        Qt::QueuedConnection);
                });
            });
        });
    // A token stored from the Settings page is picked up by a reload of the current file.
    QObject::connect(&window, &ui::MainWindow::tokenStored, &host, [&host, configPath] {
        const config::LoadResult current = config::SettingsStore::load(configPath);
        if (current.ok())
            host.reload(current.settings, {});
    });
    window.setSchedulerAccess([&host](std::function<void(scheduler::SchedulerApi *)> fn) {
        host.post([fn = std::move(fn)](service::BotService &s) { fn(s.schedulerApi()); });
    });
    window.setMechAccess([&host](std::function<void(mech::MechService *, storage::AuditLog *)> fn) {
        host.post([fn = std::move(fn)](service::BotService &s) { fn(s.mech(), s.auditLog()); });
    });
    window.setAuditAccess([&host](std::function<void(storage::AuditLog *)> fn) {
        host.post([fn = std::move(fn)](service::BotService &s) { fn(s.auditLog()); });
    });
    QObject::connect(&window, &ui::MainWindow::forceCleanupRequested, &host, [&host, &window] {
        host.post([&window](service::BotService &s) {
            monitor::MemoryMonitor *monitor = s.memoryMonitor();
            if (!monitor) {
                QMetaObject::invokeMethod(
                    &window,
                    [&window] {
                        window.showCleanupFailed(QCoreApplication::translate(
                            "mechdock::app::GuiRunner", "the memory monitor is not running"));
                    },
                    Qt::QueuedConnection);
                return;
            }
            const monitor::CleanupReport report = monitor->forceCleanup();
            QMetaObject::invokeMethod(
                &window, [&window, report] { window.showCleanupReport(report); },
                Qt::QueuedConnection);
        });
    });
    // The chart starts with the monitor's history instead of an empty window.
    QObject::connect(&host, &service::ServiceHost::started, &window, [&host, &window] {
        host.post([&window](service::BotService &s) {
            if (!s.memoryMonitor())
                return;
            const QList<monitor::MemorySample> history =
                s.memoryMonitor()->day() + s.memoryMonitor()->recent();
            QMetaObject::invokeMethod(
                &window, [&window, history] { window.seedMemoryHistory(history); },
                Qt::QueuedConnection);
        });
    });
    window.show();
    host.start();
    if (!options.screenshotDir.isEmpty()) {
        // Give the service a few snapshots, then photograph each page in turn. A longer wait
        // (MECHDOCK_SCREENSHOT_DELAY_MS) gives the charts some history.
        bool delayOk = false;
        const int delayMs = qEnvironmentVariableIntValue("MECHDOCK_SCREENSHOT_DELAY_MS", &delayOk);
        const int shotAtMs = delayOk && delayMs > 0 ? delayMs : 4000;
        // A running container selected a moment before, so the Containers page shows a log.
        QTimer::singleShot(std::max(0, shotAtMs - 1500), &window, [&window] {
            ui::ContainersPage *page = window.containersPage();
            const auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->view()->model());
            for (int i = 0; proxy && i < page->model()->rowCount(); ++i) {
                if (page->model()->row(i).running) {
                    page->view()->selectRow(proxy->mapFromSource(page->model()->index(i, 0)).row());
                    break;
                }
            }
        });
        QTimer::singleShot(shotAtMs, &window, [&window, dir = options.screenshotDir] {
            QDir().mkpath(dir);
            for (int i = 0; i < window.pageCount(); ++i) {
                window.showPage(i);
                QCoreApplication::processEvents();
                const QString file =
                    QDir(dir).filePath(QStringLiteral("%1-%2.png")
                                           .arg(i + 1, 2, 10, QLatin1Char('0'))
                                           .arg(window.pageName(i).toLower().replace(
                                               QLatin1Char(' '), QLatin1Char('-'))));
                window.grab().save(file);
                qCInfo(lcUi).noquote() << file;
            }
            QCoreApplication::quit();
        });
    }
    const int code = QApplication::exec();
    host.stop(4000);
    return code;
}

} // namespace mechdock::app
