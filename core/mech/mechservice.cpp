// MechService: lives on the service thread; the pre-render runs on its own one-thread pool and
// reports back through queued calls, so the caller never waits for a render.
#include "mech/mechservice.h"

#include "common/clock.h"
#include "mech/evolutionlevels.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mechdock::mech {

MechService::MechService(DonationLedger *ledger, AnimationCache *cache, const MechRules &rules,
                         const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_cache(cache)
    , m_rules(rules.normalized())
    , m_clock(clock ? clock : &Clock::system()) {
    qRegisterMetaType<mechdock::mech::MechStatus>();
    m_workers.setMaxThreadCount(1);
    m_refreshTimer.setSingleShot(false);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MechService::refresh);
    if (m_ledger)
        m_ledger->setRules(m_rules);
}

MechService::~MechService() {
    m_refreshTimer.stop();
    ++m_generation; // tells a running pre-render to stop after its current item
    m_workers.waitForDone();
}

void MechService::start(int refreshIntervalMs) {
    refresh();
    m_refreshTimer.start(qMax(1000, refreshIntervalMs));
}

void MechService::stop() {
    m_refreshTimer.stop();
}

MechStatus MechService::statusFrom(const MechState &state) const {
    MechStatus s;
    s.ok = true;
    s.state = state;
    s.level = state.level();
    s.levelName = EvolutionLevels::name(s.level);
    s.powerCents = state.powerWholeCents();
    s.totalCents = state.totalCents;
    s.levelProgressCents = state.levelProgressCents();
    s.levelCostCents = state.levelCostCents();
    s.speedLevel = SpeedMapping::speedLevel(state);
    s.animation = SpeedMapping::choose(state, m_rules);
    return s;
}

MechStatus MechService::state() const {
    if (!m_ledger) {
        MechStatus s;
        s.error = tr("the donation ledger is not available");
        return s;
    }
    const LedgerStateResult r = m_ledger->state();
    if (!r.ok) {
        MechStatus s;
        s.error = tr("cannot read the donation ledger: %1").arg(r.error);
        return s;
    }
    return statusFrom(r.state);
}

AnimationKey MechService::currentKey(AnimationSize size) const {
    const MechStatus s = state();
    return AnimationKey{s.level, s.animation.kind, size, s.animation.speedPercent};
}

AnimationResult MechService::currentAnimation(AnimationSize size) {
    const MechStatus s = state();
    if (!s.ok) {
        AnimationResult r;
        r.error = s.error;
        return r;
    }
    if (!m_cache) {
        AnimationResult r;
        r.error = tr("the animation cache is not available");
        return r;
    }
    return m_cache->get(AnimationKey{s.level, s.animation.kind, size, s.animation.speedPercent});
}

LedgerRecordResult MechService::donate(qint64 cents, const QString &donor, const QString &note,
                                       const QString &idempotencyKey) {
    NewLedgerEvent e;
    e.idempotencyKey = idempotencyKey;
    e.cents = cents;
    e.donor = donor;
    e.note = note;
    e.kind = LedgerEventKind::Donation;
    return record(e);
}

LedgerRecordResult MechService::adjust(qint64 cents, const QString &note,
                                       const QString &idempotencyKey) {
    NewLedgerEvent e;
    e.idempotencyKey = idempotencyKey;
    e.cents = cents;
    e.note = note;
    e.kind = LedgerEventKind::Adjustment;
    return record(e);
}

LedgerRecordResult MechService::record(const NewLedgerEvent &event) {
    if (!m_ledger) {
        LedgerRecordResult r;
        r.error = tr("the donation ledger is not available");
        return r;
    }
    const LedgerRecordResult r = m_ledger->record(event);
    if (r.ok && !r.duplicate)
        refresh();
    return r;
}

void MechService::setRules(const MechRules &rules) {
    m_rules = rules.normalized();
    if (m_ledger)
        m_ledger->setRules(m_rules);
    refresh();
}

void MechService::refresh() {
    const MechStatus s = state();
    if (!s.ok)
        return;
    applyChange(s);
}

void MechService::applyChange(const MechStatus &status) {
    const bool changed =
        !m_shown.valid || m_shown.level != status.level || !(m_shown.choice == status.animation);
    if (!changed) {
        emit stateChanged(status);
        return;
    }
    // Drop only what the change made obsolete: the whole old level after a level change, else
    // the old speed's renderings of this level. The disk cache keeps them (content-addressed,
    // bounded by its own LRU) in case the speed comes back.
    if (m_shown.valid && m_cache) {
        if (m_shown.level != status.level) {
            m_cache->invalidateLevel(m_shown.level);
        } else {
            for (AnimationSize size : {AnimationSize::Small, AnimationSize::Big}) {
                m_cache->invalidate(AnimationKey{m_shown.level, m_shown.choice.kind, size,
                                                 m_shown.choice.speedPercent});
            }
        }
    }
    m_shown.valid = true;
    m_shown.level = status.level;
    m_shown.choice = status.animation;
    emit stateChanged(status);
    preRender();
}

QList<AnimationKey> MechService::preRenderKeys(const MechStatus &status) const {
    const int walkSpeed = SpeedMapping::speedPercent(status.speedLevel, m_rules);
    QList<AnimationKey> keys;
    for (AnimationSize size : {AnimationSize::Small, AnimationSize::Big}) {
        keys.append(AnimationKey{status.level, AnimationKind::Walk, size, walkSpeed});
        keys.append(AnimationKey{status.level, AnimationKind::Rest, size, 100});
    }
    return keys;
}

void MechService::preRender() {
    if (!m_cache)
        return;
    const MechStatus s = state();
    if (!s.ok) {
        emit preRenderFinished(false, s.error);
        return;
    }
    const QList<AnimationKey> keys = preRenderKeys(s);
    const int generation = ++m_generation;
    AnimationCache *cache = m_cache;
    m_preRender = QtConcurrent::run(&m_workers, [this, cache, keys, generation]() {
        int done = 0;
        QString firstError;
        for (const AnimationKey &key : keys) {
            if (m_generation.load() != generation)
                return; // superseded or shutting down: the newer request reports
            const AnimationResult r = cache->get(key);
            if (!r.ok && firstError.isEmpty())
                firstError = r.error;
            ++done;
            const int total = int(keys.size());
            QMetaObject::invokeMethod(
                this,
                [this, done, total, generation]() {
                    if (m_generation.load() == generation)
                        emit preRenderProgress(done, total);
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this,
            [this, firstError, generation]() {
                if (m_generation.load() == generation)
                    emit preRenderFinished(firstError.isEmpty(), firstError);
            },
            Qt::QueuedConnection);
    });
}

bool MechService::isPreRendering() const {
    return m_preRender.isRunning();
}

} // namespace mechdock::mech
