// LinearRegex: a regular expression that matches in time linear in the text, whatever the
// pattern (RE2: no backtracking, so no pattern an operator types can hang the service). The
// program size is capped so a huge pattern is refused when it is compiled, not when it runs.
// Compiled once, then immutable: safe to share between threads.
#pragma once

#include <QString>

#include <memory>

namespace re2 {
class RE2;
}

namespace mechdock {

class LinearRegex {
public:
    // RE2's own measure of a compiled program; a few hundred for everyday patterns.
    static constexpr int kMaxProgramSize = 5000;
    static constexpr int kMaxPatternLength = 1000;

    ~LinearRegex();
    LinearRegex(const LinearRegex &) = delete;
    LinearRegex &operator=(const LinearRegex &) = delete;

    // Null with `error` set (translated, for the operator) when the pattern does not compile,
    // is too long or compiles to too large a program. Case-insensitive unless asked otherwise.
    static std::shared_ptr<const LinearRegex> compile(const QString &pattern, bool caseSensitive,
                                                      QString *error);

    // Whether the pattern occurs anywhere in the text.
    bool search(const QString &text) const;
    QString pattern() const { return m_pattern; }
    int programSize() const;

private:
    LinearRegex(QString pattern, std::unique_ptr<re2::RE2> re);
    QString m_pattern;
    std::unique_ptr<re2::RE2> m_re;
};

} // namespace mechdock
