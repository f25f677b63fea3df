// systemd integration as a Type=notify unit sees it: the service sends READY=1 and STATUS= on
// start, WATCHDOG=1 at half the watchdog period, and STOPPING=1 on SIGTERM, over NOTIFY_SOCKET,
// whether it names a path or (with '@') a socket in the abstract namespace.
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class TestServiceSystemdNotify : public QObject {
    Q_OBJECT
private slots:
    void notifiesReadyWatchdogAndStopping_data() {
        QTest::addColumn<bool>("abstract");
        QTest::newRow("path") << false;
        QTest::newRow("abstract") << true;
    }

    void notifiesReadyWatchdogAndStopping() {
        QFETCH(bool, abstract);
        QTemporaryDir dir;
        const QByteArray path =
            abstract ? QByteArray("@mechdock-notify-test-") + QByteArray::number(::getpid())
                     : QFile::encodeName(dir.filePath(QStringLiteral("notify.sock")));
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        socklen_t length = sizeof(addr);
        if (abstract) {
            addr.sun_path[0] = '\0';
            length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
        }
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), length), 0);

        QProcess service;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(path));
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000"));
        env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        service.setProcessEnvironment(env);
        service.start(mechdock::test::mechdockBinary(),
                      {QStringLiteral("--service"), QStringLiteral("--data-dir"), dir.path(),
                       QStringLiteral("--config"), dir.filePath(QStringLiteral("m.json"))});
        QVERIFY(service.waitForStarted());

        QByteArray received;
        auto drain = [&] {
            char buffer[4096];
            ssize_t n;
            while ((n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0)
                received += QByteArray(buffer, int(n)) + '\n';
        };
        QTRY_VERIFY_WITH_TIMEOUT((drain(), received.contains("READY=1")), 20000);
        QVERIFY(received.contains("STATUS="));
        QTRY_VERIFY_WITH_TIMEOUT((drain(), received.count("WATCHDOG=1") >= 2), 10000);
        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(5000));
        QCOMPARE(service.exitCode(), 0);
        drain();
        QVERIFY(received.contains("STOPPING=1"));
        ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestServiceSystemdNotify)
#include "tst_service_systemdnotify.moc"
