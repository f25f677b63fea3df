// ContainerActionResult: the answer of the container-action route, expected-style: either the
// action ran (what happened, e.g. "started" or "already running") or it did not, with a reason
// to show the user and, for a cool-down refusal, the time the action is allowed again.
#pragma once

#include "containeraction.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace mechdock::docker {

enum class ActionError {
    None,
    InvalidName,     // not a possible container name
    NotConfigured,   // not a container of the settings
    NotAllowed,      // the container's allowed actions do not include it
    UnknownEndpoint, // no Docker endpoint of that name
    CoolingDown,     // toggled too recently
    Failed,          // Docker refused or did not answer
};

class ContainerActionResult {
public:
    ContainerActionResult() = default;

    static ContainerActionResult success(const QString &message, bool changed) {
        ContainerActionResult r;
        r.m_error = ActionError::None;
        r.m_message = message;
        r.m_changed = changed;
        return r;
    }
    static ContainerActionResult failure(ActionError error, const QString &reason) {
        ContainerActionResult r;
        r.m_error = error == ActionError::None ? ActionError::Failed : error;
        r.m_message = reason;
        return r;
    }
    static ContainerActionResult coolingDown(const QString &reason, const QDateTime &allowedAt) {
        ContainerActionResult r = failure(ActionError::CoolingDown, reason);
        r.m_allowedAt = allowedAt.toUTC();
        return r;
    }

    bool ok() const { return m_error == ActionError::None; }
    explicit operator bool() const { return ok(); }
    ActionError error() const { return m_error; }
    // Whether the container's state changed (false for "already running").
    bool changed() const { return m_changed; }
    // When ok, what happened; otherwise why not, for the user.
    const QString &message() const { return m_message; }
    // For a cool-down refusal, when (UTC) the action is allowed again; invalid otherwise.
    const QDateTime &allowedAt() const { return m_allowedAt; }

private:
    ActionError m_error = ActionError::Failed;
    QString m_message;
    bool m_changed = false;
    QDateTime m_allowedAt;
};

// One container of a batch: its result and the group (0, 1, ...) it was sent in.
struct BatchItemResult {
    ContainerRef container;
    ContainerActionResult result;
    int group = -1;
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerActionResult)
