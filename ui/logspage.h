// LogsPage: the engine's live log with a level filter and a search; the view keeps a bounded
// number of lines. The log of an engine in this process is read from the log ring a few times a
// second (only new records are copied); a remote engine's arrives through the EngineClient and
// is kept in a bounded buffer of the same size.
#pragma once

#include "client/engineclient.h"

#include <QPointer>
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
    // Shows the log of the engine behind `client` from now on.
    void setClient(client::EngineClient *client);

public slots:
    void poll();

private:
    void rebuild();
    void appendRemote(const QList<logging::LogRecord> &records);

    QComboBox *m_level;
    QLineEdit *m_search;
    QPlainTextEdit *m_view;
    QTimer *m_timer;
    quint64 m_lastSequence = 0;
    QPointer<client::EngineClient> m_client;
    QList<logging::LogRecord> m_remote; // a remote engine's newest lines, at most kMaxLines
};

} // namespace mechdock::ui
