#include "multipartbody.h"

#include <QRandomGenerator>

namespace mechdock::discord {

namespace {
QByteArray quoted(const QString &value) {
    // Quotes and line breaks would end the header early; they have no place in a filename.
    QByteArray out = value.toUtf8();
    out.replace('"', '_').replace('\r', '_').replace('\n', '_').replace('\\', '_');
    return out;
}

bool occursIn(const QByteArray &boundary, const QByteArray &json, const QList<RestFile> &files) {
    if (json.contains(boundary))
        return true;
    for (const RestFile &f : files) {
        if (f.data.contains(boundary))
            return true;
    }
    return false;
}
} // namespace

QByteArray MultipartBody::build(const QByteArray &payloadJson, const QList<RestFile> &files,
                                QByteArray *contentType, const QByteArray &fixedBoundary) {
    QByteArray boundary = fixedBoundary;
    while (boundary.isEmpty() || occursIn(boundary, payloadJson, files)) {
        boundary = "mechdock-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
                   QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        if (!fixedBoundary.isEmpty())
            break;
    }
    *contentType = "multipart/form-data; boundary=" + boundary;

    qsizetype size = payloadJson.size() + 256;
    for (const RestFile &f : files)
        size += f.data.size() + 256;
    QByteArray body;
    body.reserve(size);
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"payload_json\"\r\n";
    body += "Content-Type: application/json\r\n\r\n";
    body += payloadJson + "\r\n";
    for (int i = 0; i < files.size(); ++i) {
        const RestFile &f = files.at(i);
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"files[" + QByteArray::number(i) +
                "]\"; filename=\"" + quoted(f.filename) + "\"\r\n";
        body += "Content-Type: " +
                (f.contentType.isEmpty() ? QByteArray("application/octet-stream") : f.contentType) +
                "\r\n\r\n";
        body += f.data + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

} // namespace mechdock::discord
