// The language a user picks: the panel's own catalogue, Qt's catalogue for the words Qt draws
// itself (Yes, No, Cancel) and the way numbers are written all follow it.
#include "testpaths.h"
#include "translationinstaller.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QtTest>

class TestAppTranslationInstaller : public QObject {
    Q_OBJECT
private slots:
    void chosenLanguageSetsWordsAndNumbers() {
        mechdock::app::TranslationInstaller installer;
        QCOMPARE(installer.install(QStringLiteral("de")), QStringLiteral("de_DE"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        QCOMPARE(QCoreApplication::translate("mechdock::ui::ContainerTableModel", "running"),
                 QStringLiteral("läuft"));

        const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (QFile::exists(qtCatalogue)) {
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
        } else if (mechdock::test::isCi()) {
            QFAIL(qPrintable(qtCatalogue + QStringLiteral(" is missing: install "
                                                          "qt6-translations-l10n")));
        }

        // Back to English: the previous catalogues are gone.
        QCOMPARE(installer.install(QStringLiteral("en")), QStringLiteral("en_US"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Yes"));
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2.5"));
    }
};

QTEST_GUILESS_MAIN(TestAppTranslationInstaller)
#include "tst_app_translationinstaller.moc"
