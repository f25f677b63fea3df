// AnimationTranscoder: streaming resize of an animated WebP.
//
// Peak memory (W x H input canvas, w x h output), besides the input and the output bytes:
//   decoder  : its canvas and a copy for disposal (2 * W*H*4), plus the frame decoder's scratch
//              (lossless: about one more W*H*4);
//   scaler   : two rows of w*4 floats and the weight tables (about (W+H) * 8 bytes);
//   picture  : one scaled ARGB frame (w*h*4), handed to the encoder and reused;
//   encoder  : its current, previous and disposed canvases (3 * w*h*4), candidate bitstreams
//              of one frame, the lossless encoder's scratch (at method 1: a few copies of the
//              frame plus libwebp's fixed 1 MiB match hash table), and the encoded frames so far.
// No list of decoded frames exists at any time.
#include "mech/animationtranscoder.h"

#include "mech/animationinfo.h"
#include "mech/webpcontainer.h"
#include "monitor/operationmetrics.h"

#include <QCoreApplication>

#include <webp/demux.h>
#include <webp/encode.h>
#include <webp/mux.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace mechdock::mech {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("mechdock::mech::AnimationTranscoder", text);
}

// Resampling weights along one axis: output index i reads source [first, first + count).
struct AxisWeights {
    std::vector<int> first;
    std::vector<int> count;
    std::vector<int> offset;
    std::vector<float> weights;

    AxisWeights(int source, int target) {
        first.resize(size_t(target));
        count.resize(size_t(target));
        offset.resize(size_t(target));
        const double scale = double(target) / double(source);
        for (int i = 0; i < target; ++i) {
            offset[size_t(i)] = int(weights.size());
            if (scale <= 1.0) {
                // Area average: the output pixel covers [i/scale, (i+1)/scale) of the source.
                const double lo = double(i) / scale;
                const double hi = std::min(double(source), double(i + 1) / scale);
                const int a = int(std::floor(lo));
                const int b = std::min(source, int(std::ceil(hi)));
                double total = 0;
                for (int s = a; s < b; ++s)
                    total += std::min(hi, double(s + 1)) - std::max(lo, double(s));
                for (int s = a; s < b; ++s) {
                    const double cover = std::min(hi, double(s + 1)) - std::max(lo, double(s));
                    weights.push_back(float(cover / total));
                }
                first[size_t(i)] = a;
                count[size_t(i)] = b - a;
            } else {
                // Bilinear between the two nearest source centres, clamped at the edges.
                const double centre = (double(i) + 0.5) / scale - 0.5;
                const int s0 = std::clamp(int(std::floor(centre)), 0, source - 1);
                const int s1 = std::min(s0 + 1, source - 1);
                const double t = std::clamp(centre - double(s0), 0.0, 1.0);
                first[size_t(i)] = s0;
                if (s1 == s0) {
                    weights.push_back(1.0f);
                    count[size_t(i)] = 1;
                } else {
                    weights.push_back(float(1.0 - t));
                    weights.push_back(float(t));
                    count[size_t(i)] = 2;
                }
            }
        }
    }
};

// Scales a straight-alpha RGBA canvas into the picture's ARGB buffer. Colours are weighted by
// alpha (premultiplied in float) so transparent pixels do not bleed their hidden colour.
class FrameScaler {
public:
    FrameScaler(int sourceWidth, int sourceHeight, int width, int height)
        : m_sourceWidth(sourceWidth)
        , m_width(width)
        , m_height(height)
        , m_horizontal(sourceWidth, width)
        , m_vertical(sourceHeight, height)
        , m_row(size_t(width) * 4)
        , m_sum(size_t(width) * 4) {}

