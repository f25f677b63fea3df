// MechService: the mech as the bot and the panel see it. Records donations in the ledger, reports
// the state (power decayed to now, level, speed), hands out the current animation, and keeps the
// animation cache warm: after a change it drops only what changed and pre-renders the current
// level's walk and rest at the current speed on a background thread, reporting progress.
#pragma once

#include "mech/animationcache.h"
#include "mech/donationledger.h"
#include "mech/speedmapping.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

namespace mechdock {
class Clock;
}

namespace mechdock::mech {

// A plain value for the UI and Discord replies.
struct MechStatus {
    bool ok = false;
    QString error;
    MechState state; // decayed to `state.atMs`
    int level = 1;
    QString levelName;
    qint64 powerCents = 0; // whole cents
    qint64 totalCents = 0;
    qint64 levelProgressCents = 0;
    qint64 levelCostCents = 0; // 0 at the top level
    int speedLevel = 0;        // 0..100
    AnimationChoice animation;
};

class MechService : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MechService)
public:
    static constexpr int kDefaultRefreshMs = 60 * 1000;

    // `ledger` and `cache` must outlive the service.
    MechService(DonationLedger *ledger, AnimationCache *cache, const MechRules &rules,
                const Clock *clock = nullptr, QObject *parent = nullptr);
    ~MechService() override;

    LedgerRecordResult donate(qint64 cents, const QString &donor, const QString &note = {},
                              const QString &idempotencyKey = {});
    // An operator correction (may be negative).
    LedgerRecordResult adjust(qint64 cents, const QString &note,
                              const QString &idempotencyKey = {});

    MechStatus state() const;
    // The latest donations and adjustments, newest first (the panel's history).
    QList<LedgerEvent> history(int limit, QString *error = nullptr) const {
        return m_ledger->recentEvents(limit, error);
    }
    AnimationKey currentKey(AnimationSize size) const;
    // The animation the mech shows now. Usually a cache hit; a miss re-times one file, which
    // rewrites frame durations only and is cheap.
    AnimationResult currentAnimation(AnimationSize size);

    void setRules(const MechRules &rules);
    MechRules rules() const { return m_rules; }

    // Re-checks the state (decay moves speed over time) and, when the animation changed,
    // invalidates what changed and pre-renders. Called by the timer that start() runs.
    void refresh();
    void start(int refreshIntervalMs = kDefaultRefreshMs);
    void stop();

    // Starts a background pre-render of the current level (walk at the current speed and rest,
    // both sizes). A newer request supersedes a running one. Returns at once.
    void preRender();
    bool isPreRendering() const;

signals:
    void stateChanged(const mechdock::mech::MechStatus &status);
    void preRenderProgress(int done, int total);
    void preRenderFinished(bool ok, const QString &error);

private:
    // Records in the ledger and refreshes the state when something new was written.
    LedgerRecordResult record(const NewLedgerEvent &event);
    struct Shown {
        bool valid = false;
        int level = 0;
        AnimationChoice choice;
    };
    MechStatus statusFrom(const MechState &state) const;
    void applyChange(const MechStatus &status);
    QList<AnimationKey> preRenderKeys(const MechStatus &status) const;

    DonationLedger *m_ledger;
    AnimationCache *m_cache;
    MechRules m_rules;
    const Clock *m_clock;
    Shown m_shown;
    QTimer m_refreshTimer;
    QThreadPool m_workers;
    QFuture<void> m_preRender;
    std::atomic<int> m_generation{0};
};

} // namespace mechdock::mech

Q_DECLARE_METATYPE(mechdock::mech::MechStatus)
