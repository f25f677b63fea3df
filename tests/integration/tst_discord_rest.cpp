// The REST client against the local Discord server: pacing inside buckets and the global limit,
// 429s waited out as advertised, 5xx retried, 401/403/404 not, multipart uploads, command sync.
#include "discord/discordapi.h"
#include "discord/restclient.h"
#include "localdiscordserver.h"
#include "memory/cacheregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace mechdock;
using namespace mechdock::discord;
using mechdock::test::LocalDiscordServer;

namespace {

struct Harness {
    LocalDiscordServer server;
    memory::CacheRegistry registry;
    std::unique_ptr<RestClient> rest;
    std::unique_ptr<DiscordApi> api;

    bool start(int maxQueued = 1000) {
        if (!server.start())
            return false;
        RestOptions o;
        o.baseUrl = server.apiBaseUrl();
        o.token = server.token();
        o.maxQueued = maxQueued;
        o.retryBaseMs = 50;
        o.retryCapMs = 200;
        rest = std::make_unique<RestClient>(o, &Clock::system(), &registry);
        api = std::make_unique<DiscordApi>(rest.get());
        return true;
    }
};

} // namespace

class TestDiscordRest : public QObject {
    Q_OBJECT
private slots:
    void burstStaysInsideTheLimits();
    void bucket429IsRetriedAfterTheAdvertisedDelay();
    void global429HoldsEveryRoute();
    void serverErrorsAreRetried();
    void notFoundAndForbiddenAreNotRetried();
    void wrongTokenIsReported();
    void malformedBodyDoesNotCrash();
    void multipartUploadCarriesTheFile();
    void interactionCallbackAndOriginalEdit();
    void lateInteractionAnswerIsNotSent();
    void manyInteractionAnswersShareFewConnections();
    void commandsAreOverwrittenOnlyWhenChanged();
    void queueIsBounded();
};

