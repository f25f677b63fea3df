// LogsPage: the live log, read from the log ring a few times a second (only new records are
// copied), with a level filter and a search; the view keeps a bounded number of lines.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace mechdock::ui {

class LogsPage : public QWidget {
    Q_OBJECT
public:
    explicit LogsPage(QWidget *parent = nullptr);
    int lineCount() const;

public slots:
    void poll();

private:
    void rebuild();

    QComboBox *m_level;
    QLineEdit *m_search;
    QPlainTextEdit *m_view;
    QTimer *m_timer;
    quint64 m_lastSequence = 0;
};

} // namespace mechdock::ui
