#include "autoactiondecision.h"

#include "common/translation.h"

#include <QJsonArray>

namespace mechdock::automation {

namespace {
QString tr(const char *text, const char * = nullptr, int n = -1) {
    return mechdock::translate("mechdock::automation::AutoActionDecision", text, n);
}
} // namespace

QJsonObject AutoActionDecision::toJson() const {
    QJsonArray plans;
    for (const ContainerPlan &p : containers)
        plans.append(QJsonObject{{QStringLiteral("container"), p.container},
                                 {QStringLiteral("wouldAct"), p.wouldAct},
                                 {QStringLiteral("note"), p.note}});
    return QJsonObject{{QStringLiteral("rule"), rule},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("matched"), matched},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("wouldFire"), wouldFire},
                       {QStringLiteral("blockedBy"), blockedBy},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("delaySec"), delaySec},
                       {QStringLiteral("containers"), plans},
                       {QStringLiteral("notifyChannelId"), notifyChannelId}};
}

QString AutoActionDecision::toText() const {
    QString text = QStringLiteral("%1: %2").arg(rule, reason);
    if (!matched)
        return text;
    if (!wouldFire)
        return text + QStringLiteral(" — ") + tr("would not fire: %1").arg(blockedBy);
    QStringList parts;
    for (const ContainerPlan &p : containers)
        parts.append(p.wouldAct ? p.container : tr("%1 (skipped: %2)").arg(p.container, p.note));
    if (action == QLatin1String("notify"))
        text += QStringLiteral(" — ") + tr("would only notify");
    else
        text +=
            QStringLiteral(" — ") + tr("would %1 %2").arg(action, parts.join(QStringLiteral(", ")));
    if (delaySec > 0)
        text += QLatin1Char(' ') + tr("after %n second(s)", nullptr, delaySec);
    text += notifyChannelId.isEmpty()
                ? QStringLiteral("; ") + tr("silently")
                : QStringLiteral("; ") + tr("notifying <#%1>").arg(notifyChannelId);
    return text;
}

} // namespace mechdock::automation