void TestDiscordRest::burstStaysInsideTheLimits() {
    Harness h;
    QVERIFY(h.start());
    h.server.rest().setBucketLimit(QStringLiteral("POST /channels/{channel_id}/messages"), 10,
                                   0.25);
    int done = 0;
    int failed = 0;
    for (int i = 0; i < 500; ++i) {
        const QString channel = QString::number(9000 + i % 10);
        QVERIFY(h.api->createMessage(channel,
                                     QJsonObject{{QStringLiteral("content"), QString::number(i)}},
                                     {}, [&](const RestResponse &r) {
                                         ++done;
                                         if (!r.ok())
                                             ++failed;
                                     }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 500, 60000);
    QCOMPARE(failed, 0);
    QCOMPARE(h.server.rest().tooManyRequestsCount(), 0);
    QCOMPARE(h.rest->stats().tooManyRequests, 0);
    QCOMPARE(h.server.rest().requestCount("POST", QStringLiteral("/api/v10/channels/")), 500);
}

void TestDiscordRest::bucket429IsRetriedAfterTheAdvertisedDelay() {
    Harness h;
    QVERIFY(h.start());
    h.server.rest().forceBucket429Once(
        QStringLiteral("PATCH /channels/{channel_id}/messages/{message_id}"), 0.4);
    RestResponse result;
    bool finished = false;
    h.api->createMessage(
        QStringLiteral("1"), QJsonObject{{QStringLiteral("content"), QStringLiteral("a")}}, {},
        [&](const RestResponse &r) {
            const QString id = r.json().object().value(QStringLiteral("id")).toString();
            h.api->editMessage(QStringLiteral("1"), id,
                               QJsonObject{{QStringLiteral("content"), QStringLiteral("b")}}, {},
                               [&](const RestResponse &e) {
                                   result = e;
                                   finished = true;
                               });
        });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.attempts, 2);
    QList<qint64> patches;
    for (const auto &r : h.server.rest().requests()) {
        if (r.method == "PATCH")
            patches.append(r.receivedAtMs);
    }
    QCOMPARE(patches.size(), 2);
    // Waited at least the advertised 0.4 s (allowing for clock granularity).
    QVERIFY2(patches[1] - patches[0] >= 395, qPrintable(QString::number(patches[1] - patches[0])));
    QCOMPARE(h.rest->stats().tooManyRequests, 1);
}

void TestDiscordRest::global429HoldsEveryRoute() {
    Harness h;
    QVERIFY(h.start());
    h.server.rest().forceGlobal429Once(0.3);
    int done = 0;
    for (int i = 0; i < 5; ++i)
        h.api->createMessage(QString::number(i + 1),
                             QJsonObject{{QStringLiteral("content"), QStringLiteral("x")}}, {},
                             [&](const RestResponse &r) { done += r.ok() ? 1 : 0; });
    QTRY_COMPARE_WITH_TIMEOUT(done, 5, 10000);
    QCOMPARE(h.rest->stats().tooManyRequestsGlobal, 1);
    // Only the forced 429: no request ran into it again.
    QCOMPARE(h.rest->stats().tooManyRequests, 1);
}

void TestDiscordRest::serverErrorsAreRetried() {
    Harness h;
    QVERIFY(h.start());
    h.server.rest().failNext(2, 502);
    RestResponse result;
    bool finished = false;
    h.api->createMessage(QStringLiteral("5"),
                         QJsonObject{{QStringLiteral("content"), QStringLiteral("x")}}, {},
                         [&](const RestResponse &r) {
                             result = r;
                             finished = true;
                         });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QVERIFY(result.ok());
    QCOMPARE(result.attempts, 3);
    QCOMPARE(h.rest->stats().retries, 2);
}

void TestDiscordRest::notFoundAndForbiddenAreNotRetried() {
    Harness h;
    QVERIFY(h.start());
    RestResponse result;
    bool finished = false;
    h.rest->enqueue(RestRequest::get(QStringLiteral("/no/such/route")), [&](const RestResponse &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.attempts, 1);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(h.server.rest().requestCount("GET", QStringLiteral("/api/v10/no/such")), 1);
    QCOMPARE(h.rest->stats().invalidRequests, 1);
}

void TestDiscordRest::wrongTokenIsReported() {
    Harness h;
    QVERIFY(h.start());
    h.rest->setToken(QStringLiteral("wrong"));
    QSignalSpy unauthorized(h.rest.get(), &RestClient::unauthorized);
    RestResponse result;
    bool finished = false;
    h.api->createMessage(QStringLiteral("5"),
                         QJsonObject{{QStringLiteral("content"), QStringLiteral("x")}}, {},
                         [&](const RestResponse &r) {
                             result = r;
                             finished = true;
                         });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(unauthorized.size(), 1);
}

void TestDiscordRest::malformedBodyDoesNotCrash() {
    Harness h;
    QVERIFY(h.start());
    h.server.rest().malformedNext(1);
    RestResponse result;
    bool finished = false;
    h.api->createMessage(QStringLiteral("5"),
                         QJsonObject{{QStringLiteral("content"), QStringLiteral("x")}}, {},
                         [&](const RestResponse &r) {
                             result = r;
                             finished = true;
                         });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().isNull());
}

void TestDiscordRest::multipartUploadCarriesTheFile() {
    Harness h;
    QVERIFY(h.start());
    QByteArray webp("RIFF\x10\x00\x00\x00WEBPVP8X", 16);
    webp.append(QByteArray(70000, '\x7f'));
    bool finished = false;
    RestResponse result;
    h.api->createMessage(
        QStringLiteral("77"),
        QJsonObject{
            {QStringLiteral("embeds"),
             QJsonArray{QJsonObject{{QStringLiteral("image"),
                                     QJsonObject{{QStringLiteral("url"),
                                                  QStringLiteral("attachment://mech.webp")}}}}}}},
        {RestFile{QStringLiteral("mech.webp"), "image/webp", webp}}, [&](const RestResponse &r) {
            result = r;
            finished = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto requests = h.server.rest().requests();
    QVERIFY(!requests.isEmpty());
    const auto &last = requests.last();
    QVERIFY(last.headers.value("content-type").startsWith("multipart/form-data; boundary="));
    QCOMPARE(last.parts.size(), 2);
    QCOMPARE(last.parts[0].name, QStringLiteral("payload_json"));
    const QJsonObject payload = QJsonDocument::fromJson(last.parts[0].data).object();
    QCOMPARE(payload.value(QStringLiteral("attachments"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("filename"))
                 .toString(),
             QStringLiteral("mech.webp"));
    QCOMPARE(last.parts[1].name, QStringLiteral("files[0]"));
    QCOMPARE(last.parts[1].filename, QStringLiteral("mech.webp"));
    QCOMPARE(last.parts[1].contentType, QByteArray("image/webp"));
    QCOMPARE(last.parts[1].data, webp);
}

void TestDiscordRest::interactionCallbackAndOriginalEdit() {
    Harness h;
    QVERIFY(h.start());
    QSignalSpy callbacks(&h.server.rest(), &test::LocalDiscordRest::interactionCallback);
    h.api->respond(QStringLiteral("123"), QStringLiteral("tok"),
                   InteractionCallbackType::DeferredChannelMessage,
                   QJsonObject{{QStringLiteral("flags"), 64}});
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 5000);
    QCOMPARE(callbacks.first().at(0).toString(), QStringLiteral("123"));
    QCOMPARE(callbacks.first().at(2).toJsonObject().value(QStringLiteral("type")).toInt(), 5);
    bool finished = false;
    h.api->editOriginal(QStringLiteral("app"), QStringLiteral("tok"),
                        QJsonObject{{QStringLiteral("content"), QStringLiteral("done")}}, {},
                        [&](const RestResponse &r) { finished = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    QCOMPARE(h.server.rest().requestCount(
                 "PATCH", QStringLiteral("/api/v10/webhooks/app/tok/messages/@original")),
             1);
}

void TestDiscordRest::lateInteractionAnswerIsNotSent() {
    Harness h;
    QVERIFY(h.start());
    QSignalSpy callbacks(&h.server.rest(), &test::LocalDiscordRest::interactionCallback);
    RestResponse late;
    bool lateDone = false;
    h.api->respond(
        QStringLiteral("1"), QStringLiteral("tok1"), InteractionCallbackType::ChannelMessage,
        QJsonObject{{QStringLiteral("content"), QStringLiteral("too late")}}, {},
        [&](const RestResponse &r) {
            late = r;
            lateDone = true;
        },
        Clock::system().monotonicMs() - 1);
    bool inTimeOk = false;
    h.api->respond(
        QStringLiteral("2"), QStringLiteral("tok2"), InteractionCallbackType::ChannelMessage,
        QJsonObject{{QStringLiteral("content"), QStringLiteral("in time")}}, {},
        [&](const RestResponse &r) { inTimeOk = r.ok(); }, Clock::system().monotonicMs() + 60000);
    QTRY_VERIFY_WITH_TIMEOUT(lateDone && inTimeOk, 5000);
    QCOMPARE(late.status, 0);
    QVERIFY(!late.error.isEmpty());
    QCOMPARE(callbacks.size(), 1);
    QCOMPARE(callbacks.first().at(0).toString(), QStringLiteral("2"));
    QCOMPARE(h.rest->stats().droppedLate, 1);
    QCOMPARE(h.rest->stats().requestsSent, 1);
}

void TestDiscordRest::manyInteractionAnswersShareFewConnections() {
    // A burst of answers goes out at once, not six at a time, over kept-alive connections.
    Harness h;
    QVERIFY(h.start());
    QSignalSpy callbacks(&h.server.rest(), &test::LocalDiscordRest::interactionCallback);
    constexpr int kBurst = 300;
    int ok = 0;
    for (int i = 0; i < kBurst; ++i)
        h.api->respond(QString::number(1000 + i), QStringLiteral("t%1").arg(i),
                       InteractionCallbackType::ChannelMessage,
                       QJsonObject{{QStringLiteral("content"), QStringLiteral("pong")}}, {},
                       [&](const RestResponse &r) { ok += r.ok() ? 1 : 0; });
    QTRY_COMPARE_WITH_TIMEOUT(ok, kBurst, 20000);
    QCOMPARE(callbacks.size(), kBurst);
    const int connections = h.rest->connectionCount();
    QVERIFY2(connections >= 1 && connections <= 32, qPrintable(QString::number(connections)));
}

void TestDiscordRest::commandsAreOverwrittenOnlyWhenChanged() {
    Harness h;
    QVERIFY(h.start());
    const QJsonArray commands{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("ping")},
                    {QStringLiteral("description"), QStringLiteral("Latency")},
                    {QStringLiteral("type"), 1}}};
    int calls = 0;
    bool changed = false;
    QString error;
    auto done = [&](bool c, const QString &e) {
        ++calls;
        changed = c;
        error = e;
    };
    h.api->syncCommands(QStringLiteral("app"), QStringLiteral("42"), commands, done);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(changed);
    h.api->syncCommands(QStringLiteral("app"), QStringLiteral("42"), commands, done);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 5000);
    QVERIFY(!changed);
    QCOMPARE(h.server.rest().requestCount(
                 "PUT", QStringLiteral("/api/v10/applications/app/guilds/42/commands")),
             1);
}

void TestDiscordRest::queueIsBounded() {
    Harness h;
    QVERIFY(h.start(10));
    h.server.rest().setResponseDelayMs(300);
    int rejected = 0;
    int completed = 0;
    for (int i = 0; i < 20; ++i) {
        const bool accepted = h.api->createMessage(
            QStringLiteral("3"), QJsonObject{{QStringLiteral("content"), QString::number(i)}}, {},
            [&](const RestResponse &r) {
                if (r.ok())
                    ++completed;
            });
        rejected += accepted ? 0 : 1;
    }
    QCOMPARE(rejected, 10);
    QTRY_COMPARE_WITH_TIMEOUT(completed, 10, 20000);
    QCOMPARE(h.rest->stats().rejectedQueueFull, 10);
    bool listed = false;
    for (const memory::CacheStats &s : h.registry.list())
        listed = listed || (s.name == QStringLiteral("discord.rest.queue") && s.maxEntries == 10);
    QVERIFY(listed);
}

QTEST_GUILESS_MAIN(TestDiscordRest)
#include "tst_discord_rest.moc"
