// Next-run computation against python3-croniter: 12,000 seeded random cron expressions and
// start instants in eight zones (a third of them within hours of a DST transition), three
// chained runs each, checked by ONE run of tests/unit/scheduler/croniter_oracle.py.
//
// Differences by design, handled in the oracle (and covered by explicit tests in
// tst_scheduler_nextrun.cpp rather than skipped):
// - DST: croniter 1.3.5's time-zone mode returns non-existent times in a gap and shifts runs
//   after a fall-back day; the oracle runs croniter on naive wall-clock time and maps minutes
//   to instants with zoneinfo using Mechdock's rules (gap -> the jump instant, repeated time ->
//   first occurrence only).
// - Day rule: croniter OR-s day-of-month and day-of-week whenever neither is exactly '*';
//   Vixie cron (and Mechdock) treat a field starting with '*' (e.g. "*/2") as unrestricted and
//   AND the two. The oracle passes day_or accordingly.
// - croniter search quirks (day-of-month steps across February, an impossible day-of-month
//   under the OR rule): when croniter disagrees, the oracle also walks every day over
//   croniter's own parsed field sets; a case counts as a croniter quirk only when that walk
//   agrees with Mechdock, and each kind has an explicit test. Anything else fails.
#include "scheduler/cronexpression.h"
#include "scheduler/nextruncalculator.h"
#include "scheduler/schedulespec.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <random>

using namespace mechdock::scheduler;

namespace {

struct Case {
    int id = 0;
    QByteArray zone;
    QString expression;
    qint64 start = 0;
    QList<qint64> ours;
    bool oursNever = false;
};

class Generator {
public:
    explicit Generator(quint32 seed)
        : m_rng(seed) {}

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

    // A value, biased towards the hours and minutes where DST transitions happen.
    int value(int field, int lo, int hi) {
        if (field == CronExpression::Hour && uniform(0, 1) == 0)
            return uniform(0, 3);
        if (field == CronExpression::Minute && uniform(0, 1) == 0)
            return uniform(0, 3) * 15;
        return uniform(lo, hi);
    }

    QString valueText(int field, int v) {
        static const char *const months[] = {"jan", "FEB", "Mar", "apr", "MAY", "jun",
                                             "Jul", "aug", "SEP", "oct", "Nov", "DEC"};
        static const char *const days[] = {"sun", "MON", "Tue", "wed", "THU", "fri", "Sat"};
        if (field == CronExpression::Month && uniform(0, 3) == 0)
            return QString::fromLatin1(months[v - 1]);
        if (field == CronExpression::DayOfWeek && v <= 6 && uniform(0, 3) == 0)
            return QString::fromLatin1(days[v]);
        return QString::number(v);
    }

    QString element(int field, int lo, int hi) {
        const int span = hi - lo + 1;
        switch (uniform(0, 5)) {
        case 0:
            return QStringLiteral("*/%1").arg(uniform(1, qMax(1, span / 2)));
        case 1: {
            int a = value(field, lo, hi);
            int b = value(field, lo, hi);
            if (a > b)
                std::swap(a, b);
            QString range = valueText(field, a) + QLatin1Char('-') + valueText(field, b);
            if (uniform(0, 2) == 0)
                range += QStringLiteral("/%1").arg(uniform(1, qMax(1, span / 3)));
            return range;
        }
        case 2:
            return QString::number(value(field, lo, hi)) +
                   QStringLiteral("/%1").arg(uniform(1, qMax(1, span / 3)));
        default:
            return valueText(field, value(field, lo, hi));
        }
    }

    QString field(int field) {
        static const int lo[] = {0, 0, 1, 1, 0};
        static const int hi[] = {59, 23, 31, 12, 7};
        // Day and month fields are usually '*', otherwise most expressions would be rare.
        static const int starPercent[] = {15, 20, 60, 70, 65};
        if (uniform(0, 99) < starPercent[field])
            return QStringLiteral("*");
        const int items = uniform(0, 3) == 0 ? uniform(2, 3) : 1;
        QStringList parts;
        for (int i = 0; i < items; ++i)
            parts.append(element(field, lo[field], hi[field]));
        return parts.join(QLatin1Char(','));
    }

