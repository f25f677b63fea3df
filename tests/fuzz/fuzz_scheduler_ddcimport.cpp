// libFuzzer target for the DDC tasks.json importer: any bytes must give a result value (an
// error or tasks with issues), never a crash; every imported task must carry a schedule that
// parses.
#include "scheduler/ddcimporter.h"

#include <cstdint>
#include <cstdlib>

using namespace mechdock::scheduler;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 64 * 1024)
        return 0;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const DdcImportResult r = DdcImporter::parse(json, QStringLiteral("local"), "UTC");
    if (!r.ok && r.error.isEmpty())
        std::abort();
    for (const ScheduledTask &task : r.tasks) {
        if (!task.spec() || task.containerName.isEmpty())
            std::abort();
    }
    return 0;
}