    void scale(const uint8_t *rgba, WebPPicture *picture) {
        for (int y = 0; y < m_height; ++y) {
            std::fill(m_sum.begin(), m_sum.end(), 0.0f);
            const int first = m_vertical.first[size_t(y)];
            const int count = m_vertical.count[size_t(y)];
            const float *vw = m_vertical.weights.data() + m_vertical.offset[size_t(y)];
            for (int k = 0; k < count; ++k) {
                horizontal(rgba + size_t(first + k) * size_t(m_sourceWidth) * 4);
                const float w = vw[k];
                for (size_t i = 0; i < m_sum.size(); ++i)
                    m_sum[i] += w * m_row[i];
            }
            uint32_t *out = picture->argb + size_t(y) * size_t(picture->argb_stride);
            for (int x = 0; x < m_width; ++x) {
                const float *p = m_sum.data() + size_t(x) * 4;
                const float alpha = p[3];
                const int a = std::clamp(int(std::lround(alpha)), 0, 255);
                uint32_t r = 0, g = 0, b = 0;
                if (a > 0) {
                    r = uint32_t(std::clamp(int(std::lround(p[0] / alpha)), 0, 255));
                    g = uint32_t(std::clamp(int(std::lround(p[1] / alpha)), 0, 255));
                    b = uint32_t(std::clamp(int(std::lround(p[2] / alpha)), 0, 255));
                }
                out[x] = uint32_t(a) << 24 | r << 16 | g << 8 | b;
            }
        }
    }

private:
    void horizontal(const uint8_t *src) {
        for (int x = 0; x < m_width; ++x) {
            const int first = m_horizontal.first[size_t(x)];
            const int count = m_horizontal.count[size_t(x)];
            const float *hw = m_horizontal.weights.data() + m_horizontal.offset[size_t(x)];
            float r = 0, g = 0, b = 0, a = 0;
            for (int k = 0; k < count; ++k) {
                const uint8_t *px = src + size_t(first + k) * 4;
                const float wa = hw[k] * float(px[3]);
                r += wa * float(px[0]);
                g += wa * float(px[1]);
                b += wa * float(px[2]);
                a += wa;
            }
            float *o = m_row.data() + size_t(x) * 4;
            o[0] = r;
            o[1] = g;
            o[2] = b;
            o[3] = a;
        }
    }

    int m_sourceWidth;
    int m_width;
    int m_height;
    AxisWeights m_horizontal;
    AxisWeights m_vertical;
    std::vector<float> m_row;
    std::vector<float> m_sum;
};

struct DecoderDeleter {
    void operator()(WebPAnimDecoder *d) const { WebPAnimDecoderDelete(d); }
};
struct EncoderDeleter {
    void operator()(WebPAnimEncoder *e) const { WebPAnimEncoderDelete(e); }
};
struct PictureGuard {
    WebPPicture picture;
    PictureGuard() { WebPPictureInit(&picture); }
    ~PictureGuard() { WebPPictureFree(&picture); }
    Q_DISABLE_COPY_MOVE(PictureGuard)
};

} // namespace

int AnimationTranscoder::scaledHeight(int inputWidth, int inputHeight, int width) {
    if (inputWidth <= 0 || inputHeight <= 0 || width <= 0)
        return 0;
    const double h = std::round(double(inputHeight) * double(width) / double(inputWidth));
    return int(std::clamp(h, 1.0, double(WebpContainer::kMaxCanvasSide) + 1));
}

qint64 AnimationTranscoder::estimatedPeakBytes(const AnimationInfo &info, int width) {
    const qint64 in = qint64(info.width) * info.height * 4;
    const qint64 out = qint64(width) * scaledHeight(info.width, info.height, width) * 4;
    return 3 * in + 8 * out;
}

