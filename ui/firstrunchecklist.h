// FirstRunChecklist: what is left before the bot serves a community, in order (token → Docker
// reachable → a Discord server → channels → containers), each step with a button to the place
// where it is done and a tick once the engine reports it done. Shown on the dashboard until
// every step is done.
#pragma once

#include "config/settings.h"
#include "service/servicesnapshot.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;

namespace mechdock::ui {

class FirstRunChecklist : public QGroupBox {
    Q_OBJECT
public:
    enum Step { Token, Docker, Server, Channels, Containers, StepCount };
    // Where a step is done: the Settings page's tab, or another page.
    enum class Place { DiscordSettings, DockerSettings, DiscordPage, ContainersPage };

    explicit FirstRunChecklist(QWidget *parent = nullptr);

    void applySnapshot(const service::ServiceSnapshot &snapshot);
    void applySettings(const config::Settings &settings);
    bool isDone(Step step) const { return m_done[step]; }
    bool allDone() const;
    QPushButton *button(Step step) const { return m_rows.at(step).button; }

signals:
    void openRequested(mechdock::ui::FirstRunChecklist::Place place);

private:
    struct Row {
        QLabel *mark = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
    };
    void setDone(Step step, bool done);

    QList<Row> m_rows;
    bool m_done[StepCount] = {};
};

} // namespace mechdock::ui
