// libFuzzer target for the schedule parsers: any input must parse or fail with a located
// error, never crash; whatever parses must round-trip through its canonical text, and its
// next-run computation must terminate.
#include "scheduler/cronexpression.h"
#include "scheduler/nextruncalculator.h"
#include "scheduler/schedulespec.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

using namespace mechdock::scheduler;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 512)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CronParseResult cron = CronExpression::parse(text);
    if (!cron.ok() && cron.error.reason.isEmpty())
        std::abort();
    const SpecParseResult spec = ScheduleSpec::parse(text);
    if (!spec.ok()) {
        if (spec.error.reason.isEmpty() || spec.error.position < 0 ||
            spec.error.position > text.size() + 1)
            std::abort();
        return 0;
    }
    const SpecParseResult again = ScheduleSpec::parse(spec.spec->toString());
    if (!again.ok() || again.spec->toString() != spec.spec->toString())
        std::abort();
    static const QTimeZone zone("Europe/Berlin");
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1774746000, Qt::UTC); // 2026-03-29
    const auto next = NextRunCalculator::next(*spec.spec, zone, from);
    if (next && *next <= from)
        std::abort();
    return 0;
}
