// libFuzzer target for the animated WebP container walk: any input must be inspected or refused
// with a message, never crash or read out of bounds; whatever is accepted must re-time (speed
// from the first byte) into a file of the same size that is accepted again with the expected
// durations, and libwebp's demuxer must agree that it is an animation.
#include "mech/animationinfo.h"
#include "mech/animationretimer.h"

#include <QByteArray>

#include <webp/demux.h>

#include <cstdint>
#include <cstdlib>

using namespace mechdock::mech;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1 || size > 1 << 20)
        return 0;
    // Speeds from 0.05 to 12.8: some out of range on purpose.
    const double speed = double(data[0] + 1) / 20.0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    AnimationInfo info;
    QString error;
    const bool accepted = AnimationInspector::inspect(bytes, &info, &error);
    if (!accepted && error.isEmpty())
        std::abort();
    const WebpResult r = AnimationRetimer::retime(bytes, speed);
    if (!r.ok) {
        if (r.error.isEmpty() || !r.data.isEmpty())
            std::abort();
        if (accepted && speed > 0.0 && speed <= AnimationRetimer::kMaxSpeed)
            std::abort(); // a valid file at a valid speed must re-time
        return 0;
    }
    if (!accepted || r.data.size() != bytes.size())
        std::abort();
    AnimationInfo after;
    if (!AnimationInspector::inspect(r.data, &after, nullptr) ||
        after.frameCount != info.frameCount)
        std::abort();
    for (int i = 0; i < info.frameCount; ++i)
        if (after.durationsMs[i] != AnimationRetimer::retimedDuration(info.durationsMs[i], speed))
            std::abort();
    WebPData webp{reinterpret_cast<const uint8_t *>(r.data.constData()), size_t(r.data.size())};
    WebPDemuxer *demuxer = WebPDemux(&webp);
    if (!demuxer || int(WebPDemuxGetI(demuxer, WEBP_FF_FRAME_COUNT)) != info.frameCount)
        std::abort();
    WebPDemuxDelete(demuxer);
    return 0;
}
