// AutoActionMatcher: whether a message matches a rule, and why or why not, in words an operator
// understands (the dry-run tester shows them). Pure: no state, no time, no I/O. Every condition
// the rule sets must hold: channel, author, no ignore keyword, every required keyword, any or all
// of the keywords, and the regular expression.
#pragma once

#include "autoactionmessage.h"
#include "autoactionrule.h"

namespace mechdock::automation {

struct MatchResult {
    bool matched = false;
    QString reason; // translated: what matched, or the first condition that failed
};

class AutoActionMatcher {
public:
    static MatchResult match(const AutoActionRule &rule, const AutoActionMessage &message);
    // The text the rule searches, in the order of its search fields, one part a line.
    static QString searchText(const AutoActionRule &rule, const AutoActionMessage &message);
};

} // namespace mechdock::automation
