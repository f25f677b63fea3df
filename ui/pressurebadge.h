// PressureBadge: the memory pressure level as a coloured pill (green, yellow, orange, red),
// with the level's name so it does not rely on colour alone.
#pragma once

#include <QLabel>

namespace mechdock::ui {

class PressureBadge : public QLabel {
    Q_OBJECT
public:
    explicit PressureBadge(QWidget *parent = nullptr);
    void setLevel(const QString &level);
    QString level() const { return m_level; }

private:
    QString m_level;
};

} // namespace mechdock::ui
