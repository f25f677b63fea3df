// A new operator's first run, on the real window: no settings file at all, the panel hosting the
// engine, a real dockerd and the local Discord server. Every step is taken where the dashboard's
// getting-started list leads, with the panel's own controls (token, Docker endpoint, server,
// channel and container picked from lists), until a member starts a container from Discord.
#include "choicelistdialog.h"
#include "client/inprocessengineclient.h"
#include "config/settingsstore.h"
#include "containerspage.h"
#include "containertablemodel.h"
#include "control/controlserver.h"
#include "dashboardpage.h"
#include "dockerdaemon.h"
#include "firstrunchecklist.h"
#include "localdiscordserver.h"
#include "mainwindow.h"
#include "service/servicehost.h"
#include "settingspage.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mechdock;

namespace {

constexpr int kWaitMs = 30000;
const QString kGuild = QStringLiteral("41771983423143937"); // the local server's guild
const QString kChannel = QStringLiteral("1130000000000000901");
const QString kMember = QStringLiteral("200000000000000077");

QPushButton *button(QWidget *parent, const QString &text) {
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

QTableWidget *tableWithColumns(QWidget *parent, int columns) {
    for (QTableWidget *t : parent->findChildren<QTableWidget *>()) {
        if (t->columnCount() == columns)
            return t;
    }
    return nullptr;
}

// The custom_id of a button the bot posted in `channel` whose id starts with `prefix`.
QString postedButton(test::LocalDiscordServer &discord, const QString &channel,
                     const QString &prefix) {
    for (const QJsonObject &message : discord.rest().messages(channel)) {
        for (const QJsonValue &row : message.value(QStringLiteral("components")).toArray()) {
            for (const QJsonValue &c :
                 row.toObject().value(QStringLiteral("components")).toArray()) {
                const QString id = c.toObject().value(QStringLiteral("custom_id")).toString();
                if (id.startsWith(prefix))
                    return id;
            }
        }
    }
    return {};
}

QJsonObject buttonClick(const QString &customId) {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("900000000000000123")},
        {QStringLiteral("token"), QStringLiteral("walkthrough-click")},
        {QStringLiteral("application_id"), QStringLiteral("1")},
        {QStringLiteral("type"), 3},
        {QStringLiteral("guild_id"), kGuild},
        {QStringLiteral("channel_id"), kChannel},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), kMember},
                                  {QStringLiteral("username"), QStringLiteral("member")}}},
                     {QStringLiteral("roles"), QJsonArray{}}}},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("custom_id"), customId},
                                             {QStringLiteral("component_type"), 2}}},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("700000000000000001")}}}};
}

// Opens a "choose from" list, ticks the entries whose text contains `text` and accepts. Opens
// it again while the engine cannot list it yet (the bot may still be joining its server, Docker
// may not have answered since the settings changed), as an operator would.
QString choose(ui::SettingsPage *page, QPushButton *opener, const QString &text) {
    QStringList seen;
    QElapsedTimer asked;
    const bool chosen = QTest::qWaitFor(
        [&] {
            if (ui::ChoiceListDialog *dialog = page->choiceDialog();
                dialog && dialog->isVisible()) {
                seen.clear();
                for (int i = 0; i < dialog->list()->count(); ++i) {
                    QListWidgetItem *item = dialog->list()->item(i);
                    seen.append(item->text());
                    if (item->text().contains(text) && (item->flags() & Qt::ItemIsEnabled)) {
                        item->setCheckState(Qt::Checked);
                        dialog->accept();
                        return true;
                    }
                }
                dialog->reject();
            }
            if (opener->isEnabled() && (!asked.isValid() || asked.elapsed() > 1000)) {
                asked.start();
                opener->click();
            }
            return false;
        },
        kWaitMs);
    return chosen ? QString() : QStringLiteral("not in the list: ") + seen.join(u'|');
}

} // namespace

