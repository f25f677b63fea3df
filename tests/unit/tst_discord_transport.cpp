// The transport's pure parts with an injected clock: zlib-stream framing, close-code decisions,
// reconnect backoff, the gateway send limit, the identify budget, REST buckets and multipart.
#include "common/clock.h"
#include "discord/gatewayclosecode.h"
#include "discord/gatewaysendlimiter.h"
#include "discord/identifybudget.h"
#include "discord/multipartbody.h"
#include "discord/ratelimitheaders.h"
#include "discord/reconnectbackoff.h"
#include "discord/restratelimiter.h"
#include "discord/zlibstreaminflater.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace mechdock;
using namespace mechdock::discord;

namespace {

// A deflate stream like Discord's: one context, every payload flushed with Z_SYNC_FLUSH.
class Deflater {
public:
    Deflater() { deflateInit(&m_z, Z_DEFAULT_COMPRESSION); }
    ~Deflater() { deflateEnd(&m_z); }
    QByteArray compress(const QByteArray &in) {
        QByteArray out;
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_z.avail_in = uInt(in.size());
        char buf[4096];
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(buf);
            m_z.avail_out = sizeof buf;
            deflate(&m_z, Z_SYNC_FLUSH);
            out.append(buf, qsizetype(sizeof buf - m_z.avail_out));
        } while (m_z.avail_out == 0);
        return out;
    }

private:
    z_stream m_z{};
};

QByteArray payload(int i, int padding = 0) {
    return QByteArray("{\"op\":0,\"s\":") + QByteArray::number(i) +
           ",\"t\":\"X\",\"d\":{\"pad\":\"" + QByteArray(padding, 'a' + char(i % 26)) + "\"}}";
}

} // namespace

class TestDiscordTransport : public QObject {
    Q_OBJECT
private slots:
    void inflaterJoinsFramesSplitAnywhere();
    void inflaterKeepsOneContextAcrossMessages();
    void inflaterRejectsCorruptAndOversized();
    void closeCodesDecideResumeReidentifyOrStop();
    void backoffGrowsWithJitterAndCap();
    void sendLimiterKeepsSlotsForHeartbeats();
    void identifyBudgetHonoursConcurrencyAndDailyLimit();
    void routeKeysKeepTheMajorParameter();
    void bucketWaitsUntilReset();
    void tooManyRequestsBlocksExactlyRetryAfter();
    void globalLimitIsFiftyPerSecondExceptCallbacks();
    void bucketMapStaysBounded();
    void headersParse();
    void multipartCarriesPayloadAndFiles();
};

void TestDiscordTransport::inflaterJoinsFramesSplitAnywhere() {
    Deflater deflater;
    ZlibStreamInflater inflater;
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 200; ++i) {
        const QByteArray original = payload(i, int(rng->bounded(0, 3000)));
        const QByteArray compressed = deflater.compress(original);
        QVERIFY(compressed.endsWith(QByteArray("\x00\x00\xff\xff", 4)));
        // Split at random points, including inside the 4-byte suffix.
        qsizetype offset = 0;
        QByteArray message;
        QString error;
        while (offset < compressed.size()) {
            const qsizetype chunk =
                std::min<qsizetype>(compressed.size() - offset, rng->bounded(1, 64));
            const auto status = inflater.feed(compressed.mid(offset, chunk), &message, &error);
            offset += chunk;
            if (offset < compressed.size() &&
                !compressed.left(offset).endsWith(QByteArray("\x00\x00\xff\xff", 4)))
                QCOMPARE(status, ZlibStreamInflater::Status::NeedMore);
            else if (offset == compressed.size())
                QCOMPARE(status, ZlibStreamInflater::Status::Message);
            QVERIFY2(status != ZlibStreamInflater::Status::Error, qPrintable(error));
        }
        QCOMPARE(message, original);
    }
    QCOMPARE(inflater.pendingBytes(), 0);
}

void TestDiscordTransport::inflaterKeepsOneContextAcrossMessages() {
    // A repeated payload compresses to back-references into earlier messages: inflating it needs
    // the context kept from the first message; a fresh context per message would fail.
    Deflater deflater;
    ZlibStreamInflater inflater;
    const QByteArray original = payload(7, 2000);
    QByteArray message;
    QString error;
    QCOMPARE(inflater.feed(deflater.compress(original), &message, &error),
             ZlibStreamInflater::Status::Message);
    const QByteArray second = deflater.compress(original);
    QVERIFY(second.size() < 100);
    QCOMPARE(inflater.feed(second, &message, &error), ZlibStreamInflater::Status::Message);
    QCOMPARE(message, original);

    ZlibStreamInflater fresh;
    QCOMPARE(fresh.feed(second, &message, &error), ZlibStreamInflater::Status::Error);
    QVERIFY(!error.isEmpty());
}

