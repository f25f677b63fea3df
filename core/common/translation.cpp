#include "translation.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mechdock {

QString translate(const char *context, const char *text, int n) {
    const QString translated = QCoreApplication::translate(context, text, nullptr, n);
    if (translated != QLatin1String(text))
        return translated;
    const QByteArray outer(context);
    const int cut = outer.lastIndexOf("::");
    if (cut <= 0)
        return translated;
    return QCoreApplication::translate(outer.left(cut).constData(), text, nullptr, n);
}

} // namespace mechdock
