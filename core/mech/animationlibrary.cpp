// AnimationLibrary: path scheme shared with resources/mech/CMakeLists.txt.
#include "mech/animationlibrary.h"

#include "common/translation.h"

#include <QFile>
#include <QFileInfo>
#include <QResource>

namespace mechdock::mech {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::mech::AnimationLibrary", text);
}
} // namespace

AnimationLibrary::AnimationLibrary(QString root)
    : m_root(std::move(root)) {
    while (m_root.size() > 2 && m_root.endsWith(u'/'))
        m_root.chop(1);
}

QString AnimationLibrary::path(int level, AnimationKind kind, AnimationSize size) const {
    return QStringLiteral("%1/%2/%3_L%4.webp")
        .arg(m_root, AnimationKey::sizeName(size), AnimationKey::kindName(kind))
        .arg(level);
}

bool AnimationLibrary::contains(int level, AnimationKind kind, AnimationSize size) const {
    return QFileInfo::exists(path(level, kind, size));
}

LibraryResult AnimationLibrary::load(int level, AnimationKind kind, AnimationSize size) const {
    LibraryResult r;
    const QString file = path(level, kind, size);
    if (file.startsWith(u':')) {
        const QResource resource(file);
        if (!resource.isValid()) {
            r.error = tr("the built-in animation %1 is missing").arg(file);
            return r;
        }
        if (resource.compressionAlgorithm() == QResource::NoCompression) {
            r.data = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                             qsizetype(resource.size()));
        } else {
            r.data = resource.uncompressedData();
        }
        r.ok = !r.data.isEmpty();
        if (!r.ok)
            r.error = tr("the built-in animation %1 is empty").arg(file);
        return r;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("cannot read the animation %1: %2").arg(file, f.errorString());
        return r;
    }
    r.data = f.readAll();
    r.ok = !r.data.isEmpty();
    if (!r.ok)
        r.error = tr("the animation %1 is empty").arg(file);
    return r;
}

} // namespace mechdock::mech
