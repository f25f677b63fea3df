// ScheduleSpec parsing of the calendar forms and cron expressions.
#include "schedulespec.h"
#include "common/translation.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace mechdock::scheduler {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::scheduler::ScheduleSpec", text);
}

struct Token {
    int position; // 1-based
    QString text;
};

QList<Token> tokenize(const QString &text) {
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        int start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        tokens.append({start + 1, text.mid(start, i - start)});
    }
    return tokens;
}

SpecParseResult failure(const QString &field, int position, const QString &text,
                        const QString &reason) {
    SpecParseResult result;
    result.error.field = field;
    result.error.position = position;
    result.error.text = text;
    result.error.reason = reason;
    return result;
}

// Strict HH:MM (H:MM accepted), 24-hour.
bool parseTime(const QString &text, QTime *time) {
    const int colon = int(text.indexOf(QLatin1Char(':')));
    if (colon < 1 || colon > 2 || text.size() != colon + 3)
        return false;
    bool okH = false;
    bool okM = false;
    for (const QChar c : text) {
        if (!c.isDigit() && c != QLatin1Char(':'))
            return false;
    }
    const int h = text.left(colon).toInt(&okH);
    const int m = text.mid(colon + 1).toInt(&okM);
    if (!okH || !okM || h > 23 || m > 59)
        return false;
    *time = QTime(h, m);
    return true;
}

QString timeText(const QTime &time) {
    return time.toString(QStringLiteral("HH:mm"));
}

const char *const kWeekdayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// A weekday as 0 (Sunday) to 6; accepts names (3 letters or full), 0-7.
int weekdayValue(const QString &text) {
    const QString lower = text.toLower();
    static const char *const full[] = {"sunday",   "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday"};
    for (int i = 0; i < 7; ++i) {
        if (lower == QLatin1String(kWeekdayNames[i]) || lower == QLatin1String(full[i]))
            return i;
    }
    bool ok = false;
    const int v = lower.toInt(&ok);
    if (ok && v >= 0 && v <= 7 && lower.size() == 1)
        return v % 7;
    return -1;
}

quint64 timeBitsMinute(const QTime &time) {
    return quint64(1) << time.minute();
}

quint64 timeBitsHour(const QTime &time) {
    return quint64(1) << time.hour();
}

constexpr quint64 kAllDom = ((quint64(1) << 32) - 1) & ~quint64(1);    // 1-31
constexpr quint64 kAllMonths = ((quint64(1) << 13) - 1) & ~quint64(1); // 1-12
constexpr quint64 kAllDow = (quint64(1) << 7) - 1;                     // 0-6

} // namespace

QString ScheduleSpec::kindName(Kind kind) {
    switch (kind) {
    case Kind::Once:
        return QStringLiteral("once");
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Weekly:
        return QStringLiteral("weekly");
    case Kind::Monthly:
        return QStringLiteral("monthly");
    case Kind::Yearly:
        return QStringLiteral("yearly");
    case Kind::Cron:
        return QStringLiteral("cron");
    }
    return QString();
}

