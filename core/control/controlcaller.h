// ControlCaller: who sent a control API request, for the audit and the action route.
#pragma once

#include <QString>

namespace mechdock::control {

struct ControlCaller {
    QString identity; // "local:1000", an API key's name, or a password user
    QString address;  // "local:1000" or the remote peer's IP address
    bool local = false;
};

} // namespace mechdock::control
