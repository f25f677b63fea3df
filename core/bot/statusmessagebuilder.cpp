#include "statusmessagebuilder.h"

#include "customid.h"
#include "playercounttext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mechdock::bot {

namespace {
constexpr const char *kContext = "mechdock::bot::StatusMessageBuilder";
constexpr int kGreen = 0x2f855a;
constexpr int kOrange = 0xdd6b20;
constexpr int kRed = 0xc53030;

QJsonObject button(const QString &label, int style, const CustomId &id, bool disabled = false) {
    QJsonObject b{{QStringLiteral("type"), 2},
                  {QStringLiteral("style"), style},
                  {QStringLiteral("label"), label.left(80)},
                  {QStringLiteral("custom_id"), id.toString()}};
    if (disabled)
        b.insert(QStringLiteral("disabled"), true);
    return b;
}

QJsonObject row(const QJsonArray &buttons) {
    return QJsonObject{{QStringLiteral("type"), 1}, {QStringLiteral("components"), buttons}};
}

QList<ContainerView> sorted(QList<ContainerView> list) {
    std::stable_sort(list.begin(), list.end(), [](const ContainerView &a, const ContainerView &b) {
        return a.order != b.order ? a.order < b.order : a.displayName < b.displayName;
    });
    return list;
}
} // namespace

StatusMessageBuilder::StatusMessageBuilder(ReplyLocalizer &localizer)
    : m_localizer(localizer) {}

QString StatusMessageBuilder::t(const QString &locale, const char *text) const {
    return m_localizer.translate(locale, kContext, text);
}

QString StatusMessageBuilder::formatBytes(qint64 bytes) {
    if (bytes < 0)
        return QStringLiteral("–");
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(v, 0, 'f', u == 0 ? 0 : 1).arg(QLatin1String(units[u]));
}

QString StatusMessageBuilder::formatUptime(qint64 s) {
    if (s < 0)
        return QStringLiteral("–");
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min").arg(s / 60);
    if (s < 86400)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return QStringLiteral("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString StatusMessageBuilder::statusLine(const ContainerView &c, const QString &locale,
                                         bool withDetails) const {
    QString state;
    if (!c.known)
        state = t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "unknown"));
    else if (c.running)
        state = t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "running"));
    else
        state = t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "stopped"));
    QString line = QStringLiteral("%1 **%2** — %3")
                       .arg(c.running ? QStringLiteral("🟢") : QStringLiteral("🔴"),
                            c.displayName.left(100), state);
    if (c.service) {
        // A service's tasks may run on any node: its size is its tasks, not one CPU and RAM.
        line += QStringLiteral(" · ") +
                (c.tasksDesired < 0
                     ? t(locale,
                         QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Swarm service"))
                     : t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder",
                                                   "Swarm service, %1/%2 tasks"))
                           .arg(c.tasksRunning)
                           .arg(c.tasksDesired));
    } else if (withDetails && c.detailedStatus && c.running) {
        line += QStringLiteral(" · CPU %1 · RAM %2 · %3 %4")
                    .arg(c.cpuPercent < 0 ? QStringLiteral("–")
                                          : QStringLiteral("%1 %").arg(c.cpuPercent, 0, 'f', 1),
                         formatBytes(c.memoryBytes),
                         t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "up")),
                         formatUptime(c.uptimeSec));
    }
    if (const QString players = PlayerCountText::count(c); !players.isEmpty())
        line += QStringLiteral(" · ") + players;
    return line;
}

QList<QStringList> StatusMessageBuilder::overviewPages(const QList<ContainerView> &containers,
                                                       const QString &locale,
                                                       bool withDetails) const {
    // Whole lines, as many as fit a description with room for nothing else; a long list gets
    // more pages rather than "… and N more".
    QList<QStringList> pages{QStringList{}};
    int length = 0;
    for (const ContainerView &c : sorted(containers)) {
        const QString line = statusLine(c, locale, withDetails).left(kMaxPageText);
        if (length + line.size() + 1 > kMaxPageText && !pages.last().isEmpty()) {
            pages.append(QStringList{});
            length = 0;
        }
        length += line.size() + 1;
        pages.last().append(line);
    }
    return pages;
}

