#include "scheduledactionexecutor.h"

#include "docker/containercontroller.h"

#include <QTimer>

namespace mechdock::service {

ScheduledActionExecutor::ScheduledActionExecutor(
    std::function<docker::ContainerController *()> controller, QObject *parent)
    : QObject(parent)
    , m_controller(std::move(controller)) {}

void ScheduledActionExecutor::execute(const scheduler::ScheduledTask &task,
                                      std::function<void(bool, QString)> done) {
    // One turn of the event loop later: a run due at start-up is handed over while the service
    // is still building its Docker side, which is in place by then.
    QTimer::singleShot(0, this, [this, task, done] {
        docker::ContainerController *controller = m_controller ? m_controller() : nullptr;
        if (!controller) {
            done(false, tr("Docker is not running in this service."));
            return;
        }
        docker::Actor actor;
        actor.origin = docker::ActionOrigin::Scheduler;
        actor.name = QStringLiteral("scheduler");
        actor.context = QStringLiteral("task %1").arg(task.id);
        controller->perform(
            docker::ContainerRef{task.endpoint, task.containerName}, task.action, actor,
            [done](const docker::ContainerActionResult &r) { done(r.ok(), r.message()); });
    });
}

} // namespace mechdock::service
