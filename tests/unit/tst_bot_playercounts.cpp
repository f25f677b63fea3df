// Player counts in Discord messages: "👥 3/16" on a queried, running container's status line,
// "👥 —" while unknown, nothing otherwise; names only on the detailed views, escaped and bounded.
#include "bot/playercounttext.h"
#include "bot/replylocalizer.h"
#include "bot/statusmessagebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mechdock::bot;

namespace {
ContainerView game(int online, int max, const QStringList &names = {}) {
    ContainerView v;
    v.endpoint = QStringLiteral("local");
    v.name = QStringLiteral("valheim");
    v.displayName = QStringLiteral("Valheim");
    v.known = true;
    v.running = true;
    v.state = QStringLiteral("running");
    v.playersQueried = true;
    v.playersOnline = online;
    v.playersMax = max;
    v.playerNames = names;
    return v;
}

QString description(const QJsonObject &message) {
    return message.value(QStringLiteral("embeds"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("description"))
        .toString();
}
} // namespace

class TestBotPlayerCounts : public QObject {
    Q_OBJECT
private slots:
    void countOnTheStatusLine() {
        ReplyLocalizer localizer;
        StatusMessageBuilder builder(localizer);
        QVERIFY(builder.statusLine(game(3, 16), QStringLiteral("en-US"), false)
                    .endsWith(QStringLiteral(" · 👥 3/16")));
        QVERIFY(builder.statusLine(game(-1, -1), QStringLiteral("en-US"), true)
                    .endsWith(QStringLiteral(" · 👥 —")));
        ContainerView stopped = game(3, 16);
        stopped.running = false;
        QVERIFY(!builder.statusLine(stopped, QStringLiteral("en-US"), true).contains(u"👥"));
        ContainerView plain = game(3, 16);
        plain.playersQueried = false;
        QVERIFY(!builder.statusLine(plain, QStringLiteral("en-US"), true).contains(u"👥"));
    }

    void namesOnlyWhenExpanded() {
        ReplyLocalizer localizer;
        StatusMessageBuilder builder(localizer);
        const ContainerView v =
            game(2, 10, {QStringLiteral("*bold*"), QStringLiteral("under_score")});
        const QString expanded =
            description(builder.containerMessage(v, QStringLiteral("en-US"), true, true));
        QVERIFY2(expanded.contains(QStringLiteral("👥 \\*bold\\*, under\\_score")),
                 qPrintable(expanded));
        const QString collapsed =
            description(builder.containerMessage(v, QStringLiteral("en-US"), true, false));
        QVERIFY(collapsed.contains(QStringLiteral("👥 2/10")));
        QVERIFY(!collapsed.contains(QStringLiteral("bold")));
    }

    void namesAreBounded() {
        QStringList names;
        for (int i = 0; i < 64; ++i)
            names.append(QString(20, QLatin1Char('a' + i % 26)));
        const QString text = PlayerCountText::names(game(100, 100, names));
        QVERIFY(text.size() <= PlayerCountText::kMaxNamesText);
        QVERIFY2(text.endsWith(QStringLiteral(", +87")), qPrintable(text)); // 13 shown of 100
        QCOMPARE(PlayerCountText::names(game(0, 10)), QString());
    }

    void manyGameServersStayWithinDiscordsLimits() {
        ReplyLocalizer localizer;
        StatusMessageBuilder builder(localizer);
        QList<ContainerView> list;
        for (int i = 0; i < 200; ++i) {
            ContainerView v = game(255, 255, QStringList(64, QString(64, QLatin1Char('x'))));
            v.name = QStringLiteral("game%1").arg(i);
            v.displayName = v.name;
            list.append(v);
        }
        for (const QJsonObject &m :
             {builder.overview(list, QStringLiteral("en-US"), true, 0),
              builder.controlOverview(list, QStringLiteral("en-US")),
              builder.containerMessage(list.first(), QStringLiteral("en-US"), true, true)})
            QVERIFY(description(m).size() <= StatusMessageBuilder::kMaxDescription);
        QVERIFY(description(builder.overview(list, QStringLiteral("en-US"), true, 0))
                    .contains(QStringLiteral("👥 255/255")));
    }
};

QTEST_GUILESS_MAIN(TestBotPlayerCounts)
#include "tst_bot_playercounts.moc"