    QString expression() {
        QStringList f;
        for (int i = 0; i < CronExpression::FieldCount; ++i)
            f.append(field(i));
        return f.join(QLatin1Char(' '));
    }

    std::mt19937 m_rng;
};

QString findPython() {
    QStringList candidates;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates.append(onPath);
    candidates.append(QStringLiteral("/usr/bin/python3"));
    for (const QString &python : candidates) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import croniter")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return QString();
}

QString encode(const QList<qint64> &runs) {
    if (runs.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (qint64 v : runs)
        parts.append(QString::number(v));
    return parts.join(QLatin1Char(','));
}

QList<qint64> decode(const QByteArray &text) {
    QList<qint64> runs;
    if (text == "none")
        return runs;
    for (const QByteArray &v : text.split(','))
        runs.append(v.toLongLong());
    return runs;
}

QString iso(qint64 secs, const QTimeZone &zone) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toTimeZone(zone).toString(Qt::ISODate);
}

} // namespace

class TestSchedulerCroniter : public QObject {
    Q_OBJECT
private slots:
    void agreesWithCroniter();
};

void TestSchedulerCroniter::agreesWithCroniter() {
    const QString python = findPython();
    if (python.isEmpty()) {
        if (mechdock::test::isCi())
            QFAIL("python3 with the croniter module (Debian: python3-croniter) is required "
                  "under CI=true");
        QSKIP("python3-croniter is not installed");
    }
    const QString oracle =
        mechdock::test::sourceDir() + QStringLiteral("/tests/unit/scheduler/croniter_oracle.py");
    QVERIFY2(QFile::exists(oracle), qPrintable(oracle));

    const QList<QByteArray> zones = {
        "UTC",          "Europe/Berlin",     "America/New_York", "Australia/Lord_Howe",
        "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham",  "America/St_Johns"};
    constexpr int kCases = 12000;
    constexpr int kRunsPerCase = 3;
    Generator gen(20260329u);
    QElapsedTimer computeTimer;
    computeTimer.start();
    qint64 computed = 0;
    int runsFromGaps = 0;
    int startsInRepeatedHour = 0;
    QList<Case> cases;
    cases.reserve(kCases);
    int nearTransition = 0;
    for (int i = 0; i < kCases; ++i) {
        Case c;
        c.id = i;
        c.zone = zones.at(gen.uniform(0, int(zones.size()) - 1));
        const QTimeZone zone(c.zone);
        QVERIFY2(zone.isValid(), c.zone.constData());
        c.expression = gen.expression();
        // Start instants between 1995 and 2045; a third near a DST transition.
        const qint64 y1995 = 788918400;
        qint64 start = y1995 + qint64(gen.uniform(0, 50 * 365)) * 86400 + gen.uniform(0, 86399);
        if (gen.uniform(0, 2) == 0) {
            const QDateTime from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
            const auto transitions = zone.transitions(from, from.addYears(1));
            if (!transitions.isEmpty()) {
                const auto &t = transitions.at(gen.uniform(0, int(transitions.size()) - 1));
                start = t.atUtc.toSecsSinceEpoch() + gen.uniform(-3 * 3600, 3 * 3600);
                ++nearTransition;
            }
        }
        c.start = start;
        const CronParseResult parsed = CronExpression::parse(c.expression);
        QVERIFY2(parsed.ok(),
                 qPrintable(c.expression + QStringLiteral(": ") + parsed.error.message()));
        const SpecParseResult spec = ScheduleSpec::cron(c.expression);
        QVERIFY2(spec.ok(), qPrintable(spec.error.message()));
        QDateTime after = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        {
            // Started inside the second pass of a repeated hour?
            const QDateTime local = after.toTimeZone(zone);
            const QDateTime first = NextRunCalculator::localToUtc(
                zone, local.date(), local.time().hour() * 60 + local.time().minute());
            if (first.toSecsSinceEpoch() + 60 <= start)
                ++startsInRepeatedHour;
        }
        for (int r = 0; r < kRunsPerCase; ++r) {
            const auto next = NextRunCalculator::next(*spec.spec, zone, after);
            if (!next) {
                c.oursNever = true;
                break;
            }
            ++computed;
            {
                // A run whose wall time the expression does not match came from a DST gap.
                const QTime t = next->toTimeZone(zone).time();
                const CronExpression &m = *parsed.expression;
                if (!((m.bits(CronExpression::Hour) >> t.hour()) & 1) ||
                    !((m.bits(CronExpression::Minute) >> t.minute()) & 1))
                    ++runsFromGaps;
            }
            c.ours.append(next->toSecsSinceEpoch());
            after = *next;
        }
        cases.append(c);
    }
    // The DST rules must actually be exercised by the comparison.
    qInfo("%d runs mapped from a DST gap, %d starts inside a repeated hour", runsFromGaps,
          startsInRepeatedHour);
    QVERIFY(runsFromGaps >= 50);
    QVERIFY(startsInRepeatedHour >= 50);
    // Informational only (speed is for benchmarks): generation, parsing and next runs.
    qInfo("%d cases, %d near a DST transition; %lld next runs computed in %lld ms", kCases,
          nearTransition, computed, computeTimer.elapsed());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("cases.tsv"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        QTextStream out(&file);
        for (const Case &c : cases)
            out << c.id << '\t' << QString::fromLatin1(c.zone) << '\t' << c.expression << '\t'
                << c.start << '\t' << kRunsPerCase << '\t' << encode(c.ours) << '\n';
    }
    QProcess process;
    process.start(python, {oracle, input});
    QVERIFY2(process.waitForFinished(500000), "croniter oracle did not finish");
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             errors.constData());
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');

    int compared = 0;
    int disagreements = 0;
    int quirks = 0;
    int nevers = 0;
    const auto describe = [&](const Case &c, const QList<qint64> &theirs, const char *label) {
        const QTimeZone zone(c.zone);
        QStringList o;
        QStringList t;
        for (qint64 v : c.ours)
            o.append(iso(v, zone));
        for (qint64 v : theirs)
            t.append(iso(v, zone));
        return QStringLiteral("case %1: \"%2\" in %3 after %4 (%5)\n  ours:     %6\n  %7: %8")
            .arg(c.id)
            .arg(c.expression, QString::fromLatin1(c.zone), iso(c.start, zone),
                 QDateTime::fromSecsSinceEpoch(c.start, Qt::UTC).toString(Qt::ISODate),
                 o.join(QStringLiteral(", ")), QString::fromLatin1(label),
                 t.join(QStringLiteral(", ")));
    };
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split('\t');
        QCOMPARE(parts.size(), 3);
        const int id = parts.at(0).toInt();
        QVERIFY(id >= 0 && id < cases.size());
        const Case &c = cases.at(id);
        const QList<qint64> theirs = decode(parts.at(1));
        if (c.oursNever)
            ++nevers;
        ++compared;
        if (theirs == c.ours)
            continue;
        // croniter disagrees: an exhaustive walk over croniter's own field sets decides.
        // Known croniter 1.3.5 quirks this confirms (explicit tests in tst_scheduler_nextrun):
        // - day-of-month steps (*/3, */10) skip day 1 of the month after February;
        // - with the OR rule, a day-of-month that never exists (30 in February) makes croniter
        //   give up although the weekday branch matches.
        if (parts.at(2) != "-" && decode(parts.at(2)) == c.ours) {
            if (++quirks <= 10)
                qInfo().noquote() << describe(c, theirs,
                                              "croniter (quirk, exhaustive walk "
                                              "agrees with ours)");
            continue;
        }
        if (++disagreements <= 20)
            qWarning().noquote() << describe(c, theirs, "croniter");
    }
    qInfo("compared %d cases x %d runs (%d end in \"never\"): %d croniter quirks confirmed by "
          "exhaustive walk, %d disagreements",
          compared, kRunsPerCase, nevers, quirks, disagreements);
    QCOMPARE(compared, kCases);
    QCOMPARE(disagreements, 0);
    // Quirks must stay rare; many would mean the walk, not croniter, is deciding.
    QVERIFY2(quirks * 100 < kCases, "too many croniter disagreements");
}

QTEST_GUILESS_MAIN(TestSchedulerCroniter)
#include "tst_scheduler_croniter.moc"
