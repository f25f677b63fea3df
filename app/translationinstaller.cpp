#include "translationinstaller.h"

#include <QCoreApplication>
#include <QLocale>

namespace mechdock::app {

TranslationInstaller::TranslationInstaller(QObject *parent)
    : QObject(parent) {}

QString TranslationInstaller::install(const QString &language) {
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    QStringList candidates;
    if (!language.isEmpty())
        candidates.append(language);
    else
        candidates = QLocale::system().uiLanguages();
    // English last: its catalogue spells out plural forms ("1 endpoint", "2 endpoints").
    candidates.append(QStringLiteral("en"));
    for (const QString &candidate : std::as_const(candidates)) {
        const QLocale locale(candidate);
        if (m_translator.load(locale, QStringLiteral("mechdock"), QStringLiteral("_"),
                              QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(&m_translator);
            m_installed = true;
            // A language chosen over the system's also sets how numbers, sizes and dates are
            // written ("2,5 %" in German), so the words and the numbers agree.
            if (!language.isEmpty() && candidate == language)
                QLocale::setDefault(locale);
            return locale.name();
        }
    }
    return QStringLiteral("en");
}

} // namespace mechdock::app
