// FakeActionExecutor: an ActionExecutor for scheduler tests. Records every call and keeps the
// completion callbacks so a test decides when (and whether) each action finishes.
#pragma once

#include "scheduler/actionexecutor.h"

#include <QList>

namespace mechdock::scheduler::test {

class FakeActionExecutor final : public ActionExecutor {
public:
    struct Call {
        ScheduledTask task;
        std::function<void(bool, QString)> done;
    };

    void execute(const ScheduledTask &task,
                 std::function<void(bool ok, QString message)> done) override {
        calls.append({task, done});
        if (completeImmediately)
            done(true, QStringLiteral("done"));
    }

    // Completes the i-th call.
    void complete(int index, bool ok = true, const QString &message = QStringLiteral("done")) {
        calls.at(index).done(ok, message);
    }

    QStringList calledTaskIds() const {
        QStringList ids;
        for (const Call &c : calls)
            ids.append(c.task.id);
        return ids;
    }

    QList<Call> calls;
    bool completeImmediately = false;
};

} // namespace mechdock::scheduler::test
