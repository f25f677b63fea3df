// AuditEntry: one recorded action, allowed or denied: who, from where, what, on what, outcome.
#pragma once

#include <QMetaType>
#include <QString>

namespace mechdock::storage {

struct AuditEntry {
    qint64 id = 0;
    qint64 epochMs = 0;
    QString source;  // discord, panel, cli, scheduler, service
    QString actor;   // a user name or "scheduler"
    QString actorId; // Discord user id when there is one
    QString guildId;
    QString channelId;
    QString action; // start, stop, /ss, button:restart, donation, ...
    QString target; // endpoint/container, or empty
    QString result; // ok, denied, failed, ...
    QString detail;
};

struct AuditFilter {
    QString source;
    QString actor;
    QString action;
    QString result;
    qint64 sinceEpochMs = 0;
    int limit = 200;
};

} // namespace mechdock::storage

Q_DECLARE_METATYPE(mechdock::storage::AuditEntry)
