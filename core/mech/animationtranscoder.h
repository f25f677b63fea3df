// AnimationTranscoder: resizes an animated WebP frame by frame (WebPAnimDecoder -> own
// area-average / bilinear scaler on alpha-weighted RGBA -> WebPAnimEncoder), keeping frame
// timing, loop count and alpha. Never holds more than the decoder's canvas, one scaled frame and
// the encoder's state: the whole animation is never decoded at once.
#pragma once

#include "mech/webpresult.h"

#include <QByteArray>

namespace mechdock::mech {

struct AnimationInfo;

class AnimationTranscoder {
public:
    static constexpr int kDefaultLossyQuality = 85;

    // width: the output canvas width; the height keeps the aspect ratio (at least 1).
    // quality: -1 = lossless when the input has a lossless frame, else lossy at the default
    // quality; 0..100 = lossy at that quality.
    // Consecutive frames that become identical after scaling are merged by the encoder into one
    // frame with the summed duration (total time is kept).
    static WebpResult resize(const QByteArray &webp, int width, int quality = -1);

    // The output height resize() picks for an input canvas.
    static int scaledHeight(int inputWidth, int inputHeight, int width);
    // Rough upper bound of the memory a resize holds besides its input and output, for a job
    // pool's memory budget (decoder: canvas, disposal copy, bitstream scratch; encoder: its
    // canvases and candidate encodings; see the .cpp).
    static qint64 estimatedPeakBytes(const AnimationInfo &info, int width);
};

} // namespace mechdock::mech
