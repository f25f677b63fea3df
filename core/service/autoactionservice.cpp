#include "autoactionservice.h"

#include "common/logcategories.h"
#include "containerpoller.h"
#include "discord/discordapi.h"
#include "discordbot.h"
#include "monitor/alertcenter.h"

#include <QJsonArray>

namespace mechdock::service {

AutoActionService::AutoActionService(ContainerPoller &poller, monitor::AlertCenter &alerts,
                                     ApiSource api, QObject *parent)
    : QObject(parent)
    , m_poller(poller)
    , m_alerts(alerts)
    , m_api(std::move(api))
    , m_engine(automation::AutoActionEngine::Hooks{
                   [this] { return m_poller.controller(); },
                   [this](const docker::ContainerRef &ref) { return containerRunning(ref); },
                   [this](const QString &channel, const QString &text) {
                       post(channel, text);
                   }},
               nullptr, nullptr) {}

std::optional<bool> AutoActionService::containerRunning(const docker::ContainerRef &ref) const {
    for (const ContainerRow &row : m_poller.rows()) {
        if (row.endpoint == ref.endpoint && row.name == ref.name)
            return row.state == QLatin1String("missing") ? std::nullopt
                                                         : std::optional<bool>(row.running);
    }
    return std::nullopt;
}

void AutoActionService::setSettings(const config::Settings &settings) {
    m_settings = settings;
    m_engine.setSettings(settings.autoActions);
}

void AutoActionService::attach(DiscordBot *bot) {
    connect(bot, &DiscordBot::messageCreated, this, [this](const QJsonObject &data) {
        if (m_engine.needsMessages())
            m_engine.handleMessage(automation::AutoActionMessage::fromGateway(data));
    });
    connect(bot, &DiscordBot::messageIntentsRefused, this, &AutoActionService::onIntentsRefused);
}

void AutoActionService::post(const QString &channelId, const QString &text) {
    discord::DiscordApi *api = m_api ? m_api() : nullptr;
    if (!api) {
        qCInfo(lcService).noquote()
            << tr("Auto-action notification not posted: the bot is not running");
        return;
    }
    // Nobody is pinged by a name or an @everyone that came in with the message.
    const QJsonObject message{
        {QStringLiteral("content"), text},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}}};
    api->createMessage(channelId, message, {}, [channelId](const discord::RestResponse &r) {
        if (!r.ok())
            qCWarning(lcService).noquote()
                << tr("Could not post the auto-action notification in channel %1: %2")
                       .arg(channelId, r.error);
    });
}

void AutoActionService::onIntentsRefused(const QString &text) {
    m_alerts.raise(monitor::Alert{monitor::AlertSeverity::Critical, QStringLiteral("discord"),
                                  QStringLiteral("intents.messageContent"), text, 0});
    if (!m_settings.alerts.channelId.isEmpty())
        post(m_settings.alerts.channelId, text);
}

QString AutoActionService::dryRunText(const QString &text, const QString &channelId,
                                      const QString &postedBy) const {
    QJsonObject data{{QStringLiteral("id"), QStringLiteral("dry-run")},
                     {QStringLiteral("channel_id"), channelId},
                     {QStringLiteral("content"), text},
                     {QStringLiteral("author"),
                      QJsonObject{{QStringLiteral("username"), QStringLiteral("dry run")},
                                  {QStringLiteral("bot"), postedBy == QLatin1String("bot")}}}};
    if (postedBy == QLatin1String("webhook"))
        data.insert(QStringLiteral("webhook_id"), QStringLiteral("dry-run"));
    const QList<automation::AutoActionDecision> decisions =
        m_engine.test(automation::AutoActionMessage::fromGateway(data));
    if (decisions.isEmpty())
        return tr("No auto-action rules are configured.");
    QStringList lines;
    int firing = 0;
    for (const automation::AutoActionDecision &d : decisions) {
        firing += d.wouldFire ? 1 : 0;
        lines.append((d.wouldFire ? QStringLiteral("✅ ") : QStringLiteral("▫️ ")) + d.toText());
    }
    lines.prepend(
        tr("%1 of %2 rule(s) would fire (nothing was done):").arg(firing).arg(decisions.size()));
    return lines.join(QLatin1Char('\n')).left(1900);
}

} // namespace mechdock::service
