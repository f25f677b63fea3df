#include "replylocalizer.h"

#include <QTranslator>

namespace mechdock::bot {

ReplyLocalizer::ReplyLocalizer() = default;
ReplyLocalizer::~ReplyLocalizer() = default;

QString ReplyLocalizer::catalogueFor(const QString &discordLocale) {
    const QString l = discordLocale.toLower();
    if (l.startsWith(QLatin1String("de")))
        return QStringLiteral("de");
    if (l.startsWith(QLatin1String("fr")))
        return QStringLiteral("fr");
    if (l == QLatin1String("zh-cn") || l == QLatin1String("zh"))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QTranslator *ReplyLocalizer::translator(const QString &catalogue) {
    QMutexLocker lock(&m_mutex);
    auto it = m_translators.find(catalogue);
    if (it == m_translators.end()) {
        auto t = std::make_shared<QTranslator>();
        // A build without embedded catalogues answers in English.
        if (!t->load(QStringLiteral(":/i18n/mechdock_%1.qm").arg(catalogue)))
            t.reset();
        it = m_translators.insert(catalogue, t);
    }
    return it->get();
}

QString ReplyLocalizer::translate(const QString &discordLocale, const char *context,
                                  const char *text, int n) {
    const QString catalogue = catalogueFor(discordLocale);
    if (QTranslator *t = translator(catalogue)) {
        const QString out = t->translate(context, text, nullptr, n);
        if (!out.isEmpty())
            return n >= 0 ? QString(out).replace(QLatin1String("%n"), QString::number(n)) : out;
    }
    QString out = QString::fromUtf8(text);
    if (n >= 0)
        out.replace(QLatin1String("%n"), QString::number(n));
    return out;
}

} // namespace mechdock::bot
