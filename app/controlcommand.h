// ControlCommand: `mechdock control fingerprint` prints the SHA-256 fingerprint of the certificate
// the remote control API presents (or would present), for clients to confirm; `mechdock control
// add-key NAME` makes an API key, stores only its hash in control.apiKeys and shows the key once.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mechdock::app {

class ControlCommand {
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace mechdock::app
