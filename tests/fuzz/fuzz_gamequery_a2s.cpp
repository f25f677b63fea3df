// libFuzzer target for the A2S parser: any datagram parses or is refused with a reason, never
// reads past its end; what it keeps stays within the bounds. The input is also cut into parts
// (at 0xFE bytes) and fed as split answers, and a completed answer is parsed again.
#include "gamequery/a2scodec.h"
#include "gamequery/a2ssplitassembler.h"

#include <cstdint>
#include <cstdlib>

using namespace mechdock::gamequery;

namespace {
void check(const A2sPacket &p) {
    if (p.kind == A2sPacketKind::Invalid && p.error.isEmpty())
        std::abort();
    if (p.result.names.size() > kMaxPlayerNames)
        std::abort();
    for (const QString &name : p.result.names) {
        if (name.isEmpty() || name.size() > kMaxPlayerNameLength)
            std::abort();
    }
    if (p.kind == A2sPacketKind::SplitPart &&
        (p.split.total < 1 || p.split.total > A2sCodec::kMaxSplitParts ||
         p.split.number >= p.split.total || p.split.payload.size() > A2sCodec::kMaxDatagram))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    check(A2sCodec::parse(input));

    A2sSplitAssembler assembler;
    for (const QByteArray &chunk : input.split('\xFE')) {
        const A2sPacket p = A2sCodec::parse(QByteArray("\xFE\xFF\xFF\xFF", 4) + chunk);
        check(p);
        if (p.kind != A2sPacketKind::SplitPart)
            continue;
        if (const std::optional<QByteArray> whole = assembler.add(p.split)) {
            if (whole->size() > A2sCodec::kMaxSplitParts * A2sCodec::kMaxDatagram)
                std::abort();
            check(A2sCodec::parse(*whole));
        }
    }
    return 0;
}
