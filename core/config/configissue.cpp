#include "configissue.h"

#include <QCoreApplication>

#include <algorithm>

namespace mechdock::config {

QString ConfigIssue::toString() const {
    const QString kind =
        isError() ? QCoreApplication::translate("mechdock::config::ConfigIssue", "error")
                  : QCoreApplication::translate("mechdock::config::ConfigIssue", "warning");
    return QStringLiteral("%1: %2: %3").arg(kind, path, message);
}

bool hasErrors(const ConfigIssues &issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const ConfigIssue &i) { return i.isError(); });
}

} // namespace mechdock::config
