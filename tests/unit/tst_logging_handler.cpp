// Logging: the bot token never appears in any output (stderr, file, ring) whatever the message,
// one line per message, journald priorities, file rotation, and the bounded ring.
#include "common/logcategories.h"
#include "logging/loghandler.h"
#include "logging/tokenscrubber.h"
#include "memory/cacheregistry.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock::logging;

namespace {
const QString kToken =
    QStringLiteral("MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB");

QStringList hostileMessages() {
    return {
        kToken,
        QStringLiteral("token=%1").arg(kToken),
        QStringLiteral("Authorization: Bot %1").arg(kToken),
        QStringLiteral("authorization:bot %1").arg(kToken),
        QStringLiteral("{\"op\":2,\"d\":{\"token\":\"%1\",\"intents\":1}}").arg(kToken),
        QStringLiteral("{\"Authorization\": \"Bot %1\"}").arg(kToken),
        QStringLiteral("header dump:\nAuthorization: Bot %1\nUser-Agent: x").arg(kToken),
        QStringLiteral("POST /interactions/123456/%1/callback")
            .arg(QStringLiteral("aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTA")),
        QStringLiteral("prefix%1suffix").arg(kToken),
        QStringLiteral("Bearer %1").arg(kToken),
    };
}
} // namespace

class TestLoggingHandler : public QObject {
    Q_OBJECT
private slots:
    void scrubberRemovesEveryShape() {
        TokenScrubber scrubber;
        scrubber.addSecret(kToken);
        for (const QString &m : hostileMessages()) {
            const QString out = scrubber.scrub(m);
            QVERIFY2(!out.contains(kToken), qPrintable(out));
            QVERIFY2(!out.contains(QStringLiteral("GhIjKl.abcdef")), qPrintable(out));
        }
        QVERIFY(!scrubber.scrub(hostileMessages().at(7)).contains(QStringLiteral("aW50ZXJh")));
        // Ordinary text survives.
        QCOMPARE(scrubber.scrub(QStringLiteral("container web stopped in 1.2 s")),
                 QStringLiteral("container web stopped in 1.2 s"));
    }

    void scrubberCatchesAConfiguredSecretOfAnyShape() {
        TokenScrubber scrubber;
        scrubber.addSecret(QStringLiteral("plainsecret42"));
        scrubber.addSecret(QStringLiteral("ab")); // too short to be masked
        QCOMPARE(scrubber.scrub(QStringLiteral("x plainsecret42 y ab")),
                 QStringLiteral("x [redacted] y ab"));
    }

    void randomEmbeddingsNeverLeak() {
        TokenScrubber scrubber;
        scrubber.addSecret(kToken);
        QRandomGenerator rng(42);
        const QString alphabet = QStringLiteral("abc XYZ:=\"{}\n\t/._-0123");
        for (int i = 0; i < 2000; ++i) {
            QString m;
            const int before = int(rng.bounded(40));
            for (int k = 0; k < before; ++k)
                m += alphabet.at(int(rng.bounded(alphabet.size())));
            m += kToken;
            const int after = int(rng.bounded(40));
            for (int k = 0; k < after; ++k)
                m += alphabet.at(int(rng.bounded(alphabet.size())));
            QVERIFY2(!scrubber.scrub(m).contains(kToken), qPrintable(m));
        }
    }

    void noOutputCarriesTheToken() {
        // A child process logs hostile messages through the installed handler; its stderr,
        // its log file and its ring (printed at the end) are searched for the token.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("logs/mechdock.log"));
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--log-child"), file});
        child.start();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        const QByteArray err = child.readAllStandardError();
        const QByteArray out = child.readAllStandardOutput();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        for (const QByteArray &text : {err, out, written}) {
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains(kToken.toUtf8()), text.constData());
            QVERIFY(!text.contains("GhIjKl.abcdef"));
        }
        // One line per message: the file holds exactly as many lines as messages logged.
        QCOMPARE(written.count('\n'), hostileMessages().size() + 1);
        QVERIFY(err.contains("mechdock.discord"));
        QVERIFY(out.contains("ring=" + QByteArray::number(hostileMessages().size() + 1)));
    }

    void journaldLinesCarryPriorities() {
        QCOMPARE(LogHandler::formatLine(QtWarningMsg, QStringLiteral("mechdock.docker"),
                                        QStringLiteral("a\nb"), 0, true),
                 QStringLiteral("<4>mechdock.docker: a | b"));
        QCOMPARE(
            LogHandler::formatLine(QtCriticalMsg, QStringLiteral("x"), QStringLiteral("m"), 0, true)
                .left(3),
            QStringLiteral("<3>"));
        const QString plain = LogHandler::formatLine(QtInfoMsg, QStringLiteral("mechdock.app"),
                                                     QStringLiteral("hello"), 0, false);
        QCOMPARE(plain, QStringLiteral("1970-01-01T00:00:00.000Z INFO  mechdock.app: hello"));
    }

    void fileRotates() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.log"));
        RotatingLogFile file(path, 4096, 2);
        QVERIFY(file.open());
        for (int i = 0; i < 400; ++i)
            file.writeLine(QByteArray(100, 'a' + char(i % 26)));
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        QVERIFY(QFileInfo(path).size() <= 4096);
    }

    void ringIsBoundedAndIncremental() {
        LogRing ring(100);
        for (int i = 0; i < 10000; ++i)
            ring.append(LogRecord{0, i, QtInfoMsg, QStringLiteral("c"), QString::number(i)});
        QCOMPARE(ring.stats().entries, qint64(100));
        QCOMPARE(ring.lastSequence(), quint64(10000));
        const auto news = ring.since(9995);
        QCOMPARE(news.size(), 5);
        QCOMPARE(news.first().message, QStringLiteral("9995"));
        QCOMPARE(ring.since(0, 10).size(), 10);
        const auto freed = ring.shrink(0.5);
        QCOMPARE(freed.entriesFreed, qint64(50));
        QCOMPARE(ring.clearAll().entriesFreed, qint64(50));
    }
};

static int logChild(const QString &file) {
    LogOptions options;
    options.filePath = file;
    options.ringCapacity = 100;
    LogHandler &handler = LogHandler::install(options);
    TokenScrubber::global().addSecret(kToken);
    for (const QString &m : hostileMessages())
        qCWarning(lcDiscord).noquote() << m;
    qCInfo(lcApp, "token %s", qPrintable(kToken));
    printf("ring=%d\n", int(handler.ring().stats().entries));
    for (const LogRecord &r : handler.ring().since(0))
        printf("%s\n", qPrintable(r.message));
    return 0;
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--log-child") == 0)
        return logChild(QString::fromLocal8Bit(argv[2]));
    TestLoggingHandler test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging_handler.moc"
