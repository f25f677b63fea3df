#include "settingsstore.h"
#include "common/translation.h"

#include "environmentoverrides.h"
#include "settingsjson.h"
#include "settingsvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace mechdock::config {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::config::SettingsStore", text);
}

// QJsonParseError gives a byte offset; operators want a line and column.
QString lineAndColumn(const QByteArray &data, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

LoadResult readFile(const QString &path) {
    LoadResult result;
    QFile file(path);
    if (!file.exists())
        return result;
    result.fileExisted = true;
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append({ConfigIssue::Severity::Error, path,
                              tr("cannot be read: %1 (check the file's owner and permissions)")
                                  .arg(file.errorString())});
        return result;
    }
    if (file.size() > 16 * 1024 * 1024) {
        result.issues.append({ConfigIssue::Severity::Error, path,
                              tr("is larger than 16 MiB; this is not a settings file")});
        return result;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.issues.append(
            {ConfigIssue::Severity::Error, path,
             tr("is not valid JSON at %1: %2")
                 .arg(lineAndColumn(data, parseError.offset), parseError.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append(
            {ConfigIssue::Severity::Error, path, tr("must hold a JSON object { ... }")});
        return result;
    }
    SettingsJson::read(doc.object(), result.settings, result.issues);
    return result;
}
} // namespace

QString SettingsStore::defaultPath() {
    const QByteArray env = qgetenv("MECHDOCK_CONFIG");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/mechdock.json");
}

QString SettingsStore::defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

LoadResult SettingsStore::loadFileOnly(const QString &path) {
    LoadResult result = readFile(path);
    result.issues += SettingsValidator::validate(result.settings);
    return result;
}

LoadResult SettingsStore::load(const QString &path, const QProcessEnvironment &environment) {
    LoadResult result = readFile(path);
    const OverrideReport report = EnvironmentOverrides::apply(result.settings, environment);
    result.overrides = report.applied;
    result.issues += report.issues;
    result.issues += SettingsValidator::validate(result.settings);
    return result;
}

bool SettingsStore::save(const QString &path, const Settings &settings, QString *error) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    const bool secret = settings.discord.tokenInFile && !settings.discord.token.isEmpty();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Permissions go on the temporary file before any byte of the token is written to it.
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (secret && !file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        if (error)
            *error = tr("cannot restrict the permissions of %1").arg(path);
        return false;
    }
    file.write(QJsonDocument(SettingsJson::write(settings)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mechdock::config
