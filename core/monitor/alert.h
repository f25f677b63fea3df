// Alert: something an operator should know about, with a severity, where it came from and when.
#pragma once

#include <QMetaType>
#include <QString>

namespace mechdock::monitor {

enum class AlertSeverity { Info, Warning, Critical, Emergency };

QString severityName(AlertSeverity severity);

struct Alert {
    AlertSeverity severity = AlertSeverity::Warning;
    QString source; // memory, cpu, disk, docker, discord, ...
    QString key;    // what repeats: "cpu.process", "disk./var/lib/mechdock"
    QString message;
    qint64 epochMs = 0;
};

} // namespace mechdock::monitor

Q_DECLARE_METATYPE(mechdock::monitor::Alert)