class TestGuiWalkthrough : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    QTemporaryDir dir;

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        QVERIFY(daemon.createContainer(QStringLiteral("game"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("panel-config")).toLocal8Bit());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        qunsetenv("DISCORD_BOT_TOKEN");
    }

    void firstRunToAContainerStartedFromDiscord() {
        test::LocalDiscordServer discord;
        QVERIFY(discord.start());
        discord.rest().setGuildChannels(
            kGuild, QJsonArray{QJsonObject{{QStringLiteral("id"), kChannel},
                                           {QStringLiteral("type"), 0},
                                           {QStringLiteral("name"), QStringLiteral("servers")},
                                           {QStringLiteral("position"), 0}}});
        // The local Discord server stands in for discord.com; the health port stays closed so
        // tests can run side by side. Nothing else is set: there is no settings file.
        qputenv("MECHDOCK_DISCORD_API_URL", discord.apiBaseUrl().toString().toUtf8());
        qputenv("MECHDOCK_HTTP_LISTEN", "");
        const QString configPath = dir.filePath(QStringLiteral("mechdock.json"));
        QVERIFY(!QFile::exists(configPath));
        const config::LoadResult first = config::SettingsStore::load(configPath);
        service::ServiceHost host(first.settings,
                                  service::ServiceOptions{configPath,
                                                          dir.filePath(QStringLiteral("data")),
                                                          {},
                                                          &control::ControlServer::install});
        client::InProcessEngineClient local(host);
        ui::MainWindow window(configPath);
        window.setLocalClient(&local);
        window.setClient(&local);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        host.start();

        // 1. The dashboard says what is left, and leads to the token.
        ui::FirstRunChecklist *steps = window.findChild<ui::DashboardPage *>()->checklist();
        QVERIFY(steps->isVisible());
        QVERIFY(!steps->isDone(ui::FirstRunChecklist::Token));
        steps->button(ui::FirstRunChecklist::Token)->click();
        ui::SettingsPage *settings = window.settingsPage();
        QTRY_VERIFY(settings->isVisible());
        QTRY_VERIFY(settings->tokenEdit()->isVisible());
        QTest::keyClicks(settings->tokenEdit(), discord.token());
        QSignalSpy stored(settings, &ui::SettingsPage::tokenStored);
        button(settings, QStringLiteral("Store token"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, kWaitMs);
        QVERIFY2(stored.first().first().toBool(), qPrintable(settings->tokenStatusText()));
        QTRY_VERIFY_WITH_TIMEOUT(steps->isDone(ui::FirstRunChecklist::Token), kWaitMs);

        // 2. Docker: the endpoint's address, typed into the Docker tab.
        auto *tabs = settings->findChild<QTabWidget *>();
        tabs->setCurrentIndex(ui::SettingsPage::DockerTab);
        QTableWidget *endpoints = tableWithColumns(settings, 4);
        QVERIFY(endpoints);
        if (endpoints->rowCount() == 0)
            button(settings, QStringLiteral("Add endpoint"))->click();
        endpoints->item(0, 0)->setText(QStringLiteral("local"));
        endpoints->item(0, 1)->setText(daemon.uri());
        QVERIFY(settings->save());
        QTRY_VERIFY_WITH_TIMEOUT(steps->isDone(ui::FirstRunChecklist::Docker), kWaitMs);

        // 3. The server, 4. a control channel picked from Discord's list, 5. the container
        // picked from Docker's, with Start allowed.
        tabs->setCurrentIndex(ui::SettingsPage::DiscordTab);
        auto *guilds =
            qobject_cast<QLineEdit *>(settings->editor(QStringLiteral("discord.guildIds")));
        QVERIFY(guilds);
        guilds->setText(kGuild);
        QString problem = choose(settings, button(settings, QStringLiteral("Choose from Discord…")),
                                 QStringLiteral("#servers"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTableWidget *channels = tableWithColumns(settings, 5);
        QTRY_COMPARE(channels->rowCount(), 1);
        channels->item(0, 2)->setCheckState(Qt::Checked); // Control
        tabs->setCurrentIndex(ui::SettingsPage::DockerTab);
        problem = choose(settings, button(settings, QStringLiteral("Choose from Docker…")),
                         QStringLiteral("game"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTableWidget *containers = tableWithColumns(settings, 12);
        QTRY_COMPARE(containers->rowCount(), 1);
        containers->item(0, 3)->setCheckState(Qt::Checked); // Start
        QVERIFY2(settings->save(), qPrintable(settings->summaryText()));
        QTRY_VERIFY_WITH_TIMEOUT(steps->allDone(), kWaitMs);

        // A member presses Start under the container's message in the control channel.
        QString start;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(start = postedButton(discord, kChannel, QStringLiteral("md1|start|"))).isEmpty(),
            kWaitMs);
        QCOMPARE(daemon.containerState(QStringLiteral("game")), QStringLiteral("created"));
        discord.gateway().dispatchEvent(QStringLiteral("INTERACTION_CREATE"), buttonClick(start));
        QTRY_COMPARE_WITH_TIMEOUT(daemon.containerState(QStringLiteral("game")),
                                  QStringLiteral("running"), kWaitMs);

        // The panel shows it running.
        ui::ContainersPage *page = window.containersPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < page->model()->rowCount(); ++i)
                    if (page->model()->row(i).name == QLatin1String("game"))
                        return page->model()->row(i).running;
                return false;
            }(),
            kWaitMs);
        QVERIFY(host.stop());
    }
};

QTEST_MAIN(TestGuiWalkthrough)
#include "tst_gui_walkthrough.moc"
