// ControlCommand: the value a script wants (the fingerprint, the key) goes alone to standard
// output, so `$(mechdock control ...)` captures just it; the explanations go to standard error.
#include "controlcommand.h"

#include "common/translation.h"
#include "config/settingsstore.h"
#include "control/controlauthenticator.h"
#include "control/tlsidentity.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace mechdock::app {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::app::ControlCommand", text);
}

void printErrors(const config::ConfigIssues &issues, QTextStream &err) {
    for (const config::ConfigIssue &issue : issues) {
        if (issue.isError())
            err << issue.toString() << Qt::endl;
    }
}

// The certificate as the engine picks it (control::ControlServer::startRemote): the operator's
// pair from the settings, else the data folder's self-signed one, made when missing.
int printFingerprint(const QString &configPath, const QString &dataDir, QTextStream &out,
                     QTextStream &err) {
    // Read as the engine reads it, environment included.
    const config::LoadResult loaded = config::SettingsStore::load(configPath);
    if (!loaded.ok()) {
        printErrors(loaded.issues, err);
        err << tr("%1 has errors, and the engine would not start with it; fix them first (see "
                  "mechdock check-config).")
                   .arg(configPath)
            << Qt::endl;
        return 1;
    }
    const config::ControlSettings &c = loaded.settings.control;
    const bool operatorPair = !c.certFile.isEmpty() && !c.keyFile.isEmpty();
    const QString certPath =
        operatorPair ? c.certFile : control::TlsIdentity::selfSignedCertPath(dataDir);
    const bool made =
        !operatorPair && !(QFileInfo::exists(certPath) &&
                           QFileInfo::exists(control::TlsIdentity::selfSignedKeyPath(dataDir)));
    const control::ControlExpected<control::TlsIdentity> identity =
        control::TlsIdentity::loadOrCreate(dataDir, c.certFile, c.keyFile);
    if (!identity) {
        err << tr("No certificate for the remote control API: %1").arg(identity.error().message)
            << Qt::endl;
        return 1;
    }
    const QString shown = QDir::toNativeSeparators(certPath);
    if (operatorPair)
        err << tr("SHA-256 fingerprint of %1 (control.certFile):").arg(shown) << Qt::endl;
    else if (made)
        err << tr("SHA-256 fingerprint of %1 (self-signed, made now; the engine uses it from now "
                  "on):")
                   .arg(shown)
            << Qt::endl;
    else
        err << tr("SHA-256 fingerprint of %1 (self-signed):").arg(shown) << Qt::endl;
    if (c.remoteListen.isEmpty())
        err << tr("Remote access is off (control.remoteListen is empty); this is the certificate "
                  "it would present.")
            << Qt::endl;
    out << identity.value().fingerprint() << Qt::endl;
    return 0;
}

int addKey(const QString &configPath, const QString &name, QTextStream &out, QTextStream &err) {
    if (!control::ControlAuthenticator::isValidKeyName(name)) {
        err << tr("\"%1\" cannot name a key: use 1 to 64 letters, digits, '.', '_' or '-'.")
                   .arg(name)
            << Qt::endl;
        return 2;
    }
    // The file alone: the environment's overrides must not be written into it. A broken file is
    // never overwritten.
    config::LoadResult file = config::SettingsStore::loadFileOnly(configPath);
    if (!file.ok()) {
        printErrors(file.issues, err);
        err << tr("%1 has errors; fix them (see mechdock check-config) before adding a key. "
                  "Nothing was written.")
                   .arg(configPath)
            << Qt::endl;
        return 1;
    }
    QStringList &keys = file.settings.control.apiKeys;
    for (const QString &entry : std::as_const(keys)) {
        if (entry.section(QLatin1Char('|'), 0, 0) == name) {
            err << tr("%1 already has an API key named \"%2\"; choose another name, or remove "
                      "that entry from control.apiKeys first. Nothing was written.")
                       .arg(configPath, name)
                << Qt::endl;
            return 1;
        }
    }
    const QString key = control::ControlAuthenticator::generateKey();
    keys.append(control::ControlAuthenticator::keyEntry(name, key));
    if (QString error; !config::SettingsStore::save(configPath, file.settings, &error)) {
        err << tr("The key was not added: %1").arg(error) << Qt::endl;
        return 1;
    }
    err << tr("API key \"%1\" added to %2. This is the only time it is shown: Mechdock stores "
              "only its hash, never the key in clear.")
               .arg(name, configPath)
        << Qt::endl;
    out << key << Qt::endl;
    err << tr("A running engine picks it up when it reloads its settings (SIGHUP, e.g. systemctl "
              "reload mechdock).")
        << Qt::endl;
    return 0;
}
} // namespace

int ControlCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The remote control API's credentials. fingerprint: print the SHA-256 fingerprint of "
           "the certificate it presents, for clients to confirm. add-key NAME: make an API key, "
           "store its hash in control.apiKeys and print the key once."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        tr("The settings file (default: %1).").arg(config::SettingsStore::defaultPath()),
        tr("path"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        tr("The data folder, where the self-signed certificate is kept (default: %1).")
            .arg(config::SettingsStore::defaultDataDir()),
        tr("dir"));
    parser.addOptions({configOption, dataOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("fingerprint, or add-key NAME"),
                                 QStringLiteral("fingerprint|add-key NAME"));
    if (!parser.parse(QStringList{QStringLiteral("mechdock control")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption)
                                                          : config::SettingsStore::defaultPath();
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption)
                                                     : config::SettingsStore::defaultDataDir();
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("fingerprint") && positional.size() == 1)
        return printFingerprint(configPath, dataDir, out, err);
    if (command == QLatin1String("add-key") && positional.size() == 2)
        return addKey(configPath, positional.at(1), out, err);
    err << tr("usage: mechdock control fingerprint | add-key NAME [--config PATH] [--data-dir DIR]")
        << Qt::endl;
    return 2;
}

} // namespace mechdock::app
