// Security: the permission matrix (channel kind x role x action), per-user cool-downs and the
// per-minute caps with an injected clock, bounded TTL state, and salted password hashes.
#include "common/clock.h"
#include "security/cooldowntracker.h"
#include "security/passwordhasher.h"
#include "security/permissionpolicy.h"

#include <QtTest>

using namespace mechdock;
using namespace mechdock::security;

namespace {
const QString kStatus = QStringLiteral("100000000000000001");
const QString kControl = QStringLiteral("100000000000000002");
const QString kElsewhere = QStringLiteral("100000000000000003");
const QString kAdmin = QStringLiteral("200000000000000001");
const QString kMember = QStringLiteral("200000000000000002");
const QString kAdminRole = QStringLiteral("300000000000000001");

config::Settings settings() {
    config::Settings s;
    s.discord.guildIds = {QStringLiteral("400000000000000001")};
    s.discord.adminUserIds = {kAdmin};
    s.discord.adminRoleIds = {kAdminRole};
    s.discord.channels = {
        config::ChannelSettings{kStatus, QStringLiteral("status"), config::ChannelKind::Status},
        config::ChannelSettings{kControl, QStringLiteral("ops"), config::ChannelKind::Control}};
    config::ContainerSettings web;
    web.name = QStringLiteral("web");
    web.displayName = QStringLiteral("Web");
    web.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                          QStringLiteral("stop")};
    config::ContainerSettings db;
    db.name = QStringLiteral("db");
    db.displayName = QStringLiteral("Database");
    db.detailedStatus = false;
    config::ContainerSettings old;
    old.name = QStringLiteral("old");
    old.active = false;
    old.allowedActions = {QStringLiteral("start")};
    s.containers = {web, db, old};
    return s;
}

Actor actor(const QString &user, const QString &channel, const QStringList &roles = {}) {
    return Actor{user, roles, QStringLiteral("400000000000000001"), channel};
}

Request command(const QString &name) {
    return Request{RequestKind::Command, name, {}, {}};
}
} // namespace

