#include "testpaths.h"

#include <QDir>

namespace mechdock::test {

QString sourceDir() {
    return QString::fromUtf8(MECHDOCK_SOURCE_DIR);
}

QString sharedDir() {
    const QByteArray env = qgetenv("MECHDOCK_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QString::fromUtf8(MECHDOCK_SHARED_DIR)
                                         : QString::fromLocal8Bit(env));
}

QString mechdockBinary() {
    const QByteArray env = qgetenv("MECHDOCK_BINARY");
    return env.isEmpty() ? QString() : QString::fromLocal8Bit(env);
}

bool isCi() {
    return qgetenv("CI") == "true";
}

} // namespace mechdock::test
