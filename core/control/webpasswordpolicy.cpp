#include "webpasswordpolicy.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace mechdock::control {

namespace {

// Lower-cased, with digits and symbols kept: the passwords people reach for first, and the
// defaults of tools like this one.
bool isWellKnown(const QString &lower) {
    static const QStringList known{
        QStringLiteral("password"), QStringLiteral("passw0rd"),
        QStringLiteral("admin"),    QStringLiteral("administrator"),
        QStringLiteral("setup"),    QStringLiteral("qwerty"),
        QStringLiteral("qwertz"),   QStringLiteral("azerty"),
        QStringLiteral("letmein"),  QStringLiteral("welcome"),
        QStringLiteral("changeme"), QStringLiteral("iloveyou"),
        QStringLiteral("mechdock"), QStringLiteral("docker"),
        QStringLiteral("discord"),  QStringLiteral("dockerdiscordcontrol"),
        QStringLiteral("ddc"),      QStringLiteral("root"),
        QStringLiteral("default"),  QStringLiteral("secret"),
        QStringLiteral("master"),   QStringLiteral("dragon"),
        QStringLiteral("monkey"),   QStringLiteral("football")};
    // Strip what people add to a known word to pass rules: digits, symbols, a capital.
    QString core;
    for (const QChar c : lower) {
        if (c.isLetter())
            core.append(c);
    }
    for (const QString &word : known) {
        if (core == word || core == word + word)
            return true;
        // The product's names with a little around them ("Mechdock2024!") are as guessable.
        if (word.size() >= 6 && core.contains(word) && core.size() - word.size() <= 4)
            return true;
    }
    return false;
}

// "abcdefgh", "87654321", "aaaaaa": consecutive code points make up most of it.
bool isMostlyRuns(const QString &password) {
    int runs = 0;
    for (qsizetype i = 1; i < password.size(); ++i) {
        const int step = password.at(i).unicode() - password.at(i - 1).unicode();
        if (step >= -1 && step <= 1)
            ++runs;
    }
    return runs * 2 >= password.size();
}

int characterClasses(const QString &password) {
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

} // namespace

QString WebPasswordPolicy::problem(const QString &password) {
    if (password.size() < kMinLength)
        return tr("Use at least %1 characters.").arg(kMinLength);
    if (password.size() > kMaxLength)
        return tr("Use at most %1 characters.").arg(kMaxLength);
    if (password.trimmed() != password)
        return tr("Leave out spaces at the start and the end.");
    QHash<QChar, int> counts;
    for (const QChar c : password)
        ++counts[c];
    const int most = *std::max_element(counts.cbegin(), counts.cend());
    if (most * 2 > password.size() || counts.size() < 5 || isMostlyRuns(password))
        return tr("Too predictable: avoid repeated characters and runs like \"abcd\" or "
                  "\"1234\".");
    if (isWellKnown(password.toLower()))
        return tr("This password is among the first ones an attacker tries; choose another.");
    if (password.size() < kMixedUntilLength && characterClasses(password) < 3)
        return tr("Under %1 characters, mix at least three of: lower case, upper case, digits, "
                  "symbols. Or use a longer passphrase.")
            .arg(kMixedUntilLength);
    return {};
}

} // namespace mechdock::control
