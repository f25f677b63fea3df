// CustomId: the custom_id of Mechdock's buttons, "md1|<action>|<endpoint>|<container>", at most
// 100 characters (Discord's limit). Parsing refuses anything else, so a forged or foreign
// custom_id is a clean refusal, never a lookup with attacker-chosen text.
#pragma once

#include <QString>

#include <optional>

namespace mechdock::bot {

struct CustomId {
    QString action; // start, stop, restart, info, logs, expand, collapse, confirm_*, cancel
    QString endpoint;
    QString container;

    QString toString() const;
    static std::optional<CustomId> parse(const QString &text);
    static constexpr int kMaxLength = 100;
};

} // namespace mechdock::bot
