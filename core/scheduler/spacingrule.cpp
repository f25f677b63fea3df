// SpacingRule: probes the sparser schedule's runs against the other schedule.
#include "spacingrule.h"
#include "common/translation.h"

#include "nextruncalculator.h"

namespace mechdock::scheduler {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::scheduler::SpacingRule", text);
}

QString shown(const QDateTime &utc, const QTimeZone &zone) {
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation();
}

} // namespace

std::optional<SpacingConflict> SpacingRule::check(const ScheduledTask &candidate,
                                                  const QList<ScheduledTask> &others,
                                                  const QDateTime &nowUtc, int horizonDays) {
    const std::optional<ScheduleSpec> candidateSpec = candidate.spec();
    const QTimeZone candidateZone = candidate.zone();
    if (!candidateSpec || !candidateZone.isValid())
        return std::nullopt;
    const QDateTime until = nowUtc.addDays(horizonDays);
    const QList<QDateTime> candidateRuns =
        NextRunCalculator::upcoming(*candidateSpec, candidateZone, nowUtc, kMaxProbeRuns, until);
    if (candidateRuns.isEmpty())
        return std::nullopt;
    for (const ScheduledTask &other : others) {
        if (other.id == candidate.id || !other.enabled ||
            other.containerKey() != candidate.containerKey())
            continue;
        const std::optional<ScheduleSpec> otherSpec = other.spec();
        const QTimeZone otherZone = other.zone();
        if (!otherSpec || !otherZone.isValid())
            continue;
        const QList<QDateTime> otherRuns =
            NextRunCalculator::upcoming(*otherSpec, otherZone, nowUtc, kMaxProbeRuns, until);
        if (otherRuns.isEmpty())
            continue;
        // Walk the sparser list and ask the other schedule for its nearest run.
        const bool probeCandidate = candidateRuns.size() <= otherRuns.size();
        const QList<QDateTime> &probe = probeCandidate ? candidateRuns : otherRuns;
        const ScheduleSpec &targetSpec = probeCandidate ? *otherSpec : *candidateSpec;
        const QTimeZone &targetZone = probeCandidate ? otherZone : candidateZone;
        for (const QDateTime &run : probe) {
            const std::optional<QDateTime> near =
                NextRunCalculator::next(targetSpec, targetZone, run.addSecs(-kMinimumGapSecs));
            if (!near || *near >= run.addSecs(kMinimumGapSecs))
                continue;
            SpacingConflict conflict;
            conflict.otherTaskId = other.id;
            conflict.candidateRun = probeCandidate ? run : *near;
            conflict.otherRun = probeCandidate ? *near : run;
            const QString otherName =
                other.description.isEmpty()
                    ? other.id
                    : QStringLiteral("%1 \"%2\"").arg(other.id, other.description);
            conflict.message =
                tr("This task would run at %1, less than 10 minutes from task %2 (%3 %4, "
                   "\"%5\") at %6. Tasks on one container must be at least 10 minutes apart.")
                    .arg(shown(conflict.candidateRun, candidateZone), otherName,
                         docker::containerActionName(other.action), other.containerName,
                         other.schedule, shown(conflict.otherRun, candidateZone));
            return conflict;
        }
    }
    return std::nullopt;
}

} // namespace mechdock::scheduler
