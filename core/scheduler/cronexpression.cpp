// CronExpression parsing and day matching.
#include "cronexpression.h"
#include "common/translation.h"

#include <QStringList>

namespace mechdock::scheduler {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::scheduler::CronExpression", text);
}

struct FieldSpec {
    int min;
    int max;
};

// Day-of-week accepts 7 as a second Sunday, so its parse range is 0-7.
constexpr FieldSpec kSpecs[CronExpression::FieldCount] = {
    {0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};

const char *const kMonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                   "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const kDayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

class FieldParser {
public:
    FieldParser(CronExpression::Field field, const QString &text, int position)
        : m_field(field)
        , m_text(text)
        , m_position(position) {}

    bool parse(quint64 *bits, ScheduleError *error) {
        *bits = 0;
        int start = 0;
        while (true) {
            int comma = m_text.indexOf(QLatin1Char(','), start);
            int end = comma < 0 ? int(m_text.size()) : comma;
            if (!parseElement(start, end, bits, error))
                return false;
            if (comma < 0)
                break;
            start = comma + 1;
        }
        return true;
    }

private:
    bool fail(ScheduleError *error, int at, const QString &text, const QString &reason) const {
        error->field = CronExpression::fieldName(m_field);
        error->position = m_position + at;
        error->text = text;
        error->reason = reason;
        return false;
    }

    // Parses a number or a name; advances *pos.
    bool parseValue(int *pos, int end, int *value, ScheduleError *error) const {
        const FieldSpec spec = kSpecs[m_field];
        int begin = *pos;
        if (begin < end && m_text.at(begin).isDigit()) {
            int v = 0;
            int p = begin;
            while (p < end && m_text.at(p).isDigit()) {
                if (v < 1000)
                    v = v * 10 + m_text.at(p).digitValue();
                ++p;
            }
            *pos = p;
            if (v < spec.min || v > spec.max)
                return fail(error, begin, m_text.mid(begin, p - begin),
                            tr("value out of range %1-%2")
                                .arg(spec.min)
                                .arg(m_field == CronExpression::DayOfWeek ? 7 : spec.max));
            *value = v;
            return true;
        }
        int p = begin;
        while (p < end && m_text.at(p).isLetter())
            ++p;
        if (p == begin) {
            if (begin >= end)
                return fail(error, begin, m_text, tr("missing value"));
            return fail(error, begin, QString(m_text.at(begin)), tr("unexpected character"));
        }
        const QString name = m_text.mid(begin, p - begin).toUpper();
        *pos = p;
        if (m_field == CronExpression::Month) {
            for (int i = 0; i < 12; ++i) {
                if (name == QLatin1String(kMonthNames[i])) {
                    *value = i + 1;
                    return true;
                }
            }
            return fail(error, begin, m_text.mid(begin, p - begin),
                        tr("unknown month name (use JAN-DEC)"));
        }
        if (m_field == CronExpression::DayOfWeek) {
            for (int i = 0; i < 7; ++i) {
                if (name == QLatin1String(kDayNames[i])) {
                    *value = i;
                    return true;
                }
            }
            return fail(error, begin, m_text.mid(begin, p - begin),
                        tr("unknown weekday name (use SUN-SAT)"));
        }
        return fail(error, begin, m_text.mid(begin, p - begin),
                    tr("names are only allowed in the month and day-of-week fields"));
    }

    bool parseElement(int begin, int end, quint64 *bits, ScheduleError *error) const {
        const FieldSpec spec = kSpecs[m_field];
        if (begin >= end)
            return fail(error, begin, m_text, tr("empty list element"));
        int pos = begin;
        int low = spec.min;
        int high = m_field == CronExpression::DayOfWeek ? 6 : spec.max;
        bool star = false;
        bool hasRange = false;
        if (m_text.at(pos) == QLatin1Char('*')) {
            star = true;
            ++pos;
        } else {
            if (!parseValue(&pos, end, &low, error))
                return false;
            high = low;
            if (pos < end && m_text.at(pos) == QLatin1Char('-')) {
                ++pos;
                if (!parseValue(&pos, end, &high, error))
                    return false;
                hasRange = true;
                if (high < low)
                    return fail(error, begin, m_text.mid(begin, pos - begin),
                                tr("range start is after its end (wrap-around ranges are not "
                                   "supported; write two ranges)"));
            }
        }
        int step = 1;
        if (pos < end && m_text.at(pos) == QLatin1Char('/')) {
            ++pos;
            int stepStart = pos;
            int v = 0;
            while (pos < end && m_text.at(pos).isDigit()) {
                if (v < 1000)
                    v = v * 10 + m_text.at(pos).digitValue();
                ++pos;
            }
            if (pos == stepStart)
                return fail(error, stepStart, m_text.mid(begin, end - begin),
                            tr("missing step after '/'"));
            const int span = spec.max - spec.min + 1;
            if (v < 1 || v > span)
                return fail(error, stepStart, m_text.mid(stepStart, pos - stepStart),
                            tr("step must be between 1 and %1").arg(span));
            step = v;
            // "a/n" means from a to the field's end in steps of n.
            if (!star && !hasRange)
                high = spec.max;
        }
        if (pos != end)
            return fail(error, pos, m_text.mid(pos, end - pos), tr("unexpected text"));
        for (int v = low; v <= high; v += step) {
            int bit = (m_field == CronExpression::DayOfWeek && v == 7) ? 0 : v;
            *bits |= quint64(1) << bit;
        }
        return true;
    }

    CronExpression::Field m_field;
    QString m_text;
    int m_position;
};

} // namespace

