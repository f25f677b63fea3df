#include "settings.h"

namespace mechdock::config {

QString channelKindName(ChannelKind kind) {
    return kind == ChannelKind::Control ? QStringLiteral("control") : QStringLiteral("status");
}

} // namespace mechdock::config
