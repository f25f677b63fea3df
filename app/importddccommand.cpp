#include "importddccommand.h"

#include "common/clock.h"
#include "common/translation.h"
#include "config/ddcconfigimporter.h"
#include "config/secretstore.h"
#include "config/settingsstore.h"
#include "config/settingsvalidator.h"
#include "scheduler/ddcimporter.h"
#include "scheduler/spacingrule.h"
#include "scheduler/taskstore.h"
#include "security/passwordhasher.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace mechdock::app {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::app::ImportDdcCommand", text);
}

// "message; task not imported" without a doubled full stop.
QString withReason(QString message, const QString &reason) {
    while (message.endsWith(u'.'))
        message.chop(1);
    return message + reason;
}

struct TaskImport {
    int imported = 0;
    QList<config::ImportNote> notes;
    bool failed = false; // the database could not be opened or written
};

// Reads tasks.json with the scheduler's importer and, unless dryRun, stores the tasks. A task
// that would run within 10 minutes of another on the same container is refused, as the
// scheduler would refuse it when added by hand.
TaskImport importTasks(const config::DdcConfigImport &imported, const config::Settings &settings,
                       const QString &databasePath, bool dryRun) {
    TaskImport result;
    const QString file = QStringLiteral("tasks.json");
    const auto note = [&](config::ImportNote::Severity s, const QString &key, const QString &m) {
        result.notes.append(config::ImportNote{s, file, key, m});
    };
    QByteArray zone = settings.scheduler.defaultTimeZone.toUtf8();
    if (zone.isEmpty())
        zone = QTimeZone::systemTimeZoneId();
    const scheduler::DdcImportResult parsed =
        scheduler::DdcImporter::importFile(imported.tasksFile, imported.endpoint, zone);
    if (!parsed.ok) {
        note(config::ImportNote::Severity::Error, QString(),
             withReason(parsed.error, tr("; no task imported")));
        return result;
    }
    for (const scheduler::DdcImportIssue &issue : parsed.issues) {
        const QString key = issue.taskId.isEmpty()
                                ? QStringLiteral("[%1]").arg(issue.index)
                                : QStringLiteral("[%1] %2").arg(issue.index).arg(issue.taskId);
        note(issue.skipped ? config::ImportNote::Severity::Error
                           : config::ImportNote::Severity::Info,
             key,
             issue.skipped ? withReason(issue.message, tr("; task not imported")) : issue.message);
    }

    std::unique_ptr<storage::Database> db;
    std::unique_ptr<scheduler::TaskStore> store;
    QList<scheduler::ScheduledTask> accepted;
    if (!dryRun && !parsed.tasks.isEmpty()) {
        QString error;
        db = storage::Database::open(
            databasePath, {storage::AuditLog::migrations(), scheduler::TaskStore::migrations()},
            &error, 1);
        if (!db) {
            note(config::ImportNote::Severity::Error, QString(),
                 tr("the database %1 cannot be opened: %2; no task imported")
                     .arg(databasePath, error));
            result.failed = true;
            return result;
        }
        store = std::make_unique<scheduler::TaskStore>(*db);
        accepted = store->loadAll(&error);
        if (!error.isEmpty()) {
            note(config::ImportNote::Severity::Error, QString(),
                 tr("the stored tasks cannot be read: %1; no task imported").arg(error));
            result.failed = true;
            return result;
        }
    }
    const QDateTime now = Clock::system().nowUtc();
    for (const scheduler::ScheduledTask &task : parsed.tasks) {
        const QString key = task.id;
        bool configured = false;
        for (const config::ContainerSettings &c : settings.containers)
            configured =
                configured || (c.endpoint == task.endpoint && c.name == task.containerName);
        if (!configured)
            note(config::ImportNote::Severity::Info, key,
                 tr("acts on container \"%1\", which has no entry in the settings; imported "
                    "anyway")
                     .arg(task.containerName));
        if (task.enabled) {
            if (const auto conflict = scheduler::SpacingRule::check(task, accepted, now)) {
                note(config::ImportNote::Severity::Error, key,
                     withReason(conflict->message, tr("; task not imported")));
                continue;
            }
        }
        if (store) {
            const scheduler::Result saved = store->save(task);
            if (!saved.ok) {
                note(config::ImportNote::Severity::Error, key,
                     tr("not stored: %1").arg(saved.error));
                result.failed = true;
                continue;
            }
        }
        accepted.append(task);
        ++result.imported;
    }
    return result;
}

} // namespace

int ImportDdcCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a DockerDiscordControl config folder (containers, channels, admins, "
           "settings, scheduled tasks) into Mechdock."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"),
                                 tr("DDC's config folder (the one holding config.json or "
                                    "bot_config.json, containers/, channels/, tasks.json)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          tr("The settings file to merge into (default: %1).")
                                              .arg(config::SettingsStore::defaultPath()),
                                          tr("path"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
                                        tr("The folder of the database (default: %1).")
                                            .arg(config::SettingsStore::defaultDataDir()),
                                        tr("dir"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Show what would be imported; write nothing."));
    const QCommandLineOption tokenInFileOption(
        QStringLiteral("token-in-file"),
        tr("Store the bot token in the settings file (readable by its owner only) instead of "
           "the keychain."));
    parser.addOptions({configOption, dataOption, dryRunOption, tokenInFileOption});
    if (!parser.parse(QStringList{QStringLiteral("mechdock import-ddc")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("usage: mechdock import-ddc DIR [--config PATH] [--data-dir DIR] [--dry-run]")
            << Qt::endl;
        return 2;
    }
    const QString ddcDir = parser.positionalArguments().constFirst();
    const bool dryRun = parser.isSet(dryRunOption);
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption)
                                                          : config::SettingsStore::defaultPath();
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption)
                                                     : config::SettingsStore::defaultDataDir();

    // The existing file is the base; a broken one is never overwritten with defaults.
    const config::LoadResult base = config::SettingsStore::loadFileOnly(configPath);
    if (base.fileExisted && !base.ok()) {
        for (const config::ConfigIssue &issue : base.issues) {
            if (issue.isError())
                err << issue.toString() << Qt::endl;
        }
        err << tr("%1 has errors; fix them (see mechdock check-config) before importing. "
                  "Nothing was written.")
                   .arg(configPath)
            << Qt::endl;
        return 1;
    }

    config::DdcConfigImport imported =
        config::DdcConfigImporter::importFolder(ddcDir, base.settings);
    if (!imported.ok) {
        err << imported.error << Qt::endl;
        return 1;
    }
    config::Settings &settings = imported.settings;
    // DDC kept these passwords in plain text; Mechdock stores only salted hashes.
    for (const config::PendingPassword &p : imported.passwords)
        settings.containers[p.containerIndex].protectedPasswordHash =
            security::PasswordHasher::hash(p.password);
    const bool tokenInFile = parser.isSet(tokenInFileOption) && !imported.token.isEmpty();
    if (tokenInFile) {
        settings.discord.token = imported.token;
        settings.discord.tokenInFile = true;
    }

    const config::ConfigIssues issues = config::SettingsValidator::validate(settings);
    if (config::hasErrors(issues)) {
        for (const config::ConfigIssue &issue : issues) {
            if (issue.isError())
                err << issue.toString() << Qt::endl;
        }
        err << tr("The merged settings are not valid; nothing was written.") << Qt::endl;
        return 1;
    }

    if (!dryRun) {
        QString error;
        if (!config::SettingsStore::save(configPath, settings, &error)) {
            err << tr("Not imported: %1").arg(error) << Qt::endl;
            return 1;
        }
    }

    QString tokenLine;
    bool tokenLost = false;
    if (!imported.token.isEmpty()) {
        if (tokenInFile) {
            tokenLine = dryRun ? tr("The bot token would be stored in %1.").arg(configPath)
                               : tr("The bot token is stored in %1 (owner-only).").arg(configPath);
        } else if (dryRun) {
            tokenLine = tr("The bot token from %1 would be stored in the keychain.")
                            .arg(imported.tokenFile);
        } else {
            const config::SecretResult stored = config::SecretStore::writeToken(imported.token);
            tokenLost = !stored.ok;
            tokenLine = stored.ok
                            ? tr("The bot token is stored in the keychain.")
                            : tr("The bot token from %1 was NOT stored: %2. Set DISCORD_BOT_TOKEN "
                                 "in Mechdock's environment, or run again with --token-in-file.")
                                  .arg(imported.tokenFile, stored.error);
        }
    }

    const QString databasePath = settings.database.path.isEmpty()
                                     ? QDir(dataDir).filePath(QStringLiteral("mechdock.db"))
                                     : settings.database.path;
    TaskImport tasks;
    if (!imported.tasksFile.isEmpty())
        tasks = importTasks(imported, settings, databasePath, dryRun);
    imported.notes += tasks.notes;

    out << (dryRun ? tr("Dry run, nothing was written. From %1 Mechdock would import:")
                   : tr("Imported from %1:"))
               .arg(QDir::toNativeSeparators(ddcDir))
        << Qt::endl;
    out << tr("%1 containers, %2 channels, %3 admins, %4 tasks imported")
               .arg(imported.containers)
               .arg(imported.channels)
               .arg(imported.admins)
               .arg(tasks.imported)
        << Qt::endl;
    if (!dryRun) {
        out << tr("Settings written to %1").arg(configPath) << Qt::endl;
        if (tasks.imported > 0)
            out << tr("Scheduled tasks stored in %1").arg(databasePath) << Qt::endl;
    }
    if (!tokenLine.isEmpty())
        (tokenLost ? err : out) << tokenLine << Qt::endl;
    for (const config::ImportNote &n : imported.notes)
        out << tr("could not map: %1").arg(n.toString()) << Qt::endl;
    return tasks.failed ? 1 : 0;
}

} // namespace mechdock::app
