// Translations: every catalogue (en, de, fr, zh_CN) is current with the sources (lupdate finds
// nothing new), has no unfinished, obsolete or vanished entries, keeps every %1 placeholder of
// its source, and loads at run time from the embedded resources.
#include "testpaths.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                             QStringLiteral("zh_CN")};

QString tsPath(const QString &language) {
    return mechdock::test::sourceDir() +
           QStringLiteral("/translations/mechdock_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

} // namespace

class TestTranslationsCatalogues : public QObject {
    Q_OBJECT
private slots:
    void catalogues_data() {
        QTest::addColumn<QString>("language");
        for (const QString &l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void catalogues() {
        QFETCH(QString, language);
        QFile file(tsPath(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QDomDocument doc;
        QVERIFY(doc.setContent(&file));
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            const QString type = t.attribute(QStringLiteral("type"));
            if (!type.isEmpty()) {
                problems.append(QStringLiteral("%1: \"%2\"").arg(type, source.left(60)));
                continue;
            }
            QStringList forms;
            const QDomNodeList numerus = t.elementsByTagName(QStringLiteral("numerusform"));
            for (int k = 0; k < numerus.size(); ++k)
                forms.append(numerus.at(k).toElement().text());
            if (forms.isEmpty())
                forms.append(t.text());
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: \"%1\"").arg(source.left(60)));
                QSet<QString> want = placeholders(source);
                // A plural form may leave %n implicit ("one file" for n == 1).
                if (numerus.size() > 0)
                    want.remove(QStringLiteral("%n"));
                QSet<QString> have = placeholders(form);
                have.remove(QStringLiteral("%n"));
                if (!want.isEmpty() && !(want - have).isEmpty() &&
                    !(want.size() == 1 && want.contains(QStringLiteral("%n"))))
                    problems.append(
                        QStringLiteral("placeholders %1 lost: \"%2\"")
                            .arg(QStringList((want - have).values()).join(QLatin1Char(',')),
                                 source.left(60)));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void cataloguesAreCurrent() {
        const QString lupdate = QStandardPaths::findExecutable(
            QStringLiteral("lupdate"), {QStringLiteral("/usr/lib/qt6/bin")});
        if (lupdate.isEmpty()) {
            if (mechdock::test::isCi())
                QFAIL("lupdate is missing (Debian package qt6-l10n-tools)");
            QSKIP("lupdate is not installed");
        }
        // Run lupdate over the sources into a copy and check it found nothing new.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("de")), copy));
        QProcess p;
        p.setWorkingDirectory(mechdock::test::sourceDir());
        p.setProcessChannelMode(QProcess::MergedChannels);
        // The same options as the update_translations target (translations/CMakeLists.txt).
        p.start(lupdate,
                {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                 QStringLiteral("none"), QStringLiteral("-tr-function-alias"),
                 QStringLiteral("QT_TR_NOOP+=MD_TR"), QStringLiteral("-I"), QStringLiteral("core"),
                 QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-extensions"),
                 QStringLiteral("cpp,h"), QStringLiteral("core"), QStringLiteral("ui"),
                 QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        const QString output = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("(0 new and")),
                 qPrintable(QStringLiteral("translations are stale; run the update_translations "
                                           "target and translate:\n") +
                            output));
    }

    void embeddedCataloguesLoad() {
        for (const QString &language : kLanguages) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/mechdock_%1.qm").arg(language)),
                     qPrintable(language));
            QVERIFY(!translator.isEmpty());
        }
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/mechdock_de.qm")));
        const QString translated = de.translate("mechdock::ui::MainWindow",
                                                "Service state, memory and problems at a glance");
        QVERIFY(!translated.isEmpty());

        // English spells out plural forms and nothing else: a text that reads as its source is
        // left out (lrelease -removeidentical), so the catalogue stays a few KB.
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/mechdock_en.qm")));
        QCOMPARE(en.translate("mechdock::ui::MainWindow", "Docker: %n endpoint(s) reachable",
                              nullptr, 1),
                 QStringLiteral("Docker: %n endpoint reachable"));
        QCOMPARE(en.translate("mechdock::ui::MainWindow", "Dashboard"), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslationsCatalogues)
#include "tst_translations_catalogues.moc"
