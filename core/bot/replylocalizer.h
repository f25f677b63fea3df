// ReplyLocalizer: replies in the language of the Discord user who asked (the interaction's
// locale), from the same catalogues as the panel, falling back to English.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

class QTranslator;

namespace mechdock::bot {

class ReplyLocalizer {
    Q_DISABLE_COPY_MOVE(ReplyLocalizer)
public:
    ReplyLocalizer();
    ~ReplyLocalizer();

    // Discord locales ("de", "fr", "zh-CN", "en-US") to a catalogue; unknown ones to English.
    static QString catalogueFor(const QString &discordLocale);
    QString translate(const QString &discordLocale, const char *context, const char *text,
                      int n = -1);

private:
    QTranslator *translator(const QString &catalogue);
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
};

} // namespace mechdock::bot
