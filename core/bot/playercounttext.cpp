#include "playercounttext.h"

#include <algorithm>

namespace mechdock::bot {

namespace {
// Discord's markdown would turn names like *bob* or __x__ into formatting.
QString escapeMarkdown(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (QStringView(u"\\*_~`|>#[]()").contains(ch))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}
} // namespace

QString PlayerCountText::count(const ContainerView &c) {
    if (!c.playersQueried || !c.running)
        return {};
    if (c.playersOnline < 0)
        return QStringLiteral("👥 —");
    if (c.playersMax < 0)
        return QStringLiteral("👥 %1").arg(c.playersOnline);
    return QStringLiteral("👥 %1/%2").arg(c.playersOnline).arg(c.playersMax);
}

QString PlayerCountText::names(const ContainerView &c, int maxChars) {
    if (!c.playersQueried || !c.running || c.playerNames.isEmpty())
        return {};
    const int total = std::max(int(c.playerNames.size()), c.playersOnline);
    QString out = QStringLiteral("👥 ");
    const QString prefix = out;
    int shown = 0;
    for (const QString &name : c.playerNames) {
        const QString part = (shown ? QStringLiteral(", ") : QString()) + escapeMarkdown(name);
        // Room for ", +N" after it.
        if (out.size() + part.size() + 8 > maxChars)
            break;
        out += part;
        ++shown;
    }
    if (shown < total)
        out += (shown ? QStringLiteral(", +%1") : QStringLiteral("+%1")).arg(total - shown);
    return out == prefix ? QString() : out;
}

} // namespace mechdock::bot
