// libFuzzer target for the Minecraft Server List Ping parser: any byte stream is framed or
// refused without taking more than it announces or more than the bound; every frame's status
// packet and the raw input as JSON parse or fail with a reason; kept names stay bounded.
#include "gamequery/slpcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mechdock::gamequery;

namespace {
void check(const GameQueryResult &r) {
    if (!r.ok && r.error.isEmpty())
        std::abort();
    if (r.ok && (r.online < 0 || r.max < 0))
        std::abort();
    if (r.names.size() > kMaxPlayerNames)
        std::abort();
    for (const QString &name : r.names) {
        if (name.isEmpty() || name.size() > kMaxPlayerNameLength)
            std::abort();
    }
    if (r.serverName.size() > 256)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 512 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray buffer = input;
    for (int frames = 0; frames < 1000; ++frames) {
        const qsizetype before = buffer.size();
        const SlpFrame frame = SlpCodec::takeFrame(buffer);
        if (frame.status == SlpFrameStatus::Invalid) {
            if (frame.error.isEmpty())
                std::abort();
            break;
        }
        if (frame.status == SlpFrameStatus::NeedMore) {
            if (buffer.size() != before)
                std::abort();
            break;
        }
        if (frame.payload.isEmpty() || frame.payload.size() > SlpCodec::kMaxPacket ||
            buffer.size() >= before)
            std::abort();
        check(SlpCodec::parseStatusPacket(frame.payload));
    }
    check(SlpCodec::parseStatusJson(input));
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    const QString text =
        SlpCodec::plainText(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    if (text.size() > 256)
        std::abort();
    return 0;
}
