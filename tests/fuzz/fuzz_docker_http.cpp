// libFuzzer target: the HTTP response parser fed the input in pieces whose sizes come from the
// input, and the log de-multiplexer on the same bytes. Neither may crash or grow past its limits.
#include "docker/logdemuxer.h"
#include "http/httpresponseparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), int(size));
    mechdock::http::HttpResponseParser::Limits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 65536;
    mechdock::http::HttpResponseParser parser(limits);
    int pos = 0;
    int step = size > 0 ? 1 + data[0] % 17 : 1;
    while (pos < input.size() && parser.feed(input.mid(pos, step))) {
        pos += step;
        step = 1 + (step * 7) % 23;
    }
    parser.finishStream();
    if (parser.body().size() > limits.maxBodyBytes)
        __builtin_trap();

    mechdock::docker::LogDemuxer demuxer(8192);
    demuxer.feed(input.left(int(size / 2)));
    demuxer.feed(input.mid(int(size / 2)));
    if (demuxer.text().toUtf8().size() > 8192 * 4)
        __builtin_trap();
    return 0;
}
