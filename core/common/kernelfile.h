// KernelFile: reads the small text files of /proc and /sys, whose size the kernel reports as 0.
#pragma once

#include <QByteArray>
#include <QString>

namespace mechdock {

class KernelFile {
public:
    // The file's content, at most `limit` bytes; empty when it cannot be opened. Reads in page
    // sized steps: asking QIODevice for `limit` bytes at once would allocate all of them first,
    // and a 1 MB buffer freed every few seconds makes glibc raise its mmap threshold and keep
    // that much heap resident for good.
    static QByteArray read(const QString &path, qsizetype limit = 256 * 1024);
};

} // namespace mechdock
