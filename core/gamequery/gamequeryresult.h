// GameQueryResult: what one query of a game server found: players online and the maximum, the
// names where the protocol gives them, or why there is no answer. Plain values.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mechdock::gamequery {

// Names kept from one answer: enough for a Discord field, bounded whatever a server sends.
inline constexpr int kMaxPlayerNames = 64;
inline constexpr int kMaxPlayerNameLength = 64;

struct GameQueryResult {
    bool ok = false;
    QString error; // when !ok: in words an operator can act on
    int online = -1;
    int max = -1;
    int bots = 0;
    QStringList names; // at most kMaxPlayerNames, each at most kMaxPlayerNameLength
    QString serverName;

    static GameQueryResult failure(const QString &why) {
        GameQueryResult r;
        r.error = why;
        return r;
    }
    bool sameCount(const GameQueryResult &o) const {
        return ok == o.ok && online == o.online && max == o.max && names == o.names;
    }
};

} // namespace mechdock::gamequery

Q_DECLARE_METATYPE(mechdock::gamequery::GameQueryResult)
