// ScheduleCli: argument handling and output for `mechdock schedule preview`.
#include "schedulecli.h"
#include "common/translation.h"

#include "schedulerapi.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace mechdock::scheduler {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::scheduler::ScheduleCli", text);
}

QString isoWithOffset(const QDateTime &local) {
    const int offset = local.offsetFromUtc();
    const int abs = qAbs(offset);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(abs / 3600, 2, 10, QLatin1Char('0'))
               .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ScheduleCli::ScheduleCli(const Clock *clock)
    : m_clock(clock ? clock : &Clock::system()) {}

QString ScheduleCli::usage() {
    return tr("Usage: mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] "
              "[--count N]\n"
              "EXPRESSION: a cron expression (\"30 2 * * 1-5\") or \"daily 07:30\", "
              "\"weekly mon,fri 18:00\", \"monthly 31 02:00\", \"yearly 12-24 20:00\", "
              "\"once 2026-12-24T20:00\".\n");
}

int ScheduleCli::run(const QStringList &argsIn, QTextStream &out, QTextStream &err) {
    QStringList args = argsIn;
    if (!args.isEmpty() && args.first() == QLatin1String("schedule"))
        args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        (args.isEmpty() ? err : out) << usage();
        (args.isEmpty() ? err : out).flush();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() != QLatin1String("preview")) {
        err << tr("error: unknown schedule command \"%1\"").arg(args.first()) << '\n' << usage();
        err.flush();
        return 2;
    }
    args.removeFirst();

    QByteArray zoneId = QTimeZone::systemTimeZoneId();
    QString fromText;
    int count = 5;
    QStringList words;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        const auto option = [&](const QString &name) {
            if (arg == name) {
                if (i + 1 >= args.size())
                    return false;
                value = args.at(++i);
                return true;
            }
            if (arg.startsWith(name + QLatin1Char('='))) {
                value = arg.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (option(QStringLiteral("--tz"))) {
            zoneId = value.toUtf8();
        } else if (option(QStringLiteral("--from"))) {
            fromText = value;
        } else if (option(QStringLiteral("--count"))) {
            bool ok = false;
            count = value.toInt(&ok);
            if (!ok || count < 1 || count > 1000) {
                err << tr("error: --count needs a number from 1 to 1000, got \"%1\"").arg(value)
                    << '\n';
                err.flush();
                return 2;
            }
        } else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            err << tr("error: unknown or incomplete option \"%1\"").arg(arg) << '\n' << usage();
            err.flush();
            return 2;
        } else {
            words.append(arg);
        }
    }
    const QString expression = words.join(QLatin1Char(' '));
    if (expression.trimmed().isEmpty()) {
        err << tr("error: missing EXPRESSION") << '\n' << usage();
        err.flush();
        return 2;
    }
    const QTimeZone zone(zoneId);
    if (!zone.isValid()) {
        err << tr("error: unknown time zone \"%1\"").arg(QString::fromUtf8(zoneId)) << '\n';
        err.flush();
        return 2;
    }
    QDateTime from = m_clock->nowUtc();
    if (!fromText.isEmpty()) {
        from = QDateTime::fromString(fromText, Qt::ISODate);
        if (!from.isValid()) {
            err << tr("error: --from \"%1\" is not an ISO 8601 time such as "
                      "2026-03-29T01:30:00+01:00")
                       .arg(fromText)
                << '\n';
            err.flush();
            return 2;
        }
        if (from.timeSpec() == Qt::LocalTime) // no offset given: a wall time in --tz
            from = QDateTime(from.date(), from.time(), zone);
        from = from.toUTC();
    }
    const PreviewResult preview = SchedulerApi::preview(expression, zoneId, from, count);
    if (!preview.ok) {
        err << tr("error: %1").arg(preview.message) << '\n';
        if (preview.error.position > 0) {
            // Point at the offending spot under the expression.
            err << "  " << expression << '\n'
                << "  " << QString(preview.error.position - 1, QLatin1Char(' '))
                << QString(qMax<qsizetype>(1, preview.error.text.size()), QLatin1Char('^')) << '\n';
        }
        err.flush();
        return 2;
    }
    if (preview.never) {
        err << tr("\"%1\" never runs after %2")
                   .arg(preview.normalized, isoWithOffset(from.toTimeZone(zone)))
            << '\n';
        err.flush();
        return 1;
    }
    for (const QDateTime &run : preview.runs)
        out << isoWithOffset(run) << '\n';
    out.flush();
    return 0;
}

} // namespace mechdock::scheduler
