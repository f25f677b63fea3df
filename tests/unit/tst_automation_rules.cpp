// Auto-action rules without Discord: the matcher (keywords any and all, required and ignore
// keywords, the regular expression, authors, embed fields, channels), RE2's linear time on a
// pattern that makes a backtracking engine take exponential time, compile errors reported at
// the field, and the engine on a fake Docker engine: one firing acts on both containers of a
// rule and starts one cool-down, only-if-running is honoured, protected containers are skipped,
// and the history stays bounded.
#include "automation/autoactionengine.h"
#include "automation/autoactionmatcher.h"
#include "common/clock.h"
#include "common/linearregex.h"
#include "config/autoactionsjson.h"
#include "config/settings.h"
#include "config/settingsjson.h"
#include "config/settingsvalidator.h"
#include "docker/containercontroller.h"
#include "docker/dockerclient.h"
#include "fakeengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::automation;

namespace {

config::AutoActionRuleSettings baseRule() {
    config::AutoActionRuleSettings r;
    r.name = QStringLiteral("update");
    r.keywords = {QStringLiteral("new version")};
    r.action = QStringLiteral("restart");
    r.containers = {QStringLiteral("game")};
    r.cooldownSec = 300;
    return r;
}

AutoActionRule compiled(const config::AutoActionRuleSettings &s) {
    QString error;
    std::optional<AutoActionRule> r = AutoActionRule::compile(s, &error);
    if (!r)
        qFatal("rule did not compile: %s", qPrintable(error));
    return *r;
}

AutoActionMessage message(const QString &content, const QString &channel = {},
                          const QJsonObject &extra = {}) {
    QJsonObject d{{QStringLiteral("id"), QStringLiteral("900000000000000001")},
                  {QStringLiteral("channel_id"),
                   channel.isEmpty() ? QStringLiteral("300000000000000001") : channel},
                  {QStringLiteral("content"), content},
                  {QStringLiteral("author"),
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("500000000000000001")},
                               {QStringLiteral("username"), QStringLiteral("updater")}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        d.insert(it.key(), it.value());
    return AutoActionMessage::fromGateway(d);
}

bool matches(const config::AutoActionRuleSettings &s, const AutoActionMessage &m) {
    return AutoActionMatcher::match(compiled(s), m).matched;
}

config::ContainerSettings container(const QString &name) {
    config::ContainerSettings c;
    c.name = name;
    c.allowedActions = {QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop"),
                        QStringLiteral("restart")};
    return c;
}

} // namespace

class TestAutomationRules : public QObject {
    Q_OBJECT
private slots:
    void keywordsAnyAndAll() {
        config::AutoActionRuleSettings r = baseRule();
        r.keywords = {QStringLiteral("update"), QStringLiteral("released")};
        QVERIFY(matches(r, message(QStringLiteral("An UPDATE is out"))));
        QVERIFY(!matches(r, message(QStringLiteral("nothing to see"))));
        r.matchMode = QStringLiteral("all");
        QVERIFY(!matches(r, message(QStringLiteral("An update is out"))));
        QVERIFY(matches(r, message(QStringLiteral("Update 1.2 released"))));
        const MatchResult why =
            AutoActionMatcher::match(compiled(r), message(QStringLiteral("update")));
        QVERIFY(why.reason.contains(QStringLiteral("released")));
        // Case-sensitive rules take the words as written.
        r.caseSensitive = true;
        QVERIFY(!matches(r, message(QStringLiteral("UPDATE RELEASED"))));
    }

    void requiredAndIgnoreKeywords() {
        config::AutoActionRuleSettings r = baseRule();
        r.requiredKeywords = {QStringLiteral("server")};
        r.ignoreKeywords = {QStringLiteral("beta")};
        QVERIFY(matches(r, message(QStringLiteral("New version of the server"))));
        QVERIFY(!matches(r, message(QStringLiteral("New version of the client"))));
        const MatchResult ignored = AutoActionMatcher::match(
            compiled(r), message(QStringLiteral("New version of the server (beta)")));
        QVERIFY(!ignored.matched);
        QVERIFY(ignored.reason.contains(QStringLiteral("beta")));
    }

    void regexMatchesWithKeywords() {
        config::AutoActionRuleSettings r = baseRule();
        r.keywords.clear();
        r.regex = QStringLiteral("v\\d+\\.\\d+\\.\\d+");
        QVERIFY(matches(r, message(QStringLiteral("Valheim v0.217.46 is out"))));
        QVERIFY(!matches(r, message(QStringLiteral("Valheim 0.217 is out"))));
        // Keywords and the regex must both hold.
        r.keywords = {QStringLiteral("valheim")};
        QVERIFY(!matches(r, message(QStringLiteral("Enshrouded v1.2.3 is out"))));
        QVERIFY(matches(r, message(QStringLiteral("VALHEIM v1.2.3 is out"))));
    }