void TestDiscordTransport::inflaterRejectsCorruptAndOversized() {
    ZlibStreamInflater inflater;
    QByteArray message;
    QString error;
    QCOMPARE(
        inflater.feed(QByteArray("garbage!") + QByteArray("\x00\x00\xff\xff", 4), &message, &error),
        ZlibStreamInflater::Status::Error);
    QVERIFY(!error.isEmpty());
    // Once broken, it stays broken until reset (the connection is replaced).
    QCOMPARE(inflater.feed(QByteArray("x"), &message, &error), ZlibStreamInflater::Status::Error);
    inflater.reset();
    Deflater deflater;
    QCOMPARE(inflater.feed(deflater.compress(payload(1)), &message, &error),
             ZlibStreamInflater::Status::Message);

    // A message that inflates past the limit, and a stream that never ends its message.
    ZlibStreamInflater small(1000);
    Deflater d2;
    QCOMPARE(small.feed(d2.compress(payload(2, 5000)), &message, &error),
             ZlibStreamInflater::Status::Error);
    ZlibStreamInflater endless(1000);
    ZlibStreamInflater::Status status = ZlibStreamInflater::Status::NeedMore;
    for (int i = 0; i < 20 && status == ZlibStreamInflater::Status::NeedMore; ++i)
        status = endless.feed(QByteArray(100, 'z'), &message, &error);
    QCOMPARE(status, ZlibStreamInflater::Status::Error);
}

void TestDiscordTransport::closeCodesDecideResumeReidentifyOrStop() {
    for (int code : {4000, 4001, 4002, 4005, 4008, 1000, 1001, 1006})
        QCOMPARE(GatewayCloseCode::classify(code).action, CloseAction::Resume);
    for (int code : {4003, 4007, 4009})
        QCOMPARE(GatewayCloseCode::classify(code).action, CloseAction::Reidentify);
    for (int code : {4004, 4010, 4011, 4012, 4013, 4014}) {
        const CloseCodeInfo info = GatewayCloseCode::classify(code);
        QCOMPARE(info.action, CloseAction::Fatal);
        QVERIFY2(info.reason.contains(QString::number(code)), qPrintable(info.reason));
    }
    QVERIFY(GatewayCloseCode::classify(4004).reason.contains(QStringLiteral("token")));
    QVERIFY(GatewayCloseCode::classify(4014).reason.contains(QStringLiteral("intent")));
}

void TestDiscordTransport::backoffGrowsWithJitterAndCap() {
    double r = 0.0;
    ReconnectBackoff backoff(1000, 30000, [&r] { return r; });
    QCOMPARE(backoff.nextDelayMs(), 500); // half of base with zero jitter
    QCOMPARE(backoff.nextDelayMs(), 1000);
    QCOMPARE(backoff.nextDelayMs(), 2000);
    r = 0.999999;
    QVERIFY(qAbs(backoff.nextDelayMs() - 8000) <= 1);
    for (int i = 0; i < 50; ++i)
        QVERIFY(backoff.nextDelayMs() <= 30000);
    backoff.reset();
    r = 0.5;
    QCOMPARE(backoff.nextDelayMs(), 750);
}

void TestDiscordTransport::sendLimiterKeepsSlotsForHeartbeats() {
    ManualClock clock;
    GatewaySendLimiter limiter(&clock, 120, 60000, 5);
    for (int i = 0; i < 115; ++i) {
        QVERIFY(limiter.tryAcquire(false));
        clock.advanceMs(10);
    }
    QVERIFY(!limiter.tryAcquire(false));
    QVERIFY(limiter.msUntilAvailable(false) > 0);
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.tryAcquire(true));
    QVERIFY(!limiter.tryAcquire(true));
    QCOMPARE(limiter.sentInWindow(), 120);
    // The first send leaves the window 60 s after it was made.
    const qint64 wait = limiter.msUntilAvailable(false);
    clock.advanceMs(wait);
    QVERIFY(limiter.tryAcquire(false));
    QVERIFY(!limiter.tryAcquire(false));
}

