// Cache and queue benchmark: get/put throughput and memory per entry of Mechdock's BoundedCache
// beside QCache and a plain std::unordered_map (unbounded: what code without a bound does), and
// queue throughput between two threads beside a mutex-guarded std::deque. Values share one
// buffer (implicit sharing), so "bytes per entry" is the structure's own overhead. Median of 5
// runs; prints one table.
#include "memory/boundedcache.h"
#include "memory/boundedqueue.h"

#include <QCache>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <unordered_map>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

constexpr int kOps = 1'000'000;
constexpr int kBound = 500;
constexpr int kRuns = 5;

qint64 heapInUse() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return 0;
#endif
}

struct Workload {
    std::vector<QString> keys;
    std::vector<bool> isGet;
    QByteArray value = QByteArray(200, 'v');
    Workload() {
        QRandomGenerator rng(1);
        // 80 % of reads go to a hot set that fits the bound, 20 % spread wide.
        for (int i = 0; i < kOps; ++i) {
            const bool hot = rng.bounded(100) < 80;
            const int k = hot ? int(rng.bounded(400)) : int(rng.bounded(100000));
            keys.push_back(QStringLiteral("container-status-key-%1").arg(k));
            isGet.push_back(rng.bounded(100) < 70);
        }
    }
};

struct Result {
    double mops = 0;
    qint64 entries = 0;
    double bytesPerEntry = 0;
};

template <typename Fn>
Result measure(Fn run) {
    std::vector<double> rates;
    Result last;
    for (int r = 0; r < kRuns; ++r) {
        const qint64 before = heapInUse();
        QElapsedTimer t;
        t.start();
        // The run reports its size and the heap while its container still exists.
        const auto [entries, after] = run();
        last.entries = entries;
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        rates.push_back(double(kOps) / seconds / 1e6);
        last.bytesPerEntry = last.entries > 0 ? double(after - before) / double(last.entries) : 0;
    }
    std::sort(rates.begin(), rates.end());
    last.mops = rates[rates.size() / 2];
    return last;
}

double queueRun(bool mechdock) {
    std::vector<double> rates;
    for (int r = 0; r < kRuns; ++r) {
        QElapsedTimer t;
        t.start();
        if (mechdock) {
            mechdock::memory::BoundedQueue<int> q(
                1000, mechdock::memory::OverflowPolicy::BlockWithTimeout);
            QThread *consumer = QThread::create([&] {
                for (int i = 0; i < kOps; ++i)
                    q.pop(10000);
            });
            consumer->start();
            for (int i = 0; i < kOps; ++i)
                q.push(i, 10000);
            consumer->wait();
            delete consumer;
        } else {
            QMutex m;
            QWaitCondition notEmpty, notFull;
            std::deque<int> d;
            QThread *consumer = QThread::create([&] {
                for (int i = 0; i < kOps; ++i) {
                    QMutexLocker l(&m);
                    while (d.empty())
                        notEmpty.wait(&m);
                    d.pop_front();
                    notFull.wakeOne();
                }
            });
            consumer->start();
            for (int i = 0; i < kOps; ++i) {
                QMutexLocker l(&m);
                while (d.size() >= 1000)
                    notFull.wait(&m);
                d.push_back(i);
                notEmpty.wakeOne();
            }
            consumer->wait();
            delete consumer;
        }
        rates.push_back(double(kOps) / (double(t.nsecsElapsed()) / 1e9) / 1e6);
    }
    std::sort(rates.begin(), rates.end());
    return rates[rates.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const Workload w;

    const Result bounded = measure([&] {
        mechdock::memory::BoundedCache<QString, QByteArray> c({kBound, 0, 0, {}, nullptr});
        for (int i = 0; i < kOps; ++i) {
            if (w.isGet[size_t(i)])
                c.get(w.keys[size_t(i)]);
            else
                c.put(w.keys[size_t(i)], w.value);
        }
        return std::make_pair(c.size(), heapInUse());
    });
    const Result qcache = measure([&] {
        QCache<QString, QByteArray> c(kBound);
        for (int i = 0; i < kOps; ++i) {
            if (w.isGet[size_t(i)])
                c.object(w.keys[size_t(i)]);
            else
                c.insert(w.keys[size_t(i)], new QByteArray(w.value));
        }
        return std::make_pair(qint64(c.size()), heapInUse());
    });
    const Result map = measure([&] {
        std::unordered_map<QString, QByteArray> c;
        for (int i = 0; i < kOps; ++i) {
            if (w.isGet[size_t(i)])
                c.find(w.keys[size_t(i)]);
            else
                c[w.keys[size_t(i)]] = w.value;
        }
        return std::make_pair(qint64(c.size()), heapInUse());
    });

    std::printf(
        "Cache: %d operations (70 %% get, 80 %% of keys hot), QString keys, 200-byte values; "
        "median of %d runs\n\n",
        kOps, kRuns);
    std::printf("| container | Mops/s | entries at end | heap bytes per entry |\n");
    std::printf("| --- | ---: | ---: | ---: |\n");
    std::printf("| Mechdock BoundedCache (500) | %.2f | %lld | %.0f |\n", bounded.mops,
                bounded.entries, bounded.bytesPerEntry);
    std::printf("| QCache (500) | %.2f | %lld | %.0f |\n", qcache.mops, qcache.entries,
                qcache.bytesPerEntry);
    std::printf("| std::unordered_map (no bound) | %.2f | %lld | %.0f |\n", map.mops, map.entries,
                map.bytesPerEntry);
    std::printf("\nQueue: %d items through a 1000-slot queue, producer and consumer threads\n\n",
                kOps);
    std::printf("| queue | Mitems/s |\n| --- | ---: |\n");
    std::printf("| Mechdock BoundedQueue | %.2f |\n", queueRun(true));
    std::printf("| QMutex + std::deque | %.2f |\n", queueRun(false));
    return 0;
}
