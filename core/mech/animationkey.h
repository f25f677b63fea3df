// AnimationKey: which mech animation at which speed: level 1..11, walk or rest, small or big,
// and the quantized speed in percent (100 = the stored file unchanged).
#pragma once

#include <QHash>
#include <QString>

namespace mechdock::mech {

enum class AnimationKind { Walk, Rest };
enum class AnimationSize { Small, Big };

struct AnimationKey {
    int level = 1;
    AnimationKind kind = AnimationKind::Walk;
    AnimationSize size = AnimationSize::Small;
    int speedPercent = 100;

    bool operator==(const AnimationKey &other) const = default;

    bool isIdentitySpeed() const { return speedPercent == 100; }
    double speed() const { return speedPercent / 100.0; }

    static QString kindName(AnimationKind kind) {
        return kind == AnimationKind::Walk ? QStringLiteral("walk") : QStringLiteral("rest");
    }
    static QString sizeName(AnimationSize size) {
        return size == AnimationSize::Big ? QStringLiteral("big") : QStringLiteral("small");
    }
    // "big_walk_L5_S85": stable, file-name safe, used by the disk cache.
    QString toString() const {
        return QStringLiteral("%1_%2_L%3_S%4")
            .arg(sizeName(size), kindName(kind))
            .arg(level)
            .arg(speedPercent);
    }
};

inline size_t qHash(const AnimationKey &key, size_t seed = 0) {
    return qHashMulti(seed, key.level, int(key.kind), int(key.size), key.speedPercent);
}

} // namespace mechdock::mech
