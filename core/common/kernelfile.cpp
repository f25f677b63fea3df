#include "kernelfile.h"

#include <QFile>

namespace mechdock {

QByteArray KernelFile::read(const QString &path, qsizetype limit) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    QByteArray content;
    char chunk[4096];
    while (content.size() < limit) {
        const qint64 n =
            file.read(chunk, qint64(std::min<qsizetype>(sizeof(chunk), limit - content.size())));
        if (n <= 0)
            break;
        content.append(chunk, qsizetype(n));
    }
    return content;
}

} // namespace mechdock
