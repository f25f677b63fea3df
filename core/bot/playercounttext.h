// PlayerCountText: how a container's player count reads in Discord: "👥 3/16" on its status
// line ("👥 —" while unknown) and, on the detailed views only, the names, bounded in length.
#pragma once

#include "containerview.h"

#include <QString>

namespace mechdock::bot {

class PlayerCountText {
public:
    static constexpr int kMaxNamesText = 300;

    // Empty when the container is not queried or not running.
    static QString count(const ContainerView &c);
    // "👥 alice, bob, +3": names while they fit in maxChars, then how many more; empty when
    // there are no names to show.
    static QString names(const ContainerView &c, int maxChars = kMaxNamesText);
};

} // namespace mechdock::bot
