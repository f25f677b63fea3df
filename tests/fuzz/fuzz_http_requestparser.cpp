// libFuzzer target: the HTTP request parser fed the input in pieces whose sizes come from the
// input, request after request as a connection would (reset after each complete one), and each
// parsed request routed and answered. Nothing may crash, stall, take more bytes than it was given,
// or keep more than the limits allow.
#include "http/httprequestparser.h"
#include "http/httprouter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace mechdock::http;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpLimits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxBodyBytes = 4096;
    HttpRequestParser parser(limits);
    HttpRouter router;
    router.add(HttpMethod::Get, "/health", [](const HttpRequest &r) {
        return HttpResponse{200, "application/json", r.query, {}};
    });
    router.add(HttpMethod::Post, "/echo", [](const HttpRequest &r) {
        return HttpResponse{200, "text/plain", r.body, {}};
    });

    qsizetype pos = 0;
    qsizetype step = size > 0 ? 1 + data[0] % 29 : 1;
    while (pos < input.size()) {
        const qsizetype piece = std::min(step, input.size() - pos);
        const qsizetype used = parser.feed(QByteArrayView(input).sliced(pos, piece));
        if (used < 0 || used > piece)
            __builtin_trap();
        pos += used;
        step = 1 + (step * 7 + 3) % 61;
        if (parser.rawBytes().size() > limits.maxHeaderBytes + limits.maxBodyBytes ||
            parser.request().body.size() > limits.maxBodyBytes)
            __builtin_trap();
        if (parser.hasError()) {
            const int status = parser.errorStatus();
            if (status < 400 || status > 505 || parser.errorReason().isEmpty())
                __builtin_trap();
            break;
        }
        if (parser.isComplete()) {
            const HttpRequest &request = parser.request();
            const HttpRouter::Match match = router.match(request.method, request.path);
            HttpResponse response = HttpResponse::error(404, "not found");
            if (match.handler && std::holds_alternative<HttpRouter::Responder>(*match.handler))
                response = std::get<HttpRouter::Responder>(*match.handler)(request);
            const QByteArray raw = response.serialize(request.method == HttpMethod::Head,
                                                      request.keepAlive(), request.minorVersion);
            if (!raw.startsWith("HTTP/1.1 ") || !raw.contains("\r\n\r\n"))
                __builtin_trap();
            parser.reset();
        } else if (used < piece) {
            __builtin_trap(); // neither done nor refused, yet it left bytes it was given
        }
    }
    return 0;
}
