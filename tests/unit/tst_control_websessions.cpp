// The web page's sessions and password rule, on their own: ids and tokens are long and
// distinct, a login replaces the session, idle sessions end (logged-in ones after the set time,
// anonymous ones after ten minutes), a full store drops the oldest anonymous session first; weak
// passwords are refused with the reason and good ones accepted.
#include "control/webpasswordpolicy.h"
#include "control/websessionstore.h"

#include <QSet>
#include <QtTest>

using namespace mechdock::control;

class TestControlWebSessions : public QObject {
    Q_OBJECT

private slots:
    void tokensAreLongAndDistinct() {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray token = WebSessionStore::randomToken();
            QCOMPARE(token.size(), 43); // 256 bits, base64url without padding
            QVERIFY(!seen.contains(token));
            seen.insert(token);
        }
        QVERIFY(WebSessionStore::tokensEqual("abc", "abc"));
        QVERIFY(!WebSessionStore::tokensEqual("abc", "abd"));
        QVERIFY(!WebSessionStore::tokensEqual("", ""));
    }

    void loginReplacesTheSession() {
        WebSessionStore store;
        const WebSession anonymous = store.createAnonymous(0);
        QVERIFY(!anonymous.authenticated());
        QVERIFY(anonymous.id != anonymous.csrf);
        const WebSession ada = store.logIn(anonymous.id, QStringLiteral("ada"), 10);
        QVERIFY(ada.authenticated());
        QVERIFY(ada.id != anonymous.id);
        QVERIFY(ada.csrf != anonymous.csrf);
        QVERIFY(!store.find(anonymous.id, 20)); // the planted id is worth nothing now
        QCOMPARE(store.find(ada.id, 20)->user, QStringLiteral("ada"));
        QCOMPARE(store.findByCsrf(ada.csrf, 20)->id, ada.id);
        QVERIFY(!store.findByCsrf(anonymous.csrf, 20));
        store.end(ada.id);
        QVERIFY(!store.find(ada.id, 30));
    }

    void idleSessionsEnd() {
        WebSessionStore store;
        store.setIdleTimeoutMs(60000);
        const WebSession ada = store.logIn({}, QStringLiteral("ada"), 0);
        const WebSession visitor = store.createAnonymous(0);
        QVERIFY(store.find(ada.id, 59000)); // used: the minute starts again
        QVERIFY(store.peek(ada.id, 118000));
        QVERIFY(!store.peek(ada.id, 120000)); // peeking is not using
        QVERIFY(!store.find(ada.id, 120000));
        QVERIFY(store.peek(visitor.id, WebSessionStore::kAnonymousIdleMs));
        const QList<QByteArray> ended = store.expire(WebSessionStore::kAnonymousIdleMs + 1);
        QCOMPARE(ended, QList<QByteArray>{visitor.id});
        QCOMPARE(store.size(), 0);
    }

    void aFullStoreDropsTheOldestAnonymousFirst() {
        WebSessionStore store;
        const WebSession ada = store.logIn({}, QStringLiteral("ada"), 0);
        const WebSession oldest = store.createAnonymous(1);
        for (int i = 2; i < WebSessionStore::kMaxSessions; ++i)
            store.createAnonymous(i);
        QCOMPARE(store.size(), WebSessionStore::kMaxSessions);
        store.createAnonymous(1000);
        QCOMPARE(store.size(), WebSessionStore::kMaxSessions);
        QVERIFY(!store.peek(oldest.id, 1000));
        QVERIFY(store.peek(ada.id, 1000));
    }

    void weakPasswordsAreRefused_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("short") << QStringLiteral("Ab1!xyz") << false;
        QTest::newRow("eleven") << QStringLiteral("Ab1!xyzQw9e") << false;
        QTest::newRow("one class") << QStringLiteral("correcthorsebat") << false;
        QTest::newRow("known word") << QStringLiteral("Password1234!") << false;
        QTest::newRow("product name") << QStringLiteral("Mechdock2024!") << false;
        QTest::newRow("run") << QStringLiteral("abcdefghijklmn") << false;
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << false;
        QTest::newRow("few characters") << QStringLiteral("ababababXYXYXY12") << false;
        QTest::newRow("spaces around") << QStringLiteral(" Tr0ub4dor&3-horse ") << false;
        QTest::newRow("mixed") << QStringLiteral("Tr0ub4dor&3-horse") << true;
        QTest::newRow("passphrase") << QStringLiteral("purple otter sings loudly") << true;
    }

    void weakPasswordsAreRefused() {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const QString problem = WebPasswordPolicy::problem(password);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestControlWebSessions)
#include "tst_control_websessions.moc"
