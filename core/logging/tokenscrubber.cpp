#include "tokenscrubber.h"

namespace mechdock::logging {

TokenScrubber::TokenScrubber() {
    const QRegularExpression::PatternOptions ci = QRegularExpression::CaseInsensitiveOption;
    const QString m = mask();
    m_rules = {
        // Authorization: Bot xxx / Bearer xxx, in headers, JSON or prose.
        {QRegularExpression(
             QStringLiteral("(authorization\"?\\s*[:=]\\s*\"?)(bot|bearer)?\\s*[^\\s\",}]+"), ci),
         QStringLiteral("\\1") + m},
        {QRegularExpression(QStringLiteral("\\b(bot|bearer)(\\s+)[A-Za-z0-9_\\-\\.=]{16,}"), ci),
         QStringLiteral("\\1\\2") + m},
        // The shape of a Discord bot token: base64 id . timestamp . hmac.
        {QRegularExpression(QStringLiteral(
             "[A-Za-z0-9_\\-]{20,30}\\.[A-Za-z0-9_\\-]{5,8}\\.[A-Za-z0-9_\\-]{25,}")),
         m},
        // "token": "..." in JSON (identify and resume payloads).
        {QRegularExpression(QStringLiteral("(\"token\"\\s*:\\s*\")[^\"]*"), ci),
         QStringLiteral("\\1") + m},
        // Interaction and webhook tokens in REST paths.
        {QRegularExpression(
             QStringLiteral("(/(?:interactions/\\d+|webhooks/\\d+)/)[A-Za-z0-9_\\-\\.]{20,}")),
         QStringLiteral("\\1") + m},
    };
}

TokenScrubber &TokenScrubber::global() {
    // Never destroyed, on purpose: the log handler scrubs every line until the process ends,
    // including lines from other threads and from Qt's own static destructors after main()
    // returns. A function-local static would be destroyed among those and leave them matching
    // against freed patterns (a hang at exit) or unscrubbed.
    static TokenScrubber *const scrubber = new TokenScrubber;
    return *scrubber;
}

void TokenScrubber::addSecret(const QString &secret) {
    const QString s = secret.trimmed();
    if (s.size() < 6)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(s))
        m_secrets.append(s);
}

void TokenScrubber::clearSecrets() {
    QMutexLocker lock(&m_mutex);
    m_secrets.clear();
}

QString TokenScrubber::scrub(const QString &line) const {
    QString out = line;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &secret : m_secrets)
            out.replace(secret, mask());
    }
    for (const auto &[pattern, replacement] : m_rules)
        out.replace(pattern, replacement);
    return out;
}

} // namespace mechdock::logging
