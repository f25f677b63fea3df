// The GUI thread's event-loop probe: its statistics from known delays, its bounded window, a
// real measurement that sees a blocked GUI thread, and the delay the panel sees while a real
// service is kept busy on its own thread (printed, not asserted: speed is not a unit-test
// property).
#include "eventloopprobe.h"
#include "mainwindow.h"

#include "logging/loghandler.h"
#include "monitor/operationmetrics.h"
#include "service/servicehost.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace mechdock;

class TestGuiEventLoopProbe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // To stderr: the measured delay is printed for whoever runs the test.
        logging::LogOptions options;
        options.toStderr = true;
        logging::LogHandler::install(options);
    }

    void statisticsFromKnownDelays() {
        ui::EventLoopProbe probe(nullptr, 100, 1000);
        QCOMPARE(probe.stats().samples, 0);
        QCOMPARE(probe.stats().maxMs, 0.0);
        // 1..200 ms in a shuffled order: order must not matter.
        for (int i = 0; i < 200; ++i)
            probe.record(double((i * 37) % 200 + 1));
        const ui::EventLoopStats st = probe.stats();
        QCOMPARE(st.samples, 200);
        QCOMPARE(st.p50Ms, 100.0);
        QCOMPARE(st.p99Ms, 198.0);
        QCOMPARE(st.maxMs, 200.0);
        probe.reset();
        QCOMPARE(probe.stats().samples, 0);
        probe.record(7.5);
        QCOMPARE(probe.stats().p50Ms, 7.5);
        QCOMPARE(probe.stats().p99Ms, 7.5);
    }

    void windowIsBounded() {
        ui::EventLoopProbe probe(nullptr, 100, 10);
        for (int i = 0; i < 25; ++i)
            probe.record(i < 15 ? 1000.0 : 1.0);
        // Only the last ten (all 1 ms) count; the old spikes have left the window.
        QCOMPARE(probe.stats().samples, 10);
        QCOMPARE(probe.stats().maxMs, 1.0);
    }

    void seesABlockedGuiThread() {
        ui::EventLoopProbe probe(nullptr, 20, 100);
        QSignalSpy measured(&probe, &ui::EventLoopProbe::measured);
        probe.start();
        QVERIFY(measured.wait(2000));
        // Blocking the thread for 150 ms makes the next tick at least 130 ms late, however
        // fast or slow the machine is.
        QElapsedTimer block;
        block.start();
        while (block.elapsed() < 150) {
        }
        QVERIFY(measured.wait(2000));
        probe.stop();
        QVERIFY2(probe.stats().maxMs >= 130.0, qPrintable(QString::number(probe.stats().maxMs)));
        QVERIFY(!probe.isRunning());
    }

    void guiDelayWhileTheServiceIsBusy() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        config::Settings settings;
        settings.http.listen.clear(); // no health port: tests run side by side
        service::ServiceHost host(
            settings,
            service::ServiceOptions{dir.filePath(QStringLiteral("settings.json")), dir.path(), {}});
        ui::MainWindow window(dir.filePath(QStringLiteral("settings.json")));
        QObject::connect(&host, &service::ServiceHost::snapshotReady, &window,
                         &ui::MainWindow::applySnapshot);
        QSignalSpy snapshots(&window, &ui::MainWindow::snapshotApplied);
        window.show();
        host.start();
        QVERIFY(snapshots.wait(10000));

        // Keep the service thread busy for about three seconds: snapshots and metrics. The GUI
        // measures its own delay meanwhile, until the busy work says it is done.
        ui::EventLoopProbe *probe = window.eventLoopProbe();
        probe->reset();
        auto busyDone = std::make_shared<std::atomic<bool>>(false);
        host.post([busyDone](service::BotService &s) {
            QElapsedTimer busy;
            busy.start();
            int i = 0;
            while (busy.elapsed() < 3000) {
                const service::ServiceSnapshot snapshot = s.snapshot();
                monitor::OperationMetrics::global().record(
                    QStringLiteral("test.busy%1").arg(i++ % 50), double(snapshot.caches.size()),
                    true);
            }
            *busyDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(busyDone->load(), 30000);
        const ui::EventLoopStats st = probe->stats();
        qInfo("GUI event-loop delay while the service is busy: %d samples, p50 %.2f ms, "
              "p99 %.2f ms, max %.2f ms; %d snapshots applied",
              st.samples, st.p50Ms, st.p99Ms, st.maxMs, int(snapshots.count()));
        QVERIFY(st.samples > 0);
        QVERIFY(host.stop(8000));
    }
};

QTEST_MAIN(TestGuiEventLoopProbe)
#include "tst_gui_eventloopprobe.moc"
