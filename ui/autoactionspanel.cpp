#include "autoactionspanel.h"

#include "client/engineclient.h"
#include "control/controlmethod.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mechdock::ui {

namespace {

constexpr int kMaxMessageLength = 4000;

QTableWidget *table(const QStringList &headers, QWidget *parent) {
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QString &tip = {}) {
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (!tip.isEmpty())
            item->setToolTip(tip);
        t->setItem(row, c, item);
    }
}

} // namespace

AutoActionsPanel::AutoActionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_message(new QPlainTextEdit(this))
    , m_channel(new QLineEdit(this))
    , m_fromBot(new QCheckBox(tr("Posted by a &bot"), this))
    , m_fromWebhook(new QCheckBox(tr("Posted by a &webhook"), this))
    , m_test(new QPushButton(tr("&Test the rules"), this))
    , m_decisions(
          table({tr("Rule"), tr("Matched"), tr("Would fire"), tr("Action"), tr("Why")}, this))
    , m_status(new QLabel(this))
    , m_counters(table({tr("Rule"), tr("Matched"), tr("Fired"), tr("Cool-down skips"), tr("Failed"),
                        tr("Last fired")},
                       this))
    , m_history(table({tr("Time"), tr("Rule"), tr("Action"), tr("Author"), tr("Result")}, this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this)) {
    m_message->setPlaceholderText(tr("Paste a message, e.g. \"New version 1.2 is out\""));
    m_message->setToolTip(tr("Nothing is done: the rules only say what they would do"));
    m_message->setMaximumHeight(90);
    m_channel->setPlaceholderText(tr("Channel id (empty: a channel no rule names)"));
    m_status->setWordWrap(true);

    auto *tester = new QGroupBox(tr("Dry run"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Channel:"), m_channel);
    auto *authors = new QHBoxLayout;
    authors->addWidget(m_fromBot);
    authors->addWidget(m_fromWebhook);
    authors->addStretch(1);
    authors->addWidget(m_test);
    auto *testerLayout = new QVBoxLayout(tester);
    testerLayout->addLayout(form);
    testerLayout->addLayout(authors);
    testerLayout->addWidget(m_decisions, 1);

    auto *activity = new QGroupBox(tr("Counters and last firings"), this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh);
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->addLayout(statusRow);
    activityLayout->addWidget(m_counters, 1);
    activityLayout->addWidget(m_history, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tester);
    split->addWidget(activity);
    (new QVBoxLayout(this))->addWidget(split);

    connect(m_test, &QPushButton::clicked, this, &AutoActionsPanel::test);
    connect(m_refresh, &QPushButton::clicked, this, &AutoActionsPanel::refreshStatus);
}

void AutoActionsPanel::setClient(client::EngineClient *client) {
    m_client = client;
}

void AutoActionsPanel::test() {
    if (!m_client) {
        m_status->setText(tr("Not connected to the engine."));
        return;
    }
    const QString text = m_message->toPlainText();
    if (text.size() > kMaxMessageLength) {
        m_status->setText(tr("A message holds at most %1 characters.").arg(kMaxMessageLength));
        return;
    }
    const QJsonObject params{{QStringLiteral("content"), text},
                             {QStringLiteral("channelId"), m_channel->text().trimmed()},
                             {QStringLiteral("authorBot"), m_fromBot->isChecked()},
                             {QStringLiteral("webhook"), m_fromWebhook->isChecked()}};
    m_test->setEnabled(false);
    m_client->request(control::ControlMethod::AutoActionsTest, params, this,
                      [this](const client::Expected<QJsonObject> &r) {
                          m_test->setEnabled(true);
                          if (!r.ok()) {
                              m_status->setText(tr("Dry run failed: %1").arg(r.error().message));
                              return;
                          }
                          showDecisions(r.value());
                      });
}

void AutoActionsPanel::showDecisions(const QJsonObject &result) {
    const QJsonArray decisions = result.value(QStringLiteral("decisions")).toArray();
    m_decisions->setRowCount(int(decisions.size()));
    int firing = 0;
    for (int row = 0; row < decisions.size(); ++row) {
        const QJsonObject d = decisions.at(row).toObject();
        const bool fires = d.value(QStringLiteral("wouldFire")).toBool();
        firing += fires ? 1 : 0;
        QStringList targets;
        for (const QJsonValue &c : d.value(QStringLiteral("containers")).toArray()) {
            const QJsonObject plan = c.toObject();
            targets.append(plan.value(QStringLiteral("wouldAct")).toBool()
                               ? plan.value(QStringLiteral("container")).toString()
                               : tr("%1 (skipped: %2)")
                                     .arg(plan.value(QStringLiteral("container")).toString(),
                                          plan.value(QStringLiteral("note")).toString()));
        }
        const QString action =
            d.value(QStringLiteral("action")).toString() +
            (targets.isEmpty() ? QString() : QLatin1Char(' ') + targets.join(QStringLiteral(", ")));
        QString why = d.value(QStringLiteral("reason")).toString();
        if (!d.value(QStringLiteral("blockedBy")).toString().isEmpty())
            why += QStringLiteral("; ") + d.value(QStringLiteral("blockedBy")).toString();
        setRow(m_decisions, row,
               {d.value(QStringLiteral("rule")).toString(),
                d.value(QStringLiteral("matched")).toBool() ? tr("yes") : tr("no"),
                fires ? tr("yes") : tr("no"), action, why},
               why);
    }
    const QStringList errors =
        result.value(QStringLiteral("ruleErrors")).toVariant().toStringList();
    QString summary = decisions.isEmpty()
                          ? tr("No auto-action rules are configured (autoActions.rules).")
                          : tr("%1 of %2 rule(s) would fire. Nothing was done.")
                                .arg(firing)
                                .arg(decisions.size());
    if (!errors.isEmpty())
        summary += QLatin1Char(' ') + tr("Left out: %1").arg(errors.join(QStringLiteral("; ")));
    m_status->setText(summary);
}

void AutoActionsPanel::refreshStatus() {
    if (!m_client)
        return;
    m_client->request(control::ControlMethod::AutoActionsStatus, {}, this,
                      [this](const client::Expected<QJsonObject> &r) {
                          if (!r.ok()) {
                              m_status->setText(r.error().message);
                              return;
                          }
                          showStatus(r.value());
                      });
}

void AutoActionsPanel::showStatus(const QJsonObject &result) {
    const QJsonObject counters = result.value(QStringLiteral("counters")).toObject();
    m_counters->setRowCount(int(counters.size()));
    int row = 0;
    for (auto it = counters.begin(); it != counters.end(); ++it, ++row) {
        const QJsonObject c = it.value().toObject();
        const auto n = [&c](const char *key) {
            return QString::number(qint64(c.value(QLatin1String(key)).toDouble()));
        };
        setRow(m_counters, row,
               {it.key(), n("matched"), n("fired"), n("cooldownSkipped"), n("failed"),
                c.value(QStringLiteral("lastFired")).toString()});
    }
    const QJsonArray history = result.value(QStringLiteral("history")).toArray();
    m_history->setRowCount(int(history.size()));
    // Newest first.
    for (int i = 0; i < history.size(); ++i) {
        const QJsonObject f = history.at(history.size() - 1 - i).toObject();
        QStringList outcomes;
        for (const QJsonValue &v : f.value(QStringLiteral("outcomes")).toArray()) {
            const QJsonObject o = v.toObject();
            outcomes.append(
                QStringLiteral("%1: %2").arg(o.value(QStringLiteral("container")).toString(),
                                             o.value(QStringLiteral("message")).toString()));
        }
        setRow(m_history, i,
               {f.value(QStringLiteral("time")).toString(),
                f.value(QStringLiteral("rule")).toString(),
                f.value(QStringLiteral("action")).toString(),
                f.value(QStringLiteral("author")).toString(),
                (f.value(QStringLiteral("ok")).toBool() ? tr("ok") : tr("failed")) +
                    (outcomes.isEmpty()
                         ? QString()
                         : QStringLiteral(" — ") + outcomes.join(QStringLiteral("; ")))});
    }
    m_status->setText(result.value(QStringLiteral("listening")).toBool()
                          ? tr("Listening to messages: %n firing(s) waiting.", nullptr,
                               result.value(QStringLiteral("pending")).toInt())
                          : tr("No rule is enabled: the bot does not read messages."));
}

} // namespace mechdock::ui
