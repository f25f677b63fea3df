// AnimCommand: `mechdock anim info|retime|resize`, the operator's tools for mech animations:
// show what an animated WebP holds, change its speed without touching pixels, or resize it
// frame by frame. A thin shell over the mech library's inspector, re-timer and transcoder.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mechdock::app {

class AnimCommand {
public:
    // Exit codes: 0 done, 1 a file cannot be read, written or is not a usable animation,
    // 2 usage error.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace mechdock::app
