// DockerActionExecutor: runs scheduled start/stop/restart actions through the Docker client of
// the task's endpoint, honouring the container's allowed actions from the settings.
#pragma once

#include "config/settings.h"
#include "scheduler/actionexecutor.h"

#include <QObject>

namespace mechdock::service {

class DockerActionExecutor : public QObject, public scheduler::ActionExecutor {
    Q_OBJECT
public:
    explicit DockerActionExecutor(const config::Settings &settings, QObject *parent = nullptr);
    void setSettings(const config::Settings &settings) { m_settings = settings; }

    void execute(const scheduler::ScheduledTask &task,
                 std::function<void(bool ok, QString message)> done) override;

private:
    config::Settings m_settings;
};

} // namespace mechdock::service
