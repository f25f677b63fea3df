// CommandCatalog: the slash commands Mechdock registers, as Discord's JSON definitions, with a
// stable digest so registration (a bulk overwrite, limited per day) happens only on change.
#pragma once

#include <QByteArray>
#include <QJsonArray>

namespace mechdock::bot {

class CommandCatalog {
public:
    static QJsonArray definitions();
    static QByteArray digest(const QJsonArray &definitions);
    static constexpr int kMaxOptionLength = 100;
};

} // namespace mechdock::bot
