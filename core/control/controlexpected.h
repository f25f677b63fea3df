// ControlExpected<T>: a value or the ControlError that prevented it, so parsing and request
// handling return their outcome instead of filling out-parameters.
#pragma once

#include "controlerror.h"

#include <utility>
#include <variant>

namespace mechdock::control {

template <typename T>
class ControlExpected {
public:
    ControlExpected(T value)
        : m_value(std::move(value)) {}
    ControlExpected(ControlError error)
        : m_value(std::move(error)) {}
    static ControlExpected failure(const char *code, const QString &message) {
        return ControlExpected(ControlError{QString::fromLatin1(code), message});
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_value); }
    T &value() { return std::get<T>(m_value); }
    const ControlError &error() const { return std::get<ControlError>(m_value); }

private:
    std::variant<T, ControlError> m_value;
};

} // namespace mechdock::control