QString CronExpression::fieldName(Field field) {
    switch (field) {
    case Minute:
        return QStringLiteral("minute");
    case Hour:
        return QStringLiteral("hour");
    case DayOfMonth:
        return QStringLiteral("day-of-month");
    case Month:
        return QStringLiteral("month");
    case DayOfWeek:
        return QStringLiteral("day-of-week");
    case FieldCount:
        break;
    }
    return QString();
}

CronParseResult CronExpression::parse(const QString &text, int offset) {
    CronParseResult result;
    // Split on whitespace, remembering where each field starts.
    QList<QPair<int, QString>> fields;
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
        fields.append({start, text.mid(start, i - start)});
    }
    if (fields.size() != FieldCount) {
        result.error.field = QStringLiteral("expression");
        result.error.position = offset + 1;
        result.error.text = text.trimmed();
        result.error.reason =
            tr("a cron expression has 5 fields (minute hour day-of-month month day-of-week), "
               "found %1")
                .arg(fields.size());
        if (fields.size() > FieldCount) {
            result.error.field = tr("extra field");
            result.error.position = offset + fields.at(FieldCount).first + 1;
            result.error.text = fields.at(FieldCount).second;
        }
        return result;
    }
    CronExpression expression;
    for (int f = 0; f < FieldCount; ++f) {
        FieldParser parser(Field(f), fields.at(f).second, offset + fields.at(f).first + 1);
        if (!parser.parse(&expression.m_bits[f], &result.error))
            return result;
    }
    expression.m_domRestricted = !fields.at(DayOfMonth).second.startsWith(QLatin1Char('*'));
    expression.m_dowRestricted = !fields.at(DayOfWeek).second.startsWith(QLatin1Char('*'));
    QStringList parts;
    for (const auto &field : fields)
        parts.append(field.second);
    expression.m_text = parts.join(QLatin1Char(' '));
    result.expression = expression;
    return result;
}

CronExpression CronExpression::fromBits(quint64 minutes, quint64 hours, quint64 dom, quint64 months,
                                        quint64 dow, bool domRestricted, bool dowRestricted,
                                        const QString &text, bool clampToMonthEnd) {
    CronExpression e;
    e.m_bits[Minute] = minutes;
    e.m_bits[Hour] = hours;
    e.m_bits[DayOfMonth] = dom;
    e.m_bits[Month] = months;
    e.m_bits[DayOfWeek] = dow;
    e.m_domRestricted = domRestricted;
    e.m_dowRestricted = dowRestricted;
    e.m_text = text;
    e.m_clampToMonthEnd = clampToMonthEnd;
    return e;
}

bool CronExpression::dayMatches(const QDate &date) const {
    const int day = date.day();
    bool dom = (m_bits[DayOfMonth] >> day) & 1;
    if (!dom && m_clampToMonthEnd && day == date.daysInMonth()) {
        // Any requested day beyond this month's end falls back to its last day.
        dom = (m_bits[DayOfMonth] >> (day + 1)) != 0;
    }
    const bool dow = (m_bits[DayOfWeek] >> (date.dayOfWeek() % 7)) & 1;
    if (m_domRestricted && m_dowRestricted)
        return dom || dow;
    return dom && dow;
}

} // namespace mechdock::scheduler
