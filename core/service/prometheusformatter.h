// PrometheusFormatter: a ServiceSnapshot in the Prometheus text exposition format (version
// 0.0.4): HELP and TYPE for every family, escaped label values, one sample a line.
#pragma once

#include "servicesnapshot.h"

#include <QByteArray>

namespace mechdock::service {

class PrometheusFormatter {
public:
    static QByteArray format(const ServiceSnapshot &snapshot);
    static QString escapeLabel(const QString &value);
};

} // namespace mechdock::service
