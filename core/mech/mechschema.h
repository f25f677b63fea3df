// MechSchema: the "mech" component's tables: the append-only donation ledger (mech_events) and
// the periodic snapshots of the folded state (mech_snapshots).
#pragma once

#include "storage/migration.h"

namespace mechdock::mech {

class MechSchema {
public:
    static storage::MigrationSet migrations();
};

} // namespace mechdock::mech