SpecParseResult ScheduleSpec::parse(const QString &text) {
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return failure(QStringLiteral("expression"), 1, text,
                       tr("empty schedule; expected once, daily, weekly, monthly, yearly or a "
                          "cron expression"));
    const QString keyword = tokens.first().text.toLower();
    const auto expectCount = [&](int count,
                                 const QString &usage) -> std::optional<SpecParseResult> {
        if (tokens.size() < count) {
            const Token &last = tokens.last();
            return failure(QStringLiteral("expression"), last.position + int(last.text.size()),
                           text.trimmed(), tr("incomplete schedule; expected \"%1\"").arg(usage));
        }
        if (tokens.size() > count) {
            const Token &extra = tokens.at(count);
            return failure(tr("extra field"), extra.position, extra.text,
                           tr("unexpected text; expected \"%1\"").arg(usage));
        }
        return std::nullopt;
    };
    const auto readTime = [&](const Token &token, QTime *time) -> std::optional<SpecParseResult> {
        if (!parseTime(token.text, time))
            return failure(QStringLiteral("time"), token.position, token.text,
                           tr("expected a 24-hour time HH:MM"));
        return std::nullopt;
    };

    ScheduleSpec spec;
    if (keyword == QLatin1String("cron")) {
        // Keep positions relative to the whole text.
        const int start = tokens.at(0).position - 1 + int(tokens.at(0).text.size());
        CronParseResult cron = CronExpression::parse(text.mid(start), start);
        if (!cron.ok()) {
            SpecParseResult result;
            result.error = cron.error;
            return result;
        }
        spec.m_kind = Kind::Cron;
        spec.m_matcher = *cron.expression;
        spec.m_text = QStringLiteral("cron ") + cron.expression->toString();
    } else if (keyword == QLatin1String("once")) {
        QString stamp;
        int position = 0;
        if (tokens.size() == 3) {
            stamp = tokens.at(1).text + QLatin1Char('T') + tokens.at(2).text;
            position = tokens.at(1).position;
        } else if (auto bad = expectCount(2, QStringLiteral("once YYYY-MM-DDTHH:MM"))) {
            return *bad;
        } else {
            stamp = tokens.at(1).text;
            position = tokens.at(1).position;
        }
        const int t = int(stamp.indexOf(QLatin1Char('T')));
        const QDate date = QDate::fromString(stamp.left(t), QStringLiteral("yyyy-MM-dd"));
        QTime time;
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (t < 0 || !date.isValid() || !datePattern.match(stamp.left(t)).hasMatch())
            return failure(QStringLiteral("date"), position, stamp.left(t < 0 ? -1 : t),
                           tr("expected a date YYYY-MM-DD"));
        if (!parseTime(stamp.mid(t + 1), &time))
            return failure(QStringLiteral("time"), position + t + 1, stamp.mid(t + 1),
                           tr("expected a 24-hour time HH:MM"));
        spec.m_kind = Kind::Once;
        spec.m_onceDate = date;
        spec.m_onceTime = time;
        spec.m_text = QStringLiteral("once ") + date.toString(Qt::ISODate) + QLatin1Char('T') +
                      timeText(time);
    } else if (keyword == QLatin1String("daily")) {
        if (auto bad = expectCount(2, QStringLiteral("daily HH:MM")))
            return *bad;
        QTime time;
        if (auto bad = readTime(tokens.at(1), &time))
            return *bad;
        spec.m_kind = Kind::Daily;
        spec.m_matcher = CronExpression::fromBits(timeBitsMinute(time), timeBitsHour(time), kAllDom,
                                                  kAllMonths, kAllDow, false, false, QString());
        spec.m_text = QStringLiteral("daily ") + timeText(time);
    } else if (keyword == QLatin1String("weekly")) {
        if (auto bad = expectCount(3, QStringLiteral("weekly mon,fri HH:MM")))
            return *bad;
        const Token &daysToken = tokens.at(1);
        quint64 dow = 0;
        int offset = 0;
        for (const QString &item : daysToken.text.split(QLatin1Char(','))) {
            const int itemPos = daysToken.position + offset;
            offset += int(item.size()) + 1;
            const int dash = int(item.indexOf(QLatin1Char('-')));
            const QString a = dash < 0 ? item : item.left(dash);
            const int from = weekdayValue(a);
            if (from < 0)
                return failure(QStringLiteral("weekday"), itemPos, a,
                               tr("expected a weekday name (mon-sun) or a range like mon-fri"));
            int to = from;
            if (dash >= 0) {
                const QString b = item.mid(dash + 1);
                to = weekdayValue(b);
                if (to < 0)
                    return failure(QStringLiteral("weekday"), itemPos + dash + 1, b,
                                   tr("expected a weekday name (mon-sun)"));
                // Sunday closes a range that starts on a weekday (mon-sun).
                if (to == 0 && from > 0)
                    to = 7;
                if (to < from)
                    return failure(QStringLiteral("weekday"), itemPos, item,
                                   tr("range start is after its end"));
            }
            for (int d = from; d <= to; ++d)
                dow |= quint64(1) << (d % 7);
        }
        QTime time;
        if (auto bad = readTime(tokens.at(2), &time))
            return *bad;
        QStringList names;
        // Canonical order Monday..Sunday.
        for (int i = 1; i <= 7; ++i) {
            if ((dow >> (i % 7)) & 1)
                names.append(QLatin1String(kWeekdayNames[i % 7]));
        }
        spec.m_kind = Kind::Weekly;
        spec.m_matcher = CronExpression::fromBits(timeBitsMinute(time), timeBitsHour(time), kAllDom,
                                                  kAllMonths, dow, false, true, QString());
        spec.m_text = QStringLiteral("weekly ") + names.join(QLatin1Char(',')) + QLatin1Char(' ') +
                      timeText(time);
    } else if (keyword == QLatin1String("monthly")) {
        if (auto bad = expectCount(3, QStringLiteral("monthly DAY HH:MM")))
            return *bad;
        bool ok = false;
        const int day = tokens.at(1).text.toInt(&ok);
        if (!ok || day < 1 || day > 31)
            return failure(QStringLiteral("day"), tokens.at(1).position, tokens.at(1).text,
                           tr("expected a day of the month 1-31"));
        QTime time;
        if (auto bad = readTime(tokens.at(2), &time))
            return *bad;
        spec.m_kind = Kind::Monthly;
        spec.m_matcher =
            CronExpression::fromBits(timeBitsMinute(time), timeBitsHour(time), quint64(1) << day,
                                     kAllMonths, kAllDow, true, false, QString(), true);
        spec.m_text = QStringLiteral("monthly %1 ").arg(day) + timeText(time);
    } else if (keyword == QLatin1String("yearly")) {
        if (auto bad = expectCount(3, QStringLiteral("yearly MM-DD HH:MM")))
            return *bad;
        const Token &md = tokens.at(1);
        const QStringList parts = md.text.split(QLatin1Char('-'));
        bool okM = false;
        bool okD = false;
        const int month = parts.size() == 2 ? parts.at(0).toInt(&okM) : 0;
        const int day = parts.size() == 2 ? parts.at(1).toInt(&okD) : 0;
        if (!okM || month < 1 || month > 12)
            return failure(QStringLiteral("month"), md.position, md.text,
                           tr("expected MM-DD with a month 01-12"));
        // Day limits use a leap year so that 02-29 is accepted.
        if (!okD || day < 1 || day > QDate(2024, month, 1).daysInMonth())
            return failure(QStringLiteral("day"), md.position + int(parts.at(0).size()) + 1,
                           parts.at(1), tr("this month has no such day"));
        QTime time;
        if (auto bad = readTime(tokens.at(2), &time))
            return *bad;
        spec.m_kind = Kind::Yearly;
        spec.m_matcher =
            CronExpression::fromBits(timeBitsMinute(time), timeBitsHour(time), quint64(1) << day,
                                     quint64(1) << month, kAllDow, true, false, QString(), true);
        spec.m_text = QStringLiteral("yearly %1-%2 ")
                          .arg(month, 2, 10, QLatin1Char('0'))
                          .arg(day, 2, 10, QLatin1Char('0')) +
                      timeText(time);
    } else {
        const QChar first = keyword.at(0);
        if (!first.isDigit() && first != QLatin1Char('*'))
            return failure(QStringLiteral("kind"), tokens.first().position, tokens.first().text,
                           tr("unknown schedule kind; expected once, daily, weekly, monthly, "
                              "yearly, cron or a cron expression"));
        CronParseResult cron = CronExpression::parse(text);
        if (!cron.ok()) {
            SpecParseResult result;
            result.error = cron.error;
            return result;
        }
        spec.m_kind = Kind::Cron;
        spec.m_matcher = *cron.expression;
        spec.m_text = QStringLiteral("cron ") + cron.expression->toString();
    }
    SpecParseResult result;
    result.spec = spec;
    return result;
}

