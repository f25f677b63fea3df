// The Discord page's auto-action tab, offscreen, against a real engine (BotService hosted as the
// panel hosts it) whose settings have a notify rule and a disabled one: the dry run fills the
// decision table with what each rule would do and why, and nothing fires; the status says the
// bot listens to messages and has no firings yet. Without a client the tab says so.
#include "autoactionspanel.h"
#include "discordpage.h"
#include "hostedengine.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace mechdock;

namespace {

constexpr int kWaitMs = 10000;

QJsonObject rules() {
    const QJsonObject announce{
        {QStringLiteral("name"), QStringLiteral("announce")},
        {QStringLiteral("keywords"), QJsonArray{QStringLiteral("new version")}},
        {QStringLiteral("ignoreKeywords"), QJsonArray{QStringLiteral("beta")}},
        {QStringLiteral("action"), QStringLiteral("notify")}};
    QJsonObject paused = announce;
    paused.insert(QStringLiteral("name"), QStringLiteral("paused"));
    paused.insert(QStringLiteral("enabled"), false);
    return QJsonObject{{QStringLiteral("autoActions"),
                        QJsonObject{{QStringLiteral("rules"), QJsonArray{announce, paused}}}}};
}

QString cell(const QTableWidget *t, int row, int column) {
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestGuiAutoActions : public QObject {
    Q_OBJECT
private slots:
    void dryRunShowsWhatEachRuleWouldDo() {
        test::HostedEngine<> engine(
            test::HostedEngineOptions{QStringLiteral("local"), true, rules()});
        QVERIFY2(engine.problem().isEmpty(), qPrintable(engine.problem()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.started(), kWaitMs);
        ui::DiscordPage page;
        page.resize(1000, 700);
        page.setClient(engine.client());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(ui::DiscordPage::AutoActionsTab);
        auto *panel = page.findChild<ui::AutoActionsPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(QStringLiteral("Listening")),
                                 kWaitMs);
        QCOMPARE(panel->historyTable()->rowCount(), 0);

        panel->messageEdit()->setPlainText(QStringLiteral("A NEW VERSION is out"));
        panel->test();
        QTRY_COMPARE_WITH_TIMEOUT(panel->decisionTable()->rowCount(), 2, kWaitMs);
        QCOMPARE(cell(panel->decisionTable(), 0, 0), QStringLiteral("announce"));
        QCOMPARE(cell(panel->decisionTable(), 0, 2), QStringLiteral("yes"));
        QCOMPARE(cell(panel->decisionTable(), 1, 2), QStringLiteral("no"));
        QVERIFY(cell(panel->decisionTable(), 1, 4).contains(QStringLiteral("disabled")));
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("1 of 2")));

        panel->messageEdit()->setPlainText(QStringLiteral("new version, beta"));
        panel->test();
        QTRY_VERIFY_WITH_TIMEOUT(
            cell(panel->decisionTable(), 0, 4).contains(QStringLiteral("beta")), kWaitMs);
        QCOMPARE(cell(panel->decisionTable(), 0, 1), QStringLiteral("no"));
        // A dry run fires nothing.
        panel->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(QStringLiteral("0 firing")),
                                 kWaitMs);
        QCOMPARE(panel->historyTable()->rowCount(), 0);
    }

    void withoutAnEngineTheTabSaysSo() {
        ui::AutoActionsPanel panel;
        panel.messageEdit()->setPlainText(QStringLiteral("new version"));
        panel.test();
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Not connected")));
    }
};

QTEST_MAIN(TestGuiAutoActions)
#include "tst_gui_autoactions.moc"
