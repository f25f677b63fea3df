// ElidedLabel: one line of text that shrinks with "…" instead of widening its window, and shows
// the whole text as its tooltip while cut. For the status bar, whose parts in German or French
// would otherwise need more than a 1024-pixel screen.
#pragma once

#include <QLabel>

namespace mechdock::ui {

class ElidedLabel : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The text and the tooltip that describes it (shown above the text when it is cut).
    void setFullText(const QString &text);
    QString fullText() const { return m_text; }
    void setDescription(const QString &description);
    bool isElided() const { return m_elided; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateShownText();

    QString m_text;
    QString m_description;
    bool m_elided = false;
};

} // namespace mechdock::ui
