// Pieces the service benchmarks share: where the mechdock binary is, a process's resident and
// private dirty memory, percentiles, and waiting on the event loop. Header-only: benchmarks are one
// executable each.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <functional>

#include <functional>
#include <unistd.h>

namespace mechdock::bench {

// MECHDOCK_BINARY, else the build folder's app/mechdock.
inline QString mechdockBinary() {
    const QByteArray env = qgetenv("MECHDOCK_BINARY");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral(MECHDOCK_BUILD_DIR "/app/mechdock");
}

// MECHDOCKD_BINARY, else the build folder's app/mechdockd.
inline QString mechdockdBinary() {
    const QByteArray env = qgetenv("MECHDOCKD_BINARY");
    return env.isEmpty() ? QStringLiteral(MECHDOCK_BUILD_DIR "/app/mechdockd")
                         : QString::fromLocal8Bit(env);
}

// A binary linked moments ago still has dirty pages in the page cache, and smaps counts them as
// the process's private dirty memory (about 3 MB) until the kernel writes them back some 30 s
// later, in the middle of a run: write them back before starting it.
inline void writeBack(const QString &path) {
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        ::fsync(f.handle());
}

// VmRSS of a process in KiB, -1 when it cannot be read.
inline qint64 rssKb(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Private_Dirty of a process in KiB (smaps_rollup), -1 when it cannot be read.
inline qint64 privateDirtyKb(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Private_Dirty:"))
            return line.mid(14).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Runs the event loop (the local servers and clients live on it) until `done` or the deadline.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs, int pollMs = 20) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(pollMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

inline void idle(int ms) {
    waitFor([] { return false; }, ms);
}

// The value below which a fraction p of `values` lies (nearest rank), -1 when empty.
inline double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

} // namespace mechdock::bench
