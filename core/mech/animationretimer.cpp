// AnimationRetimer: validate with WebpContainer, copy once, patch durations in place. Peak
// memory is the input plus one output of the same size (plus a 24-byte record per frame).
#include "mech/animationretimer.h"

#include "mech/webpcontainer.h"

#include <QCoreApplication>

#include <cmath>

namespace mechdock::mech {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("mechdock::mech::AnimationRetimer", text);
}
} // namespace

bool AnimationRetimer::isIdentitySpeed(double speed) {
    // Speeds arrive from quantized percentages (e.g. 20 * 0.05); treat rounding noise as 1.0.
    return std::abs(speed - 1.0) < 1e-9;
}

int AnimationRetimer::retimedDuration(int ms, double speed, int minFrameMs) {
    if (isIdentitySpeed(speed) || !(speed > 0.0))
        return ms;
    const double scaled = std::round(double(qMax(0, ms)) / speed);
    const double floor = double(qMax(0, minFrameMs));
    const double value = qMin(qMax(scaled, floor), double(WebpContainer::kMaxDurationMs));
    return int(value);
}

WebpResult AnimationRetimer::retime(const QByteArray &webp, double speed, int minFrameMs) {
    WebpResult result;
    if (!(speed > 0.0 && speed <= kMaxSpeed)) {
        result.error = tr("the speed %1 is out of range: it must be above 0 and at most %2")
                           .arg(speed)
                           .arg(kMaxSpeed);
        return result;
    }
    if (minFrameMs < 0 || minFrameMs > kMaxMinFrameMs) {
        result.error = tr("the minimum frame duration %1 ms is out of range (0 to %2)")
                           .arg(minFrameMs)
                           .arg(kMaxMinFrameMs);
        return result;
    }
    WebpContainer container;
    if (!container.parse(webp, &result.error))
        return result;
    if (isIdentitySpeed(speed)) {
        result.ok = true;
        result.data = webp;
        return result;
    }
    QByteArray out(webp.constData(), webp.size());
    char *bytes = out.data();
    for (const WebpFrameRecord &frame : container.frames())
        WebpContainer::writeDuration(bytes, frame.durationOffset,
                                     retimedDuration(frame.durationMs, speed, minFrameMs));
    result.ok = true;
    result.data = std::move(out);
    return result;
}

} // namespace mechdock::mech
