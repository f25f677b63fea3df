#include "dashboardpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace mechdock::ui {

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_bot(new QLabel(this))
    , m_docker(new QLabel(this))
    , m_database(new QLabel(this))
    , m_memory(new QLabel(this))
    , m_resources(new QLabel(this))
    , m_alerts(new QListWidget(this))
    , m_issues(new QListWidget(this)) {
    for (QLabel *l : {m_bot, m_docker, m_database, m_memory, m_resources}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setText(tr("Waiting for the service…"));
    }
    auto *status = new QGroupBox(tr("Service"), this);
    auto *form = new QFormLayout(status);
    form->addRow(tr("Discord bot:"), m_bot);
    form->addRow(tr("Docker:"), m_docker);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Memory:"), m_memory);
    form->addRow(tr("CPU, disk, network:"), m_resources);
    auto *issues = new QGroupBox(tr("Configuration problems"), this);
    auto *issuesLayout = new QVBoxLayout(issues);
    issuesLayout->addWidget(m_issues);
    m_issues->setToolTip(tr("Problems found in the settings file and the environment"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addWidget(issues, 1);
    auto *alerts = new QGroupBox(tr("Alerts"), this);
    auto *alertsLayout = new QVBoxLayout(alerts);
    alertsLayout->addWidget(m_alerts);
    m_alerts->setToolTip(tr("Recent alerts about memory, CPU, disk and the service"));
    layout->addWidget(alerts, 1);
}

void DashboardPage::applySnapshot(const service::ServiceSnapshot &s) {
    QString bot = service::botStateName(s.botState);
    if (!s.botReason.isEmpty())
        bot += QStringLiteral(": ") + s.botReason;
    if (s.botState == service::BotState::Online && s.gatewayLatencyMs >= 0)
        bot += tr(" (latency %1 ms)").arg(qRound(s.gatewayLatencyMs));
    m_bot->setText(bot);

    QStringList endpoints;
    for (const service::EndpointState &e : s.endpoints) {
        endpoints.append(e.reachable
                             ? tr("%1 (%2): reachable, API %3").arg(e.name, e.uri, e.apiVersion)
                             : tr("%1: %2").arg(e.name, e.error));
    }
    m_docker->setText(endpoints.isEmpty() ? tr("no endpoint reported yet")
                                          : endpoints.join(QLatin1Char('\n')));
    m_database->setText(s.databaseOk ? s.databasePath : tr("unavailable: %1").arg(s.databaseError));
    const QLocale locale;
    m_memory->setText(s.rssBytes > 0 ? tr("%1 resident, limit %2, pressure %3")
                                           .arg(locale.formattedDataSize(s.rssBytes),
                                                locale.formattedDataSize(s.limitBytes), s.pressure)
                                     : tr("not measured yet"));
    auto percent = [](double v) {
        return v < 0 ? tr("measuring…") : QStringLiteral("%1 %").arg(v, 0, 'f', 1);
    };
    m_resources->setText(tr("Mechdock CPU %1 · system CPU %2 · data disk %3 used · network "
                            "%4 in, %5 out")
                             .arg(percent(s.processCpuPercent), percent(s.systemCpuPercent),
                                  percent(s.diskUsedPercent),
                                  locale.formattedDataSize(qint64(s.netReceivedBytes)),
                                  locale.formattedDataSize(qint64(s.netSentBytes))));
    QStringList alertLines = s.recentAlerts;
    std::reverse(alertLines.begin(), alertLines.end());
    if (alertLines.isEmpty())
        alertLines.append(tr("No alerts."));
    if (m_alerts->count() != alertLines.size() ||
        (m_alerts->count() > 0 && m_alerts->item(0)->text() != alertLines.first())) {
        m_alerts->clear();
        m_alerts->addItems(alertLines);
    }
    QStringList issues = s.configIssues;
    if (issues.isEmpty())
        issues.append(tr("None: the settings are valid."));
    QStringList shown;
    for (int i = 0; i < m_issues->count(); ++i)
        shown.append(m_issues->item(i)->text());
    if (shown != issues) {
        m_issues->clear();
        m_issues->addItems(issues);
    }
}

} // namespace mechdock::ui
