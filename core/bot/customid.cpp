#include "customid.h"

#include <QRegularExpression>
#include <QStringList>

namespace mechdock::bot {

namespace {
const QLatin1String kPrefix("md1");

bool validPart(const QString &part, int maxLength) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]*$"));
    return part.size() <= maxLength && re.match(part).hasMatch();
}
} // namespace

QString CustomId::toString() const {
    return QStringList{kPrefix, action, endpoint, container}
        .join(QLatin1Char('|'))
        .left(kMaxLength);
}

std::optional<CustomId> CustomId::parse(const QString &text) {
    if (text.isEmpty() || text.size() > kMaxLength)
        return std::nullopt;
    const QStringList parts = text.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(0) != kPrefix)
        return std::nullopt;
    if (parts.at(1).isEmpty() || !validPart(parts.at(1), 24) || !validPart(parts.at(2), 64) ||
        !validPart(parts.at(3), 100))
        return std::nullopt;
    return CustomId{parts.at(1), parts.at(2), parts.at(3)};
}

} // namespace mechdock::bot
