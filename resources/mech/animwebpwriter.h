// AnimWebpWriter: encodes frames into a lossless (VP8L) animated WebP with libwebp's
// WebPAnimEncoder (every frame the same duration, looping forever).
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace mechdock::artwork {

class AnimWebpWriter {
public:
    // Returns the file bytes, or an empty array with `error` set.
    static QByteArray encode(const QList<QImage> &frames, int frameMs, QString *error);
};

} // namespace mechdock::artwork