    void catastrophicBacktrackingIsLinear() {
        // (a+)+$ on "aaaa…ab" takes 2^n steps in a backtracking engine; RE2 answers at once.
        config::AutoActionRuleSettings r = baseRule();
        r.keywords.clear();
        r.regex = QStringLiteral("(a+)+$");
        const QString hostile =
            QString(AutoActionMessage::kMaxContentLength - 1, QLatin1Char('a')) + QLatin1Char('!');
        QVERIFY(matches(r, message(QString(40, QLatin1Char('a')))));
        QVERIFY(!matches(r, message(hostile)));
        r.regex = QStringLiteral("(x+x+)+y");
        QVERIFY(!matches(r, message(QString(4000, QLatin1Char('x')))));
    }

    void badRegexIsAnErrorAtTheField() {
        config::Settings s;
        s.containers = {container(QStringLiteral("game"))};
        config::AutoActionRuleSettings r = baseRule();
        r.regex = QStringLiteral("(unclosed");
        s.autoActions.rules = {r};
        bool found = false;
        for (const config::ConfigIssue &i : config::SettingsValidator::validate(s)) {
            if (i.path == QLatin1String("autoActions.rules[0].regex") && i.isError())
                found = true;
        }
        QVERIFY(found);
        QString error;
        QVERIFY(!LinearRegex::compile(QStringLiteral("(unclosed"), false, &error));
        QVERIFY(error.contains(QStringLiteral("missing )")));
        // A pattern whose program is too large is refused when compiled, not when it runs.
        QVERIFY(!LinearRegex::compile(QStringLiteral("((a{100}){100}){100}"), false, &error));
        QVERIFY(!error.isEmpty());
    }

    void authorsIncludeAndExclude() {
        config::AutoActionRuleSettings r = baseRule();
        r.authorMode = QStringLiteral("include");
        r.authorIds = {QStringLiteral("500000000000000002")};
        const AutoActionMessage human = message(QStringLiteral("new version"));
        QVERIFY(!matches(r, human));
        r.authorIds = {QStringLiteral("500000000000000001")};
        QVERIFY(matches(r, human));
        r.authorIds.clear();
        r.authorWebhooks = true;
        QVERIFY(!matches(r, human));
        const AutoActionMessage hook =
            message(QStringLiteral("new version"), {},
                    {{QStringLiteral("webhook_id"), QStringLiteral("600000000000000001")}});
        QVERIFY(matches(r, hook));
        r.authorMode = QStringLiteral("exclude");
        QVERIFY(!matches(r, hook));
        QVERIFY(matches(r, human));
        r.authorWebhooks = false;
        r.authorBots = true;
        QJsonObject botAuthor{{QStringLiteral("id"), QStringLiteral("500000000000000009")},
                              {QStringLiteral("bot"), true}};
        QVERIFY(!matches(r, message(QStringLiteral("new version"), {},
                                    {{QStringLiteral("author"), botAuthor}})));
    }

