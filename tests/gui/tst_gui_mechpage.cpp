// The Mech page and its donation dialog, offscreen. Snapshots drive the level, power and
// evolution bars; a real MechService (SQLite ledger, the built artwork, the real re-timer) lives
// on its own thread and is reached only through MechAccess, as in the application: the current
// animation plays at the snapshot's speed, a donation recorded in the dialog lands in the ledger,
// the audit log and the history, and a refusal stays in the dialog.
#include "donationdialog.h"
#include "donationtablemodel.h"
#include "mechpage.h"

#include "common/clock.h"
#include "mech/animationcache.h"
#include "mech/animationlibrary.h"
#include "mech/animationretimer.h"
#include "mech/donationledger.h"
#include "mech/mechschema.h"
#include "mech/mechservice.h"
#include "mech/webpcontainer.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMovie>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace mechdock;

namespace {

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

service::MechSnapshot toSnapshot(const mech::MechStatus &st) {
    service::MechSnapshot m;
    m.running = st.ok;
    m.level = st.level;
    m.levelName = st.levelName;
    m.powerCents = st.powerCents;
    m.totalCents = st.totalCents;
    m.levelProgressCents = st.levelProgressCents;
    m.levelCostCents = st.levelCostCents;
    m.speedLevel = st.speedLevel;
    m.speedPercent = st.animation.speedPercent;
    m.resting = st.animation.kind == mech::AnimationKind::Rest;
    return m;
}

// The mech's parts, built and destroyed on their own thread like BotService's.
class MechThread {
public:
    MechThread() {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        run([this] {
            QString error;
            m_db = storage::Database::open(
                m_dir.filePath(QStringLiteral("mech.db")),
                {mech::MechSchema::migrations(), storage::AuditLog::migrations()}, &error);
            if (!m_db) {
                qWarning() << error;
                return;
            }
            m_audit = std::make_unique<storage::AuditLog>(m_db->pool());
            m_ledger = std::make_unique<mech::DonationLedger>(m_db->pool(), m_rules, &m_clock);
            m_library = std::make_unique<mech::AnimationLibrary>(
                QStringLiteral(MECHDOCK_BUILD_DIR "/resources/mech/artwork"));
            auto retime = [](const QByteArray &in, double speed, QByteArray *out, QString *error) {
                const mech::WebpResult r = mech::AnimationRetimer::retime(in, speed);
                *out = r.data;
                *error = r.error;
                return r.ok;
            };
            m_cache = std::make_unique<mech::AnimationCache>(
                m_library.get(), retime, nullptr, mech::AnimationCache::Options{}, nullptr);
            m_mech = std::make_unique<mech::MechService>(m_ledger.get(), m_cache.get(), m_rules,
                                                         &m_clock);
        });
    }
    ~MechThread() {
        run([this] {
            m_mech.reset();
            m_cache.reset();
            m_library.reset();
            m_ledger.reset();
            m_audit.reset();
            m_db.reset();
        });
        m_thread.quit();
        m_thread.wait();
    }
    bool ok() const { return m_mech != nullptr; }

    // Runs fn on the mech's thread and waits (tests only: the page never waits).
    void run(const std::function<void()> &fn) {
        QMetaObject::invokeMethod(&m_context, fn, Qt::BlockingQueuedConnection);
    }
    ui::MechAccess access(bool withMech = true) {
        return [this, withMech](std::function<void(mech::MechService *, storage::AuditLog *)> fn) {
            ++requests;
            QMetaObject::invokeMethod(&m_context, [this, withMech, fn] {
                if (QThread::currentThread() == qApp->thread())
                    ++callsOnGuiThread;
                ++calls;
                fn(withMech ? m_mech.get() : nullptr, m_audit.get());
            });
        };
    }
    service::ServiceSnapshot snapshot() {
        service::ServiceSnapshot s;
        s.running = true;
        s.databaseOk = true;
        run([&] { s.mech = toSnapshot(m_mech->state()); });
        return s;
    }
    mech::MechService *mech() const { return m_mech.get(); }
    storage::AuditLog *audit() const { return m_audit.get(); }
    mech::AnimationLibrary *library() const { return m_library.get(); }

    std::atomic<int> calls{0};
    std::atomic<int> callsOnGuiThread{0};
    // Counted where the page asks (its own thread), before the call travels to the mech thread.
    std::atomic<int> requests{0};

private:
    QTemporaryDir m_dir;
    QThread m_thread;
    QObject m_context;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()};
    mech::MechRules m_rules;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::AuditLog> m_audit;
    std::unique_ptr<mech::DonationLedger> m_ledger;
    std::unique_ptr<mech::AnimationLibrary> m_library;
    std::unique_ptr<mech::AnimationCache> m_cache;
    std::unique_ptr<mech::MechService> m_mech;
};

} // namespace

class TestGuiMechPage : public QObject {
    Q_OBJECT
private slots:
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
        MechThread mech;
        QVERIFY(mech.ok());
        ui::MechPage page;
        page.resize(900, 700);
        page.setMechAccess(mech.access());
        QSignalSpy shown(&page, &ui::MechPage::animationShown);

