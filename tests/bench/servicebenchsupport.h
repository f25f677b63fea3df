// Pieces the service benchmarks share: where the mechdock binary is, a process's resident and
// private dirty memory, percentiles, and waiting on the event loop. Header-only: benchmarks are one
// executable each.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstdio>
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

// The `count` mappings of a process with the most of an smaps field ("Rss:", "Private_Dirty:"),
// printed to stderr under `heading`: where its memory is, to see what to cut.
inline void printLargestMappings(qint64 pid, const QByteArray &field, const char *heading,
                                 int count = 12) {
    QFile f(QStringLiteral("/proc/%1/smaps").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QHash<QString, qint64> kb;
    QString current;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (!parts.isEmpty() && parts.first().contains('-') && parts.size() >= 5)
            current = parts.size() >= 6 ? QString::fromUtf8(parts.at(5)) : QStringLiteral("[anon]");
        else if (line.startsWith(field))
            kb[current] += line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    QList<QPair<qint64, QString>> sorted;
    for (auto it = kb.cbegin(); it != kb.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    std::fprintf(stderr, "%s\n", heading);
    for (qsizetype i = 0; i < std::min<qsizetype>(count, sorted.size()); ++i)
        std::fprintf(stderr, "%8lld KiB  %s\n", sorted.at(i).first,
                     qPrintable(sorted.at(i).second));
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