WebpResult AnimationTranscoder::resize(const QByteArray &webp, int width, int quality) {
    monitor::OperationMetrics::Timer timer(monitor::OperationMetrics::global(),
                                           QStringLiteral("mech.resize"));
    timer.fail();
    WebpResult result;
    if (width < 1 || width > WebpContainer::kMaxCanvasSide) {
        result.error = tr("the width %1 is out of range (1 to %2)")
                           .arg(width)
                           .arg(WebpContainer::kMaxCanvasSide);
        return result;
    }
    if (quality < -1 || quality > 100) {
        result.error =
            tr("the quality %1 is out of range (0 to 100, or -1 for automatic)").arg(quality);
        return result;
    }
    WebpContainer container;
    if (!container.parse(webp, &result.error))
        return result;
    const int height = scaledHeight(container.canvasWidth(), container.canvasHeight(), width);
    if (height > WebpContainer::kMaxCanvasSide) {
        result.error = tr("the resized height %1 would be larger than the limit of %2")
                           .arg(height)
                           .arg(WebpContainer::kMaxCanvasSide);
        return result;
    }

    WebPData input{reinterpret_cast<const uint8_t *>(webp.constData()), size_t(webp.size())};
    WebPAnimDecoderOptions decoderOptions;
    if (!WebPAnimDecoderOptionsInit(&decoderOptions)) {
        result.error = tr("the WebP library does not match the version Mechdock was built with");
        return result;
    }
    decoderOptions.color_mode = MODE_RGBA;
    decoderOptions.use_threads = 0;
    const std::unique_ptr<WebPAnimDecoder, DecoderDeleter> decoder(
        WebPAnimDecoderNew(&input, &decoderOptions));
    WebPAnimInfo animInfo;
    if (!decoder || !WebPAnimDecoderGetInfo(decoder.get(), &animInfo)) {
        result.error = tr("the animation cannot be decoded");
        return result;
    }
    const int sourceWidth = int(animInfo.canvas_width);
    const int sourceHeight = int(animInfo.canvas_height);

    WebPAnimEncoderOptions encoderOptions;
    WebPConfig config;
    if (!WebPAnimEncoderOptionsInit(&encoderOptions) || !WebPConfigInit(&config)) {
        result.error = tr("the WebP library does not match the version Mechdock was built with");
        return result;
    }
    encoderOptions.anim_params.loop_count = int(animInfo.loop_count);
    encoderOptions.anim_params.bgcolor = animInfo.bgcolor;
    if (quality < 0 && container.anyLossless()) {
        config.lossless = 1;
        config.quality = 75;
        // Lossless effort: from method 2 on, libwebp tries several transform sets per frame
        // with a histogram per image tile each; that state was most of a resize's peak (about
        // 21 MB of 22 for a 640x597 canvas at method 4). Method 1 keeps one transform set and
        // here gives files no larger than method 4 did.
        config.method = 1;
    } else {
        config.lossless = 0;
        config.quality = float(quality < 0 ? kDefaultLossyQuality : quality);
        config.alpha_quality = 100;
    }
    if (!WebPValidateConfig(&config)) {
        result.error = tr("invalid encoder settings");
        return result;
    }
    const std::unique_ptr<WebPAnimEncoder, EncoderDeleter> encoder(
        WebPAnimEncoderNew(width, height, &encoderOptions));
    PictureGuard picture;
    picture.picture.use_argb = 1;
    picture.picture.width = width;
    picture.picture.height = height;
    if (!encoder || !WebPPictureAlloc(&picture.picture)) {
        result.error = tr("not enough memory to resize the animation");
        return result;
    }

    FrameScaler scaler(sourceWidth, sourceHeight, width, height);
    int start = 0;
    int frames = 0;
    while (WebPAnimDecoderHasMoreFrames(decoder.get())) {
        uint8_t *canvas = nullptr;
        int end = 0;
        if (!WebPAnimDecoderGetNext(decoder.get(), &canvas, &end)) {
            result.error = tr("frame %1 cannot be decoded").arg(frames + 1);
            return result;
        }
        scaler.scale(canvas, &picture.picture);
        if (!WebPAnimEncoderAdd(encoder.get(), &picture.picture, start, &config)) {
            result.error = tr("frame %1 cannot be encoded: %2")
                               .arg(frames + 1)
                               .arg(QString::fromUtf8(WebPAnimEncoderGetError(encoder.get())));
            return result;
        }
        start = end;
        ++frames;
    }
    if (frames != container.frames().size()) {
        result.error = tr("the animation cannot be decoded");
        return result;
    }
    WebPData output;
    WebPDataInit(&output);
    if (!WebPAnimEncoderAdd(encoder.get(), nullptr, start, nullptr) ||
        !WebPAnimEncoderAssemble(encoder.get(), &output)) {
        result.error = tr("the resized animation cannot be assembled: %1")
                           .arg(QString::fromUtf8(WebPAnimEncoderGetError(encoder.get())));
        WebPDataClear(&output);
        return result;
    }
    result.data = QByteArray(reinterpret_cast<const char *>(output.bytes), qsizetype(output.size));
    WebPDataClear(&output);
    // A single remaining frame (one input frame, or all frames identical after scaling) comes
    // out of the encoder as a still image; keep the result an animation with the whole time.
    WebpContainer check;
    QString checkError;
    if (!check.parse(result.data, &checkError)) {
        result.data = WebpContainer::stillAsAnimation(result.data, start, int(animInfo.loop_count),
                                                      animInfo.bgcolor);
        if (!check.parse(result.data, &checkError)) {
            result.data.clear();
            result.error = tr("the resized animation cannot be assembled: %1").arg(checkError);
            return result;
        }
    }
    result.ok = true;
    timer.setSuccess(true);
    return result;
}

} // namespace mechdock::mech
