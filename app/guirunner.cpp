#include "guirunner.h"

#include "client/inprocessengineclient.h"
#include "client/serveraddress.h"
#include "common/logcategories.h"
#include "config/settingsstore.h"
#include "containerspage.h"
#include "containertablemodel.h"
#include "control/controlserver.h"
#include "logging/loghandler.h"
#include "mainwindow.h"
#include "service/instancelock.h"
#include "service/servicehost.h"
#include "translationinstaller.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
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

    ui::MainWindow window(configPath);
    window.setConfirmCloseWhenHosting(options.screenshotDir.isEmpty());
    window.setRememberWindowState(options.screenshotDir.isEmpty());
    std::unique_ptr<service::ServiceHost> host;
    std::unique_ptr<client::InProcessEngineClient> local;

    if (!options.connectTo.isEmpty()) {
        std::optional<client::ServerAddress> address =
            client::ServerAddress::parse(options.connectTo);
        if (!address) {
            const QString why = QCoreApplication::translate(
                                    "mechdock::app::GuiRunner",
                                    "\"%1\" is not an engine's address: use the path of its "
                                    "control.sock or wss://host:port.")
                                    .arg(options.connectTo);
            qCCritical(lcUi).noquote() << why;
            QMessageBox::critical(nullptr, QStringLiteral("Mechdock"), why);
            return 2;
        }
        address->apiKey = qEnvironmentVariable("MECHDOCK_CONTROL_KEY");
        window.connectToServer(*address);
    } else if (options.dataDir.isEmpty() && options.configPath.isEmpty() &&
               QFileInfo::exists(QString::fromLatin1(control::ControlServer::kSystemSocketPath))) {
        // The system service runs the bot on this machine: the panel is its window, never a
        // second bot. (Its socket's permissions decide; the banner says so when they refuse.)
        qCInfo(lcUi).noquote() << QCoreApplication::translate(
                                      "mechdock::app::GuiRunner",
                                      "The system service runs here; the panel attaches to %1.")
                                      .arg(QString::fromLatin1(
                                          control::ControlServer::kSystemSocketPath));
        client::ServerAddress address;
        address.socketPath = QString::fromLatin1(control::ControlServer::kSystemSocketPath);
        window.connectToServer(address);
    } else {
        // The panel hosts the engine only when no other engine owns this data folder: a second
        // bot would answer every interaction twice. When a service owns it, the panel attaches
        // to that service through its local socket instead.
        service::InstanceLock lock(dataDir);
        const service::InstanceLock::Result locked = lock.tryAcquire();
        if (locked == service::InstanceLock::Result::HeldByOther) {
            const service::LockHolder holder = lock.holder();
            qCInfo(lcUi).noquote()
                << QCoreApplication::translate("mechdock::app::GuiRunner",
                                               "%1 (process %2) runs the engine of %3; the panel "
                                               "attaches to it.")
                       .arg(holder.program)
                       .arg(holder.pid)
                       .arg(dataDir);
            client::ServerAddress address;
            address.socketPath = control::ControlServer::socketPath(dataDir);
            window.connectToServer(address);
        } else if (locked != service::InstanceLock::Result::Acquired) {
            const QString why = QCoreApplication::translate("mechdock::app::GuiRunner",
                                                            "Cannot lock the data folder: %1")
                                    .arg(lock.errorString());
            qCCritical(lcUi).noquote() << why;
            QMessageBox::critical(nullptr, QStringLiteral("Mechdock"), why);
            return service::InstanceLock::kExitCodeLocked;
        } else {
            QStringList issues;
            for (const config::ConfigIssue &i : loaded.issues)
                issues.append(i.toString());
            // An invalid file still opens the panel (to fix it there); the service runs on
            // defaults where the file was wrong, and the dashboard lists every error.
            host = std::make_unique<service::ServiceHost>(
                loaded.settings, service::ServiceOptions{configPath, dataDir, issues,
                                                         &control::ControlServer::install});
            local = std::make_unique<client::InProcessEngineClient>(*host);
            window.setLocalClient(local.get());
            window.setClient(local.get());
            host->start();
        }
        return runWindow(window, options, [&host] {
            if (host)
                host->stop(4000);
        });
    }
    return runWindow(window, options, [] {});
}

int GuiRunner::runWindow(ui::MainWindow &window, const AppOptions &options,
                         const std::function<void()> &afterExec) {
    if (!options.screenshotDir.isEmpty()) {
        // MECHDOCK_SCREENSHOT_SIZE=1024x700: the smallest screen the panel is made for.
        const QStringList size = qEnvironmentVariable("MECHDOCK_SCREENSHOT_SIZE").split(u'x');
        if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
            window.resize(size.at(0).toInt(), size.at(1).toInt());
    }
    window.show();
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
                // Named after the page's class ("DashboardPage": dashboard), the same in every
                // language.
                QString name = QString::fromLatin1(window.page(i)->metaObject()->className());
                name = name.mid(name.lastIndexOf(u':') + 1).remove(QStringLiteral("Page"));
                const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.png")
                                                            .arg(i + 1, 2, 10, QLatin1Char('0'))
                                                            .arg(name.toLower()));
                window.grab().save(file);
                qCInfo(lcUi).noquote() << file;
            }
            QCoreApplication::quit();
        });
    }
    const int code = QApplication::exec();
    afterExec();
    return code;
}

} // namespace mechdock::app