void TestDiscordTransport::identifyBudgetHonoursConcurrencyAndDailyLimit() {
    ManualClock clock;
    IdentifyBudget budget(&clock);
    budget.update({1000, 3, 60'000, 2});
    QCOMPARE(budget.reserve(0), 0);        // key 0
    QCOMPARE(budget.reserve(1), 0);        // key 1: a second bucket in the same 5 s
    const qint64 wait = budget.reserve(2); // key 0 again
    QCOMPARE(wait, 5000);
    clock.advanceMs(4999);
    QCOMPARE(budget.reserve(2), 1);
    clock.advanceMs(1);
    QCOMPARE(budget.reserve(2), 0);
    QCOMPARE(budget.remaining(), 0);
    QCOMPARE(budget.used(), 3);
    // Nothing left: wait for the daily reset, never identify past the limit.
    clock.advanceMs(10'000);
    QCOMPARE(budget.reserve(3), 60'000 - 15'000);
    QCOMPARE(budget.used(), 3);
    clock.advanceMs(45'000);
    QCOMPARE(budget.reserve(3), 0);
    QCOMPARE(budget.remaining(), 999);
}

void TestDiscordTransport::routeKeysKeepTheMajorParameter() {
    QCOMPARE(RestRateLimiter::routeKey("PATCH", QStringLiteral("/channels/123/messages/456")),
             QStringLiteral("PATCH /channels/123/messages/:id"));
    QCOMPARE(RestRateLimiter::routeKey("POST", QStringLiteral("/channels/9/messages")),
             QStringLiteral("POST /channels/9/messages"));
    QCOMPARE(RestRateLimiter::majorParameter(QStringLiteral("/webhooks/1/tok/messages/@original")),
             QStringLiteral("webhooks/1/tok"));
    QCOMPARE(RestRateLimiter::routeKey("POST", QStringLiteral("/interactions/77/abc/callback")),
             QStringLiteral("POST /interactions/77/:token/callback"));
    QCOMPARE(RestRateLimiter::routeKey("PUT", QStringLiteral("/applications/5/guilds/6/commands")),
             QStringLiteral("PUT /applications/:id/guilds/:id/commands"));
}

void TestDiscordTransport::bucketWaitsUntilReset() {
    ManualClock clock;
    RestRateLimiter limiter(&clock);
    const QString path = QStringLiteral("/channels/1/messages");
    const QString route = RestRateLimiter::routeKey("POST", path);
    QCOMPARE(limiter.acquire(route, path, false), 0);
    RateLimitHeaders h;
    h.present = true;
    h.limit = 5;
    h.remaining = 0;
    h.resetAfterSec = 2.5;
    h.bucket = QStringLiteral("abc");
    limiter.onResponse(route, path, h);
    QCOMPARE(limiter.acquire(route, path, false), 2500);
    clock.advanceMs(2499);
    QCOMPARE(limiter.acquire(route, path, false), 1);
    clock.advanceMs(1);
    // The window passed: the bucket refilled to its limit.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(limiter.acquire(route, path, false), 0);
    // Another channel is another bucket even with the same hash.
    const QString other = QStringLiteral("/channels/2/messages");
    QCOMPARE(limiter.acquire(RestRateLimiter::routeKey("POST", other), other, false), 0);
}

void TestDiscordTransport::tooManyRequestsBlocksExactlyRetryAfter() {
    ManualClock clock;
    RestRateLimiter limiter(&clock);
    const QString path = QStringLiteral("/channels/1/messages/2");
    const QString route = RestRateLimiter::routeKey("PATCH", path);
    QCOMPARE(limiter.acquire(route, path, false), 0);
    const QByteArray body = "{\"message\":\"You are being rate limited.\",\"retry_after\":1.337,"
                            "\"global\":false}";
    const RateLimitHeaders h = RateLimitHeaders::parse(
        {{"Retry-After", "2"}, {"X-RateLimit-Bucket", "b1"}, {"X-RateLimit-Scope", "user"}}, 429,
        body);
    QCOMPARE(h.retryAfterSec, 1.337);
    QCOMPARE(limiter.onTooManyRequests(route, path, h), 1337);
    QCOMPARE(limiter.acquire(route, path, false), 1337);
    clock.advanceMs(1336);
    QCOMPARE(limiter.acquire(route, path, false), 1);
    clock.advanceMs(1);
    QCOMPARE(limiter.acquire(route, path, false), 0);

    // A global 429 blocks every route but not interaction callbacks.
    const RateLimitHeaders g = RateLimitHeaders::parse({{"X-RateLimit-Global", "true"}}, 429,
                                                       "{\"retry_after\":0.5,\"global\":true}");
    QVERIFY(g.global);
    QCOMPARE(limiter.onTooManyRequests(route, path, g), 500);
    const QString other = QStringLiteral("/guilds/3/roles");
    QCOMPARE(limiter.acquire(RestRateLimiter::routeKey("GET", other), other, false), 500);
    const QString callback = QStringLiteral("/interactions/1/t/callback");
    QCOMPARE(limiter.acquire(RestRateLimiter::routeKey("POST", callback), callback, true), 0);
    // Without a body, Retry-After counts.
    const RateLimitHeaders header = RateLimitHeaders::parse({{"Retry-After", "3"}}, 429, "");
    QCOMPARE(header.retryAfterSec, 3.0);
}

void TestDiscordTransport::globalLimitIsFiftyPerSecondExceptCallbacks() {
    ManualClock clock;
    RestRateLimiter limiter(&clock, 50);
    int sent = 0;
    for (int i = 0; i < 200; ++i) {
        const QString path = QStringLiteral("/channels/%1/messages").arg(i);
        if (limiter.acquire(RestRateLimiter::routeKey("POST", path), path, false) == 0)
            ++sent;
    }
    QCOMPARE(sent, 50);
    const QString callback = QStringLiteral("/interactions/9/t/callback");
    QCOMPARE(limiter.acquire(RestRateLimiter::routeKey("POST", callback), callback, true), 0);
    clock.advanceMs(RestRateLimiter::kGlobalWindowMs);
    const QString path = QStringLiteral("/channels/x/messages");
    QCOMPARE(limiter.acquire(RestRateLimiter::routeKey("POST", path), path, false), 0);
}

void TestDiscordTransport::bucketMapStaysBounded() {
    ManualClock clock;
    RestRateLimiter limiter(&clock, 1'000'000, 100);
    for (int i = 0; i < 10'000; ++i) {
        const QString path = QStringLiteral("/interactions/%1/tok/callback").arg(i);
        const QString route = RestRateLimiter::routeKey("POST", path);
        QCOMPARE(limiter.acquire(route, path, true), 0);
        RateLimitHeaders h;
        h.present = true;
        h.limit = 1;
        h.remaining = 0;
        h.resetAfterSec = 60;
        h.bucket = QStringLiteral("cb");
        limiter.onResponse(route, path, h);
        QVERIFY(limiter.bucketCount() <= 100);
    }
}

void TestDiscordTransport::headersParse() {
    const RateLimitHeaders h = RateLimitHeaders::parse({{"x-ratelimit-limit", "5"},
                                                        {"X-RateLimit-Remaining", "4"},
                                                        {"X-RateLimit-Reset-After", "0.250"},
                                                        {"X-RateLimit-Bucket", "abcd1234"},
                                                        {"Content-Type", "application/json"}},
                                                       200, "{}");
    QVERIFY(h.present);
    QCOMPARE(h.limit, 5);
    QCOMPARE(h.remaining, 4);
    QCOMPARE(h.resetAfterSec, 0.25);
    QCOMPARE(h.bucket, QStringLiteral("abcd1234"));
    QCOMPARE(h.retryAfterSec, -1.0);
    const RateLimitHeaders none = RateLimitHeaders::parse({}, 200, "{}");
    QVERIFY(!none.present);
}

void TestDiscordTransport::multipartCarriesPayloadAndFiles() {
    QByteArray contentType;
    RestFile file{QStringLiteral("mech\"evil\r\n.webp"), "image/webp",
                  QByteArray("RIFF\x00\x01WEBP", 10)};
    const QByteArray body =
        MultipartBody::build("{\"content\":\"hi\"}", {file}, &contentType, "BOUNDARY");
    QCOMPARE(contentType, QByteArray("multipart/form-data; boundary=BOUNDARY"));
    QVERIFY(body.startsWith("--BOUNDARY\r\nContent-Disposition: form-data; name=\"payload_json\""));
    QVERIFY(body.contains("{\"content\":\"hi\"}\r\n--BOUNDARY\r\n"));
    QVERIFY(body.contains("name=\"files[0]\"; filename=\"mech_evil__.webp\"\r\n"
                          "Content-Type: image/webp\r\n\r\n"));
    QVERIFY(body.contains(file.data + "\r\n--BOUNDARY--\r\n"));
    // A random boundary never occurs inside the data.
    QByteArray randomType;
    const QByteArray randomBody = MultipartBody::build("{}", {file}, &randomType);
    const QByteArray boundary = randomType.mid(randomType.indexOf('=') + 1);
    QVERIFY(boundary.size() > 10);
    QCOMPARE(randomBody.count("--" + boundary), 3);
}

QTEST_GUILESS_MAIN(TestDiscordTransport)
#include "tst_discord_transport.moc"
