// The Discord page, offscreen. Snapshots drive the connection line, the shard and guild tables
// and the latency chart (a bounded history; no points while not connected). The audit log is a
// real engine's (BotService with its control API on its own thread, SQLite in a temporary
// folder), read through an InProcessEngineClient, as in the application: recent commands are
// Discord's entries, each filter narrows the audit table, and without a database the page says
// why. The main window reaches both new pages by keyboard in the documented order.
#include "audittablemodel.h"
#include "discordpage.h"
#include "guildtablemodel.h"
#include "hostedengine.h"
#include "latencychart.h"
#include "mainwindow.h"
#include "mechpage.h"
#include "shardtablemodel.h"

#include "client/inprocessengineclient.h"
#include "config/settingsstore.h"
#include "control/controlserver.h"
#include "logging/loghandler.h"
#include "service/servicehost.h"
#include "storage/auditlog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>
#include <optional>

using namespace mechdock;

namespace {

constexpr int kWaitMs = 10000;

void shoot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("MECHDOCK_GUI_SHOTS");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QString cell(const QAbstractItemModel *model, int row, int column) {
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

constexpr qint64 kNow = 1'780'000'000'000;

service::ServiceSnapshot online(qint64 epochMs, double latencyMs) {
    service::ServiceSnapshot s;
    s.epochMs = epochMs;
    s.running = true;
    s.botState = service::BotState::Online;
    s.gatewayLatencyMs = latencyMs;
    s.gatewayShards = 2;
    s.gatewayShardsConnected = 2;
    s.gatewayIdentifiesRemaining = 998;
    s.commandsRegistered = true;
    s.interactionsHandled = 7;
    s.gatewayShardRows = {
        {0, QStringLiteral("connected"), latencyMs, 1, 0, -1, 120, QString()},
        {1, QStringLiteral("resuming"), -1, 1, 2, 1006, 80, QString()},
    };
    s.guilds = {
        {QStringLiteral("300"), QStringLiteral("Zeta"), 12, 1, true},
        {QStringLiteral("100"), QStringLiteral("Alpha"), 250, 0, true},
        {QStringLiteral("200"), QString(), -1, 0, false},
    };
    return s;
}

storage::AuditEntry entry(qint64 epochMs, const QString &source, const QString &actor,
                          const QString &action, const QString &result) {
    storage::AuditEntry e;
    e.epochMs = epochMs;
    e.source = source;
    e.actor = actor;
    e.action = action;
    e.target = QStringLiteral("local/web");
    e.result = result;
    return e;
}

struct Engine : test::HostedEngine<> {
    explicit Engine(bool withDatabase = true)
        : HostedEngine(test::HostedEngineOptions{QStringLiteral("local"), withDatabase}) {}
};

using test::Reply;

} // namespace

class TestGuiDiscordPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        logging::LogOptions options;
        options.toStderr = false;
        logging::LogHandler::install(options);
    }

    void snapshotsDriveStateShardsGuildsAndLatency() {
        ui::DiscordPage page;
        page.resize(1000, 700);
        QVERIFY(page.latencyChart()->isEmptyMessageShown());
        QVERIFY(page.latencyText().contains(QStringLiteral("not connected")));

        for (int i = 0; i < 5; ++i)
            page.applySnapshot(online(kNow + i * 1000, 40 + i * 10));
        QVERIFY2(page.connectionText().contains(QStringLiteral("2 of 2")),
                 qPrintable(page.connectionText()));
        QCOMPARE(page.latencyHistory().size(), 5);
        QCOMPARE(page.latencyChart()->series()->count(), 5);
        QCOMPARE(page.latencyChart()->series()->at(4).y(), 80.0);
        QVERIFY(!page.latencyChart()->isEmptyMessageShown());
        QVERIFY2(page.latencyText().contains(QStringLiteral("80 ms now")) &&
                     page.latencyText().contains(QStringLiteral("40 / 60 / 80")),
                 qPrintable(page.latencyText()));

        QCOMPARE(page.shardModel()->rowCount(), 2);
        QCOMPARE(cell(page.shardModel(), 1, ui::ShardTableModel::State),
                 QStringLiteral("resuming"));
        QCOMPARE(cell(page.shardModel(), 1, ui::ShardTableModel::CloseCode),
                 QStringLiteral("1006"));
        QCOMPARE(cell(page.shardModel(), 0, ui::ShardTableModel::Latency), QStringLiteral("80 ms"));
        // Guilds sorted by name; one not loaded yet.
        const QAbstractItemModel *guilds = page.guildView()->model();
        QCOMPARE(guilds->rowCount(), 3);
        QCOMPARE(cell(guilds, 1, ui::GuildTableModel::Name), QStringLiteral("Alpha"));
        QCOMPARE(cell(guilds, 2, ui::GuildTableModel::Name), QStringLiteral("Zeta"));
        QCOMPARE(cell(guilds, 1, ui::GuildTableModel::Members), QStringLiteral("250"));
        shoot(&page, QStringLiteral("discord-overview"));

        // Disconnected: no made-up points; the curve so far stays.
        service::ServiceSnapshot off = online(kNow + 6000, -1);
        off.botState = service::BotState::Connecting;
        off.gatewayShardsConnected = 1;
        page.applySnapshot(off);
        QCOMPARE(page.latencyHistory().size(), 5);
        QVERIFY(page.connectionText().contains(QStringLiteral("connecting")));
        QVERIFY(page.latencyText().contains(QStringLiteral("not connected")));
        // Why, and when the next attempt is.
        off.gatewayLastError = QStringLiteral("Connection refused");
        off.gatewayNextAttemptEpochMs = off.epochMs + 12500;
        page.applySnapshot(off);
        QVERIFY2(page.connectionText().contains(QStringLiteral("Connection refused")) &&
                     page.connectionText().contains(QStringLiteral("next attempt in 13 s")),
                 qPrintable(page.connectionText()));
        service::ServiceSnapshot stopped;
        stopped.botState = service::BotState::Stopped;
        stopped.botReason = QStringLiteral("Discord closed with 4004: the token is invalid");
        page.applySnapshot(stopped);
        QVERIFY(page.connectionText().contains(QStringLiteral("4004")));
        QCOMPARE(page.shardModel()->rowCount(), 0);
    }

    void latencyHistoryIsBounded() {
        ui::LatencyHistory history;
        for (int i = 0; i < ui::LatencyHistory::kCapacity + 250; ++i)
            history.add(kNow + i * 1000, i);
        QCOMPARE(history.size(), ui::LatencyHistory::kCapacity);
        QCOMPARE(history.points().first().latencyMs, 250.0);
        history.add(kNow, 5); // older than the last point: replaces it
        QCOMPARE(history.size(), ui::LatencyHistory::kCapacity);
        QCOMPARE(history.points().last().latencyMs, 5.0);
        history.add(kNow + 10'000'000, -1); // not measured: ignored
        QCOMPARE(history.size(), ui::LatencyHistory::kCapacity);
    }

    void auditFiltersAndRecentCommandsComeFromTheLog() {
        Engine engine;
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.started(), kWaitMs);
        client::EngineClient *client = engine.client();
        ui::DiscordPage page;
        page.resize(1000, 700);
        page.setClient(client);
        connect(client, &client::EngineClient::snapshotReceived, &page,
                &ui::DiscordPage::applySnapshot);
        QSignalSpy commands(&page, &ui::DiscordPage::commandsShown);
        QSignalSpy shown(&page, &ui::DiscordPage::auditShown);

        // Discord's commands and a scheduler failure three hours ago, written to the engine's
        // log as its parts write them; then a donation from this panel through the control API.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<storage::AuditEntry> entries{
            entry(now - 3 * 3600'000, QStringLiteral("scheduler"), QStringLiteral("scheduler"),
                  QStringLiteral("restart"), QStringLiteral("failed")),
            entry(now - 60'000, QStringLiteral("discord"), QStringLiteral("Ada"),
                  QStringLiteral("/ss"), QStringLiteral("ok")),
            entry(now - 50'000, QStringLiteral("discord"), QStringLiteral("Bob"),
                  QStringLiteral("button:restart"), QStringLiteral("denied")),
        };
        auto recorded = std::make_shared<std::atomic<int>>(0); // 1 written, -1 refused
        engine.host().post([entries, recorded](service::BotService &s) {
            *recorded = s.auditLog() && s.auditLog()->recordAll(entries) ? 1 : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(recorded->load() != 0, kWaitMs);
        QCOMPARE(recorded->load(), 1);
        Reply<client::DonationOutcome> donated;
        client->donate(500, QStringLiteral("Ada"), QString(), &page, donated.callback());
        QTRY_VERIFY_WITH_TIMEOUT(donated.answer.has_value(), kWaitMs);
        QVERIFY2(donated.ok(), donated.why().constData());

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The engine's snapshots reach the page: no token, so no Discord connection.
        QTRY_VERIFY_WITH_TIMEOUT(page.connectionText().contains(QStringLiteral("token")), kWaitMs);
        // Recent commands: Discord's entries only, newest first.
        QTRY_VERIFY_WITH_TIMEOUT(!commands.isEmpty(), kWaitMs);
        QCOMPARE(commands.last().at(0).toInt(), 2);
        QCOMPARE(cell(page.commandModel(), 0, ui::AuditTableModel::Action),
                 QStringLiteral("button:restart"));

        page.tabs()->setCurrentIndex(ui::DiscordPage::AuditTab);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
        QCOMPARE(shown.last().at(0).toInt(), 4);

        auto showsRows = [&](int rows) {
            return !shown.isEmpty() && shown.last().at(0).toInt() == rows;
        };
        shown.clear();
        page.sourceFilter()->setCurrentIndex(
            page.sourceFilter()->findData(QStringLiteral("discord")));
        QTRY_VERIFY_WITH_TIMEOUT(showsRows(2), kWaitMs);
        shown.clear();
        page.resultFilter()->setCurrentIndex(
            page.resultFilter()->findData(QStringLiteral("denied")));
        QTRY_VERIFY_WITH_TIMEOUT(showsRows(1), kWaitMs);
        QCOMPARE(cell(page.auditModel(), 0, ui::AuditTableModel::Actor), QStringLiteral("Bob"));
        shoot(&page, QStringLiteral("discord-audit"));

        // Typed filters wait for a pause in typing, then ask once.
        page.sourceFilter()->setCurrentIndex(0);
        page.resultFilter()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(showsRows(4), kWaitMs);
        shown.clear();
        QTest::keyClicks(page.actorFilter(), QStringLiteral("Ada"));
        QTRY_VERIFY_WITH_TIMEOUT(showsRows(1), kWaitMs);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(cell(page.auditModel(), 0, ui::AuditTableModel::Action), QStringLiteral("/ss"));
        // The panel's donation: audited by the engine with this panel's identity.
        page.actorFilter()->clear();
        shown.clear();
        QTest::keyClicks(page.actorFilter(), client->state().identity);
        QTRY_VERIFY_WITH_TIMEOUT(showsRows(1), kWaitMs);
        QCOMPARE(cell(page.auditModel(), 0, ui::AuditTableModel::Action),
                 QStringLiteral("donation"));
        page.actorFilter()->clear();
        shown.clear();
        QTest::keyClicks(page.actionFilter(), QStringLiteral("restart"));
        QTRY_VERIFY_WITH_TIMEOUT(showsRows(1), kWaitMs);
        QCOMPARE(cell(page.auditModel(), 0, ui::AuditTableModel::Result), QStringLiteral("failed"));
        // The period: the scheduler's failure three hours ago is not in the last hour.
        page.actionFilter()->clear();
        shown.clear();
        page.periodFilter()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(showsRows(3), kWaitMs);
        QVERIFY(page.auditFilter().sinceEpochMs > now - 2 * 3600'000);
        QVERIFY(engine.stop());
    }

    void withoutTheDatabaseThePageSaysWhy() {
        ui::DiscordPage page;
        QSignalSpy shown(&page, &ui::DiscordPage::auditShown);
        // No engine yet.
        page.refreshAudit();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(page.auditStatusText().contains(QStringLiteral("not started")),
                 qPrintable(page.auditStatusText()));

        // An engine that could not open its database answers, and the page passes on why.
        Engine engine(false);
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.started(), kWaitMs);
        page.setClient(engine.client());
        shown.clear();
        page.refreshAudit();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kWaitMs);
        QCOMPARE(shown.last().at(0).toInt(), 0);
        QVERIFY2(page.auditStatusText().contains(QStringLiteral("not available")),
                 qPrintable(page.auditStatusText()));
        QVERIFY(engine.stop());
    }

    void mainWindowReachesMechAndDiscordByKeyboard() {
        QTemporaryDir settingsDir;
        QVERIFY(settingsDir.isValid());
        ui::MainWindow window(settingsDir.filePath(QStringLiteral("none.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList expected{QStringLiteral("Dashboard"), QStringLiteral("Containers"),
                                   QStringLiteral("Mech"),      QStringLiteral("Scheduler"),
                                   QStringLiteral("Discord"),   QStringLiteral("Performance"),
                                   QStringLiteral("Settings"),  QStringLiteral("Logs")};
        QCOMPARE(window.pageCount(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(window.pageName(i), expected.at(i));
        auto *stack = window.findChild<QStackedWidget *>();
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), window.mechPage());
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), window.discordPage());
        auto *nav = window.findChild<QListWidget *>();
        QVERIFY(!nav->item(2)->icon().isNull());
        QVERIFY(!nav->item(4)->icon().isNull());
        // Snapshots reach both pages.
        window.applySnapshot(online(kNow, 55));
        QVERIFY(window.discordPage()->latencyText().contains(QStringLiteral("55 ms")));
    }

    void guildsWithoutCommandsSayHowToFixIt() {
        ui::GuildTableModel model;
        service::GuildRow listed;
        listed.id = QStringLiteral("223456789012345678");
        listed.name = QStringLiteral("Listed");
        listed.available = true;
        service::GuildRow other = listed;
        other.id = QStringLiteral("323456789012345678");
        other.name = QStringLiteral("Other");
        model.setGuilds({listed, other});
        const QModelIndex listedCell = model.index(0, ui::GuildTableModel::Commands);
        const QModelIndex otherCell = model.index(1, ui::GuildTableModel::Commands);
        QCOMPARE(otherCell.data().toString(), QStringLiteral("global"));
        model.setConfiguredGuildIds({listed.id});
        QCOMPARE(listedCell.data().toString(), QStringLiteral("yes"));
        QVERIFY(otherCell.data().toString().startsWith(QStringLiteral("no")));
        QVERIFY(otherCell.data(Qt::ToolTipRole).toString().contains(other.id));
        QVERIFY(otherCell.data(Qt::ForegroundRole).isValid());
        QVERIFY(!listedCell.data(Qt::ForegroundRole).isValid());
    }
};

QTEST_MAIN(TestGuiDiscordPage)
#include "tst_gui_discordpage.moc"
