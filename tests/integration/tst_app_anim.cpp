// `mechdock anim` as an operator runs it: info, retime and resize on a DDC animation from
// tests/data, and clear errors with the documented exit codes for bad files and bad usage.
#include "testpaths.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mechdock::test::mechdockBinary;

namespace {
int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
    QProcess p;
    p.start(mechdockBinary(), QStringList{QStringLiteral("anim")} + args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}
} // namespace

class TestAppAnim : public QObject {
    Q_OBJECT
private slots:
    void infoRetimeResize();
    void badFilesAndUsage();
};

void TestAppAnim::infoRetimeResize() {
    const QString input =
        QDir(mechdock::test::ddcMechDir()).filePath(QStringLiteral("big_walk_L5_S100.webp"));
    QVERIFY2(QFile::exists(input), qPrintable(QStringLiteral("missing test file %1").arg(input)));
    QTemporaryDir dir;
    QByteArray out;
    QCOMPARE(run({QStringLiteral("info"), input}, &out), 0);
    QVERIFY2(out.contains("frames:    8"), out.constData());
    const QString retimed = dir.filePath(QStringLiteral("fast.webp"));
    QCOMPARE(run({QStringLiteral("retime"), input, retimed, QStringLiteral("--speed"),
                  QStringLiteral("1.25")}),
             0);
    QCOMPARE(run({QStringLiteral("info"), retimed}, &out), 0);
    // 104 ms frames at 125 %: round(104 / 1.25) = 83 ms.
    QVERIFY2(out.contains("durations: 83 83 83 83 83 83 83 83 ms"), out.constData());
    const QString small = dir.filePath(QStringLiteral("small.webp"));
    QCOMPARE(run({QStringLiteral("resize"), input, small, QStringLiteral("--width"),
                  QStringLiteral("64")}),
             0);
    QCOMPARE(run({QStringLiteral("info"), small}, &out), 0);
    QVERIFY2(out.contains("size:      64x"), out.constData());
}

void TestAppAnim::badFilesAndUsage() {
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.webp"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("RIFF\x20\x00\x00\x00WEBPVP8X", 16);
    f.close();
    QByteArray err;
    QCOMPARE(run({QStringLiteral("retime"), junk, dir.filePath(QStringLiteral("o.webp")),
                  QStringLiteral("--speed"), QStringLiteral("1.3")},
                 nullptr, &err),
             1);
    QVERIFY2(err.contains("junk.webp"), err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("o.webp"))));
    QCOMPARE(
        run({QStringLiteral("info"), dir.filePath(QStringLiteral("missing.webp"))}, nullptr, &err),
        1);
    QCOMPARE(run({QStringLiteral("retime"), junk}, nullptr, &err), 2);
    QCOMPARE(
        run({QStringLiteral("retime"), junk, junk, QStringLiteral("--speed"), QStringLiteral("-3")},
            nullptr, &err),
        2);
    QCOMPARE(run({QStringLiteral("frobnicate")}, nullptr, &err), 2);
}

QTEST_GUILESS_MAIN(TestAppAnim)
#include "tst_app_anim.moc"
