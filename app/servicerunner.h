// ServiceRunner: `mechdock --service`: the headless service on QCoreApplication, stopped by
// SIGTERM/SIGINT within a few seconds and reloaded by SIGHUP.
#pragma once

#include "appoptions.h"

namespace mechdock::app {

class ServiceRunner {
public:
    static int run(const AppOptions &options);
};

} // namespace mechdock::app
