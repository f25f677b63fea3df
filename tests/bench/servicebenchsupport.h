// Pieces the service benchmarks share: where the mechdock binary is, a process's resident
// memory, and percentiles. Header-only: benchmarks are one executable each.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>

namespace mechdock::bench {

// MECHDOCK_BINARY, else the build folder's app/mechdock.
inline QString mechdockBinary() {
    const QByteArray env = qgetenv("MECHDOCK_BINARY");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral(MECHDOCK_BUILD_DIR "/app/mechdock");
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
