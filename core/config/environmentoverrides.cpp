#include "environmentoverrides.h"
#include "common/translation.h"

#include "settingsschema.h"

#include <QCoreApplication>

#include <cmath>

namespace mechdock::config {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::config::EnvironmentOverrides", text);
}
} // namespace

OverrideReport EnvironmentOverrides::apply(Settings &settings,
                                           const QProcessEnvironment &environment) {
    OverrideReport report;
    const SettingsSchema &schema = SettingsSchema::instance();
    for (const IntField &f : schema.intFields()) {
        for (const QString &name : f.environment) {
            if (!environment.contains(name))
                continue;
            const QString raw = environment.value(name).trimmed();
            bool ok = false;
            const double value = raw.toDouble(&ok) * f.environmentScale;
            if (!ok || !std::isfinite(value) || std::abs(value) > 2e9) {
                report.issues.append({ConfigIssue::Severity::Error, QStringLiteral("env:") + name,
                                      tr("\"%1\" is not a number (sets %2)").arg(raw, f.path)});
                continue;
            }
            if (f.environmentScale == 1 && value != std::floor(value)) {
                report.issues.append(
                    {ConfigIssue::Severity::Error, QStringLiteral("env:") + name,
                     tr("\"%1\" must be a whole number (sets %2)").arg(raw, f.path)});
                continue;
            }
            f.ref(settings) = int(std::lround(value));
            report.applied.append(name + QStringLiteral(" -> ") + f.path);
        }
    }
    for (const BoolField &f : schema.boolFields()) {
        for (const QString &name : f.environment) {
            if (!environment.contains(name))
                continue;
            const QString raw = environment.value(name).trimmed().toLower();
            if (raw == QLatin1String("1") || raw == QLatin1String("true") ||
                raw == QLatin1String("yes") || raw == QLatin1String("on")) {
                f.ref(settings) = true;
            } else if (raw == QLatin1String("0") || raw == QLatin1String("false") ||
                       raw == QLatin1String("no") || raw == QLatin1String("off")) {
                f.ref(settings) = false;
            } else {
                report.issues.append(
                    {ConfigIssue::Severity::Error, QStringLiteral("env:") + name,
                     tr("\"%1\" must be true or false (sets %2)").arg(raw, f.path)});
                continue;
            }
            report.applied.append(name + QStringLiteral(" -> ") + f.path);
        }
    }
    for (const StringField &f : schema.stringFields()) {
        for (const QString &name : f.environment) {
            if (!environment.contains(name))
                continue;
            QString value = environment.value(name).trimmed();
            // TZ may be written ":Europe/Berlin" (glibc's form).
            if (name == QLatin1String("TZ") && value.startsWith(QLatin1Char(':')))
                value = value.mid(1);
            f.ref(settings) = value;
            report.applied.append(name + QStringLiteral(" -> ") + f.path);
        }
    }
    return report;
}

} // namespace mechdock::config
