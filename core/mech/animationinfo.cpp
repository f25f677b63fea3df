// AnimationInspector: a thin view over WebpContainer's validated header walk.
#include "mech/animationinfo.h"

#include "mech/webpcontainer.h"

namespace mechdock::mech {

bool AnimationInspector::inspect(const QByteArray &webp, AnimationInfo *out, QString *error) {
    WebpContainer container;
    QString message;
    if (!container.parse(webp, &message)) {
        if (error)
            *error = message;
        return false;
    }
    if (!out)
        return true;
    AnimationInfo info;
    info.width = container.canvasWidth();
    info.height = container.canvasHeight();
    info.frameCount = int(container.frames().size());
    info.loopCount = container.loopCount();
    info.hasAlpha = container.hasAlpha();
    info.lossless = container.anyLossless();
    info.durationsMs.reserve(info.frameCount);
    for (const WebpFrameRecord &f : container.frames())
        info.durationsMs.append(f.durationMs);
    info.bytes = webp.size();
    *out = info;
    return true;
}

} // namespace mechdock::mech