    void embedsAndChannels() {
        const QJsonArray embeds{QJsonObject{
            {QStringLiteral("title"), QStringLiteral("Patch notes")},
            {QStringLiteral("fields"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Build")},
                                    {QStringLiteral("value"), QStringLiteral("New version 42")}}}},
            {QStringLiteral("footer"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("bot")}}}}};
        const AutoActionMessage m = message(QString(), {}, {{QStringLiteral("embeds"), embeds}});
        config::AutoActionRuleSettings r = baseRule();
        QVERIFY(matches(r, m));
        r.searchIn = {QStringLiteral("content"), QStringLiteral("embedTitle")};
        QVERIFY(!matches(r, m));
        r.searchIn = {QStringLiteral("embedFields")};
        QVERIFY(matches(r, m));
        r.channelIds = {QStringLiteral("300000000000000009")};
        QVERIFY(!matches(r, m));
        r.channelIds = {QStringLiteral("300000000000000001")};
        QVERIFY(matches(r, m));
    }

    void rulesRoundTripThroughTheSettingsFile() {
        config::Settings s;
        s.containers = {container(QStringLiteral("game"))};
        config::AutoActionRuleSettings r = baseRule();
        r.regex = QStringLiteral("v\\d+");
        r.authorIds = {QStringLiteral("500000000000000001")};
        r.authorMode = QStringLiteral("include");
        r.onlyIf = QStringLiteral("running");
        s.autoActions.rules = {r};
        s.autoActions.protectedContainers = {QStringLiteral("db")};
        const QJsonObject json = config::SettingsJson::write(s);
        config::Settings back;
        config::ConfigIssues issues;
        config::SettingsJson::read(json, back, issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
        QCOMPARE(back.autoActions.rules.size(), 1);
        QCOMPARE(back.autoActions.rules.at(0).regex, r.regex);
        QCOMPARE(back.autoActions.rules.at(0).onlyIf, QStringLiteral("running"));
        QCOMPARE(back.autoActions.protectedContainers, QStringList{QStringLiteral("db")});
        QVERIFY(!config::hasErrors(config::SettingsValidator::validate(back)));
        // Wrong types and unknown keys are named with their path.
        QJsonObject bad = json;
        QJsonObject section = bad.value(QStringLiteral("autoActions")).toObject();
        section.insert(QStringLiteral("rules"),
                       QJsonArray{QJsonObject{{QStringLiteral("keywords"), 5},
                                              {QStringLiteral("delaySec"), QStringLiteral("x")},
                                              {QStringLiteral("colour"), true}}});
        bad.insert(QStringLiteral("autoActions"), section);
        config::ConfigIssues badIssues;
        config::SettingsJson::read(bad, back, badIssues);
        QStringList paths;
        for (const config::ConfigIssue &i : badIssues)
            paths.append(i.path);
        QVERIFY(paths.contains(QStringLiteral("autoActions.rules[0].keywords")));
        QVERIFY(paths.contains(QStringLiteral("autoActions.rules[0].delaySec")));
        QVERIFY(paths.contains(QStringLiteral("autoActions.rules[0].colour")));
    }

    void validatorRefusesProtectedAndUnknownContainers() {
        config::Settings s;
        s.containers = {container(QStringLiteral("game")), container(QStringLiteral("db"))};
        s.autoActions.protectedContainers = {QStringLiteral("local/db")};
        config::AutoActionRuleSettings r = baseRule();
        r.containers = {QStringLiteral("game"), QStringLiteral("db"), QStringLiteral("ghost")};
        r.keywords.clear(); // and no regex: it would fire on everything
        s.autoActions.rules = {r, r};
        QStringList errors;
        for (const config::ConfigIssue &i : config::SettingsValidator::validate(s)) {
            if (i.isError())
                errors.append(i.path);
        }
        QVERIFY(errors.contains(QStringLiteral("autoActions.rules[0].containers[1]")));
        QVERIFY(errors.contains(QStringLiteral("autoActions.rules[0].containers[2]")));
        QVERIFY(errors.contains(QStringLiteral("autoActions.rules[0].keywords")));
        QVERIFY(errors.contains(QStringLiteral("autoActions.rules[1].name")));
        QVERIFY(!errors.contains(QStringLiteral("autoActions.rules[0].containers[0]")));
    }

    void oneFiringActsOnEveryContainerAndCoolsDownOnce() {
        test::FakeEngine fake;
        fake.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 204 No Content\r\n\r\n");
        };
        ManualClock clock;
        docker::DockerClient client(fake.uri());
        docker::ContainerController controller(&clock);
        docker::ContainerController::Settings noToggleCooldown;
        noToggleCooldown.toggleCooldownSec = 0; // the rule's cool-down is what is tested here
        controller.setSettings(noToggleCooldown);
        controller.setClient(QStringLiteral("local"), &client);
        controller.setContainers({container(QStringLiteral("game")),
                                  container(QStringLiteral("voice")),
                                  container(QStringLiteral("db"))});
        QHash<QString, bool> running{{QStringLiteral("local/game"), true},
                                     {QStringLiteral("local/voice"), true},
                                     {QStringLiteral("local/db"), true}};
        QList<QPair<QString, QString>> notes;
        AutoActionEngine engine(
            AutoActionEngine::Hooks{
                [&controller] { return &controller; },
                [&running](const docker::ContainerRef &ref) -> std::optional<bool> {
                    if (!running.contains(ref.text()))
                        return std::nullopt;
                    return running.value(ref.text());
                },
                [&notes](const QString &channel, const QString &text) {
                    notes.append({channel, text});
                }},
            &clock);
        config::AutoActionSettings a;
        a.globalCooldownSec = 10;
        a.notifyChannelId = QStringLiteral("300000000000000007");
        a.protectedContainers = {QStringLiteral("db")};
        config::AutoActionRuleSettings r = baseRule();
        r.containers = {QStringLiteral("game"), QStringLiteral("voice"), QStringLiteral("db")};
        r.cooldownSec = 60;
        a.rules = {r};
        engine.setSettings(a);

        QCOMPARE(engine.handleMessage(message(QStringLiteral("new version!"))), 1);
        QTRY_COMPARE_WITH_TIMEOUT(engine.history().size(), 1, 10000);
        const AutoActionFiring first = engine.history().at(0);
        QCOMPARE(first.outcomes.size(), 3);
        QVERIFY2(first.outcomes.at(0).ok, qPrintable(first.outcomes.at(0).message));
        QVERIFY2(first.outcomes.at(1).ok, qPrintable(first.outcomes.at(1).message));
        QVERIFY(first.outcomes.at(2).skipped); // protected
        QCOMPARE(fake.requests.count(), 2);
        QVERIFY(fake.requests.at(0).contains("/containers/game/restart"));
        QVERIFY(fake.requests.at(1).contains("/containers/voice/restart"));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).first, QStringLiteral("300000000000000007"));
        QVERIFY(notes.at(0).second.contains(QStringLiteral("local/voice")));

        // Within the rule's cool-down: not fired, counted, and the dry run says why.
        clock.advanceMs(30000);
        QCOMPARE(engine.handleMessage(message(QStringLiteral("new version again"))), 0);
        const QList<AutoActionDecision> dry = engine.test(message(QStringLiteral("new version")));
        QCOMPARE(dry.size(), 1);
        QVERIFY(dry.at(0).matched);
        QVERIFY(!dry.at(0).wouldFire);
        QVERIFY(dry.at(0).blockedBy.contains(QStringLiteral("30")));
        QCOMPARE(engine.counters().value(QStringLiteral("update")).cooldownSkipped, quint64(1));

        // After it: both run again, through the same route.
        clock.advanceMs(31000);
        QCOMPARE(engine.handleMessage(message(QStringLiteral("new version again"))), 1);
        QTRY_COMPARE_WITH_TIMEOUT(engine.history().size(), 2, 10000);
        QCOMPARE(fake.requests.count(), 4);
        const AutoActionCounters c = engine.counters().value(QStringLiteral("update"));
        QCOMPARE(c.matched, quint64(3));
        QCOMPARE(c.fired, quint64(2));
        QCOMPARE(c.failed, quint64(0));
    }

    void onlyIfRunningAndTheGlobalCooldown() {
        test::FakeEngine fake;
        fake.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 204 No Content\r\n\r\n");
        };
        ManualClock clock;
        docker::DockerClient client(fake.uri());
        docker::ContainerController controller(&clock);
        controller.setClient(QStringLiteral("local"), &client);
        controller.setContainers(
            {container(QStringLiteral("game")), container(QStringLiteral("idle"))});
        AutoActionEngine engine(
            AutoActionEngine::Hooks{[&controller] { return &controller; },
                                    [](const docker::ContainerRef &ref) -> std::optional<bool> {
                                        return ref.name == QLatin1String("game");
                                    },
                                    {}},
            &clock);
        config::AutoActionSettings a;
        a.globalCooldownSec = 100;
        config::AutoActionRuleSettings r = baseRule();
        r.containers = {QStringLiteral("game"), QStringLiteral("idle")};
        r.onlyIf = QStringLiteral("running");
        r.cooldownSec = 0;
        config::AutoActionRuleSettings other = baseRule();
        other.name = QStringLiteral("other");
        other.action = QStringLiteral("notify");
        other.containers.clear();
        other.cooldownSec = 0;
        a.rules = {r, other};
        engine.setSettings(a);
        // Both rules fire on the same message: the global cool-down is between messages.
        QCOMPARE(engine.handleMessage(message(QStringLiteral("new version"))), 2);
        QTRY_COMPARE_WITH_TIMEOUT(engine.history().size(), 2, 10000);
        const AutoActionFiring firing = engine.history().at(0).rule == QLatin1String("update")
                                            ? engine.history().at(0)
                                            : engine.history().at(1);
        QVERIFY(firing.outcomes.at(0).ok);
        QVERIFY(firing.outcomes.at(1).skipped);
        QVERIFY(firing.outcomes.at(1).message.contains(QStringLiteral("only if running")));
        QCOMPARE(fake.requests.count(), 1);
        QVERIFY(fake.requests.at(0).contains("/containers/game/restart"));
        // The next message waits for the global cool-down.
        clock.advanceMs(50000);
        QCOMPARE(engine.handleMessage(message(QStringLiteral("new version"))), 0);
        clock.advanceMs(51000);
        QCOMPARE(engine.handleMessage(message(QStringLiteral("new version"))), 2);
    }

    void historyIsBounded() {
        ManualClock clock;
        AutoActionEngine engine(AutoActionEngine::Hooks{}, &clock);
        config::AutoActionSettings a;
        a.globalCooldownSec = 0;
        a.historySize = 10;
        config::AutoActionRuleSettings r = baseRule();
        r.action = QStringLiteral("notify");
        r.containers.clear();
        r.cooldownSec = 0;
        a.rules = {r};
        engine.setSettings(a);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(engine.handleMessage(message(QStringLiteral("new version"))), 1);
        QTRY_COMPARE_WITH_TIMEOUT(engine.counters().value(QStringLiteral("update")).fired,
                                  quint64(25), 10000);
        QCOMPARE(engine.history().size(), 10);
        QCOMPARE(engine.pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAutomationRules)
#include "tst_automation_rules.moc"