SpecParseResult ScheduleSpec::once(const QDate &date, const QTime &time) {
    return parse(QStringLiteral("once ") + date.toString(Qt::ISODate) + QLatin1Char('T') +
                 timeText(time));
}

SpecParseResult ScheduleSpec::daily(const QTime &time) {
    return parse(QStringLiteral("daily ") + timeText(time));
}

SpecParseResult ScheduleSpec::weekly(const QList<int> &weekdays, const QTime &time) {
    QStringList names;
    for (int d : weekdays)
        names.append(d >= 1 && d <= 7 ? QLatin1String(kWeekdayNames[d % 7]) : QString::number(d));
    if (names.isEmpty())
        return failure(QStringLiteral("weekday"), 0, QString(), tr("no weekday selected"));
    return parse(QStringLiteral("weekly ") + names.join(QLatin1Char(',')) + QLatin1Char(' ') +
                 timeText(time));
}

SpecParseResult ScheduleSpec::monthly(int day, const QTime &time) {
    return parse(QStringLiteral("monthly %1 ").arg(day) + timeText(time));
}

SpecParseResult ScheduleSpec::yearly(int month, int day, const QTime &time) {
    return parse(QStringLiteral("yearly %1-%2 ")
                     .arg(month, 2, 10, QLatin1Char('0'))
                     .arg(day, 2, 10, QLatin1Char('0')) +
                 timeText(time));
}

SpecParseResult ScheduleSpec::cron(const QString &expression) {
    return parse(QStringLiteral("cron ") + expression);
}

} // namespace mechdock::scheduler
