// Animated WebP benchmark: for each shared DDC animation, side by side in one run,
//   retime: Mechdock's in-place duration rewrite (in-process, median of many runs),
//           `webpmux -duration` (libwebp's tool, timed as a process), and the Pillow way of
//           seed 000 (decode all frames to RGBA, save again with DDC's save parameters);
//   resize: Mechdock's frame-by-frame transcoder (half width) and Pillow (resize every frame).
// Peak RSS increase: Mechdock in a child process (this binary re-run with --child: VmHWM after
// minus before the operation, after a warm-up run), webpmux through GNU time (its peak minus that
// of `webpmux -version`), Pillow inside the script the same way as Mechdock. Prints one table
// and the targets.
#include "mech/animationinfo.h"
#include "mech/animationretimer.h"
#include "mech/animationtranscoder.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <webp/decode.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace mechdock;

namespace {

constexpr double kSpeed = 1.3;
constexpr int kRetimeRuns = 2000;
constexpr int kResizeRuns = 3;
constexpr int kProcessRuns = 5;

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Reads VmHWM with a stack buffer and plain system calls: no heap use that would itself
// fault in pages during the measurement.
qint64 vmHwmKb() {
    char buf[8192];
    const int fd = open("/proc/self/status", O_RDONLY);
    if (fd < 0)
        return -1;
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    const char *line = std::strstr(buf, "VmHWM:");
    return line ? std::strtoll(line + 6, nullptr, 10) : -1;
}

// Linux: writing 5 to clear_refs sets VmHWM back to the current RSS.
void resetPeak() {
    const int fd = open("/proc/self/clear_refs", O_WRONLY);
    if (fd >= 0) {
        if (write(fd, "5", 1) != 1)
            std::fprintf(stderr, "cannot reset the peak RSS\n");
        close(fd);
    }
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Child mode: one operation, report the growth of the peak RSS.
int child(const QString &mode, const QString &path, double param) {
    const QByteArray input = readAll(path);
    auto run = [&] {
        return mode == QLatin1String("retime")
                   ? mech::AnimationRetimer::retime(input, param)
                   : mech::AnimationTranscoder::resize(input, int(param));
    };
    // A first run faults in code pages (64 KiB at a time), which says nothing about the
    // operation's memory; then freed memory goes back to the system and the peak is reset, so
    // the measured run has to fault in every page it needs again.
    run();
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    resetPeak();
    const qint64 before = vmHwmKb();
    const mech::WebpResult r = run();
    const qint64 after = vmHwmKb();
    std::printf("rss_kb=%lld bytes=%lld ok=%d\n", after - before, qint64(r.data.size()),
                r.ok ? 1 : 0);
    return r.ok ? 0 : 1;
}

struct Measure {
    double ms = -1;
    qint64 rssKb = -1;
    qint64 bytes = -1;
    int runs = 0;
};

qint64 field(const QString &text, const char *name) {
    const QRegularExpression re(QStringLiteral("%1=([0-9.]+)").arg(QLatin1String(name)));
    const auto m = re.match(text);
    return m.hasMatch() ? qint64(m.captured(1).toDouble()) : -1;
}

double fieldDouble(const QString &text, const char *name) {
    const QRegularExpression re(QStringLiteral("%1=([0-9.]+)").arg(QLatin1String(name)));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

QString runCapture(const QString &program, const QStringList &args, bool stderrToo = false) {
    QProcess p;
    if (stderrToo)
        p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

Measure mechdockChildRss(const QString &mode, const QString &path, double param) {
    std::vector<double> rss;
    Measure m;
    for (int i = 0; i < kProcessRuns; ++i) {
        const QString out =
            runCapture(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--child"), mode, path, QString::number(param, 'g', 10)});
        rss.push_back(double(field(out, "rss_kb")));
        m.bytes = field(out, "bytes");
    }
    m.rssKb = qint64(median(rss));
    return m;
}

// Runs a process directly (no shell), returning wall ms and its own peak RSS (KiB).
bool spawn(const std::vector<std::string> &argv, double *ms, long *maxRssKb) {
    QElapsedTimer t;
    t.start();
    std::fflush(stdout); // the child must not write our buffered table again
    std::fflush(stderr);
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        freopen("/dev/null", "w", stdout);
        freopen("/dev/null", "w", stderr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return false;
    *ms = double(t.nsecsElapsed()) / 1e6;
    *maxRssKb = usage.ru_maxrss;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

Measure webpmux(const QString &path, int duration, const QString &outPath) {
    Measure m;
    std::vector<double> times;
    std::vector<double> rss;
    std::vector<double> base;
    for (int i = 0; i < kProcessRuns; ++i) {
        double ms = 0;
        long kb = 0;
        if (!spawn({"webpmux", "-duration", std::to_string(duration), path.toStdString(), "-o",
                    outPath.toStdString()},
                   &ms, &kb))
            return m;
        times.push_back(ms);
        // A forked child inherits this process's peak in ru_maxrss, so the peak comes from
        // GNU time, a small launcher: webpmux's own peak minus that of `webpmux -version`.
        rss.push_back(double(
            field(runCapture(QStringLiteral("/usr/bin/time"),
                             {QStringLiteral("-f"), QStringLiteral("maxrss=%M"),
                              QStringLiteral("webpmux"), QStringLiteral("-duration"),
                              QString::number(duration), path, QStringLiteral("-o"), outPath},
                             true),
                  "maxrss")));
        base.push_back(
            double(field(runCapture(QStringLiteral("/usr/bin/time"),
                                    {QStringLiteral("-f"), QStringLiteral("maxrss=%M"),
                                     QStringLiteral("webpmux"), QStringLiteral("-version")},
                                    true),
                         "maxrss")));
    }
    m.ms = median(times);
    m.rssKb = qint64(median(rss) - median(base));
    m.bytes = QFileInfo(outPath).size();
    m.runs = kProcessRuns;
    return m;
}

QString python() {
    // Debian's python3-pil lives with the system interpreter.
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

Measure pillow(const QString &mode, const QString &path, double param, int runs) {
    Measure m;
    const QString script = test::sourceDir() + QStringLiteral("/tests/bench/pillow_retime.py");
    const QString out =
        runCapture(python(), {script, mode, path, QString::number(param), QString::number(runs)});
    if (out.isEmpty())
        return m;
    m.ms = fieldDouble(out, "ms");
    m.rssKb = field(out, "rss_kb");
    m.bytes = field(out, "bytes");
    m.runs = int(field(out, "runs"));
    return m;
}

QString cpuModel() {
    for (const QByteArray &line : readAll(QStringLiteral("/proc/cpuinfo")).split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

void row(const QString &file, qint64 bytes, const char *op, const char *tool, const Measure &m,
         double pillowMs) {
    const QString ratio = m.ms > 0 && pillowMs > 0
                              ? QString::number(pillowMs / m.ms, 'f', pillowMs / m.ms < 10 ? 1 : 0)
                              : QStringLiteral("-");
    std::printf("%-30s %8lld  %-6s %-16s %10.3f %5d %10lld %9lld %9s\n", qPrintable(file), bytes,
                op, tool, m.ms, m.runs, m.rssKb, m.bytes, qPrintable(ratio));
}

} // namespace

int main(int argc, char **argv) {
    if (argc == 5 && qstrcmp(argv[1], "--child") == 0)
        return child(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                     QString::fromLocal8Bit(argv[4]).toDouble());
    QCoreApplication app(argc, argv);
    const QDir dir(test::ddcMechDir());
    const QStringList files = test::ddcMechFiles();
    for (const QString &name : files) {
        if (!dir.exists(name)) {
            std::fprintf(stderr, "missing test file %s\n", qPrintable(dir.filePath(name)));
            return 1;
        }
    }
    QTemporaryDir tmp;
    const QString pillowVersion =
        runCapture(python(), {QStringLiteral("-c"),
                              QStringLiteral("import PIL; print(PIL.__version__, end='')")});
    const int webpVersion = WebPGetDecoderVersion();
    std::printf("Machine: %ld cores, %s; libwebp %d.%d.%d, Pillow %s; speed %.2f, resize to half "
                "width\n",
                sysconf(_SC_NPROCESSORS_ONLN), qPrintable(cpuModel()), webpVersion >> 16,
                (webpVersion >> 8) & 0xff, webpVersion & 0xff,
                pillowVersion.isEmpty() ? "missing" : qPrintable(pillowVersion), kSpeed);
    std::printf("Median of runs; RSS = peak RSS increase of the operation (KiB); x = Pillow's "
                "time / this time\n\n");
    std::printf("%-30s %8s  %-6s %-16s %10s %5s %10s %9s %9s\n", "file", "bytes", "op", "tool",
                "ms", "runs", "RSS KiB", "out bytes", "x faster");

    bool targetsMet = true;
    QStringList notes;
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const QByteArray input = readAll(path);
        mech::AnimationInfo info;
        QString error;
        if (!mech::AnimationInspector::inspect(input, &info, &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(error));
            return 1;
        }

        // Retime: in-process timing of many runs.
        Measure retime;
        std::vector<double> times;
        for (int i = 0; i < kRetimeRuns; ++i) {
            QElapsedTimer t;
            t.start();
            const mech::WebpResult r = mech::AnimationRetimer::retime(input, kSpeed);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            retime.bytes = r.data.size();
        }
        retime.ms = median(times);
        retime.runs = kRetimeRuns;
        retime.rssKb = mechdockChildRss(QStringLiteral("retime"), path, kSpeed).rssKb;
        const int newDuration =
            mech::AnimationRetimer::retimedDuration(info.durationsMs.value(0), kSpeed);
        const Measure mux = webpmux(path, newDuration, tmp.filePath(QStringLiteral("mux.webp")));
        const Measure pilRetime = pillow(QStringLiteral("retime"), path, kSpeed, 3);

        const int width = info.width / 2;
        Measure resize;
        times.clear();
        for (int i = 0; i < kResizeRuns; ++i) {
            QElapsedTimer t;
            t.start();
            const mech::WebpResult r = mech::AnimationTranscoder::resize(input, width);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            resize.bytes = r.data.size();
        }
        resize.ms = median(times);
        resize.runs = kResizeRuns;
        resize.rssKb = mechdockChildRss(QStringLiteral("resize"), path, width).rssKb;
        const Measure pilResize = pillow(QStringLiteral("resize"), path, width, 3);

        row(name, input.size(), "retime", "Mechdock", retime, pilRetime.ms);
        row(name, input.size(), "retime", "webpmux", mux, pilRetime.ms);
        row(name, input.size(), "retime", "Pillow (seed)", pilRetime, pilRetime.ms);
        row(name, input.size(), "resize", "Mechdock", resize, pilResize.ms);
        row(name, input.size(), "resize", "Pillow", pilResize, pilResize.ms);

        const double speedup = pilRetime.ms / retime.ms;
        const bool retimeFast = speedup >= 200;
        const bool retimeSmall = retime.rssKb * 1024 < 3 * input.size();
        const bool resizeSmall = pilResize.rssKb > 0 && resize.rssKb * 4 < pilResize.rssKb;
        targetsMet = targetsMet && retimeFast && retimeSmall && resizeSmall;
        notes << QStringLiteral("%1: retime %2x faster than Pillow (>= 200: %3), RSS +%4 KiB vs "
                                "3x file %5 KiB (%6); resize RSS %7 vs Pillow/4 %8 KiB (%9)")
                     .arg(name)
                     .arg(speedup, 0, 'f', 0)
                     .arg(retimeFast ? QStringLiteral("met") : QStringLiteral("MISSED"))
                     .arg(retime.rssKb)
                     .arg(3 * input.size() / 1024)
                     .arg(retimeSmall ? QStringLiteral("met") : QStringLiteral("MISSED"))
                     .arg(resize.rssKb)
                     .arg(pilResize.rssKb / 4)
                     .arg(resizeSmall ? QStringLiteral("met") : QStringLiteral("MISSED"));
    }
    std::printf("\nTargets:\n");
    for (const QString &n : notes)
        std::printf("  %s\n", qPrintable(n));
    std::printf("%s\n", targetsMet ? "all targets met" : "SOME TARGETS MISSED");
    return 0;
}
