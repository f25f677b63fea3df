// The panel as a client of a running engine, with real processes: a `mechdockd` owns the data
// folder and a private dockerd; the panel (offscreen, in this process) attaches over the local
// socket and every action goes through the control API:
// - a container started from the Containers page really runs on the private dockerd, and the
//   audit names the panel's user with the source "api";
// - a container the settings do not list is started as the administrator and added to
//   Discord's list from the Containers page;
// - a donation from the Mech page's dialog lands in the engine's ledger;
// - a scheduled task saved through the client is stored and listed by the Scheduler page;
// - the Settings page shows the engine's settings, an environment override read-only;
// - the Logs page shows the engine's own log lines;
// - `kill -9` of the service: the panel says "disconnected" (banner, status bar) and keeps its
//   data; a new service on the folder and the panel is back on its own;
// - over TLS: the right key and fingerprint attach; a wrong fingerprint and an unconfirmed
//   certificate are refused by the client, a wrong key by the engine, and nothing retries.
#include "choicelistdialog.h"
#include "client/inprocessengineclient.h"
#include "client/remoteengineclient.h"
#include "config/settingsstore.h"
#include "containerspage.h"
#include "containertablemodel.h"
#include "control/controlauthenticator.h"
#include "control/controlserver.h"
#include "control/tlsidentity.h"
#include "dockerdaemon.h"
#include "donationdialog.h"
#include "localdiscordserver.h"
#include "logspage.h"
#include "mainwindow.h"
#include "mechpage.h"
#include "schedulerpage.h"
#include "service/servicehost.h"
#include "settingspage.h"
#include "tasktablemodel.h"
#include "testpaths.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mechdock;

namespace {

// A mechdockd on the test's settings and data folder; killed when destroyed.
class Engine {
public:
    Engine(const QString &config, const QString &dataDir, const QString &home,
           const QStringList &extraEnv = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.remove(QStringLiteral("DISCORD_BOT_TOKEN"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        // An override the panel's Settings page must show as the environment's.
        env.insert(QStringLiteral("DDC_BATCH_SIZE"), QStringLiteral("7"));
        for (const QString &pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString binary = test::mechdockdBinary().isEmpty() ? QStringLiteral(MECHDOCKD_BINARY)
                                                                 : test::mechdockdBinary();
        process.start(binary,
                      {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir});
    }
    ~Engine() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    QByteArray log() { return process.readAll(); }
    QProcess process;
};

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestGuiAttach : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    QTemporaryDir dir;
    QString configPath;
    QString dataDir;

    void writeSettings(const config::Settings &settings) {
        QString error;
        QVERIFY2(config::SettingsStore::save(configPath, settings, &error), qPrintable(error));
    }

    config::Settings baseSettings() const {
        config::Settings s;
        config::EndpointSettings e;
        e.uri = daemon.uri();
        s.docker.endpoints = {e};
        s.http.listen.clear();
        config::ContainerSettings game;
        game.name = QStringLiteral("game");
        game.displayName = QStringLiteral("Game server");
        game.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                               QStringLiteral("stop"), QStringLiteral("restart")};
        s.containers = {game};
        return s;
    }

    static bool selectContainer(ui::ContainersPage *page, const QString &name) {
        const auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->view()->model());
        for (int i = 0; i < page->model()->rowCount(); ++i) {
            if (page->model()->row(i).name == name) {
                page->view()->selectRow(proxy->mapFromSource(page->model()->index(i, 0)).row());
                return true;
            }
        }
        return false;
    }

    static QPushButton *button(QWidget *parent, const QString &text) {
        for (QPushButton *b : parent->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        }
        return nullptr;
    }

