#!/usr/bin/env python3
# Oracle for tst_scheduler_croniter: reads cases (one a line, tab-separated
#   id, IANA zone, 5-field cron expression, start instant in UTC epoch seconds, count,
#   Mechdock's runs as epoch,epoch,... or "none")
# and prints "id<TAB>croniter runs<TAB>check" where runs are epoch,epoch,... or "none" and
# check is "-" when croniter agrees with Mechdock, otherwise the runs found by an exhaustive
# day-by-day walk over croniter's own parsed field sets (used to tell a croniter search quirk
# from a Mechdock bug; see tst_scheduler_croniter.cpp).
#
# croniter decides which local wall-clock minutes match (it is run on naive local time);
# zoneinfo maps those minutes to instants with Mechdock's documented DST rules:
#   - a local time inside a gap runs at the first valid instant after it (the jump),
#   - a local time that occurs twice runs once, at its first occurrence,
#   - results must be strictly after the previous instant.
# Why not croniter's own time-zone mode: croniter 1.3.5 returns non-existent local times in
# a spring-forward gap (2026-03-29T02:30+01:00 for "30 2 * * *" in Europe/Berlin) and, after a
# fall-back day, shifts the next run by an hour (2026-10-26T03:30+01:00 instead of 02:30).
# Day rule: Vixie cron's, where a day field that starts with '*' counts as unrestricted, so the
# two day fields are OR-ed only when neither starts with '*'. croniter instead OR-s when
# neither field expands to its full range ("*/2" counts as restricted, "1-6,0" does not), hence
# day_or is passed explicitly and a full-range field under the OR rule means every day.
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from croniter import croniter

UTC = timezone.utc
MINUTE = timedelta(minutes=1)


def occurrences(naive, tz):
    found = []
    for fold in (0, 1):
        aware = naive.replace(tzinfo=tz, fold=fold)
        utc = aware.astimezone(UTC)
        if utc.astimezone(tz).replace(tzinfo=None) == naive:
            found.append(utc)
    return found


def to_utc(naive, tz):
    probe = naive
    for _ in range(24 * 60):
        found = occurrences(probe, tz)
        if found:
            return min(found)
        probe += MINUTE
    raise RuntimeError("no valid local time after %s" % naive)


def next_runs(expr, tz, after, count):
    fields = expr.split()
    day_or = not (fields[2].startswith("*") or fields[4].startswith("*"))
    if day_or:
        # croniter only OR-s when neither day field expands to its full range; Vixie OR-s on
        # the text, so "every day or ..." must become every day.
        expanded = croniter(expr).expanded
        if expanded[2][0] == "*" or expanded[4][0] == "*":
            expr = " ".join([fields[0], fields[1], "*", fields[3], "*"])
            day_or = False
    runs = []
    for _ in range(count):
        local = after.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)
        it = croniter(expr, local, day_or=day_or)
        result = None
        for _guard in range(2000):
            try:
                candidate = it.get_next(datetime)
            except Exception:  # croniter gives up on dates it cannot find
                return runs, True
            utc = to_utc(candidate, tz)
            if utc > after:
                result = utc
                break
        if result is None:
            return runs, True
        runs.append(result)
        after = result
    return runs, False


def brute_runs(expr, tz, after, count, max_days=366 * 60):
    """Walks every day from the start, using the field sets croniter parsed."""
    fields = expr.split()
    expanded = croniter(expr).expanded

    def allowed(index, full):
        values = expanded[index]
        if values[0] == "*":
            return set(full)
        return set(0 if (index == 4 and v == 7) else v for v in values)

    minutes = sorted(allowed(0, range(60)))
    hours = sorted(allowed(1, range(24)))
    doms = allowed(2, range(1, 32))
    months = allowed(3, range(1, 13))
    dows = allowed(4, range(7))
    vixie_or = not (fields[2].startswith("*") or fields[4].startswith("*"))
    runs = []
    for _ in range(count):
        local = after.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)
        day = local.replace(hour=0, minute=0)
        found = None
        for _d in range(max_days):
            if day.month in months:
                dom_ok = day.day in doms
                dow_ok = (day.isoweekday() % 7) in dows
                if (dom_ok or dow_ok) if vixie_or else (dom_ok and dow_ok):
                    for h in hours:
                        for m in minutes:
                            candidate = day.replace(hour=h, minute=m)
                            if candidate <= local:
                                continue
                            utc = to_utc(candidate, tz)
                            if utc > after:
                                found = utc
                                break
                        if found:
                            break
            if found:
                break
            day += timedelta(days=1)
        if found is None:
            return runs
        runs.append(found)
        after = found
    return runs


def encode(runs):
    return ",".join(str(int(r.timestamp())) for r in runs) if runs else "none"


def main():
    zones = {}
    out = []
    for line in open(sys.argv[1], encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        case_id, zone, expr, start, count, ours = line.split("\t")
        tz = zones.setdefault(zone, ZoneInfo(zone))
        after = datetime.fromtimestamp(int(start), UTC)
        runs, _ = next_runs(expr, tz, after, int(count))
        check = "-"
        if encode(runs) != ours:
            check = encode(brute_runs(expr, tz, after, int(count)))
        out.append(case_id + "\t" + encode(runs) + "\t" + check)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
