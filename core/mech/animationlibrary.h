// AnimationLibrary: where the stored (100 %) mech animations come from: the artwork compiled
// into the binary under ":/mech/<small|big>/<walk|rest>_L<n>.webp" (resources/mech), or a
// folder with the same layout (an operator's own artwork, or test files).
#pragma once

#include "mech/animationkey.h"

#include <QByteArray>
#include <QString>

namespace mechdock::mech {

struct LibraryResult {
    bool ok = false;
    QString error;
    QByteArray data;
};

class AnimationLibrary {
public:
    static constexpr const char *kResourceRoot = ":/mech";

    explicit AnimationLibrary(QString root = QString::fromLatin1(kResourceRoot));

    QString root() const { return m_root; }
    QString path(int level, AnimationKind kind, AnimationSize size) const;
    bool contains(int level, AnimationKind kind, AnimationSize size) const;
    // The stored bytes. Uncompressed resources come back without a copy (the data lives in the
    // binary); files are read.
    LibraryResult load(int level, AnimationKind kind, AnimationSize size) const;
    LibraryResult load(const AnimationKey &key) const {
        return load(key.level, key.kind, key.size);
    }

private:
    QString m_root;
};

} // namespace mechdock::mech
