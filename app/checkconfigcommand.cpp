#include "checkconfigcommand.h"
#include "common/translation.h"

#include "config/settingsstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace mechdock::app {

namespace {
// The (text, disambiguation, n) shape of QObject::tr, so lupdate sees plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    Q_UNUSED(disambiguation)
    return mechdock::translate("mechdock::app::CheckConfigCommand", text, n);
}
} // namespace

int CheckConfigCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a Mechdock settings file and the environment."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("path"),
        tr("The settings file (default: %1).").arg(config::SettingsStore::defaultPath()),
        QStringLiteral("[PATH]"));
    QCommandLineOption noEnv(QStringLiteral("no-env"),
                             tr("Check the file alone, without environment overrides."));
    parser.addOption(noEnv);
    if (!parser.parse(QStringList{QStringLiteral("mechdock check-config")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        err << tr("check-config takes at most one path") << Qt::endl;
        return 2;
    }
    const QString path =
        parser.positionalArguments().value(0, config::SettingsStore::defaultPath());
    const config::LoadResult result = parser.isSet(noEnv)
                                          ? config::SettingsStore::loadFileOnly(path)
                                          : config::SettingsStore::load(path);
    // A path that cannot hold a settings file (below a regular file) has its own reason among
    // the issues; only a plainly missing file is "no such file".
    const bool pathRefused =
        std::any_of(result.issues.begin(), result.issues.end(),
                    [&](const config::ConfigIssue &i) { return i.isError() && i.path == path; });
    if (!result.fileExisted && !pathRefused) {
        err << tr("%1: no such file").arg(path) << Qt::endl;
        return 1;
    }
    for (const QString &o : result.overrides)
        out << tr("environment: %1").arg(o) << Qt::endl;
    int errors = 0;
    int warnings = 0;
    for (const config::ConfigIssue &issue : result.issues) {
        (issue.isError() ? err : out) << issue.toString() << Qt::endl;
        (issue.isError() ? errors : warnings)++;
    }
    if (errors > 0) {
        err << tr("%1: %n error(s)", nullptr, errors).arg(path) << Qt::endl;
        return 1;
    }
    out << tr("%1: OK (%n warning(s))", nullptr, warnings).arg(path) << Qt::endl;
    return 0;
}

} // namespace mechdock::app
