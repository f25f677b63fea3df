// Tests for the mech animation path: AnimationLibrary, AnimationCache (100 % fast path, memory
// LRU by entries and bytes, registry), AnimationDiskCache (hits after memory eviction, byte
// limit, restart persistence, corrupt files) and MechService's invalidation and background
// pre-render. The renderer is a fake that counts calls and returns deterministic bytes; the
// generated artwork is checked when it has been built.
#include "common/clock.h"
#include "mech/animationcache.h"
#include "mech/animationdiskcache.h"
#include "mech/animationlibrary.h"
#include "mech/mechschema.h"
#include "mech/mechservice.h"
#include "memory/cacheregistry.h"
#include "storage/database.h"
#include "testpaths.h"

#include <QDir>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <webp/demux.h>

#include <atomic>

using namespace mechdock;
using namespace mechdock::mech;

namespace {

AnimationKey walk(int level, int speed, AnimationSize size = AnimationSize::Small) {
    return AnimationKey{level, AnimationKind::Walk, size, speed};
}

// A renderer that appends the speed to its input, counts calls and can be held or made to fail.
struct FakeRenderer {
    std::atomic<int> calls{0};
    std::atomic<bool> fail{false};
    QSemaphore *gate = nullptr;

    RenderHook hook() {
        return [this](const QByteArray &in, double speed, QByteArray *out, QString *error) {
            ++calls;
            if (gate)
                gate->acquire();
            if (fail) {
                *error = QStringLiteral("fake render failure");
                return false;
            }
            *out = in + "@" + QByteArray::number(qRound(speed * 100));
            return true;
        };
    }
};

// A library folder with 1000-byte fake animations for levels 1..11.
class FakeLibrary {
public:
    FakeLibrary() {
        for (const char *size : {"small", "big"}) {
            QDir(m_dir.path()).mkpath(QString::fromLatin1(size));
            for (const char *kind : {"walk", "rest"}) {
                for (int level = 1; level <= 11; ++level)
                    write(QStringLiteral("%1/%2_L%3.webp")
                              .arg(QLatin1String(size), QLatin1String(kind))
                              .arg(level),
                          QByteArray("SRC-") + size + "-" + kind + "-L" +
                              QByteArray::number(level));
            }
        }
    }
    void write(const QString &relative, QByteArray content) {
        content = content.leftJustified(1000, '.');
        QFile f(m_dir.filePath(relative));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QString path() const { return m_dir.path(); }
    AnimationLibrary library() const { return AnimationLibrary(m_dir.path()); }

private:
    QTemporaryDir m_dir;
};

AnimationCache::Options options(qint64 entries = 2, qint64 bytes = 1 << 20) {
    AnimationCache::Options o;
    o.maxEntries = entries;
    o.maxBytes = bytes;
    return o;
}

QByteArray expected(const AnimationLibrary &lib, const AnimationKey &key) {
    return lib.load(key).data + "@" + QByteArray::number(key.speedPercent);
}

} // namespace

class TestMechAnimationCache : public QObject {
    Q_OBJECT
private slots:
    void libraryPaths() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        QCOMPARE(lib.path(5, AnimationKind::Rest, AnimationSize::Big),
                 fake.path() + QStringLiteral("/big/rest_L5.webp"));
        const LibraryResult r = lib.load(walk(3, 100));
        QVERIFY(r.ok);
        QVERIFY(r.data.startsWith("SRC-small-walk-L3"));
        const LibraryResult missing = lib.load(walk(12, 100));
        QVERIFY(!missing.ok);
        QVERIFY(!missing.error.isEmpty());
        QCOMPARE(AnimationLibrary().path(1, AnimationKind::Walk, AnimationSize::Small),
                 QStringLiteral(":/mech/small/walk_L1.webp"));
    }

