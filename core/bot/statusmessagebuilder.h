// StatusMessageBuilder: the Discord messages that show containers: an overview embed (for
// /serverstatus and status channels) and one message per container with its buttons (control
// channels). Keeps within Discord's limits: 4096 characters a description, 25 fields, 5 rows of
// 5 buttons, 6000 characters an embed.
#pragma once

#include "containerview.h"
#include "replylocalizer.h"

#include <QJsonObject>
#include <QList>

namespace mechdock::bot {

// How an overview's page buttons turn the page: the message itself (a /ss reply), or a private
// answer to whoever clicked (a status channel's overview, which everyone shares).
enum class OverviewPaging { InPlace, Private };

class StatusMessageBuilder {
public:
    explicit StatusMessageBuilder(ReplyLocalizer &localizer);

    // One page of the containers (the first by default, clamped), with page buttons when they
    // take more than one.
    QJsonObject overview(const QList<ContainerView> &containers, const QString &locale,
                         bool withDetails, int page = 0,
                         OverviewPaging paging = OverviewPaging::InPlace) const;
    // The overview's status lines, page by page (always at least one page).
    QList<QStringList> overviewPages(const QList<ContainerView> &containers, const QString &locale,
                                     bool withDetails) const;
    QJsonObject containerMessage(const ContainerView &container, const QString &locale,
                                 bool withControls, bool expanded, const QString &note = {}) const;
    // The /control overview: every container plus Restart All and Stop All.
    QJsonObject controlOverview(const QList<ContainerView> &containers,
                                const QString &locale) const;

    QString statusLine(const ContainerView &c, const QString &locale, bool withDetails) const;
    static QString formatBytes(qint64 bytes);
    static QString formatUptime(qint64 seconds);
    // A stable digest of a message, to edit only when the content changed.
    static QByteArray digest(const QJsonObject &message);

    static constexpr int kMaxDescription = 4096;
    // An overview page's lines: Discord's description limit with room to spare.
    static constexpr int kMaxPageText = kMaxDescription - 96;

private:
    QString t(const QString &locale, const char *text) const;
    ReplyLocalizer &m_localizer;
};

} // namespace mechdock::bot
