// DdcImporter: maps DDC task objects field by field, collecting what could not be mapped.
#include "ddcimporter.h"
#include "common/translation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace mechdock::scheduler {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::scheduler::DdcImporter", text);
}

// A JSON value as text: strings as they are, integral numbers without a fraction.
QString text(const QJsonValue &value) {
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Only exactly representable integers print without a fraction (and cast safely).
        if (qAbs(d) < 9e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return QString();
}

// An integer from a number or a numeric string; -1 when neither.
int integer(const QJsonValue &value) {
    bool ok = false;
    const int v = text(value).toInt(&ok);
    return ok ? v : -1;
}

// A DDC timestamp: Unix seconds (possibly fractional) or an ISO 8601 string.
QDateTime timestamp(const QJsonValue &value) {
    if (value.isDouble()) {
        const double secs = value.toDouble();
        if (secs > 0 && secs < 1e11)
            return QDateTime::fromMSecsSinceEpoch(qint64(secs * 1000), Qt::UTC);
        return QDateTime();
    }
    if (value.isString()) {
        QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(value.toString(), Qt::ISODate);
        return t.isValid() ? t.toUTC() : QDateTime();
    }
    return QDateTime();
}

int monthNumber(const QJsonValue &value) {
    const int n = integer(value);
    if (n >= 1 && n <= 12)
        return n;
    const QString name = text(value).toLower();
    static const char *const names[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    for (int i = 0; i < 12; ++i) {
        const QString full = QLatin1String(names[i]);
        if (name.size() >= 3 && full.startsWith(name))
            return i + 1;
    }
    return -1;
}

// DDC weekly "day": a weekday name, a comma list, a list, or a number (0/7 Sunday).
QString weekdays(const QJsonValue &value) {
    QStringList items;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            items.append(text(v));
    } else {
        items = text(value).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    static const char *const names[] = {"sunday",   "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday"};
    QStringList out;
    for (QString item : items) {
        item = item.trimmed().toLower();
        bool ok = false;
        const int n = item.toInt(&ok);
        if (ok && n >= 0 && n <= 7) {
            out.append(QLatin1String(names[n % 7]).left(3));
            continue;
        }
        bool found = false;
        for (const char *name : names) {
            const QString full = QLatin1String(name);
            if (item.size() >= 2 && full.startsWith(item)) {
                out.append(full.left(3));
                found = true;
                break;
            }
        }
        if (!found)
            return QString();
    }
    return out.join(QLatin1Char(','));
}

// HH:MM, tolerating H:MM and a seconds part (dropped).
QString timeOfDay(const QJsonValue &value, bool *droppedSeconds) {
    const QStringList parts = text(value).split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return QString();
    bool okH = false;
    bool okM = false;
    const int h = parts.at(0).toInt(&okH);
    const int m = parts.at(1).toInt(&okM);
    if (!okH || !okM || h < 0 || h > 23 || m < 0 || m > 59)
        return QString();
    *droppedSeconds = parts.size() == 3 && parts.at(2).toInt() != 0;
    return QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

} // namespace

DdcImportResult DdcImporter::importFile(const QString &path, const QString &endpoint,
                                        const QByteArray &defaultTimeZone) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DdcImportResult result;
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll(), endpoint, defaultTimeZone);
}

