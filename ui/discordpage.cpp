#include "discordpage.h"

#include "audittablemodel.h"
#include "autoactionspanel.h"
#include "guildtablemodel.h"
#include "latencychart.h"
#include "shardtablemodel.h"

#include "client/engineclient.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mechdock::ui {

namespace {

constexpr qint64 kHourMs = 60 * 60'000;

void setUpTable(QTableView *view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

} // namespace

DiscordPage::DiscordPage(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_latency(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new LatencyChart(this))
    , m_shardModel(new ShardTableModel(this))
    , m_shardView(new QTableView(this))
    , m_guildModel(new GuildTableModel(this))
    , m_guildProxy(new QSortFilterProxyModel(this))
    , m_guildView(new QTableView(this))
    , m_guildStatus(new QLabel(this))
    , m_commandModel(new AuditTableModel(this))
    , m_commandView(new QTableView(this))
    , m_commandStatus(new QLabel(this))
    , m_auditModel(new AuditTableModel(this))
    , m_auditProxy(new QSortFilterProxyModel(this))
    , m_auditView(new QTableView(this))
    , m_auditStatus(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_result(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_auditRefresh(new QPushButton(tr("Re&fresh"), this))
    , m_filterDelay(new QTimer(this)) {
    for (QLabel *l :
         {m_connection, m_latency, m_counters, m_guildStatus, m_commandStatus, m_auditStatus})
        l->setWordWrap(true);
    m_connection->setToolTip(tr("The bot's connection to Discord's gateway"));
    m_counters->setToolTip(tr("Since the service started"));
    QFont bold = m_connection->font();
    bold.setBold(true);
    m_connection->setFont(bold);

    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_tabs->addTab(buildCommands(), tr("Recent &commands"));
    m_tabs->addTab(buildAudit(), tr("Au&dit log"));
    m_autoActions = new AutoActionsPanel(this);
    m_tabs->addTab(m_autoActions, tr("Auto-&actions"));
    m_tabs->setTabToolTip(AutoActionsTab, tr("Try a message on the auto-action rules; their "
                                             "counters and last firings"));
    m_tabs->setTabToolTip(OverviewTab, tr("Shards, latency and guilds"));
    m_tabs->setTabToolTip(CommandsTab, tr("The latest slash commands and buttons used in Discord"));
    m_tabs->setTabToolTip(AuditTab, tr("Every recorded action, with filters"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == AuditTab)
            refreshAudit();
        else if (tab == CommandsTab)
            refreshCommands();
        else if (tab == AutoActionsTab)
            m_autoActions->refreshStatus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connection);
    layout->addWidget(m_latency);
    layout->addWidget(m_counters);
    layout->addWidget(m_tabs, 1);

    m_connection->setText(tr("Discord: waiting for the service…"));
    m_latency->setText(tr("Latency: not connected"));
    m_counters->clear();
    m_counters->hide();
    m_chart->setPoints({}, LatencyHistory::kSpanMs, QDateTime::currentMSecsSinceEpoch());
}

QWidget *DiscordPage::buildOverview() {
    auto *page = new QWidget(this);
    m_shardView->setModel(m_shardModel);
    setUpTable(m_shardView);
    m_shardView->setToolTip(tr("One gateway connection per shard; hover a stopped shard for the "
                               "reason"));
    m_shardView->setMinimumHeight(90);
    m_guildProxy->setSourceModel(m_guildModel);
    m_guildProxy->setSortRole(GuildTableModel::SortRole);
    m_guildView->setModel(m_guildProxy);
    setUpTable(m_guildView);
    m_guildView->setSortingEnabled(true);
    m_guildView->sortByColumn(GuildTableModel::Name, Qt::AscendingOrder);
    m_guildView->horizontalHeader()->setSectionResizeMode(GuildTableModel::Name,
                                                          QHeaderView::Stretch);
    m_guildView->horizontalHeader()->setStretchLastSection(false);
    m_guildView->setToolTip(tr("The guilds (servers) the bot is a member of"));
    // Snowflake ids are long and rarely needed: they are in each name's tooltip.
    m_guildView->setColumnHidden(GuildTableModel::Id, true);

    auto *shards = new QGroupBox(tr("Shards"), page);
    auto *shardLayout = new QVBoxLayout(shards);
    shardLayout->addWidget(m_shardView);
    auto *latency = new QGroupBox(tr("Latency (up to the last 10 minutes)"), page);
    auto *latencyLayout = new QVBoxLayout(latency);
    latencyLayout->addWidget(m_chart);
    auto *guilds = new QGroupBox(tr("Guilds"), page);
    auto *guildLayout = new QVBoxLayout(guilds);
    guildLayout->addWidget(m_guildStatus);
    guildLayout->addWidget(m_guildView, 1);

    auto *left = new QSplitter(Qt::Vertical, page);
    left->addWidget(latency);
    left->addWidget(shards);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(left);
    split->addWidget(guilds);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    m_guildStatus->setText(tr("No guilds yet: they are listed once the bot is connected."));
    return page;
}

QWidget *DiscordPage::buildCommands() {
    auto *page = new QWidget(this);
    m_commandView->setModel(m_commandModel);
    setUpTable(m_commandView);
    m_commandView->setToolTip(tr("The latest Discord interactions, newest first; hover a row for "
                                 "the user, guild and channel ids"));
    // Every row comes from Discord: the source column says nothing here.
    m_commandView->setColumnHidden(AuditTableModel::Source, true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_commandStatus);
    layout->addWidget(m_commandView, 1);
    m_commandStatus->setText(tr("No commands yet."));
    return page;
}

QWidget *DiscordPage::buildAudit() {
    auto *page = new QWidget(this);
    m_source->addItem(tr("All sources"), QString());
    m_source->addItem(tr("Discord"), QStringLiteral("discord"));
    m_source->addItem(tr("Panel and control API"), QStringLiteral("api"));
    m_source->addItem(tr("Panel (older entries)"), QStringLiteral("panel"));
    m_source->addItem(tr("Scheduler"), QStringLiteral("scheduler"));
    m_source->addItem(tr("Command line"), QStringLiteral("cli"));
    m_source->addItem(tr("Service"), QStringLiteral("service"));
    m_source->addItem(tr("Auto-actions"), QStringLiteral("auto-action"));
    m_source->setToolTip(tr("Where the action came from"));
    m_result->addItem(tr("All results"), QString());
    m_result->addItem(tr("OK"), QStringLiteral("ok"));
    m_result->addItem(tr("Denied"), QStringLiteral("denied"));
    m_result->addItem(tr("Failed"), QStringLiteral("failed"));
    m_result->setToolTip(tr("Show only actions with this outcome"));
    m_period->addItem(tr("Any time"), qint64(0));
    m_period->addItem(tr("Last hour"), kHourMs);
    m_period->addItem(tr("Last 24 hours"), 24 * kHourMs);
    m_period->addItem(tr("Last 7 days"), 7 * 24 * kHourMs);
    m_period->setToolTip(tr("How far back to look"));
    m_actor->setPlaceholderText(tr("Who (exact name)"));
    m_actor->setToolTip(tr("Show only actions by this user (the exact name as recorded)"));
    m_actor->setClearButtonEnabled(true);
    m_action->setPlaceholderText(tr("Action, e.g. /ss or start"));
    m_action->setToolTip(tr("Show only this action (exact, e.g. /ss, button:restart, donation)"));
    m_action->setClearButtonEnabled(true);
    m_auditRefresh->setToolTip(tr("Read the audit log again (F5)"));
    m_auditRefresh->setShortcut(QKeySequence::Refresh);

    auto *filters = new QFormLayout;
    // Long translations wrap under their label rather than pushing the table off the page.
    filters->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_source, 1);
    row1->addWidget(m_result, 1);
    row1->addWidget(m_period, 1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_actor, 1);
    row2->addWidget(m_action, 1);
    row2->addWidget(m_auditRefresh);
    auto *showLabel = new QLabel(tr("&Show:"), page);
    showLabel->setBuddy(m_source);
    auto *matchLabel = new QLabel(tr("&Matching:"), page);
    matchLabel->setBuddy(m_actor);
    filters->addRow(showLabel, row1);
    filters->addRow(matchLabel, row2);

    m_auditProxy->setSourceModel(m_auditModel);
    m_auditProxy->setSortRole(AuditTableModel::SortRole);
    m_auditView->setModel(m_auditProxy);
    setUpTable(m_auditView);
    m_auditView->setSortingEnabled(true);
    m_auditView->sortByColumn(AuditTableModel::Time, Qt::DescendingOrder);
    m_auditView->setToolTip(tr("Recorded actions, allowed and denied; hover a row for the ids"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_auditStatus);
    layout->addWidget(m_auditView, 1);
    setTabOrder(m_source, m_result);
    setTabOrder(m_result, m_period);
    setTabOrder(m_period, m_actor);
    setTabOrder(m_actor, m_action);
    setTabOrder(m_action, m_auditRefresh);
    setTabOrder(m_auditRefresh, m_auditView);

    // Typing waits a moment before asking the database; the combos ask at once.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &DiscordPage::refreshAudit);
    for (QLineEdit *edit : {m_actor, m_action})
        connect(edit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_source, m_result, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &DiscordPage::refreshAudit);
    connect(m_auditRefresh, &QPushButton::clicked, this, &DiscordPage::refreshAudit);
    m_auditStatus->setText(tr("The audit log is read from the service's database."));
    return page;
}

void DiscordPage::setConfiguredGuildIds(const QStringList &ids) {
    m_guildModel->setConfiguredGuildIds(ids);
}

void DiscordPage::setClient(client::EngineClient *client) {
    m_client = client;
    m_autoActions->setClient(client);
    m_commandsLoaded = false;
    if (isVisible()) {
        refreshCommands();
        if (m_tabs->currentIndex() == AuditTab)
            refreshAudit();
    }
}

storage::AuditFilter DiscordPage::auditFilter() const {
    storage::AuditFilter f;
    f.source = m_source->currentData().toString();
    f.result = m_result->currentData().toString();
    f.actor = m_actor->text().trimmed();
    f.action = m_action->text().trimmed();
    const qint64 back = m_period->currentData().toLongLong();
    if (back > 0)
        f.sinceEpochMs = (m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch()) - back;
    f.limit = kAuditRows;
    return f;
}

void DiscordPage::query(
    const storage::AuditFilter &filter,
    std::function<void(const QList<storage::AuditEntry> &, const QString &)> done) {
    if (!m_client) {
        done({}, tr("The service has not started yet."));
        return;
    }
    m_client->queryAudit(filter, this,
                         [done](const client::Expected<QList<storage::AuditEntry>> &r) {
                             if (r.ok())
                                 done(r.value(), {});
                             else
                                 done({}, r.error().message);
                         });
}

void DiscordPage::refreshCommands() {
    storage::AuditFilter f;
    f.source = QStringLiteral("discord");
    f.limit = kRecentCommands;
    query(f, [this](const QList<storage::AuditEntry> &entries, const QString &error) {
        m_commandsLoaded = error.isEmpty();
        m_commandModel->setEntries(entries);
        if (!error.isEmpty())
            m_commandStatus->setText(error);
        else if (entries.isEmpty())
            m_commandStatus->setText(tr("No commands yet: slash commands and buttons used in "
                                        "Discord appear here."));
        else
            m_commandStatus->setText(
                tr("The latest %n command(s) from Discord.", nullptr, int(entries.size())));
        emit commandsShown(int(entries.size()));
    });
}

void DiscordPage::refreshAudit() {
    m_filterDelay->stop();
    query(auditFilter(), [this](const QList<storage::AuditEntry> &entries, const QString &error) {
        m_auditModel->setEntries(entries);
        if (!error.isEmpty())
            m_auditStatus->setText(tr("The audit log could not be read: %1").arg(error));
        else if (entries.isEmpty())
            m_auditStatus->setText(tr("No recorded actions match these filters."));
        else if (entries.size() >= kAuditRows)
            m_auditStatus->setText(tr("The newest %n matching action(s); narrow the filters to "
                                      "see older ones.",
                                      nullptr, int(entries.size())));
        else
            m_auditStatus->setText(tr("%n matching action(s).", nullptr, int(entries.size())));
        emit auditShown(int(entries.size()));
    });
}

void DiscordPage::applySnapshot(const service::ServiceSnapshot &s) {
    m_nowMs = s.epochMs;
    QString state = service::botStateName(s.botState);
    QString text;
    switch (s.botState) {
    case service::BotState::Online:
        text = tr("Discord: online, %1 of %n shard(s) connected", nullptr, s.gatewayShards)
                   .arg(s.gatewayShardsConnected);
        break;
    case service::BotState::Connecting:
        text = s.gatewayShards > 0 ? tr("Discord: connecting, %1 of %n shard(s) connected", nullptr,
                                        s.gatewayShards)
                                         .arg(s.gatewayShardsConnected)
                                   : tr("Discord: connecting…");
        if (!s.gatewayLastError.isEmpty())
            text += QStringLiteral(" — ") + tr("last attempt: %1").arg(s.gatewayLastError);
        if (s.gatewayNextAttemptEpochMs > 0 && s.epochMs > 0) {
            const qint64 seconds =
                std::max<qint64>(0, (s.gatewayNextAttemptEpochMs - s.epochMs + 999) / 1000);
            text += QStringLiteral(" — ") +
                    (seconds == 0 ? tr("trying again now")
                                  : tr("next attempt in %n s", nullptr, int(seconds)));
        }
        break;
    default:
        text = tr("Discord: %1").arg(state);
        if (!s.botReason.isEmpty())
            text += QStringLiteral(" — ") + s.botReason;
        break;
    }
    m_connection->setText(text);

    const bool online = s.botState == service::BotState::Online;
    if (online)
        m_history.add(s.epochMs, s.gatewayLatencyMs);
    m_chart->setPoints(m_history.points(), LatencyHistory::kSpanMs,
                       s.epochMs > 0 ? s.epochMs : QDateTime::currentMSecsSinceEpoch());
    if (online && s.gatewayLatencyMs >= 0)
        m_latency->setText(tr("Latency: %1 ms now; %2 / %3 / %4 ms min / mean / max over the last "
                              "10 minutes")
                               .arg(QLocale().toString(s.gatewayLatencyMs, 'f', 0))
                               .arg(QLocale().toString(m_history.minimum(), 'f', 0))
                               .arg(QLocale().toString(m_history.average(), 'f', 0))
                               .arg(QLocale().toString(m_history.maximum(), 'f', 0)));
    else if (online)
        m_latency->setText(tr("Latency: waiting for the first heartbeat"));
    else
        m_latency->setText(tr("Latency: not connected"));

    if (s.botState == service::BotState::Offline && s.gatewayShards == 0) {
        m_counters->hide();
    } else {
        QStringList parts;
        parts << tr("%n interaction(s) handled", nullptr, int(s.interactionsHandled));
        if (s.interactionsDenied > 0)
            parts << tr("%n denied", nullptr, int(s.interactionsDenied));
        if (s.interactionsDroppedLate > 0)
            parts << tr("%n too late to answer (overloaded)", nullptr,
                        int(s.interactionsDroppedLate));
        parts << tr("%n REST rate limit(s) hit", nullptr, int(s.rest429s));
        parts << tr("%n resume(s)", nullptr, s.gatewayResumes);
        if (s.gatewayIdentifiesRemaining >= 0)
            parts << tr("%n session start(s) left today", nullptr, s.gatewayIdentifiesRemaining);
        parts << (s.commandsRegistered ? tr("slash commands registered")
                                       : tr("slash commands not registered yet"));
        m_counters->setText(parts.join(QStringLiteral(" · ")));
        m_counters->show();
    }

    m_shardModel->setShards(s.gatewayShardRows);
    m_guildModel->setGuilds(s.guilds);
    if (s.guilds.isEmpty())
        m_guildStatus->setText(online ? tr("The bot is not in any guild yet.")
                                      : tr("No guilds yet: they are listed once the bot is "
                                           "connected."));
    else
        m_guildStatus->setText(tr("In %n guild(s).", nullptr, int(s.guilds.size())));

    // New interactions mean new commands in the audit log.
    const quint64 interactions = s.interactionsHandled + s.interactionsDenied;
    if (interactions != m_interactionsSeen || !m_commandsLoaded) {
        m_interactionsSeen = interactions;
        if (isVisible() && m_client) {
            refreshCommands();
            if (m_tabs->currentIndex() == AuditTab)
                refreshAudit();
        }
    }
}

QString DiscordPage::connectionText() const {
    return m_connection->text();
}

QString DiscordPage::latencyText() const {
    return m_latency->text();
}

QString DiscordPage::auditStatusText() const {
    return m_auditStatus->text();
}

void DiscordPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    refreshCommands();
    if (m_tabs->currentIndex() == AuditTab)
        refreshAudit();
}

} // namespace mechdock::ui
