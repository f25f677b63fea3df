// WebpResult: the value every WebP operation in the mech domain returns: the encoded bytes on
// success, or a translated, user-readable error. A hostile or broken file is an error value,
// never a crash.
#pragma once

#include <QByteArray>
#include <QString>

namespace mechdock::mech {

struct WebpResult {
    bool ok = false;
    QString error;
    QByteArray data;
};

} // namespace mechdock::mech
