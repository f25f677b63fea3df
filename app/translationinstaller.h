// TranslationInstaller: loads the embedded catalogue for a language (en, de, fr, zh_CN) into
// the running application, replacing the previous one, so the panel can switch at runtime.
#pragma once

#include <QObject>
#include <QTranslator>

namespace mechdock::app {

class TranslationInstaller : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationInstaller)
public:
    explicit TranslationInstaller(QObject *parent = nullptr);
    // An empty language picks the system's; returns the language actually installed.
    QString install(const QString &language);

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator; // Qt's own texts for the same language
};

} // namespace mechdock::app
