#include "linearregex.h"

#include "common/translation.h"

#include <re2/re2.h>

namespace mechdock {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::LinearRegex", text);
}
} // namespace

LinearRegex::LinearRegex(QString pattern, std::unique_ptr<re2::RE2> re)
    : m_pattern(std::move(pattern))
    , m_re(std::move(re)) {}

LinearRegex::~LinearRegex() = default;

std::shared_ptr<const LinearRegex> LinearRegex::compile(const QString &pattern, bool caseSensitive,
                                                        QString *error) {
    if (pattern.size() > kMaxPatternLength) {
        if (error)
            *error =
                tr("the regular expression is longer than %1 characters").arg(kMaxPatternLength);
        return nullptr;
    }
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    options.set_case_sensitive(caseSensitive);
    options.set_log_errors(false);
    // The memory a compiled program and its matching state may take (RE2 falls back to a slower
    // but still linear engine when the DFA outgrows it).
    options.set_max_mem(int64_t(8) << 20);
    const QByteArray utf8 = pattern.toUtf8();
    auto re = std::make_unique<re2::RE2>(re2::StringPiece(utf8.constData(), size_t(utf8.size())),
                                         options);
    if (!re->ok()) {
        if (error)
            *error = tr("the regular expression does not compile: %1")
                         .arg(QString::fromStdString(re->error()));
        return nullptr;
    }
    if (re->ProgramSize() > kMaxProgramSize) {
        if (error)
            *error = tr("the regular expression is too complex (program size %1, at most %2)")
                         .arg(re->ProgramSize())
                         .arg(kMaxProgramSize);
        return nullptr;
    }
    return std::shared_ptr<const LinearRegex>(new LinearRegex(pattern, std::move(re)));
}

bool LinearRegex::search(const QString &text) const {
    const QByteArray utf8 = text.toUtf8();
    return re2::RE2::PartialMatch(re2::StringPiece(utf8.constData(), size_t(utf8.size())), *m_re);
}

int LinearRegex::programSize() const {
    return m_re->ProgramSize();
}

} // namespace mechdock
