// MultipartBody: multipart/form-data as Discord wants uploads: a payload_json part with the
// message and one files[n] part per attachment. Built as bytes so a retry re-sends the same body.
#pragma once

#include "restrequest.h"

namespace mechdock::discord {

class MultipartBody {
public:
    // `boundary` empty: a random one that cannot occur in the parts.
    static QByteArray build(const QByteArray &payloadJson, const QList<RestFile> &files,
                            QByteArray *contentType, const QByteArray &boundary = {});
};

} // namespace mechdock::discord
