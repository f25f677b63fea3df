// AutoActionsPanel: the Discord page's auto-action tab. The dry-run tester (a message in, what
// each rule would do and why out, nothing done: autoactions.test) and the rules' counters and
// last firings (autoactions.status). The rules themselves are in the settings file.
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mechdock::client {
class EngineClient;
}

namespace mechdock::ui {

class AutoActionsPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoActionsPanel)
public:
    explicit AutoActionsPanel(QWidget *parent = nullptr);

    void setClient(client::EngineClient *client);
    // Runs the dry run on the message in the form.
    void test();
    // Asks for the counters and the history again.
    void refreshStatus();

    QTableWidget *decisionTable() const { return m_decisions; }
    QTableWidget *counterTable() const { return m_counters; }
    QTableWidget *historyTable() const { return m_history; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QLineEdit *channelEdit() const { return m_channel; }
    QLabel *statusLabel() const { return m_status; }

private:
    void showDecisions(const QJsonObject &result);
    void showStatus(const QJsonObject &result);

    QPointer<client::EngineClient> m_client;
    QPlainTextEdit *m_message;
    QLineEdit *m_channel;
    QCheckBox *m_fromBot;
    QCheckBox *m_fromWebhook;
    QPushButton *m_test;
    QTableWidget *m_decisions;
    QLabel *m_status;
    QTableWidget *m_counters;
    QTableWidget *m_history;
    QPushButton *m_refresh;
};

} // namespace mechdock::ui
