// CheckConfigCommand: `mechdock check-config [PATH]` prints every problem of a settings file with
// its JSON path and exits non-zero when any is an error.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mechdock::app {

class CheckConfigCommand {
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace mechdock::app