DdcImportResult DdcImporter::parse(const QByteArray &json, const QString &endpoint,
                                   const QByteArray &defaultTimeZone) {
    DdcImportResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("tasks.json is not valid JSON (at byte %1: %2)")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    // DDC writes a list; accept {"tasks": [...]} and {"id": {...}} as well.
    QJsonArray entries;
    if (doc.isArray()) {
        entries = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("tasks")).isArray()) {
            entries = root.value(QStringLiteral("tasks")).toArray();
        } else {
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (!it.value().isObject()) {
                    result.error = tr("tasks.json does not hold a list of tasks");
                    return result;
                }
                QJsonObject o = it.value().toObject();
                if (!o.contains(QStringLiteral("task_id")))
                    o.insert(QStringLiteral("task_id"), it.key());
                entries.append(o);
            }
        }
    } else {
        result.error = tr("tasks.json does not hold a list of tasks");
        return result;
    }
    result.ok = true;
    result.total = int(entries.size());

    for (int index = 0; index < entries.size(); ++index) {
        const QJsonValue entry = entries.at(index);
        QString ddcId;
        const auto skip = [&](const QString &message) {
            result.issues.append({index, ddcId, true, message});
        };
        const auto note = [&](const QString &message) {
            result.issues.append({index, ddcId, false, message});
        };
        if (!entry.isObject()) {
            skip(tr("entry is not a task object"));
            continue;
        }
        const QJsonObject o = entry.toObject();
        ddcId = text(o.value(QStringLiteral("task_id")));
        ScheduledTask task;
        task.id =
            ddcId.isEmpty() ? QStringLiteral("ddc-%1").arg(index) : QStringLiteral("ddc-") + ddcId;
        task.endpoint = endpoint;
        task.createdBy = QStringLiteral("ddc-import");
        task.containerName = text(o.value(QStringLiteral("container_name")));
        if (task.containerName.isEmpty()) {
            skip(tr("container_name is missing"));
            continue;
        }
        const QString actionText = text(o.value(QStringLiteral("action")));
        const auto action = docker::containerActionFromName(actionText);
        if (!action) {
            skip(tr("action \"%1\" is not start, stop or restart").arg(actionText));
            continue;
        }
        task.action = *action;
        task.description = text(o.value(QStringLiteral("description")));
        const QJsonValue active = o.value(QStringLiteral("is_active"));
        task.enabled = active.isBool() ? active.toBool() : true;
        if (!active.isBool() && !active.isUndefined() && !active.isNull())
            note(tr("is_active is not true/false; imported as active"));
        task.createdAt = timestamp(o.value(QStringLiteral("created_at")));
        task.lastRun = timestamp(o.value(QStringLiteral("last_run_ts")));

        const QString zoneText = text(o.value(QStringLiteral("timezone_str")));
        task.timeZone = zoneText.toUtf8();
        if (zoneText.isEmpty() || !QTimeZone(task.timeZone).isValid()) {
            if (!zoneText.isEmpty())
                note(tr("unknown time zone \"%1\"; used %2")
                         .arg(zoneText, QString::fromUtf8(defaultTimeZone)));
            task.timeZone = defaultTimeZone;
        }

        const QString cycle = text(o.value(QStringLiteral("cycle"))).toLower();
        const QJsonValue detailsValue = o.value(QStringLiteral("schedule_details"));
        const QJsonObject details = detailsValue.toObject();
        if (cycle != QLatin1String("cron") && !detailsValue.isObject()) {
            skip(tr("schedule_details is missing"));
            continue;
        }
        bool droppedSeconds = false;
        const QString time = timeOfDay(details.value(QStringLiteral("time")), &droppedSeconds);
        if (cycle != QLatin1String("cron") && time.isEmpty()) {
            skip(tr("schedule_details.time \"%1\" is not HH:MM")
                     .arg(text(details.value(QStringLiteral("time")))));
            continue;
        }
        if (droppedSeconds)
            note(tr("seconds in schedule_details.time were dropped"));
        QString spec;
        const QJsonValue day = details.value(QStringLiteral("day"));
        if (cycle == QLatin1String("once")) {
            int year = integer(details.value(QStringLiteral("year")));
            int month = monthNumber(details.value(QStringLiteral("month")));
            int dayOfMonth = integer(day);
            QDate date(year, month, dayOfMonth);
            if (!date.isValid()) {
                // Older DDC files keep only next_run_ts for one-time tasks.
                const QDateTime next = timestamp(o.value(QStringLiteral("next_run_ts")));
                if (next.isValid()) {
                    date = next.toTimeZone(QTimeZone(task.timeZone)).date();
                    note(tr("date taken from next_run_ts"));
                }
            }
            if (!date.isValid()) {
                skip(tr("one-time task without a valid year, month and day"));
                continue;
            }
            spec = QStringLiteral("once ") + date.toString(Qt::ISODate) + QLatin1Char('T') + time;
        } else if (cycle == QLatin1String("daily")) {
            spec = QStringLiteral("daily ") + time;
        } else if (cycle == QLatin1String("weekly")) {
            const QString days = weekdays(day);
            if (days.isEmpty()) {
                skip(tr("weekly task with an unknown weekday \"%1\"").arg(text(day)));
                continue;
            }
            spec = QStringLiteral("weekly ") + days + QLatin1Char(' ') + time;
        } else if (cycle == QLatin1String("monthly")) {
            const int d = integer(day);
            if (d < 1 || d > 31) {
                skip(tr("monthly task with an invalid day \"%1\"").arg(text(day)));
                continue;
            }
            spec = QStringLiteral("monthly %1 ").arg(d) + time;
        } else if (cycle == QLatin1String("yearly")) {
            const int month = monthNumber(details.value(QStringLiteral("month")));
            const int d = integer(day);
            if (month < 0 || d < 1 || d > 31) {
                skip(tr("yearly task with an invalid month or day"));
                continue;
            }
            spec = QStringLiteral("yearly %1-%2 ")
                       .arg(month, 2, 10, QLatin1Char('0'))
                       .arg(d, 2, 10, QLatin1Char('0')) +
                   time;
        } else if (cycle == QLatin1String("cron")) {
            QString cron = text(details.value(QStringLiteral("cron_string")));
            if (cron.isEmpty())
                cron = text(o.value(QStringLiteral("cron_string")));
            if (cron.isEmpty()) {
                skip(tr("cron task without cron_string"));
                continue;
            }
            spec = QStringLiteral("cron ") + cron;
        } else {
            skip(tr("unknown cycle \"%1\"").arg(cycle));
            continue;
        }
        const SpecParseResult parsed = ScheduleSpec::parse(spec);
        if (!parsed.ok()) {
            skip(tr("schedule cannot be used: %1").arg(parsed.error.message()));
            continue;
        }
        task.schedule = parsed.spec->toString();
        result.tasks.append(task);
    }
    return result;
}

} // namespace mechdock::scheduler