    void fastPathNeverRenders() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        AnimationCache cache(&lib, render.hook(), nullptr, options(), nullptr);
        for (int i = 0; i < 3; ++i) {
            for (AnimationKind kind : {AnimationKind::Walk, AnimationKind::Rest}) {
                const AnimationKey key{7, kind, AnimationSize::Big, 100};
                const AnimationResult r = cache.get(key);
                QVERIFY(r.ok);
                QCOMPARE(r.source, AnimationResult::Source::Library);
                QCOMPARE(r.data, lib.load(key).data);
            }
        }
        QCOMPARE(render.calls.load(), 0);
        QCOMPARE(cache.stats().entries, 0); // stored files are not copied into the LRU
    }

    void renderThenMemoryHit() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        AnimationCache cache(&lib, render.hook(), nullptr, options(), nullptr);
        AnimationResult r = cache.get(walk(1, 85));
        QVERIFY(r.ok);
        QCOMPARE(r.source, AnimationResult::Source::Rendered);
        QCOMPARE(r.data, expected(lib, walk(1, 85)));
        r = cache.get(walk(1, 85));
        QCOMPARE(r.source, AnimationResult::Source::Memory);
        QCOMPARE(r.data, expected(lib, walk(1, 85)));
        QCOMPARE(render.calls.load(), 1);
        QCOMPARE(cache.renderCount(), 1u);
        const memory::CacheStats s = cache.stats();
        QCOMPARE(s.hits, 1u);
        QCOMPARE(s.misses, 1u);
        QCOMPARE(s.entries, 1);
        QCOMPARE(s.bytes, r.data.size());
    }

    void lruOrder() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        AnimationCache cache(&lib, render.hook(), nullptr, options(2), nullptr);
        cache.get(walk(1, 80));  // A
        cache.get(walk(1, 90));  // B
        cache.get(walk(1, 80));  // A is now the most recent
        cache.get(walk(1, 110)); // C evicts B, the least recent
        QVERIFY(cache.containsInMemory(walk(1, 80)));
        QVERIFY(!cache.containsInMemory(walk(1, 90)));
        QVERIFY(cache.containsInMemory(walk(1, 110)));
        QCOMPARE(cache.stats().entries, 2);
        QCOMPARE(cache.stats().evictions, 1u);
        QCOMPARE(render.calls.load(), 3);
        cache.get(walk(1, 90)); // B again: no disk cache, so it renders again
        QCOMPARE(render.calls.load(), 4);
        cache.setMaxEntries(1);
        QCOMPARE(cache.stats().entries, 1);
        QVERIFY(cache.containsInMemory(walk(1, 90)));
    }

    void byteLimit() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        // Each rendering is ~1004 bytes: two do not fit in 1500.
        AnimationCache cache(&lib, render.hook(), nullptr, options(10, 1500), nullptr);
        cache.get(walk(2, 80));
        cache.get(walk(2, 90));
        QCOMPARE(cache.stats().entries, 1);
        QVERIFY(cache.stats().bytes <= 1500);
        QVERIFY(cache.containsInMemory(walk(2, 90)));
        // An entry larger than the whole bound is still kept alone (the caller uses it).
        AnimationCache tiny(&lib, render.hook(), nullptr, options(10, 10), nullptr);
        QVERIFY(tiny.get(walk(2, 80)).ok);
        QCOMPARE(tiny.stats().entries, 1);
        tiny.get(walk(2, 85));
        QCOMPARE(tiny.stats().entries, 1);
    }

    void registryAndPressure() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        memory::CacheRegistry registry;
        {
            AnimationCache cache(&lib, render.hook(), nullptr, options(4), &registry);
            QCOMPARE(registry.size(), 1);
            QCOMPARE(registry.list().first().name, QStringLiteral("mech.animations"));
            for (int speed : {75, 80, 85, 90})
                cache.get(walk(3, speed));
            QCOMPARE(registry.list().first().entries, 4);
            QCOMPARE(registry.list().first().maxEntries, 4);
            const memory::CleanupResult half = registry.shrink(0.5);
            QCOMPARE(half.entriesFreed, 2);
            QVERIFY(cache.containsInMemory(walk(3, 90))); // the most recent survive
            QVERIFY(!cache.containsInMemory(walk(3, 75)));
            const memory::CleanupResult all = registry.clearAll();
            QCOMPARE(all.entriesFreed, 2);
            QCOMPARE(cache.stats().entries, 0);
            QCOMPARE(cache.stats().bytes, 0);
        }
        QCOMPARE(registry.size(), 0);
    }

    void renderFailureIsAnError() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        render.fail = true;
        QTemporaryDir diskDir;
        AnimationDiskCache disk(diskDir.path());
        AnimationCache cache(&lib, render.hook(), &disk, options(), nullptr);
        const AnimationResult r = cache.get(walk(1, 80));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("fake render failure"));
        QCOMPARE(cache.stats().entries, 0);
        QCOMPARE(disk.stats().entries, 0);
        AnimationCache noRenderer(&lib, RenderHook(), nullptr, options(), nullptr);
        QVERIFY(!noRenderer.get(walk(1, 80)).ok);
        QVERIFY(noRenderer.get(walk(1, 100)).ok); // the fast path needs no renderer
        QVERIFY(!cache.get(walk(1, 0)).ok);
    }

    void diskHitAfterMemoryEviction() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        QTemporaryDir diskDir;
        AnimationDiskCache disk(diskDir.path());
        QVERIFY(disk.isUsable());
        AnimationCache cache(&lib, render.hook(), &disk, options(2), nullptr);
        cache.get(walk(4, 80));
        cache.get(walk(4, 90));
        cache.get(walk(4, 110)); // evicts 80 from memory; it stays on disk
        QVERIFY(!cache.containsInMemory(walk(4, 80)));
        QCOMPARE(disk.stats().entries, 3);
        const AnimationResult r = cache.get(walk(4, 80));
        QVERIFY(r.ok);
        QCOMPARE(r.source, AnimationResult::Source::Disk);
        QCOMPARE(r.data, expected(lib, walk(4, 80)));
        QCOMPARE(render.calls.load(), 3);
        QVERIFY(cache.containsInMemory(walk(4, 80))); // promoted back into memory
    }

    void diskLimitDeletesLeastRecentlyUsed() {
        QTemporaryDir dir;
        ManualClock clock;
        AnimationDiskCache disk(dir.path(), 2500, &clock);
        const QByteArray hash = AnimationDiskCache::hashOf("source");
        const QByteArray data(1000, 'x');
        QVERIFY(disk.put(walk(1, 80), hash, data));
        clock.advanceMs(10);
        QVERIFY(disk.put(walk(1, 90), hash, data));
        clock.advanceMs(10);
        QVERIFY(disk.get(walk(1, 80), hash).has_value()); // 80 becomes the most recent
        QVERIFY(disk.put(walk(1, 110), hash, data));
        QCOMPARE(disk.stats().entries, 2);
        QCOMPARE(disk.stats().evictions, 1u);
        QVERIFY(disk.stats().bytes <= 2500);
        QVERIFY(!disk.get(walk(1, 90), hash).has_value());
        QVERIFY(!QFile::exists(dir.filePath(AnimationDiskCache::fileName(walk(1, 90), hash))));
        QVERIFY(QFile::exists(dir.filePath(AnimationDiskCache::fileName(walk(1, 80), hash))));
        // Larger than the whole limit: refused with a message, nothing evicted.
        QString error;
        QVERIFY(!disk.put(walk(1, 120), hash, QByteArray(3000, 'y'), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(disk.stats().entries, 2);
        // Lowering the limit evicts at once.
        disk.setMaxBytes(1200);
        QCOMPARE(disk.stats().entries, 1);
        QVERIFY(disk.get(walk(1, 110), hash).has_value());
    }

    void diskSurvivesRestart() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        QTemporaryDir diskDir;
        ManualClock clock;
        {
            AnimationDiskCache disk(diskDir.path(), 2500, &clock);
            AnimationCache cache(&lib, render.hook(), &disk, options(), nullptr);
            cache.get(walk(5, 80));
            clock.advanceMs(5);
            cache.get(walk(5, 90));
            clock.advanceMs(5);
            disk.get(walk(5, 80), AnimationDiskCache::hashOf(lib.load(walk(5, 80)).data));
        }
        QCOMPARE(render.calls.load(), 2);
        AnimationDiskCache disk(diskDir.path(), 2500, &clock);
        QCOMPARE(disk.stats().entries, 2);
        AnimationCache cache(&lib, render.hook(), &disk, options(), nullptr);
        AnimationResult r = cache.get(walk(5, 90));
        QCOMPARE(r.source, AnimationResult::Source::Disk);
        QCOMPARE(r.data, expected(lib, walk(5, 90)));
        QCOMPARE(render.calls.load(), 2);
        // The access order survived too: after touching 90 just now, 80 is the oldest.
        cache.get(walk(5, 110));
        QCOMPARE(disk.stats().entries, 2);
        const QByteArray hash = AnimationDiskCache::hashOf(lib.load(walk(5, 80)).data);
        QVERIFY(!QFile::exists(diskDir.filePath(AnimationDiskCache::fileName(walk(5, 80), hash))));
    }

    void orphansAndBadIndex() {
        QTemporaryDir dir;
        const QByteArray hash = AnimationDiskCache::hashOf("s");
        {
            AnimationDiskCache disk(dir.path());
            QVERIFY(disk.put(walk(1, 80), hash, "abc"));
        }
        // A file the index does not know (a crash before the index was written) is removed.
        QFile orphan(dir.filePath(QStringLiteral("small_walk_L1_S95_0123456789abcdef.webp")));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write("zzz");
        orphan.close();
        {
            AnimationDiskCache disk(dir.path());
            QCOMPARE(disk.stats().entries, 1);
            QVERIFY(!orphan.exists());
        }
        // An unreadable index: start empty, and the files it listed go.
        QFile index(dir.filePath(QString::fromLatin1(AnimationDiskCache::kIndexFile)));
        QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
        index.write("{ not json");
        index.close();
        AnimationDiskCache disk(dir.path());
        QCOMPARE(disk.stats().entries, 0);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.webp")}, QDir::Files).size(), 0);
        QVERIFY(!disk.get(walk(1, 80), hash).has_value());
    }

    void corruptDiskFileIsRecomputed() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        QTemporaryDir diskDir;
        const QByteArray hash = AnimationDiskCache::hashOf(lib.load(walk(6, 80)).data);
        const QString file = diskDir.filePath(AnimationDiskCache::fileName(walk(6, 80), hash));
        {
            AnimationDiskCache disk(diskDir.path());
            AnimationCache cache(&lib, render.hook(), &disk, options(), nullptr);
            QVERIFY(cache.get(walk(6, 80)).ok);
        }
        QVERIFY(QFile::exists(file));
        { // Same size, different bytes: only the content hash notices.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            bytes[10] = char(bytes[10] ^ 0x5a);
            f.seek(0);
            f.write(bytes);
        }
        AnimationDiskCache disk(diskDir.path());
        AnimationCache cache(&lib, render.hook(), &disk, options(), nullptr);
        const AnimationResult r = cache.get(walk(6, 80));
        QVERIFY(r.ok);
        QCOMPARE(r.source, AnimationResult::Source::Rendered);
        QCOMPARE(r.data, expected(lib, walk(6, 80)));
        QCOMPARE(render.calls.load(), 2);
        QCOMPARE(disk.stats().corrupt, 1u);
        QFile repaired(file);
        QVERIFY(repaired.open(QIODevice::ReadOnly));
        QCOMPARE(repaired.readAll(), expected(lib, walk(6, 80)));
    }

    void newArtworkIsNotServedStale() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        QTemporaryDir diskDir;
        AnimationDiskCache disk(diskDir.path());
        {
            AnimationCache cache(&lib, render.hook(), &disk, options(), nullptr);
            cache.get(walk(2, 80));
        }
        fake.write(QStringLiteral("small/walk_L2.webp"), "NEW-ART");
        AnimationCache cache(&lib, render.hook(), &disk, options(), nullptr);
        const AnimationResult r = cache.get(walk(2, 80));
        QCOMPARE(r.source, AnimationResult::Source::Rendered);
        QVERIFY(r.data.startsWith("NEW-ART"));
        QCOMPARE(disk.stats().entries, 1); // the old source's rendering was dropped
    }

    void invalidationScope() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        QTemporaryDir diskDir;
        AnimationDiskCache disk(diskDir.path());
        AnimationCache cache(&lib, render.hook(), &disk, options(4), nullptr);
        cache.get(walk(1, 80));
        cache.get(walk(1, 90, AnimationSize::Big));
        cache.get(walk(2, 80));
        cache.get(walk(3, 80));
        QCOMPARE(cache.invalidateLevel(1), 2);
        QVERIFY(!cache.containsInMemory(walk(1, 80)));
        QVERIFY(!cache.containsInMemory(walk(1, 90, AnimationSize::Big)));
        QVERIFY(cache.containsInMemory(walk(2, 80)));
        QVERIFY(cache.containsInMemory(walk(3, 80)));
        QCOMPARE(disk.stats().entries, 4); // memory only by default
        QVERIFY(cache.invalidate(walk(2, 80), true));
        QVERIFY(!cache.containsInMemory(walk(2, 80)));
        QVERIFY(cache.containsInMemory(walk(3, 80)));
        QCOMPARE(disk.stats().entries, 3);
        QCOMPARE(cache.invalidateLevel(1, true), 0);
        QCOMPARE(disk.stats().entries, 1);
        QCOMPARE(disk.removeLevel(3), 1);
    }

    void serviceInvalidatesOnlyWhatChanged() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        QTemporaryDir dir;
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("mech.db")),
                                          {MechSchema::migrations()}, &error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock;
        const MechRules rules;
        DonationLedger ledger(db->pool(), rules, &clock);
        AnimationCache cache(&lib, render.hook(), nullptr, options(8), nullptr);
        MechService service(&ledger, &cache, rules, &clock);
        QSignalSpy progress(&service, &MechService::preRenderProgress);
        QSignalSpy finished(&service, &MechService::preRenderFinished);
        QSignalSpy changed(&service, &MechService::stateChanged);

        // Nothing donated: the rest animation, no rendering needed.
        service.refresh();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
        QCOMPARE(service.state().animation.kind, AnimationKind::Rest);
        const int afterRest = render.calls.load(); // the 70 % walk of both sizes
        QCOMPARE(afterRest, 2);

        // $1 at L1: speed level 10 -> 75 %; both sizes pre-rendered in the background.
        QVERIFY(service.donate(100, QStringLiteral("Ada")).ok);
        QVERIFY(finished.wait(5000));
        QCOMPARE(render.calls.load(), afterRest + 2);
        QVERIFY(cache.containsInMemory(walk(1, 75)));
        QVERIFY(cache.containsInMemory(walk(1, 75, AnimationSize::Big)));
        QCOMPARE(service.currentKey(AnimationSize::Small), walk(1, 75));
        const AnimationResult current = service.currentAnimation(AnimationSize::Small);
        QCOMPARE(current.source, AnimationResult::Source::Memory);
        QCOMPARE(changed.last().at(0).value<MechStatus>().powerCents, 100);

        // +$2: same level, new speed (level 30 -> 88 -> 90 %): only the old speed goes.
        cache.get(walk(2, 80)); // an unrelated entry that must survive
        QVERIFY(service.donate(200, QStringLiteral("Bob")).ok);
        QVERIFY(finished.wait(5000));
        QCOMPARE(service.history(1).size(), 1);
        QCOMPARE(service.history(1).first().donor, QStringLiteral("Bob"));
        QCOMPARE(service.history(10).last().donor, QStringLiteral("Ada"));
        QVERIFY(!cache.containsInMemory(walk(1, 75)));
        QVERIFY(cache.containsInMemory(walk(1, 90)));
        QVERIFY(cache.containsInMemory(walk(2, 80)));

        // Level change: L1 entries all go; L2 is pre-rendered (1200 of 1500: 118 -> 120 %).
        cache.get(walk(1, 110));
        QVERIFY(service.donate(900, QStringLiteral("Cy"), {}, QStringLiteral("cy-1")).ok);
        QVERIFY(finished.wait(5000));
        QCOMPARE(service.state().level, 2);
        QVERIFY(!cache.containsInMemory(walk(1, 90)));
        QVERIFY(!cache.containsInMemory(walk(1, 110)));
        QVERIFY(cache.containsInMemory(walk(2, 120)));
        QVERIFY(cache.containsInMemory(walk(2, 80)));
        const int calls = render.calls.load();

        // A repeated key changes nothing and renders nothing; a bad amount is an error value.
        const LedgerRecordResult dup =
            service.donate(900, QStringLiteral("Cy"), {}, QStringLiteral("cy-1"));
        QVERIFY(dup.ok);
        QVERIFY(dup.duplicate);
        QVERIFY(!service.donate(0, QStringLiteral("Zero")).ok);
        QCOMPARE(service.state().totalCents, 1200);
        QCOMPARE(render.calls.load(), calls);

        // A week of decay (100 cents a day) moves the speed to 33 -> 90 %; refresh() notices.
        clock.advanceMs(7LL * 24 * 60 * 60 * 1000);
        service.refresh();
        QVERIFY(finished.wait(5000));
        QCOMPARE(service.state().powerCents, 500);
        QCOMPARE(service.currentKey(AnimationSize::Big), walk(2, 90, AnimationSize::Big));
        QCOMPARE(render.calls.load(), calls + 2);
        QVERIFY(!cache.containsInMemory(walk(2, 120)));
    }

    void preRenderDoesNotBlockTheCaller() {
        FakeLibrary fake;
        const AnimationLibrary lib = fake.library();
        FakeRenderer render;
        QSemaphore gate;
        render.gate = &gate;
        QTemporaryDir dir;
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("mech.db")),
                                          {MechSchema::migrations()}, &error);
        QVERIFY(db);
        ManualClock clock;
        DonationLedger ledger(db->pool(), MechRules{}, &clock);
        AnimationCache cache(&lib, render.hook(), nullptr, options(), nullptr);
        MechService service(&ledger, &cache, MechRules{}, &clock);
        QSignalSpy finished(&service, &MechService::preRenderFinished);
        // The renderer is held: donate() must still return, with the render under way.
        QVERIFY(service.donate(300, QString()).ok); // 90 %: needs rendering
        QVERIFY(service.isPreRendering());
        QCOMPARE(finished.size(), 0);
        gate.release(2);
        QVERIFY(finished.wait(5000));
        // The finished signal is queued just before the worker returns.
        QTRY_VERIFY(!service.isPreRendering());
        QCOMPARE(render.calls.load(), 2);
    }

    void generatedArtwork() {
        const QString root = QStringLiteral(MECHDOCK_BUILD_DIR "/resources/mech/artwork");
        if (!QFileInfo::exists(root + QStringLiteral("/big/walk_L11.webp"))) {
            if (test::isCi())
                QFAIL("the mech artwork was not generated (build mechdock_mech_artwork)");
            QSKIP("the mech artwork is not built here (target mechdock_mech_artwork)");
        }
        const AnimationLibrary lib(root);
        qint64 total = 0;
        QSet<QByteArray> distinct;
        for (AnimationSize size : {AnimationSize::Small, AnimationSize::Big}) {
            const QSize expectedSize =
                size == AnimationSize::Big ? QSize(480, 400) : QSize(192, 160);
            for (AnimationKind kind : {AnimationKind::Walk, AnimationKind::Rest}) {
                for (int level = 1; level <= 11; ++level) {
                    const LibraryResult r = lib.load(level, kind, size);
                    QVERIFY2(r.ok, qPrintable(r.error));
                    total += r.data.size();
                    distinct.insert(r.data);
                    WebPData data{reinterpret_cast<const uint8_t *>(r.data.constData()),
                                  size_t(r.data.size())};
                    WebPDemuxer *demux = WebPDemux(&data);
                    QVERIFY(demux);
                    QCOMPARE(int(WebPDemuxGetI(demux, WEBP_FF_CANVAS_WIDTH)), expectedSize.width());
                    QCOMPARE(int(WebPDemuxGetI(demux, WEBP_FF_CANVAS_HEIGHT)),
                             expectedSize.height());
                    QCOMPARE(int(WebPDemuxGetI(demux, WEBP_FF_FRAME_COUNT)), 8);
                    QCOMPARE(int(WebPDemuxGetI(demux, WEBP_FF_LOOP_COUNT)), 0);
                    QVERIFY(WebPDemuxGetI(demux, WEBP_FF_FORMAT_FLAGS) & ALPHA_FLAG);
                    WebPIterator it;
                    QVERIFY(WebPDemuxGetFrame(demux, 1, &it));
                    int frames = 0;
                    do {
                        QCOMPARE(it.duration, 125);
                        ++frames;
                    } while (WebPDemuxNextFrame(&it));
                    WebPDemuxReleaseIterator(&it);
                    WebPDemuxDelete(demux);
                    QCOMPARE(frames, 8);
                }
            }
        }
        QCOMPARE(distinct.size(), 44); // every level, kind and size is its own picture
        qInfo("mech artwork: 44 files, %lld bytes", total);
        QVERIFY(total < 3 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestMechAnimationCache)
#include "tst_mech_animationcache.moc"
