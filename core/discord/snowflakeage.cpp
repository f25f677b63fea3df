#include "snowflakeage.h"

#include <algorithm>

namespace mechdock::discord {

std::optional<qint64> SnowflakeAge::creationEpochMs(const QString &id) {
    bool ok = false;
    const quint64 value = id.toULongLong(&ok);
    if (!ok || value == 0)
        return std::nullopt;
    return qint64(value >> 22) + kDiscordEpochMs;
}

std::optional<qint64> SnowflakeAge::waitedMs(const QString &id, qint64 nowEpochMs) {
    const std::optional<qint64> created = creationEpochMs(id);
    if (!created)
        return std::nullopt;
    const qint64 offset = nowEpochMs - *created;
    if (offset > kPlausibleMs || offset < -kPlausibleMs)
        return std::nullopt;
    const qint64 index = nowEpochMs / kBucketMs;
    Bucket &current = m_buckets[std::size_t(((index % kBuckets) + kBuckets) % kBuckets)];
    if (current.index != index)
        current = Bucket{index, offset};
    else
        current.minOffsetMs = std::min(current.minOffsetMs, offset);
    qint64 baseline = offset;
    for (const Bucket &b : m_buckets)
        if (b.index >= 0 && b.index > index - kBuckets && b.index <= index)
            baseline = std::min(baseline, b.minOffsetMs);
    return offset - baseline;
}

} // namespace mechdock::discord
