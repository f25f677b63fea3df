// ActionExecutor: how the runner starts/stops/restarts a container. The service implements it on
// the route every container action takes (service::ScheduledActionExecutor); tests use a fake.
// execute() must call done exactly once, on the runner's thread (queue it there if the work
// finishes elsewhere); a late call after the runner's timeout is ignored.
#pragma once

#include "scheduledtask.h"

#include <functional>

namespace mechdock::scheduler {

class ActionExecutor {
public:
    virtual ~ActionExecutor() = default;
    virtual void execute(const ScheduledTask &task,
                         std::function<void(bool ok, QString message)> done) = 0;
};

} // namespace mechdock::scheduler
