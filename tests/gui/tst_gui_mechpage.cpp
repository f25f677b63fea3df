// The Mech page and its donation dialog, offscreen. Snapshots drive the level, power and
// evolution bars. A real engine (BotService with its control API on its own thread, SQLite in a
// temporary folder, the built artwork) is reached only through an InProcessEngineClient, as in
// the application: the current animation plays at the snapshot's speed, a donation recorded in
// the dialog lands in the ledger, the audit log (with the panel's identity) and the history, and
// a refusal stays in the dialog.
#include "donationdialog.h"
#include "donationtablemodel.h"
#include "hostedengine.h"
#include "mechpage.h"

#include "client/inprocessengineclient.h"
#include "config/settingsstore.h"
#include "control/controlserver.h"
#include "mech/animationlibrary.h"
#include "mech/animationretimer.h"
#include "mech/webpcontainer.h"
#include "service/servicehost.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMap>
#include <QMovie>
#include <QPointer>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace mechdock;

namespace {

constexpr int kWaitMs = 10000;
// The artwork the engine uses: linked in, as into the application.
const QString kArtwork = QStringLiteral(":/mech");

// With MECHDOCK_GUI_SHOTS=DIR the test also saves what it shows (for docs and layout checks).
void shoot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("MECHDOCK_GUI_SHOTS");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QString cell(const QAbstractItemModel *model, int row, int column) {
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

// The in-process client, counting what the page asks for where it asks (synchronously), so
// nothing counted by the time applySnapshot returns is nothing asked at all.
class CountingClient : public client::InProcessEngineClient {
public:
    using InProcessEngineClient::InProcessEngineClient;

    void request(control::ControlMethod method, const QJsonObject &params, QObject *context,
                 JsonCallback done) override {
        ++m_counts[method];
        InProcessEngineClient::request(method, params, context, std::move(done));
    }
    int count(control::ControlMethod method) const { return m_counts.value(method); }

private:
    QMap<control::ControlMethod, int> m_counts;
};

using Engine = test::HostedEngine<CountingClient>;

using test::Reply;

// The page plays the stored walk re-timed to `speedPercent`: every frame lasts what the re-timer
// makes of the stored frame.
void verifyRetimed(const ui::MechPage &page, int level, int speedPercent) {
    QVERIFY(page.movie());
    QVERIFY(page.movie()->isValid());
    QVERIFY(page.movie()->frameCount() > 1);
    const mech::LibraryResult stored = mech::AnimationLibrary(kArtwork).load(
        level, mech::AnimationKind::Walk, mech::AnimationSize::Big);
    QVERIFY2(stored.ok, qPrintable(stored.error));
    mech::WebpContainer original;
    mech::WebpContainer retimed;
    QString error;
    QVERIFY2(original.parse(stored.data, &error), qPrintable(error));
    QVERIFY2(retimed.parse(page.animationData(), &error), qPrintable(error));
    QCOMPARE(retimed.frames().size(), original.frames().size());
    QCOMPARE(page.movie()->frameCount(), int(retimed.frames().size()));
    for (qsizetype i = 0; i < retimed.frames().size(); ++i)
        QCOMPARE(retimed.frames().at(i).durationMs,
                 mech::AnimationRetimer::retimedDuration(original.frames().at(i).durationMs,
                                                         speedPercent / 100.0));
    QVERIFY(retimed.frames().first().durationMs != original.frames().first().durationMs);
}

} // namespace

class TestGuiMechPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // The engine's built-in artwork is linked into this test, as into the application.
        QVERIFY(QFileInfo::exists(QStringLiteral(":/mech")));
    }

    void snapshotDrivesTheBars() {
        ui::MechPage page;
        QVERIFY(!page.statusText().isEmpty()); // waiting for the service
        QVERIFY(!page.donateButton()->isEnabled());

        service::ServiceSnapshot s;
        s.running = true;
        s.databaseOk = true;
        s.mech.running = true;
        s.mech.level = 3;
        s.mech.levelName = QStringLiteral("Scout");
        s.mech.powerCents = 1234;
        s.mech.totalCents = 4500;
        s.mech.levelProgressCents = 250;
        s.mech.levelCostCents = 1000;
        s.mech.speedLevel = 42;
        s.mech.speedPercent = 130;
        s.mech.resting = false;
        page.applySnapshot(s);
        QCOMPARE(page.statusText(), QString());
        QCOMPARE(page.levelBar()->value(), 3);
        QCOMPARE(page.levelBar()->maximum(), 11);
        QCOMPARE(page.powerBar()->value(), 42);
        QCOMPARE(page.evolutionBar()->value(), page.evolutionBar()->maximum() / 4);
        QVERIFY2(page.evolutionText().contains(QStringLiteral("$2.50")) &&
                     page.evolutionText().contains(QStringLiteral("$10.00")) &&
                     page.evolutionText().contains(QStringLiteral("level 4")),
                 qPrintable(page.evolutionText()));
        QVERIFY2(page.captionText().contains(QStringLiteral("130")),
                 qPrintable(page.captionText()));
        // No client: nothing to record a donation with.
        QVERIFY(!page.donateButton()->isEnabled());

        // The top level: a full bar and words instead of a cost.
        s.mech.level = 11;
        s.mech.levelCostCents = 0;
        s.mech.powerCents = 0;
        s.mech.speedLevel = 0;
        s.mech.resting = true;
        page.applySnapshot(s);
        QCOMPARE(page.evolutionBar()->value(), page.evolutionBar()->maximum());
        QVERIFY(page.evolutionText().contains(QStringLiteral("top level")));
        QVERIFY(page.captionText().contains(QStringLiteral("Resting")));

        // The database went away: the page says why and refuses donations.
        s.mech.running = false;
        s.databaseOk = false;
        s.databaseError = QStringLiteral("disk I/O error");
        page.applySnapshot(s);
        QVERIFY2(page.statusText().contains(QStringLiteral("disk I/O error")),
                 qPrintable(page.statusText()));
        QVERIFY(!page.donateButton()->isEnabled());
    }

    void animationPlaysAtTheCurrentSpeed() {
        Engine engine;
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.started(), kWaitMs);
        CountingClient *client = engine.client();
        ui::MechPage page;
        page.resize(900, 700);
        page.setClient(client);
        QSignalSpy shown(&page, &ui::MechPage::animationShown);
        connect(client, &client::EngineClient::snapshotReceived, &page,
                &ui::MechPage::applySnapshot);

        if (!ui::MechPage::canPlayWebp()) {
            // Without the image-format plugin the page says so instead of showing nothing.
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWaitMs);
            QCOMPARE(shown.last().at(0).toBool(), false);
            QVERIFY2(page.animationText().contains(QStringLiteral("WebP")),
                     qPrintable(page.animationText()));
            QVERIFY(!page.movie());
            QCOMPARE(client->count(control::ControlMethod::MechAnimation), 0);
            QVERIFY(engine.stop());
            return;
        }

        // $3.50 at level 1 (of $10 to the next) makes it walk, at 90 %: in the middle of that
        // speed step, so the power's decay during the test does not move it.
        Reply<client::DonationOutcome> donated;
        client->donate(350, QStringLiteral("Ada"), QString(), &page, donated.callback());
        QTRY_VERIFY_WITH_TIMEOUT(donated.answer.has_value(), kWaitMs);
        QVERIFY2(donated.ok(), donated.why().constData());
        QTRY_VERIFY_WITH_TIMEOUT(page.captionText().contains(QStringLiteral("Walking")), kWaitMs);
        const service::MechSnapshot walking = engine.host().lastSnapshot().mech;
        QVERIFY(!walking.resting);
        QCOMPARE(walking.speedPercent, 90);
        // Every animation the page asked for (the resting one first) is shown in turn.
        QTRY_COMPARE_WITH_TIMEOUT(int(shown.size()),
                                  client->count(control::ControlMethod::MechAnimation), kWaitMs);
        QCOMPARE(shown.last().at(0).toBool(), true);
        verifyRetimed(page, walking.level, walking.speedPercent);
        if (QTest::currentTestFailed())
            return;
        shoot(&page, QStringLiteral("mech-page"));

        // The same snapshot again fetches nothing: neither the animation nor the history.
        const int animations = client->count(control::ControlMethod::MechAnimation);
        const int histories = client->count(control::ControlMethod::MechHistory);
        page.applySnapshot(engine.host().lastSnapshot());
        QCOMPARE(client->count(control::ControlMethod::MechAnimation), animations);
        QCOMPARE(client->count(control::ControlMethod::MechHistory), histories);

        // A new speed ($7.50 in all: 115 %) fetches the new animation.
        donated.answer.reset();
        client->donate(400, QStringLiteral("Bob"), QString(), &page, donated.callback());
        QTRY_VERIFY_WITH_TIMEOUT(donated.answer.has_value(), kWaitMs);
        QVERIFY2(donated.ok(), donated.why().constData());
        QTRY_VERIFY_WITH_TIMEOUT(client->count(control::ControlMethod::MechAnimation) > animations,
                                 kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(int(shown.size()),
                                  client->count(control::ControlMethod::MechAnimation), kWaitMs);
        QCOMPARE(shown.last().at(0).toBool(), true);
        const service::MechSnapshot faster = engine.host().lastSnapshot().mech;
        QCOMPARE(faster.speedPercent, 115);
        QVERIFY2(page.captionText().contains(QStringLiteral("115")),
                 qPrintable(page.captionText()));
        verifyRetimed(page, faster.level, faster.speedPercent);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(engine.stop());
    }

    void dialogValidatesAsYouType() {
        ui::DonationDialog dialog;
        dialog.donorEdit()->clear();
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.errorText().isEmpty());
        QTest::keyClicks(dialog.donorEdit(), QStringLiteral("Ada"));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.amountBox()->setValue(0);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("0.01")));
        dialog.amountBox()->setValue(12.34);
        QCOMPARE(dialog.cents(), 1234);
        QCOMPARE(dialog.errorText(), QString());
        QVERIFY(dialog.okButton()->isEnabled());
        QSignalSpy submitted(&dialog, &ui::DonationDialog::submitted);
        dialog.okButton()->click();
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.first().at(0).toLongLong(), 1234);
        // Waiting for the ledger: no second submit.
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.finishSubmit(false, QStringLiteral("database is locked"));
        QCOMPARE(dialog.errorText(), QStringLiteral("database is locked"));
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void donationFromTheDialogReachesLedgerAuditAndHistory() {
        Engine engine;
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.started(), kWaitMs);
        client::EngineClient *client = engine.client();
        ui::MechPage page;
        page.resize(900, 700);
        page.setClient(client);
        QSignalSpy history(&page, &ui::MechPage::historyShown);
        connect(client, &client::EngineClient::snapshotReceived, &page,
                &ui::MechPage::applySnapshot);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), kWaitMs);
        QCOMPARE(history.last().at(0).toInt(), 0);
        QVERIFY(page.donateButton()->isEnabled());

        page.addDonation();
        ui::DonationDialog *dialog = page.dialog();
        QVERIFY(dialog);
        dialog->amountBox()->setValue(12.34);
        dialog->donorEdit()->setText(QStringLiteral("Ada"));
        dialog->noteEdit()->setText(QStringLiteral("bake sale"));
        shoot(dialog, QStringLiteral("donation-dialog"));
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.dialog(), kWaitMs); // closed once the engine took it
        QCOMPARE(engine.client()->count(control::ControlMethod::MechDonate), 1);
        QTRY_COMPARE_WITH_TIMEOUT(page.historyModel()->rowCount(), 1, kWaitMs);

        const QAbstractItemModel *view = page.historyView()->model();
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Donor), QStringLiteral("Ada"));
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Amount), QStringLiteral("$12.34"));
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Note), QStringLiteral("bake sale"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.host().lastSnapshot().mech.totalCents, qint64(1234),
                                  kWaitMs);
        // The engine audited it once, as the control API's caller: this panel's user.
        storage::AuditFilter f;
        f.action = QStringLiteral("donation");
        Reply<QList<storage::AuditEntry>> audited;
        client->queryAudit(f, &page, audited.callback());
        QTRY_VERIFY_WITH_TIMEOUT(audited.answer.has_value(), kWaitMs);
        QVERIFY2(audited.ok(), audited.why().constData());
        const QList<storage::AuditEntry> entries = audited.answer->value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().source, QStringLiteral("api"));
        QCOMPARE(entries.first().actor, client->state().identity);
        QVERIFY(entries.first().actor.startsWith(QStringLiteral("panel")));
        QCOMPARE(entries.first().target, QStringLiteral("Ada"));
        QCOMPARE(entries.first().result, QStringLiteral("ok"));

        // A donation from Discord (the route /donate takes) shows up with the next snapshot.
        engine.host().post([](service::BotService &s) {
            s.recordDonation(500, QStringLiteral("Bob"), QStringLiteral("Bob"),
                             QStringLiteral("discord"));
        });
        QTRY_COMPARE_WITH_TIMEOUT(page.historyModel()->rowCount(), 2, kWaitMs);
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Donor), QStringLiteral("Bob"));
        shoot(&page, QStringLiteral("mech-history"));
        QVERIFY(engine.stop());
    }

    void refusalStaysInTheDialog() {
        Engine engine;
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.started(), kWaitMs);
        ui::MechPage page;
        page.setClient(engine.client());
        QTRY_VERIFY_WITH_TIMEOUT(engine.host().lastSnapshot().mech.running, kWaitMs);
        page.applySnapshot(engine.host().lastSnapshot());
        QVERIFY(page.donateButton()->isEnabled());

        // The mech stops after that snapshot: the database moves where it cannot be opened.
        QFile blocker(engine.path(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        config::Settings moved = engine.settings();
        moved.database.path = engine.path(QStringLiteral("not-a-folder/mechdock.db"));
        engine.host().reload(moved, {});
        QTRY_VERIFY_WITH_TIMEOUT(!engine.host().lastSnapshot().mech.running, kWaitMs);

        page.addDonation();
        QPointer<ui::DonationDialog> dialog = page.dialog();
        QVERIFY(dialog);
        dialog->donorEdit()->setText(QStringLiteral("Ada"));
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->errorText().isEmpty(), kWaitMs);
        QVERIFY(dialog);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("not running")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QVERIFY(engine.stop());
    }
};

QTEST_MAIN(TestGuiMechPage)
#include "tst_gui_mechpage.moc"