        if (!ui::MechPage::canPlayWebp()) {
            // Without the image-format plugin the page says so instead of showing nothing.
            page.applySnapshot(mech.snapshot());
            QVERIFY(!shown.isEmpty());
            QCOMPARE(shown.last().at(0).toBool(), false);
            QVERIFY2(page.animationText().contains(QStringLiteral("WebP")),
                     qPrintable(page.animationText()));
            QVERIFY(!page.movie());
            return;
        }

        // $3 at level 1 makes it walk faster than the rest pace.
        mech::MechStatus st;
        mech.run([&] {
            QVERIFY(mech.mech()->donate(300, QStringLiteral("Ada")).ok);
            st = mech.mech()->state();
        });
        QCOMPARE(st.animation.kind, mech::AnimationKind::Walk);
        QVERIFY(st.animation.speedPercent != 100);
        page.applySnapshot(mech.snapshot());
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.last().at(0).toBool(), true);
        QVERIFY(mech.calls.load() > 0);
        QCOMPARE(mech.callsOnGuiThread.load(), 0);
        QVERIFY(page.movie());
        QVERIFY(page.movie()->isValid());
        QVERIFY(page.movie()->frameCount() > 1);
        // Every frame lasts what the re-timer makes of the stored file's frame at this speed.
        const mech::LibraryResult stored =
            mech.library()->load(st.level, mech::AnimationKind::Walk, mech::AnimationSize::Big);
        QVERIFY2(stored.ok, qPrintable(stored.error));
        mech::WebpContainer original;
        mech::WebpContainer playing;
        QString error;
        QVERIFY2(original.parse(stored.data, &error), qPrintable(error));
        QVERIFY2(playing.parse(page.animationData(), &error), qPrintable(error));
        QCOMPARE(playing.frames().size(), original.frames().size());
        QCOMPARE(page.movie()->frameCount(), int(playing.frames().size()));
        for (qsizetype i = 0; i < playing.frames().size(); ++i)
            QCOMPARE(playing.frames().at(i).durationMs,
                     mech::AnimationRetimer::retimedDuration(original.frames().at(i).durationMs,
                                                             st.animation.speedPercent / 100.0));
        QVERIFY(playing.frames().first().durationMs != original.frames().first().durationMs);
        shoot(&page, QStringLiteral("mech-page"));

        // The same snapshot again fetches nothing: the page asks synchronously, so nothing
        // asked by the time applySnapshot returns is nothing asked at all.
        const int calls = mech.calls.load();
        const int requests = mech.requests.load();
        page.applySnapshot(mech.snapshot());
        QCOMPARE(mech.requests.load(), requests);
        QCOMPARE(shown.size(), 1);
        // A new speed fetches the new animation.
        mech.run([&] { QVERIFY(mech.mech()->donate(400, QStringLiteral("Bob")).ok); });
        page.applySnapshot(mech.snapshot());
        QVERIFY(mech.requests.load() > requests);
        QVERIFY(shown.wait(10000));
        QVERIFY(mech.calls.load() > calls);
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
        MechThread mech;
        QVERIFY(mech.ok());
        ui::MechPage page;
        page.resize(900, 700);
        page.setMechAccess(mech.access());
        QSignalSpy history(&page, &ui::MechPage::historyShown);
        page.applySnapshot(mech.snapshot());
        QVERIFY(history.wait(5000));
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
        QVERIFY(history.wait(5000));
        QTRY_VERIFY(!page.dialog()); // closed once the ledger took it

        QCOMPARE(page.historyModel()->rowCount(), 1);
        const QAbstractItemModel *view = page.historyView()->model();
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Donor), QStringLiteral("Ada"));
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Amount), QStringLiteral("$12.34"));
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Note), QStringLiteral("bake sale"));
        qint64 total = 0;
        QList<storage::AuditEntry> audited;
        mech.run([&] {
            total = mech.mech()->state().totalCents;
            storage::AuditFilter f;
            f.source = QStringLiteral("panel");
            audited = mech.audit()->query(f);
        });
        QCOMPARE(total, 1234);
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().action, QStringLiteral("donation"));
        QCOMPARE(audited.first().target, QStringLiteral("Ada"));

        // A donation from Discord shows up with the next snapshot.
        mech.run([&] { QVERIFY(mech.mech()->donate(500, QStringLiteral("Bob")).ok); });
        page.applySnapshot(mech.snapshot());
        QVERIFY(history.wait(5000));
        QCOMPARE(page.historyModel()->rowCount(), 2);
        QCOMPARE(cell(view, 0, ui::DonationTableModel::Donor), QStringLiteral("Bob"));
        shoot(&page, QStringLiteral("mech-history"));
    }

    void refusalStaysInTheDialog() {
        MechThread mech;
        QVERIFY(mech.ok());
        ui::MechPage page;
        page.setMechAccess(mech.access(false)); // the mech stopped after the snapshot
        page.applySnapshot(mech.snapshot());
        page.addDonation();
        QVERIFY(page.dialog());
        page.dialog()->donorEdit()->setText(QStringLiteral("Ada"));
        page.dialog()->okButton()->click();
        QTRY_VERIFY(!page.dialog()->errorText().isEmpty());
        QVERIFY(page.dialog()->errorText().contains(QStringLiteral("not running")));
        QVERIFY(page.dialog()->isVisible());
        page.dialog()->reject();
    }
};

QTEST_MAIN(TestGuiMechPage)
#include "tst_gui_mechpage.moc"
