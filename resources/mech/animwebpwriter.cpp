// AnimWebpWriter: frames go in as straight (non-premultiplied) RGBA bytes, as WebP expects,
// whatever the machine's byte order.
#include "animwebpwriter.h"

#include <webp/encode.h>
#include <webp/mux.h>

#include <memory>

namespace mechdock::artwork {

namespace {
constexpr int kLosslessEffort = 5; // 0..9; 9 takes minutes for 2 % less
constexpr int kNearLossless = 50;  // 100 = exact pixels
} // namespace

QByteArray AnimWebpWriter::encode(const QList<QImage> &frames, int frameMs, QString *error) {
    if (frames.isEmpty()) {
        *error = QStringLiteral("no frames");
        return {};
    }
    const QSize size = frames.first().size();
    WebPAnimEncoderOptions options;
    if (!WebPAnimEncoderOptionsInit(&options)) {
        *error = QStringLiteral("libwebp version mismatch");
        return {};
    }
    options.anim_params.loop_count = 0; // forever
    options.anim_params.bgcolor = 0x00000000;
    options.allow_mixed = 0;
    std::unique_ptr<WebPAnimEncoder, decltype(&WebPAnimEncoderDelete)> encoder(
        WebPAnimEncoderNew(size.width(), size.height(), &options), &WebPAnimEncoderDelete);
    if (!encoder) {
        *error = QStringLiteral("cannot create the animation encoder");
        return {};
    }
    WebPConfig config;
    if (!WebPConfigInit(&config) || !WebPConfigLosslessPreset(&config, kLosslessEffort)) {
        *error = QStringLiteral("cannot set up lossless encoding");
        return {};
    }
    // Lossless bitstream (VP8L); near-lossless preprocessing nudges a few edge pixels by a
    // couple of levels, which cannot be seen but brings the 44 files from 3.8 MB to under 3 MB.
    config.near_lossless = kNearLossless;
    config.exact = 0; // invisible pixels may change colour: smaller files, same picture
    int timestamp = 0;
    for (const QImage &source : frames) {
        const QImage image = source.convertToFormat(QImage::Format_RGBA8888);
        WebPPicture picture;
        if (!WebPPictureInit(&picture)) {
            *error = QStringLiteral("cannot initialise a picture");
            return {};
        }
        picture.use_argb = 1;
        picture.width = image.width();
        picture.height = image.height();
        const bool imported =
            WebPPictureImportRGBA(&picture, image.constBits(), int(image.bytesPerLine()));
        const bool added =
            imported && WebPAnimEncoderAdd(encoder.get(), &picture, timestamp, &config);
        WebPPictureFree(&picture);
        if (!added) {
            *error = QStringLiteral("cannot add a frame: %1")
                         .arg(QString::fromUtf8(WebPAnimEncoderGetError(encoder.get())));
            return {};
        }
        timestamp += frameMs;
    }
    WebPAnimEncoderAdd(encoder.get(), nullptr, timestamp, nullptr);
    WebPData data;
    WebPDataInit(&data);
    if (!WebPAnimEncoderAssemble(encoder.get(), &data)) {
        *error = QStringLiteral("cannot assemble the animation: %1")
                     .arg(QString::fromUtf8(WebPAnimEncoderGetError(encoder.get())));
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(data.bytes), qsizetype(data.size));
    WebPDataClear(&data);
    return out;
}

} // namespace mechdock::artwork
