// ListenAddress: "ADDRESS:PORT" of a setting as a listener takes it ("localhost" and "[::1]"
// included), shared by the remote control listener and the web page.
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace mechdock::control {

struct ListenAddress {
    QHostAddress host;
    quint16 port = 0;

    // Port 0 (a free one) is for tests; the settings validator asks for 1 to 65535.
    static std::optional<ListenAddress> parse(const QString &text);
};

} // namespace mechdock::control
