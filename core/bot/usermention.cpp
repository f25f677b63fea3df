#include "usermention.h"

#include <QRegularExpression>

namespace mechdock::bot {

std::optional<QString> UserMention::userId(const QString &typed) {
    // Snowflakes are 17 to 20 digits today; fewer digits are a typo, not an early account.
    static const QRegularExpression re(QStringLiteral("^(?:<@!?([0-9]{17,20})>|([0-9]{17,20}))$"));
    const QRegularExpressionMatch m = re.match(typed.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString id = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    // Above 2^64 - 1 it is no snowflake.
    bool ok = false;
    id.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

} // namespace mechdock::bot
