#include "pressurebadge.h"

namespace mechdock::ui {

PressureBadge::PressureBadge(QWidget *parent)
    : QLabel(parent) {
    setLevel(QString());
}

void PressureBadge::setLevel(const QString &level) {
    m_level = level;
    QString colour = QStringLiteral("#718096");
    QString text = tr("Memory: unknown");
    if (level == QLatin1String("Low")) {
        colour = QStringLiteral("#2f855a");
        text = tr("Memory: low");
    } else if (level == QLatin1String("Medium")) {
        colour = QStringLiteral("#b7791f");
        text = tr("Memory: medium");
    } else if (level == QLatin1String("High")) {
        colour = QStringLiteral("#dd6b20");
        text = tr("Memory: high");
    } else if (level == QLatin1String("Critical")) {
        colour = QStringLiteral("#c53030");
        text = tr("Memory: critical");
    }
    setText(text);
    setToolTip(tr("Memory pressure: usage against the effective limit"));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; "
                                 "padding: 1px 8px; font-weight: bold; }")
                      .arg(colour));
}

} // namespace mechdock::ui
