// MechSchema: version 1. Triggers make the events table append-only at the database level, so
// no code path (or hand-written SQL) can rewrite donation history.
#include "mech/mechschema.h"

namespace mechdock::mech {

storage::MigrationSet MechSchema::migrations() {
    return {QStringLiteral("mech"),
            {{1,
              QStringLiteral("donation ledger and snapshots"),
              {QStringLiteral("CREATE TABLE mech_events ("
                              " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                              " idempotency_key TEXT NOT NULL UNIQUE,"
                              " cents INTEGER NOT NULL,"
                              " donor TEXT NOT NULL DEFAULT '',"
                              " note TEXT NOT NULL DEFAULT '',"
                              " created_at INTEGER NOT NULL,"
                              " kind TEXT NOT NULL CHECK (kind IN ('donation', 'adjustment')),"
                              " CHECK (kind <> 'donation' OR cents > 0))"),
               QStringLiteral("CREATE TABLE mech_snapshots ("
                              " event_id INTEGER NOT NULL REFERENCES mech_events(id),"
                              " rules TEXT NOT NULL,"
                              " event_count INTEGER NOT NULL,"
                              " total_cents INTEGER NOT NULL,"
                              " power_cents REAL NOT NULL,"
                              " at_ms INTEGER NOT NULL,"
                              " PRIMARY KEY (rules, event_id))"),
               QStringLiteral("CREATE TRIGGER mech_events_no_update BEFORE UPDATE ON mech_events"
                              " BEGIN SELECT RAISE(ABORT, 'mech_events is append-only'); END"),
               QStringLiteral("CREATE TRIGGER mech_events_no_delete BEFORE DELETE ON mech_events"
                              " BEGIN SELECT RAISE(ABORT, 'mech_events is append-only'); END")}}}};
}

} // namespace mechdock::mech
