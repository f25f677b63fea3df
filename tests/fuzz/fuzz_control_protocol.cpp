// libFuzzer target: the control API's message parser. The input is read as the local socket
// frames it (one message per line) and whole, as one WebSocket text message, and each message is
// parsed as a client's and as a server's. Nothing may crash or overflow; a refusal must carry one
// of the parser's codes and a message, and what is accepted must survive being built again by
// ControlProtocol and parsed back (strings only when they are valid UTF-16: JSON cannot carry a
// lone surrogate).
#include "control/controlmethod.h"
#include "control/controlprotocol.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

using namespace mechdock::control;

void check(bool condition) {
    if (!condition)
        __builtin_trap();
}

bool sameText(const QString &a, const QString &b) {
    return !a.isValidUtf16() || a == b;
}

void checkRefusal(const ControlError &error) {
    check(error.code == QLatin1String(errc::kMalformed) ||
          error.code == QLatin1String(errc::kTooLarge) ||
          error.code == QLatin1String(errc::kBadMessage));
    check(!error.message.isEmpty());
    // What the server answers with: a client must read the same code back.
    const ControlExpected<ServerMessage> echoed =
        ControlProtocol::parseServer(ControlProtocol::error(error));
    check(echoed.ok() && echoed.value().type == ServerMessage::Type::Error &&
          echoed.value().code == error.code);
}

void checkClient(QByteArrayView bytes) {
    const ControlExpected<ClientMessage> parsed = ControlProtocol::parseClient(bytes);
    if (!parsed) {
        checkRefusal(parsed.error());
        return;
    }
    const ClientMessage &m = parsed.value();
    switch (m.type) {
    case ClientMessage::Type::Hello: {
        check(m.protocol >= 0 && m.client.size() <= ControlProtocol::kMaxClientNameLength);
        const auto again =
            ControlProtocol::parseClient(ControlProtocol::hello(m.client, m.protocol));
        check(again.ok() && again.value().type == ClientMessage::Type::Hello &&
              again.value().protocol == m.protocol && sameText(m.client, again.value().client));
        break;
    }
    case ClientMessage::Type::Auth: {
        const QByteArray built = m.key.isNull() ? ControlProtocol::authPassword(m.user, m.password)
                                                : ControlProtocol::authKey(m.key);
        const auto again = ControlProtocol::parseClient(built);
        check(again.ok() && again.value().type == ClientMessage::Type::Auth &&
              sameText(m.key, again.value().key) && sameText(m.user, again.value().user) &&
              sameText(m.password, again.value().password));
        break;
    }
    case ClientMessage::Type::Request: {
        check(m.id >= 0 && m.id <= (qint64(1) << 53) && !m.method.isEmpty());
        // A known method's wire name is the one the request gave.
        if (const auto method = controlMethodFromName(m.method))
            check(controlMethodName(*method) == m.method);
        const auto again =
            ControlProtocol::parseClient(ControlProtocol::request(m.id, m.method, m.params));
        check(again.ok() && again.value().type == ClientMessage::Type::Request &&
              again.value().id == m.id && sameText(m.method, again.value().method));
        break;
    }
    }
}

void checkServer(QByteArrayView bytes) {
    const ControlExpected<ServerMessage> parsed = ControlProtocol::parseServer(bytes);
    if (!parsed) {
        checkRefusal(parsed.error());
        return;
    }
    const ServerMessage &m = parsed.value();
    if (m.type == ServerMessage::Type::Response && m.id >= 0 && m.id <= (qint64(1) << 53)) {
        const QByteArray built =
            m.ok ? ControlProtocol::response(m.id, m.result)
                 : ControlProtocol::responseError(m.id, ControlError{m.code, m.message});
        const auto again = ControlProtocol::parseServer(built);
        check(again.ok() && again.value().type == ServerMessage::Type::Response &&
              again.value().id == m.id && again.value().ok == m.ok &&
              sameText(m.code, again.value().code));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // As a WebSocket text message.
    checkClient(input);
    checkServer(input);
    // As lines on the local socket.
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        checkClient(line);
        checkServer(line);
        start = end + 1;
    }
    return 0;
}
