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

#include <algorithm>

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

// The first folder on the way up from `path` that exists; a regular file there means the
// settings folder cannot exist either.
QString firstExistingAncestor(const QString &path) {
    QString dir = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(dir)) {
        const QString up = QFileInfo(dir).absolutePath();
        if (up == dir)
            break;
        dir = up;
    }
    return dir;
}

bool onlyWhitespace(const QByteArray &data) {
    return std::all_of(data.begin(), data.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

LoadResult readFile(const QString &path) {
    LoadResult result;
    const auto fail = [&](const QString &message) {
        result.issues.append({ConfigIssue::Severity::Error, path, message});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        // Only a missing file means defaults; a missing file below a regular file is a path
        // that can never hold settings, and saving would fail later.
        const QFileInfo ancestor(firstExistingAncestor(path));
        if (ancestor.exists() && !ancestor.isDir())
            return fail(tr("cannot be a settings file: %1 is a file, not a folder")
                            .arg(QDir::toNativeSeparators(ancestor.absoluteFilePath())));
        return result;
    }
    result.fileExisted = true;
    if (info.isDir())
        return fail(tr("is a folder; give the path of the settings file (mechdock.json)"));
    // Checked before opening: opening a FIFO blocks until a writer comes, and a device such as
    // /dev/zero never ends.
    if (!info.isFile())
        return fail(tr("is not a regular file (a pipe, socket or device); give the path of the "
                       "settings file"));
    if (info.size() > SettingsStore::kMaxFileBytes)
        return fail(tr("is larger than %1 MiB; this is not a settings file")
                        .arg(SettingsStore::kMaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1 (check the file's owner and permissions)")
                        .arg(file.errorString()));
    // Bounded even if the file grew since the check above.
    const QByteArray data = file.read(SettingsStore::kMaxFileBytes + 1);
    if (data.size() > SettingsStore::kMaxFileBytes)
        return fail(tr("is larger than %1 MiB; this is not a settings file")
                        .arg(SettingsStore::kMaxFileBytes / (1024 * 1024)));
    // Every value has a default, so a file with nothing in it is valid.
    if (onlyWhitespace(data))
        return result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("is not valid JSON at %1: %2")
                        .arg(lineAndColumn(data, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("must hold a JSON object { ... }"));
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
