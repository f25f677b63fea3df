// TokenScrubber: removes the bot token and anything shaped like a credential (Authorization
// headers, Discord token shapes, bearer tokens) from a log line before it is written anywhere.
#pragma once

#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace mechdock::logging {

class TokenScrubber {
    Q_DISABLE_COPY_MOVE(TokenScrubber)
public:
    TokenScrubber();
    // The process's scrubber; it lives until the process ends (never destroyed).
    static TokenScrubber &global();

    // Secrets known by value (the configured token, the HTTP bearer token). Short strings are
    // ignored: masking "a" everywhere would destroy the log without protecting anything.
    void addSecret(const QString &secret);
    void clearSecrets();
    QString scrub(const QString &line) const;

    static QString mask() { return QStringLiteral("[redacted]"); }

private:
    mutable QMutex m_mutex;
    QStringList m_secrets;
    QList<std::pair<QRegularExpression, QString>> m_rules;
};

} // namespace mechdock::logging
