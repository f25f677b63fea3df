// MechPainter: draws one frame of a mech at an evolution level with QPainter: a side view
// facing right, limbs posed by a walk cycle or an idle (breathing, steam) cycle. Higher levels
// add armour, weapons, a glowing core and finally wings. Drawn in a 480x400 design space and
// scaled to the target image, so both sizes show the same mech.
#pragma once

#include <QImage>

namespace mechdock::artwork {

enum class Motion { Walk, Rest };

class MechPainter {
public:
    static constexpr int kDesignWidth = 480;
    static constexpr int kDesignHeight = 400;
    static constexpr int kFrames = 8;

    // A transparent ARGB32 (not premultiplied) image of `size` with frame `frame` of 0..7.
    static QImage frame(int level, Motion motion, int frame, QSize size);
};

} // namespace mechdock::artwork
