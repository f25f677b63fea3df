#include "autoactionmatcher.h"

#include "common/translation.h"

namespace mechdock::automation {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::automation::AutoActionMatcher", text);
}

void append(QString &text, const QString &part) {
    if (part.isEmpty())
        return;
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += part;
}

bool listedAuthor(const AutoActionRule &rule, const AutoActionMessage &m) {
    return rule.authorIds.contains(m.authorId) || (rule.settings.authorBots && m.authorIsBot) ||
           (rule.settings.authorWebhooks && m.fromWebhook);
}

QString quoted(const QStringList &words) {
    QStringList q;
    for (const QString &w : words)
        q.append(QLatin1Char('"') + w + QLatin1Char('"'));
    return q.join(QStringLiteral(", "));
}

} // namespace

QString AutoActionMatcher::searchText(const AutoActionRule &rule, const AutoActionMessage &m) {
    QString text;
    for (SearchField field : rule.searchIn) {
        switch (field) {
        case SearchField::Content:
            append(text, m.content);
            break;
        case SearchField::EmbedTitle:
            for (const AutoActionEmbed &e : m.embeds)
                append(text, e.title);
            break;
        case SearchField::EmbedDescription:
            for (const AutoActionEmbed &e : m.embeds)
                append(text, e.description);
            break;
        case SearchField::EmbedFields:
            for (const AutoActionEmbed &e : m.embeds)
                append(text, e.fields);
            break;
        case SearchField::EmbedFooter:
            for (const AutoActionEmbed &e : m.embeds)
                append(text, e.footer);
            break;
        }
    }
    return text;
}

MatchResult AutoActionMatcher::match(const AutoActionRule &rule, const AutoActionMessage &m) {
    if (!rule.channelIds.isEmpty() && !rule.channelIds.contains(m.channelId))
        return {false, tr("the message is in another channel")};
    switch (rule.authorMode) {
    case AuthorMode::Any:
        break;
    case AuthorMode::Include:
        if (!listedAuthor(rule, m))
            return {false, tr("the author is not one the rule listens to")};
        break;
    case AuthorMode::Exclude:
        if (listedAuthor(rule, m))
            return {false, tr("the author is excluded")};
        break;
    }
    const QString raw = searchText(rule, m);
    const QString text = rule.settings.caseSensitive ? raw : raw.toCaseFolded();
    for (const QString &word : rule.ignored) {
        if (text.contains(word))
            return {false, tr("the ignore keyword \"%1\" occurs").arg(word)};
    }
    for (const QString &word : rule.required) {
        if (!text.contains(word))
            return {false, tr("the required keyword \"%1\" is missing").arg(word)};
    }
    QStringList found;
    for (const QString &word : rule.keywords) {
        if (text.contains(word))
            found.append(word);
    }
    if (!rule.keywords.isEmpty()) {
        if (found.isEmpty())
            return {false, tr("none of the keywords occurs")};
        if (rule.matchAll && found.size() < rule.keywords.size()) {
            QStringList missing;
            for (const QString &word : rule.keywords) {
                if (!found.contains(word))
                    missing.append(word);
            }
            return {false, tr("not every keyword occurs (missing %1)").arg(quoted(missing))};
        }
    }
    // The regex sees the text as written; it was compiled case-insensitive unless asked not to.
    if (rule.regex && !rule.regex->search(raw))
        return {false, tr("the regular expression does not match")};
    QStringList parts;
    if (!found.isEmpty())
        parts.append(tr("keywords %1").arg(quoted(found)));
    if (!rule.required.isEmpty())
        parts.append(tr("required %1").arg(quoted(rule.required)));
    if (rule.regex)
        parts.append(tr("the regular expression"));
    return {true, tr("matched: %1").arg(parts.join(QStringLiteral("; ")))};
}

} // namespace mechdock::automation
