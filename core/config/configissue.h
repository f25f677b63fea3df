// ConfigIssue: one problem found in a settings file or the environment, with the JSON path of
// the setting it concerns, so an operator can go straight to it.
#pragma once

#include <QList>
#include <QString>

namespace mechdock::config {

struct ConfigIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString
        path; // e.g. "docker.batchSize", "containers[2].allowedActions[0]", "env:DDC_BATCH_SIZE"
    QString message; // translated, says what is allowed

    bool isError() const { return severity == Severity::Error; }
    QString toString() const;
};

using ConfigIssues = QList<ConfigIssue>;

bool hasErrors(const ConfigIssues &issues);

} // namespace mechdock::config
