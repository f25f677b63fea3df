#include "autoactionrule.h"

#include "common/translation.h"
#include "config/autoactionvalidator.h"

namespace mechdock::automation {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::automation::AutoActionRule", text);
}

QStringList folded(const QStringList &words, bool caseSensitive) {
    QStringList out;
    for (const QString &w : words) {
        const QString t = w.trimmed();
        if (!t.isEmpty())
            out.append(caseSensitive ? t : t.toCaseFolded());
    }
    return out;
}

struct NamedSearchField {
    const char *name;
    SearchField field;
};

constexpr NamedSearchField kSearchFields[] = {
    {"content", SearchField::Content},
    {"embedTitle", SearchField::EmbedTitle},
    {"embedDescription", SearchField::EmbedDescription},
    {"embedFields", SearchField::EmbedFields},
    {"embedFooter", SearchField::EmbedFooter},
};

struct NamedAuthorMode {
    const char *name;
    AuthorMode mode;
};

constexpr NamedAuthorMode kAuthorModes[] = {
    {"any", AuthorMode::Any}, {"include", AuthorMode::Include}, {"exclude", AuthorMode::Exclude}};

struct NamedState {
    const char *name;
    StateCondition state;
};

constexpr NamedState kStates[] = {{"any", StateCondition::Any},
                                  {"running", StateCondition::Running},
                                  {"stopped", StateCondition::Stopped}};

} // namespace

std::optional<AutoActionRule> AutoActionRule::compile(const config::AutoActionRuleSettings &s,
                                                      QString *error) {
    AutoActionRule r;
    r.settings = s;
    r.keywords = folded(s.keywords, s.caseSensitive);
    r.required = folded(s.requiredKeywords, s.caseSensitive);
    r.ignored = folded(s.ignoreKeywords, s.caseSensitive);
    r.matchAll = s.matchMode == QLatin1String("all");
    r.channelIds = QSet<QString>(s.channelIds.begin(), s.channelIds.end());
    r.authorIds = QSet<QString>(s.authorIds.begin(), s.authorIds.end());
    bool modeKnown = false;
    for (const NamedAuthorMode &m : kAuthorModes) {
        if (s.authorMode == QLatin1String(m.name)) {
            r.authorMode = m.mode;
            modeKnown = true;
        }
    }
    bool stateKnown = false;
    for (const NamedState &st : kStates) {
        if (s.onlyIf == QLatin1String(st.name)) {
            r.onlyIf = st.state;
            stateKnown = true;
        }
    }
    for (const QString &name : s.searchIn) {
        for (const NamedSearchField &f : kSearchFields) {
            if (name == QLatin1String(f.name) && !r.searchIn.contains(f.field))
                r.searchIn.append(f.field);
        }
    }
    auto fail = [&](const QString &why) -> std::optional<AutoActionRule> {
        if (error)
            *error = tr("rule \"%1\": %2").arg(s.name, why);
        return std::nullopt;
    };
    if (!modeKnown)
        return fail(tr("unknown author mode \"%1\"").arg(s.authorMode));
    if (!stateKnown)
        return fail(tr("unknown condition \"%1\"").arg(s.onlyIf));
    if (r.searchIn.isEmpty())
        return fail(tr("it searches nowhere"));
    if (r.keywords.isEmpty() && r.required.isEmpty() && s.regex.isEmpty())
        return fail(tr("it has neither keywords nor a regular expression"));
    if (!s.regex.isEmpty()) {
        QString why;
        r.regex = LinearRegex::compile(s.regex, s.caseSensitive, &why);
        if (!r.regex)
            return fail(why);
    }
    if (s.action != QLatin1String("notify")) {
        r.action = docker::containerActionFromName(s.action);
        if (!r.action)
            return fail(tr("unknown action \"%1\"").arg(s.action));
    }
    for (const QString &c : s.containers) {
        const auto ref = config::AutoActionValidator::splitContainer(c);
        r.containers.append(docker::ContainerRef{ref.first, ref.second});
    }
    if (r.action && r.containers.isEmpty())
        return fail(tr("it names no container"));
    return r;
}

} // namespace mechdock::automation
