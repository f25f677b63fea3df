#include "elidedlabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace mechdock::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    updateShownText();
}

void ElidedLabel::setDescription(const QString &description) {
    m_description = description;
    updateShownText();
}

QSize ElidedLabel::minimumSizeHint() const {
    // Room for a few letters and the ellipsis.
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("Xxxxx…")),
            QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_text) + 2 * margin() + 4, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event) {
    QLabel::resizeEvent(event);
    updateShownText();
}

void ElidedLabel::updateShownText() {
    const QFontMetrics metrics(font());
    const int room = std::max(0, contentsRect().width() - 2 * margin());
    const QString shown = metrics.elidedText(m_text, Qt::ElideRight, room);
    m_elided = shown != m_text;
    QLabel::setText(shown);
    setToolTip(m_elided ? (m_description.isEmpty() ? m_text : m_text + u'\n' + m_description)
                        : m_description);
}

} // namespace mechdock::ui
