// WebPasswordPolicy: what the first-run setup of the web page accepts as the password. At least
// 12 characters; under 16, three of lower case, upper case, digits and symbols; not mostly one
// character or a run like "abcd…"/"1234…"; not a well-known password or one built from the
// product's own name. The web page is reachable from the network, and this password also opens
// the remote control API.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mechdock::control {

class WebPasswordPolicy {
    Q_DECLARE_TR_FUNCTIONS(WebPasswordPolicy)
public:
    static constexpr int kMinLength = 12;
    static constexpr int kMixedUntilLength = 16;
    static constexpr int kMaxLength = 1024;

    // Empty when acceptable, else why not, for the person choosing it.
    static QString problem(const QString &password);
};

} // namespace mechdock::control
