// UserMention: the Discord user id in what someone typed: a bare id, a mention (<@id>, <@!id>)
// or either with blanks around. Anything else (a role or channel mention, a name, text around
// the mention) is refused, so a typo never names the wrong person.
#pragma once

#include <QString>

#include <optional>

namespace mechdock::bot {

class UserMention {
public:
    static std::optional<QString> userId(const QString &typed);
};

} // namespace mechdock::bot
