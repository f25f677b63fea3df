// ScheduledActionExecutor: the task runner's actions through the route every container action
// takes (ContainerController: allowed actions, toggle cool-down, metrics, one audit entry), as
// the actor "scheduler" with the task named in the audit detail. Runs on the thread it lives on.
#pragma once

#include "scheduler/actionexecutor.h"

#include <QObject>

#include <functional>

namespace mechdock::docker {
class ContainerController;
}

namespace mechdock::service {

class ScheduledActionExecutor final : public QObject, public scheduler::ActionExecutor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledActionExecutor)
public:
    // `controller` is asked at every run: the route of the moment, null while there is none.
    explicit ScheduledActionExecutor(std::function<docker::ContainerController *()> controller,
                                     QObject *parent = nullptr);

    void execute(const scheduler::ScheduledTask &task,
                 std::function<void(bool ok, QString message)> done) override;

private:
    std::function<docker::ContainerController *()> m_controller;
};

} // namespace mechdock::service
