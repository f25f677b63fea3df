// ContainersCommand: `mechdock containers` prints the containers as the bot sees them (endpoint,
// name, status, CPU, RAM, uptime); `mechdock containers start|stop|restart NAME` performs one
// action, honouring the configured allowed actions. The operator's check of an endpoint without
// Discord.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mechdock::app {

class ContainersCommand {
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace mechdock::app
