// SnapshotJson: a ServiceSnapshot as the control API sends it, and back. Every field goes both
// ways, so a client rebuilds exactly the snapshot the engine published. Keys are camelCase field
// names; 64-bit counters travel as JSON numbers (exact up to 2^53).
#pragma once

#include "service/servicesnapshot.h"

#include <QJsonObject>

namespace mechdock::control {

class SnapshotJson {
public:
    static QJsonObject toJson(const service::ServiceSnapshot &snapshot);
    static service::ServiceSnapshot fromJson(const QJsonObject &json);
};

} // namespace mechdock::control
