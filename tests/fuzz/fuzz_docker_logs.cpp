// libFuzzer target: the log de-multiplexer fed the input in pieces whose sizes come from the
// input (frames split anywhere), in multiplexed and raw mode, and the event-line reader on the
// same bytes. Nothing may crash, and the kept text stays within the byte budget.
#include "docker/dockereventstream.h"
#include "docker/logdemuxer.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), int(size));
    constexpr int kBudget = 4096;
    for (bool raw : {false, true}) {
        mechdock::docker::LogDemuxer demuxer(kBudget);
        demuxer.setRaw(raw);
        int pos = 0;
        int step = size > 0 ? 1 + data[size - 1] % 13 : 1;
        while (pos < input.size()) {
            if (!demuxer.feed(input.mid(pos, step)))
                break;
            pos += step;
            step = 1 + (step * 5 + 3) % 29;
        }
        // The budget is in bytes of payload; the text is their UTF-8 decoding.
        if (demuxer.text().toUtf8().size() > kBudget * 3)
            __builtin_trap();
        (void)demuxer.lines();
    }
    mechdock::docker::ContainerEvent event;
    for (const QByteArray &line : input.split('\n'))
        mechdock::docker::DockerEventStream::parseEvent(line, &event);
    return 0;
}
