// AutoActionDecision: what the rules would do with a message, rule by rule, for the dry-run
// tester (panel, control API, /autoaction-test). Nothing in it has happened.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mechdock::automation {

struct ContainerPlan {
    QString container; // "endpoint/name"
    bool wouldAct = false;
    QString note; // translated: why not, or the state it is in
};

struct AutoActionDecision {
    QString rule;
    bool enabled = true;
    bool matched = false;
    QString reason;         // translated: what matched, or what did not
    bool wouldFire = false; // matched, enabled and not cooling down
    QString blockedBy;      // translated: the cool-down or the switch that holds it back
    QString action;         // start, stop, restart, notify
    int delaySec = 0;
    QList<ContainerPlan> containers;
    QString notifyChannelId; // empty: silent

    QJsonObject toJson() const;
    // One paragraph for Discord or a log: "rule: matched ..., would restart local/game".
    QString toText() const;
};

} // namespace mechdock::automation