class TestSecurityPolicy : public QObject {
    Q_OBJECT
private slots:
    void permissionMatrix_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("container");
        QTest::addColumn<bool>("allowed");
        const int C = int(RequestKind::Command);
        const int B = int(RequestKind::Button);
        const QStringList none;
        const QStringList adminRole{kAdminRole};
        // Read-only commands: any configured channel, anyone.
        QTest::newRow("ss status member") << kMember << none << kStatus << C << "serverstatus"
                                          << "" << true;
        QTest::newRow("ss control member") << kMember << none << kControl << C << "ss"
                                           << "" << true;
        QTest::newRow("ss unconfigured") << kMember << none << kElsewhere << C << "serverstatus"
                                         << "" << false;
        QTest::newRow("help anywhere") << kMember << none << kElsewhere << C << "help"
                                       << "" << true;
        QTest::newRow("unknown command") << kAdmin << none << kControl << C << "rm_rf"
                                         << "" << false;
        // Admin commands: admins (by user or role) in control channels only.
        QTest::newRow("control admin") << kAdmin << none << kControl << C << "control"
                                       << "" << true;
        QTest::newRow("control role") << kMember << adminRole << kControl << C << "control"
                                      << "" << true;
        QTest::newRow("control member") << kMember << none << kControl << C << "control"
                                        << "" << false;
        QTest::newRow("control admin status ch") << kAdmin << none << kStatus << C << "control"
                                                 << "" << false;
        QTest::newRow("cleanup member") << kMember << none << kControl << C << "force_cleanup"
                                        << "" << false;
        // Container actions: control channel, allowed action, active container.
        QTest::newRow("start control member") << kMember << none << kControl << B << "start"
                                              << "web" << true;
        QTest::newRow("start status member") << kMember << none << kStatus << B << "start"
                                             << "web" << false;
        QTest::newRow("start status admin") << kAdmin << none << kStatus << B << "start"
                                            << "web" << false;
        QTest::newRow("restart not allowed") << kAdmin << none << kControl << B << "restart"
                                             << "web" << false;
        QTest::newRow("stop db not allowed") << kAdmin << none << kControl << B << "stop"
                                             << "db" << false;
        QTest::newRow("inactive container") << kAdmin << none << kControl << B << "start"
                                            << "old" << false;
        QTest::newRow("unknown container") << kAdmin << none << kControl << B << "start"
                                           << "ghost" << false;
        QTest::newRow("unknown action") << kAdmin << none << kControl << B << "rm"
                                        << "web" << false;
        QTest::newRow("info web") << kMember << none << kStatus << B << "info"
                                  << "web" << true;
        QTest::newRow("info db hidden") << kMember << none << kStatus << B << "info"
                                        << "db" << false;
        QTest::newRow("info db admin") << kAdmin << none << kControl << B << "info"
                                       << "db" << true;
        QTest::newRow("logs member") << kMember << none << kControl << B << "logs"
                                     << "web" << false;
        QTest::newRow("logs admin") << kAdmin << none << kControl << B << "logs"
                                    << "web" << true;
        QTest::newRow("logs admin status") << kAdmin << none << kStatus << B << "logs"
                                           << "web" << false;
    }

    void permissionMatrix() {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, channel);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, container);
        QFETCH(bool, allowed);
        const PermissionPolicy policy(settings());
        const Decision d =
            policy.decide(actor(user, channel, roles),
                          Request{RequestKind(kind), name, QStringLiteral("local"), container});
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(d.reason.isEmpty(), allowed); // every denial says why
    }

    void otherGuildsAreDenied() {
        const PermissionPolicy policy(settings());
        Actor a = actor(kAdmin, kControl);
        a.guildId = QStringLiteral("499999999999999999");
        QVERIFY(!policy.decide(a, command(QStringLiteral("serverstatus"))).allowed);
    }

    void cooldownsFollowTheTable() {
        ManualClock clock;
        config::CooldownSettings cfg;
        CooldownTracker tracker(cfg, &clock);
        QVERIFY(
            tracker.check(kMember, ActionKind::Command, QStringLiteral("serverstatus")).allowed);
        clock.advanceMs(29000);
        const CooldownVerdict v =
            tracker.check(kMember, ActionKind::Command, QStringLiteral("serverstatus"));
        QVERIFY(!v.allowed);
        QCOMPARE(v.retryAfterMs, qint64(1000));
        QVERIFY(v.reason.contains(QStringLiteral("1 s")));
        // Another user and another command are independent.
        QVERIFY(tracker.check(kAdmin, ActionKind::Command, QStringLiteral("serverstatus")).allowed);
        QVERIFY(tracker.check(kMember, ActionKind::Command, QStringLiteral("help")).allowed);
        clock.advanceMs(1000);
        QVERIFY(
            tracker.check(kMember, ActionKind::Command, QStringLiteral("serverstatus")).allowed);
        // Buttons: restart 20 s, unknown names the default 5 s.
        QVERIFY(tracker.check(kMember, ActionKind::Button, QStringLiteral("restart")).allowed);
        clock.advanceMs(19999);
        QVERIFY(!tracker.check(kMember, ActionKind::Button, QStringLiteral("restart")).allowed);
        QCOMPARE(tracker.cooldownSeconds(ActionKind::Button, QStringLiteral("whatever")), 5);
    }

    void perMinuteCapsAreEnforced() {
        ManualClock clock;
        config::CooldownSettings cfg;
        cfg.defaultSec = 0;
        cfg.commandSec.clear();
        cfg.buttonSec.clear();
        CooldownTracker tracker(cfg, &clock);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(
                tracker.check(kMember, ActionKind::Command, QStringLiteral("c%1").arg(i)).allowed);
            clock.advanceMs(100);
        }
        const CooldownVerdict v = tracker.check(kMember, ActionKind::Command, QStringLiteral("x"));
        QVERIFY(!v.allowed);
        QVERIFY(v.reason.contains(QStringLiteral("20 commands")));
        for (int i = 0; i < 35; ++i)
            QVERIFY(
                tracker.check(kMember, ActionKind::Button, QStringLiteral("b%1").arg(i)).allowed);
        QVERIFY(!tracker.check(kMember, ActionKind::Button, QStringLiteral("b")).allowed);
        // The window slides: a minute after the first command there is room again.
        clock.advanceMs(60000 - 2000 + 1);
        QVERIFY(tracker.check(kMember, ActionKind::Command, QStringLiteral("y")).allowed);
        QCOMPARE(tracker.counters().deniedRate, quint64(2));
    }

    void stateIsBoundedAndExpires() {
        ManualClock clock;
        config::CooldownSettings cfg;
        cfg.maxTrackedUsers = 1000;
        CooldownTracker tracker(cfg, &clock);
        for (int i = 0; i < 5000; ++i) {
            tracker.check(QString::number(i), ActionKind::Command, QStringLiteral("help"));
            clock.advanceMs(1);
        }
        QCOMPARE(tracker.stats().entries, qint64(1000));
        QVERIFY(tracker.stats().evictions >= 4000);
        clock.advanceMs(6 * 3600 * 1000);
        tracker.check(QStringLiteral("fresh"), ActionKind::Command, QStringLiteral("help"));
        const auto swept = tracker.sweepExpired();
        QCOMPARE(swept.entriesFreed, qint64(999)); // "fresh" displaced the oldest
        QCOMPARE(tracker.stats().entries, qint64(1));
    }

    void passwordsAreSaltedAndVerified() {
        const QString a = PasswordHasher::hash(QStringLiteral("correct horse"), 1000);
        const QString b = PasswordHasher::hash(QStringLiteral("correct horse"), 1000);
        QVERIFY(a != b); // salted
        QVERIFY(!a.contains(QStringLiteral("correct")));
        QVERIFY(PasswordHasher::isHash(a));
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), a));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horsE"), a));
        QVERIFY(!PasswordHasher::verify(QString(), a));
        for (const QString &bad :
             {QString(), QStringLiteral("plain"), QStringLiteral("pbkdf2-sha256$x$y$z"),
              QStringLiteral("pbkdf2-sha256$999999999$AAAAAAAAAAA=$AAAA"),
              QStringLiteral("md5$1$2$3")})
            QVERIFY(!PasswordHasher::verify(QStringLiteral("x"), bad));
        QVERIFY(PasswordHasher::constantTimeEquals("abc", "abc"));
        QVERIFY(!PasswordHasher::constantTimeEquals("abc", "abd"));
        QVERIFY(!PasswordHasher::constantTimeEquals("abc", "ab"));
    }
};

QTEST_GUILESS_MAIN(TestSecurityPolicy)
#include "tst_security_policy.moc"
