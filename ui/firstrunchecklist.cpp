#include "firstrunchecklist.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace mechdock::ui {

FirstRunChecklist::FirstRunChecklist(QWidget *parent)
    : QGroupBox(tr("Getting started"), parent) {
    struct StepText {
        const char *text;
        const char *button;
        Place place;
    };
    const StepText steps[StepCount] = {
        {QT_TR_NOOP("Give the bot its token (Discord developer portal > Bot > Reset Token)"),
         QT_TR_NOOP("Settings: Discord"), Place::DiscordSettings},
        {QT_TR_NOOP("Reach Docker (the socket, or an endpoint over TCP with TLS)"),
         QT_TR_NOOP("Settings: Docker"), Place::DockerSettings},
        {QT_TR_NOOP("Invite the bot to your Discord server and list the server's id"),
         QT_TR_NOOP("Discord page"), Place::DiscordPage},
        {QT_TR_NOOP("Choose a status or control channel"), QT_TR_NOOP("Settings: channels"),
         Place::DiscordSettings},
        {QT_TR_NOOP("Choose the containers Discord shows (Add to Discord)"),
         QT_TR_NOOP("Containers page"), Place::ContainersPage},
    };
    auto *grid = new QGridLayout(this);
    for (int i = 0; i < StepCount; ++i) {
        Row row{new QLabel(this), new QLabel(tr(steps[i].text), this),
                new QPushButton(tr(steps[i].button), this)};
        row.text->setWordWrap(true);
        const Place place = steps[i].place;
        connect(row.button, &QPushButton::clicked, this,
                [this, place] { emit openRequested(place); });
        grid->addWidget(row.mark, i, 0);
        grid->addWidget(row.text, i, 1);
        grid->addWidget(row.button, i, 2);
        m_rows.append(row);
        setDone(Step(i), false);
    }
    grid->setColumnStretch(1, 1);
}

void FirstRunChecklist::applySnapshot(const service::ServiceSnapshot &s) {
    setDone(Token,
            s.botState == service::BotState::Online || s.botState == service::BotState::Connecting);
    setDone(Docker, std::any_of(s.endpoints.begin(), s.endpoints.end(),
                                [](const service::EndpointState &e) { return e.reachable; }));
    setDone(Server, !s.guilds.isEmpty());
    setDone(Containers, std::any_of(s.containers.begin(), s.containers.end(),
                                    [](const service::ContainerRow &c) { return c.configured; }));
    setVisible(!allDone());
}

void FirstRunChecklist::applySettings(const config::Settings &settings) {
    setDone(Channels, !settings.discord.channels.isEmpty());
    setVisible(!allDone());
}

bool FirstRunChecklist::allDone() const {
    return std::all_of(std::begin(m_done), std::end(m_done), [](bool d) { return d; });
}

void FirstRunChecklist::setDone(Step step, bool done) {
    m_done[step] = done;
    Row &row = m_rows[step];
    row.mark->setText(done ? QStringLiteral("✔") : QStringLiteral("○"));
    row.mark->setStyleSheet(done ? QStringLiteral("color: #2f855a;") : QString());
    row.mark->setToolTip(done ? tr("Done") : tr("To do"));
    row.button->setEnabled(!done);
}

} // namespace mechdock::ui
