#include "testpaths.h"

#include <QDir>

namespace mechdock::test {

QString sourceDir() {
    return QString::fromUtf8(MECHDOCK_SOURCE_DIR);
}

QString dataDir() {
    return QDir::cleanPath(sourceDir() + QStringLiteral("/tests/data"));
}

QString ddcMechDir() {
    return dataDir() + QStringLiteral("/ddc-mech");
}

QStringList ddcMechFiles() {
    return {QStringLiteral("big_walk_L1_S80.webp"), QStringLiteral("big_walk_L5_S100.webp"),
            QStringLiteral("big_walk_L11_S100.webp"),
            QStringLiteral("mech_L9_walk_small_S100.webp")};
}

QString mechdockBinary() {
    const QByteArray env = qgetenv("MECHDOCK_BINARY");
    return env.isEmpty() ? QString() : QString::fromLocal8Bit(env);
}

QString mechdockdBinary() {
    const QByteArray env = qgetenv("MECHDOCKD_BINARY");
    return env.isEmpty() ? QString() : QString::fromLocal8Bit(env);
}

bool isCi() {
    return qgetenv("CI") == "true";
}

} // namespace mechdock::test
