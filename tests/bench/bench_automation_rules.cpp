// Auto-action benchmark: the time to match a hostile message against (a+)+$ with RE2 (what the
// rules use) beside QRegularExpression (PCRE2, a backtracking engine, what a naive port of
// DDC's Python `re` would use; PCRE2 stops at its match limit and reports no match, so its
// time levels off instead of growing 2^n), for growing message lengths; and the matcher's
// throughput with 20 keyword-and-regex rules on realistic announcements. Median of 5 runs; prints
// two tables.
#include "automation/autoactionmatcher.h"
#include "automation/autoactionrule.h"
#include "common/linearregex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mechdock;

namespace {

constexpr int kRuns = 5;

template <typename F>
double medianMs(F &&run) {
    std::vector<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[kRuns / 2];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString pattern = QStringLiteral("(a+)+$");
    QString error;
    const auto re2 = LinearRegex::compile(pattern, true, &error);
    const QRegularExpression pcre(pattern);
    std::printf("hostile input 'a'*n + '!' against %s\n", qPrintable(pattern));
    std::printf("%8s %14s %22s\n", "n", "RE2 us", "QRegularExpression us");
    for (int n : {16, 20, 22, 24, 26, 1000, 4000}) {
        const QString text = QString(n, QLatin1Char('a')) + QLatin1Char('!');
        bool m1 = true;
        const double a = medianMs([&] { m1 = re2->search(text); });
        bool m2 = true;
        const double b = medianMs([&] { m2 = pcre.match(text).hasMatch(); });
        std::printf("%8d %14.1f %22.1f%s\n", n, a * 1000.0, b * 1000.0,
                    (m1 || m2) ? "  (matched?)" : "");
    }

    std::vector<automation::AutoActionRule> rules;
    for (int i = 0; i < 20; ++i) {
        config::AutoActionRuleSettings s;
        s.name = QStringLiteral("rule %1").arg(i);
        s.keywords = {QStringLiteral("game%1").arg(i), QStringLiteral("new version")};
        s.regex = QStringLiteral("v\\d+\\.\\d+\\.%1").arg(i);
        s.action = QStringLiteral("notify");
        rules.push_back(*automation::AutoActionRule::compile(s, &error));
    }
    const automation::AutoActionMessage message = automation::AutoActionMessage::fromGateway(
        QJsonObject{{QStringLiteral("content"),
                     QStringLiteral("Patch notes: new version v1.4.7 of game7 is live. ") +
                         QString(400, QLatin1Char('x'))}});
    constexpr int kMessages = 10000;
    int matched = 0;
    const double ms = medianMs([&] {
        for (int m = 0; m < kMessages; ++m) {
            for (const automation::AutoActionRule &r : rules)
                matched += automation::AutoActionMatcher::match(r, message).matched ? 1 : 0;
        }
    });
    std::printf("\nmatcher: %d messages x %zu rules: %.1f ms, %.1f us per message\n", kMessages,
                rules.size(), ms, ms * 1000.0 / kMessages);
    return matched > 0 ? 0 : 1;
}
