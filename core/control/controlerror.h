// ControlError: why a control API message or request failed. `code` is a machine word that
// clients switch on and that never changes with the language; `message` is for people.
#pragma once

#include <QString>

namespace mechdock::control {

struct ControlError {
    QString code;
    QString message;
};

// The codes the protocol uses (docs/control-api.md lists what each means).
namespace errc {
inline constexpr char kProtocolMismatch[] = "protocol_mismatch";
inline constexpr char kMalformed[] = "malformed";
inline constexpr char kTooLarge[] = "too_large";
inline constexpr char kBadMessage[] = "bad_message";
inline constexpr char kHelloRequired[] = "hello_required";
inline constexpr char kAuthRequired[] = "auth_required";
inline constexpr char kAuthFailed[] = "auth_failed";
inline constexpr char kRateLimited[] = "rate_limited";
inline constexpr char kUnknownMethod[] = "unknown_method";
inline constexpr char kInvalidParams[] = "invalid_params";
inline constexpr char kUnavailable[] = "unavailable";
inline constexpr char kBusy[] = "busy";
inline constexpr char kTooManyClients[] = "too_many_clients";
inline constexpr char kSendBufferFull[] = "send_buffer_full";
inline constexpr char kDenied[] = "denied";
inline constexpr char kCoolingDown[] = "cooling_down";
inline constexpr char kNotFound[] = "not_found";
inline constexpr char kFailed[] = "failed";
inline constexpr char kInvalidSettings[] = "invalid_settings";
} // namespace errc

} // namespace mechdock::control
