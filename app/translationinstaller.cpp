#include "translationinstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace mechdock::app {

TranslationInstaller::TranslationInstaller(QObject *parent)
    : QObject(parent) {}

QString TranslationInstaller::install(const QString &language) {
    for (QTranslator *t : {&m_translator, &m_qtTranslator})
        QCoreApplication::removeTranslator(t);
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
            // Qt's own words (Yes, No, Cancel, a text field's Copy and Paste) from Qt's
            // catalogues where they are installed (qt6-translations-l10n; windeployqt).
            if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qtTranslator);
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