    static client::ServerAddress localAddress(const QString &dataDir) {
        client::ServerAddress a;
        a.socketPath = control::ControlServer::socketPath(dataDir);
        return a;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir.isValid());
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        for (const QString &name : {QStringLiteral("game"), QStringLiteral("extra")})
            QVERIFY(
                daemon.createContainer(name, {QStringLiteral("sleep"), QStringLiteral("3600")}));
        configPath = dir.filePath(QStringLiteral("settings.json"));
        dataDir = dir.filePath(QStringLiteral("data"));
        writeSettings(baseSettings());
        // The panel's own QSettings (recent servers, fingerprints) stay inside the test.
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("panel-config")).toLocal8Bit());
    }

    void hostingPanelAnswersWhatThePagesAskBeforeTheEngineStarted() {
        // The panel hosting the engine: the pages ask at once (before the engine has started);
        // their requests wait and are answered once it has.
        const QString hostedData = dir.filePath(QStringLiteral("hosted-data"));
        service::ServiceHost host(
            baseSettings(),
            service::ServiceOptions{configPath, hostedData, {}, &control::ControlServer::install});
        client::InProcessEngineClient local(host);
        ui::MainWindow window(configPath);
        window.setLocalClient(&local);
        window.setClient(&local);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.settingsPage()->summaryText(),
                                  QStringLiteral("All settings are valid."), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::SchedulerPage *>()->statusText().contains(
                                     QStringLiteral("No scheduled tasks")),
                                 20000);
        QVERIFY(window.connectionText().contains(QStringLiteral("this computer")));
        QVERIFY(!window.bannerShown());
        QVERIFY(host.stop());
    }

    void panelActsThroughTheService() {
        auto engine = std::make_unique<Engine>(configPath, dataDir, dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(control::ControlServer::socketPath(dataDir)) ||
                                     engine->process.state() == QProcess::NotRunning,
                                 20000);
        QVERIFY2(engine->process.state() == QProcess::Running, engine->log().constData());

        ui::MainWindow window(configPath);
        window.connectToServer(localAddress(dataDir));
        QTRY_VERIFY_WITH_TIMEOUT(window.client() && window.client()->state().isConnected(), 10000);
        QVERIFY2(window.connectionText().contains(QStringLiteral("local:")),
                 qPrintable(window.connectionText()));
        QVERIFY(!window.bannerShown());
        // The Settings page reads the engine's settings; the environment's value is read-only
        // there and names its variable.
        QWidget *batch = window.settingsPage()->editor(QStringLiteral("docker.batchSize"));
        QVERIFY(batch);
        QTRY_VERIFY_WITH_TIMEOUT(!batch->isEnabled(), 10000);
        QVERIFY2(batch->toolTip().contains(QStringLiteral("DDC_BATCH_SIZE")),
                 qPrintable(batch->toolTip()));
        // The Logs page shows the engine's log, not this process's.
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::LogsPage *>()->lineCount() > 0, 10000);

        // Containers page: Start runs the container on the private dockerd.
        ui::ContainersPage *containers = window.containersPage();
        containers->setConfirmActions(false);
        QTRY_VERIFY_WITH_TIMEOUT(selectContainer(containers, QStringLiteral("game")), 20000);
        containers->requestAction(docker::ContainerAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(daemon.containerState(QStringLiteral("game")),
                                  QStringLiteral("running"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!containers->actionStatusText().contains(QStringLiteral("sent")),
                                 30000);
        QVERIFY2(!containers->actionStatusText().contains(QStringLiteral("failed")),
                 qPrintable(containers->actionStatusText()));

        // The engine audited it as an API action of this panel's local user.
        QList<storage::AuditEntry> audit;
        bool answered = false;
        storage::AuditFilter filter;
        filter.source = QStringLiteral("api");
        window.client()->queryAudit(filter, &window,
                                    [&](const client::Expected<QList<storage::AuditEntry>> &r) {
                                        answered = true;
                                        if (r.ok())
                                            audit = r.value();
                                    });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        const bool started = std::any_of(audit.begin(), audit.end(), [](const auto &e) {
            return e.target.endsWith(QLatin1String("game")) &&
                   e.actor.startsWith(QLatin1String("local:"));
        });
        QVERIFY2(started, "no api audit entry for the start");

        // A container Discord does not list: the operator acts on it as the administrator and
        // can add it to Discord's list.
        QVERIFY(selectContainer(containers, QStringLiteral("extra")));
        QVERIFY(containers->addToDiscordButton()->isVisibleTo(containers));
        containers->requestAction(docker::ContainerAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(daemon.containerState(QStringLiteral("extra")),
                                  QStringLiteral("running"), 30000);
        QTest::mouseClick(containers->addToDiscordButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            containers->actionStatusText().contains(QStringLiteral("Discord's list")), 10000);
        const config::LoadResult saved = config::SettingsStore::loadFileOnly(configPath);
        QVERIFY(std::any_of(saved.settings.containers.begin(), saved.settings.containers.end(),
                            [](const config::ContainerSettings &c) {
                                return c.name == QLatin1String("extra") &&
                                       c.allowedActions == QStringList{QStringLiteral("status")};
                            }));

        // Mech page: a donation from its dialog lands in the engine's ledger.
        ui::MechPage *mech = window.mechPage();
        QTRY_VERIFY_WITH_TIMEOUT(mech->donateButton()->isEnabled(), 20000);
        mech->addDonation();
        QVERIFY(mech->dialog());
        mech->dialog()->amountBox()->setValue(4.25);
        mech->dialog()->donorEdit()->setText(QStringLiteral("Ada"));
        QSignalSpy history(mech, &ui::MechPage::historyShown);
        mech->dialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty() && history.last().first().toInt() == 1, 10000);
        QList<mech::LedgerEvent> ledger;
        answered = false;
        window.client()->mechHistory(10, &window,
                                     [&](const client::Expected<QList<mech::LedgerEvent>> &r) {
                                         answered = true;
                                         if (r.ok())
                                             ledger = r.value();
                                     });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().cents, qint64(425));
        QCOMPARE(ledger.first().donor, QStringLiteral("Ada"));

        // Scheduler: a task saved through the client is stored by the engine and listed.
        scheduler::ScheduledTask task;
        task.endpoint = QStringLiteral("local");
        task.containerName = QStringLiteral("game");
        task.action = docker::ContainerAction::Restart;
        task.schedule = QStringLiteral("daily 04:00");
        task.timeZone = "UTC";
        QString savedId;
        window.client()->saveTask(task, &window, [&](const client::Expected<QString> &r) {
            savedId = r.ok() ? r.value() : QStringLiteral("error: ") + r.error().message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!savedId.isEmpty(), 10000);
        QVERIFY2(!savedId.startsWith(QLatin1String("error")), qPrintable(savedId));
        window.findChild<ui::SchedulerPage *>()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(window.findChild<ui::SchedulerPage *>()->model()->rowCount(), 1,
                                  10000);

        // The service dies: the panel says so and keeps its data.
        const int containerRows = containers->model()->rowCount();
        QElapsedTimer noticed;
        noticed.start();
        engine->process.kill();
        QTRY_VERIFY_WITH_TIMEOUT(window.bannerShown(), 10000);
        qInfo("disconnection shown %lld ms after kill -9", qint64(noticed.elapsed()));
        QVERIFY2(window.bannerText().contains(QStringLiteral("may be out of date")),
                 qPrintable(window.bannerText()));
        QVERIFY(window.connectionText().contains(QStringLiteral("disconnected")));
        QCOMPARE(containers->model()->rowCount(), containerRows);
        engine->process.waitForFinished(5000);

        // A new service on the folder (the stale lock is taken over): the panel reattaches.
        engine = std::make_unique<Engine>(configPath, dataDir, dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(window.client()->state().isConnected(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.bannerShown(), 5000);

        // Closing the panel leaves the service running.
        window.close();
        QCoreApplication::processEvents();
        QCOMPARE(engine->process.state(), QProcess::Running);
        QCOMPARE(daemon.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"),
                                QStringLiteral("game"), QStringLiteral("extra")}),
                 0);
        writeSettings(baseSettings());
    }

    void tokenIsCheckedAndStoredFromTheSettingsPage() {
        // The engine asks Discord (the local stand-in) whose token it is, and stores a new one
        // where it can: no keychain here, so in its settings file, readable by its owner only.
        test::LocalDiscordServer discord;
        QVERIFY(discord.start());
        const QString tokenData = dir.filePath(QStringLiteral("token-data"));
        const QString tokenConfig = dir.filePath(QStringLiteral("token.json"));
        config::Settings s = baseSettings();
        QString error;
        QVERIFY2(config::SettingsStore::save(tokenConfig, s, &error), qPrintable(error));
        Engine engine(
            tokenConfig, tokenData, dir.path(),
            {QStringLiteral("MECHDOCK_DISCORD_API_URL=") + discord.apiBaseUrl().toString()});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(control::ControlServer::socketPath(tokenData)),
                                 20000);
        ui::MainWindow window(tokenConfig);
        window.connectToServer(localAddress(tokenData));
        QTRY_VERIFY_WITH_TIMEOUT(window.client()->state().isConnected(), 10000);
        ui::SettingsPage *page = window.settingsPage();
        QPushButton *check = nullptr;
        QPushButton *store = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Check"))
                check = b;
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Store token"))
                store = b;
        }
        QVERIFY(check && store);

        page->tokenEdit()->setText(QStringLiteral("not-the-token"));
        QSignalSpy checked(page, &ui::SettingsPage::tokenChecked);
        check->click();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY2(page->tokenStatusText().contains(QStringLiteral("401")),
                 qPrintable(page->tokenStatusText()));

        page->tokenEdit()->setText(discord.token());
        check->click();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 20000);
        QVERIFY2(checked.last().first().toBool(), qPrintable(page->tokenStatusText()));
        QVERIFY(page->tokenStatusText().contains(QStringLiteral("belongs to the bot")));

        QSignalSpy stored(page, &ui::SettingsPage::tokenStored);
        store->click();
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 20000);
        QVERIFY2(stored.first().first().toBool(), qPrintable(page->tokenStatusText()));
        QVERIFY(page->tokenEdit()->text().isEmpty());
        const config::LoadResult file = config::SettingsStore::loadFileOnly(tokenConfig);
        QCOMPARE(file.settings.discord.token, discord.token());
        QCOMPARE(QFileInfo(tokenConfig).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        // The engine took it: with the field empty, its own token is the one checked.
        check->click();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 3, 20000);
        QVERIFY2(checked.last().first().toBool(), qPrintable(page->tokenStatusText()));

        // With the bot connected, channels and containers are picked from lists.
        const QString guild = QStringLiteral("41771983423143937");
        discord.rest().setGuildChannels(
            guild,
            QJsonArray{
                QJsonObject{{QStringLiteral("id"), QStringLiteral("1130000000000000900")},
                            {QStringLiteral("type"), 4},
                            {QStringLiteral("name"), QStringLiteral("Servers")},
                            {QStringLiteral("position"), 1}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("1130000000000000901")},
                            {QStringLiteral("type"), 0},
                            {QStringLiteral("name"), QStringLiteral("status")},
                            {QStringLiteral("parent_id"), QStringLiteral("1130000000000000900")},
                            {QStringLiteral("position"), 2}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("1130000000000000902")},
                            {QStringLiteral("type"), 2}, // voice: not listed
                            {QStringLiteral("name"), QStringLiteral("voice")}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("1130000000000000903")},
                            {QStringLiteral("type"), 0},
                            {QStringLiteral("name"), QStringLiteral("general")},
                            {QStringLiteral("position"), 0}}});
        QPushButton *fromDiscord = button(page, QStringLiteral("Choose from Discord…"));
        QPushButton *fromDocker = button(page, QStringLiteral("Choose from Docker…"));
        QVERIFY(fromDiscord && fromDocker);
        // Until the bot is in its server the engine says so; ask again until the list comes.
        QElapsedTimer sinceAsked;
        QTRY_VERIFY_WITH_TIMEOUT(page->choiceDialog() ||
                                     (fromDiscord->isEnabled() &&
                                      (!sinceAsked.isValid() || sinceAsked.elapsed() > 500) &&
                                      (sinceAsked.start(), fromDiscord->click(), false)),
                                 30000);
        ui::ChoiceListDialog *dialog = page->choiceDialog();
        QStringList texts;
        for (int i = 0; i < dialog->list()->count(); ++i)
            texts.append(dialog->list()->item(i)->text());
        QCOMPARE(texts, (QStringList{QStringLiteral("Test guild › #general"),
                                     QStringLiteral("Test guild › Servers › #status")}));
        dialog->list()->item(1)->setCheckState(Qt::Checked);
        const int channelRows = page->currentSettings().discord.channels.size();
        dialog->accept();
        QTRY_COMPARE(page->currentSettings().discord.channels.size(), channelRows + 1);
        QCOMPARE(page->currentSettings().discord.channels.last().id,
                 QStringLiteral("1130000000000000901"));
        QCOMPARE(page->currentSettings().discord.channels.last().name, QStringLiteral("status"));

        // The channel dialog deletes itself once closed; the next one may be made at the same
        // address, so wait for it to be gone rather than for a different pointer.
        const QPointer<ui::ChoiceListDialog> channelDialog(dialog);
        QTRY_VERIFY(channelDialog.isNull());
        fromDocker->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->choiceDialog(), 20000);
        dialog = page->choiceDialog();
        int extra = -1;
        for (int i = 0; i < dialog->list()->count(); ++i) {
            const QListWidgetItem *item = dialog->list()->item(i);
            if (item->text().startsWith(QStringLiteral("game ")))
                QVERIFY(!(item->flags() & Qt::ItemIsEnabled)); // configured already
            if (item->text().startsWith(QStringLiteral("extra ")))
                extra = i;
        }
        QVERIFY(extra >= 0);
        QVERIFY(dialog->list()->item(extra)->text().contains(QStringLiteral("mini:latest")));
        dialog->list()->item(extra)->setCheckState(Qt::Checked);
        dialog->accept();
        QTRY_COMPARE(page->currentSettings().containers.size(), 2);
        const config::ContainerSettings added = page->currentSettings().containers.last();
        QCOMPARE(added.name, QStringLiteral("extra"));
        QCOMPARE(added.allowedActions, QStringList{QStringLiteral("status")});
        QStringList issues;
        for (const config::ConfigIssue &i : page->currentIssues())
            issues.append(i.toString());
        QVERIFY2(page->canSave(), qPrintable(issues.join(u'\n')));
    }

    void remoteOverTls() {
        const QString key = control::ControlAuthenticator::generateKey();
        config::Settings s = baseSettings();
        const quint16 port = freePort();
        s.control.remoteListen = QStringLiteral("127.0.0.1:%1").arg(port);
        s.control.apiKeys = {
            control::ControlAuthenticator::keyEntry(QStringLiteral("laptop"), key)};
        const QString tlsData = dir.filePath(QStringLiteral("tls-data"));
        const QString tlsConfig = dir.filePath(QStringLiteral("tls.json"));
        QString error;
        QVERIFY2(config::SettingsStore::save(tlsConfig, s, &error), qPrintable(error));
        Engine engine(tlsConfig, tlsData, dir.path());
        const QString certPath = control::TlsIdentity::selfSignedCertPath(tlsData);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(certPath) &&
                                     QFile::exists(control::ControlServer::socketPath(tlsData)),
                                 30000);
        const control::ControlExpected<control::TlsIdentity> identity =
            control::TlsIdentity::loadOrCreate(tlsData);
        QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
        const QString fingerprint = identity.value().fingerprint();

        client::ServerAddress address =
            *client::ServerAddress::parse(QStringLiteral("wss://127.0.0.1:%1").arg(port));
        address.apiKey = key;

        // Not confirmed yet: the client stops and reports the fingerprint to confirm.
        client::RemoteEngineClient unconfirmed(QStringLiteral("test"));
        QSignalSpy asked(&unconfirmed, &client::RemoteEngineClient::certificateUnconfirmed);
        unconfirmed.connectTo(address);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 20000);
        QCOMPARE(asked.first().first().toString(), fingerprint);
        QCOMPARE(unconfirmed.state().status, client::ConnectionState::Status::Failed);

        // Confirmed and the right key: attached, snapshots arrive.
        client::RemoteEngineClient good(QStringLiteral("test"));
        QSignalSpy snapshots(&good, &client::EngineClient::snapshotReceived);
        address.fingerprint = fingerprint;
        good.connectTo(address);
        QTRY_VERIFY_WITH_TIMEOUT(good.state().isConnected(), 20000);
        QCOMPARE(good.state().identity, QStringLiteral("laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 20000);

        // A fingerprint that does not match: refused by the client, no retries.
        client::ServerAddress forged = address;
        forged.fingerprint =
            QString(fingerprint)
                .replace(0, 2,
                         fingerprint.startsWith(QLatin1String("AA")) ? QStringLiteral("BB")
                                                                     : QStringLiteral("AA"));
        client::RemoteEngineClient pinned(QStringLiteral("test"));
        pinned.connectTo(forged);
        QTRY_COMPARE_WITH_TIMEOUT(pinned.state().status, client::ConnectionState::Status::Failed,
                                  20000);
        QVERIFY2(pinned.state().reason.contains(QStringLiteral("changed")),
                 qPrintable(pinned.state().reason));

        // A wrong key: the engine refuses, the client does not retry it.
        client::ServerAddress wrongKey = address;
        wrongKey.apiKey = control::ControlAuthenticator::generateKey();
        client::RemoteEngineClient refused(QStringLiteral("test"));
        refused.connectTo(wrongKey);
        QTRY_COMPARE_WITH_TIMEOUT(refused.state().status, client::ConnectionState::Status::Failed,
                                  20000);
        QCOMPARE(refused.state().retryAtMs, qint64(0));

        // The refusal is in the engine's audit, read through the attached client.
        QList<storage::AuditEntry> audit;
        bool answered = false;
        storage::AuditFilter filter;
        filter.action = QStringLiteral("auth");
        filter.result = QStringLiteral("denied");
        good.queryAudit(filter, &good, [&](const client::Expected<QList<storage::AuditEntry>> &r) {
            answered = true;
            if (r.ok())
                audit = r.value();
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(!audit.isEmpty(), "the refused key is not audited");
    }
};

QTEST_MAIN(TestGuiAttach)
#include "tst_gui_attach.moc"