QJsonObject StatusMessageBuilder::overview(const QList<ContainerView> &containers,
                                           const QString &locale, bool withDetails, int page,
                                           OverviewPaging paging) const {
    const QList<QStringList> pages = overviewPages(containers, locale, withDetails);
    page = std::clamp(page, 0, int(pages.size()) - 1);
    QStringList lines = pages.at(page);
    int running = 0;
    for (const ContainerView &c : containers)
        running += c.running ? 1 : 0;
    if (containers.isEmpty())
        lines.append(t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder",
                                                 "No containers are configured yet.")));
    const int colour = containers.isEmpty() || running == containers.size() ? kGreen
                       : running == 0                                       ? kRed
                                                                            : kOrange;
    QString footer =
        m_localizer
            .translate(locale, kContext,
                       QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "%1 of %2 running"))
            .arg(running)
            .arg(containers.size());
    if (pages.size() > 1)
        footer += QStringLiteral(" · ") +
                  m_localizer
                      .translate(
                          locale, kContext,
                          QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "page %1 of %2"))
                      .arg(page + 1)
                      .arg(pages.size());
    QJsonObject embed{
        {QStringLiteral("title"),
         t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Server status"))},
        {QStringLiteral("description"), lines.join(QLatin1Char('\n'))},
        {QStringLiteral("color"), colour},
        {QStringLiteral("footer"), QJsonObject{{QStringLiteral("text"), footer}}}};
    QJsonObject message{
        {QStringLiteral("embeds"), QJsonArray{embed}},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}}};
    if (pages.size() > 1) {
        // The page to show rides in the custom_id's endpoint field. In place: the message
        // itself turns the page (a /ss reply). Privately: a channel's shared overview answers
        // the one who clicked with the page for them alone, and stays as it is for everyone else.
        const QString action = paging == OverviewPaging::InPlace ? QStringLiteral("ss_page")
                                                                 : QStringLiteral("ss_view");
        // Discord refuses a message whose buttons share a custom_id: each names its role too.
        const auto to = [&](int target, const char *role) {
            return CustomId{action, QString::number(target), QString::fromLatin1(role)};
        };
        const int last = int(pages.size()) - 1;
        message.insert(
            QStringLiteral("components"),
            QJsonArray{row(QJsonArray{
                button(QStringLiteral("⏮"), 2, to(0, "first"), page == 0),
                button(QStringLiteral("◀"), 2, to(std::max(0, page - 1), "previous"), page == 0),
                button(QStringLiteral("%1/%2").arg(page + 1).arg(pages.size()), 2, to(page, "here"),
                       true),
                button(QStringLiteral("▶"), 2, to(std::min(last, page + 1), "next"), page == last),
                button(QStringLiteral("⏭"), 2, to(last, "last"), page == last)})});
    }
    return message;
}

QJsonObject StatusMessageBuilder::containerMessage(const ContainerView &c, const QString &locale,
                                                   bool withControls, bool expanded,
                                                   const QString &note) const {
    QString description = statusLine(c, locale, expanded);
    if (const QString names = PlayerCountText::names(c); expanded && !names.isEmpty())
        description += QLatin1Char('\n') + names;
    if (expanded && !c.infoText.isEmpty())
        description += QStringLiteral("\n> ") + c.infoText.left(250);
    if (!note.isEmpty())
        description += QStringLiteral("\n\n") + note.left(500);
    QJsonObject embed{{QStringLiteral("title"), c.displayName.left(256)},
                      {QStringLiteral("description"), description.left(kMaxDescription)},
                      {QStringLiteral("color"), c.running ? kGreen : kRed}};
    QJsonArray buttons;
    const auto id = [&](const char *action) {
        return CustomId{QString::fromLatin1(action), c.endpoint, c.name};
    };
    // A service is on while Swarm wants tasks of it, even when none runs yet (crash-looping):
    // it can then be stopped, not started.
    const bool on = c.service && c.tasksDesired >= 0 ? c.tasksDesired > 0 : c.running;
    if (withControls) {
        if (c.allowedActions.contains(QStringLiteral("start")))
            buttons.append(
                button(t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Start")),
                       3, id("start"), on));
        if (c.allowedActions.contains(QStringLiteral("stop")))
            buttons.append(
                button(t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Stop")),
                       4, id("stop"), !on));
        if (c.allowedActions.contains(QStringLiteral("restart")))
            buttons.append(button(
                t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Restart")), 1,
                id("restart"), !on));
    }
    if (c.detailedStatus)
        buttons.append(button(
            expanded ? t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Less"))
                     : t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "More")),
            2, id(expanded ? "collapse" : "expand")));
    if (withControls && buttons.size() < 5)
        buttons.append(
            button(t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Logs")), 2,
                   id("logs")));
    // Update (administrators only, asked to confirm) goes on a row of its own when the first
    // is full; Discord allows five buttons a row.
    QJsonArray rows;
    if (!buttons.isEmpty())
        rows.append(row(buttons));
    if (withControls && c.allowedActions.contains(QStringLiteral("update"))) {
        const QJsonObject update =
            button(t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Update")), 2,
                   id("update"));
        if (buttons.size() < 5 && !rows.isEmpty()) {
            buttons.append(update);
            rows[0] = row(buttons);
        } else {
            rows.append(row(QJsonArray{update}));
        }
    }
    QJsonObject message{
        {QStringLiteral("embeds"), QJsonArray{embed}},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}}};
    message.insert(QStringLiteral("components"), rows);
    return message;
}

QJsonObject StatusMessageBuilder::controlOverview(const QList<ContainerView> &containers,
                                                  const QString &locale) const {
    // Its page buttons answer privately, so turning a page never loses the bulk buttons.
    QJsonObject message = overview(containers, locale, true, 0, OverviewPaging::Private);
    QJsonArray rows = message.value(QStringLiteral("components")).toArray();
    rows.append(row(QJsonArray{
        button(t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Restart all")),
               1, CustomId{QStringLiteral("restart_all"), {}, {}}),
        button(t(locale, QT_TRANSLATE_NOOP("mechdock::bot::StatusMessageBuilder", "Stop all")), 4,
               CustomId{QStringLiteral("stop_all"), {}, {}})}));
    message.insert(QStringLiteral("components"), rows);
    return message;
}

QByteArray StatusMessageBuilder::digest(const QJsonObject &message) {
    return QCryptographicHash::hash(QJsonDocument(message).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

} // namespace mechdock::bot
