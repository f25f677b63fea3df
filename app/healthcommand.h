// HealthCommand: `mechdock health [--config PATH] [--url URL] [--timeout SECONDS]` asks the
// running service's /health endpoint (http.listen and http.bearerToken from the settings and
// the environment) and prints its verdict, so a container HEALTHCHECK or a monitoring script
// needs nothing but the executable. Exit codes: 0 healthy, 1 unhealthy (the reasons are
// printed), 2 no verdict: the endpoint is off, unreachable, refuses the token or answers
// something else, or bad usage.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mechdock::app {

class HealthCommand {
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace mechdock::app
