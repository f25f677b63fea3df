// SnowflakeAge: how long ago Discord created an interaction, read from its snowflake id (creation
// time in its top 42 bits) against this host's wall clock. The clock may be off by some seconds
// and the network adds its own delay, so the age is measured against the smallest difference seen
// in the last minute, when the service was keeping up: what remains is the time the interaction
// spent waiting here. An id whose time is more than ten minutes from the host's clock (a host
// clock far off, or an id not made by Discord) gives no age, so nothing is ever dropped on a
// guess.
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace mechdock::discord {

class SnowflakeAge {
public:
    static constexpr qint64 kDiscordEpochMs = 1420070400000LL;

    // The creation time of a snowflake in ms since the Unix epoch, if it is one.
    static std::optional<qint64> creationEpochMs(const QString &id);

    // Records the id's receipt at nowEpochMs and returns how long it waited beyond the usual
    // transit, or nothing when that cannot be told.
    std::optional<qint64> waitedMs(const QString &id, qint64 nowEpochMs);

private:
    static constexpr qint64 kBucketMs = 10000;
    static constexpr int kBuckets = 6;
    static constexpr qint64 kPlausibleMs = 10 * 60 * 1000;
    struct Bucket {
        qint64 index = -1; // nowEpochMs / kBucketMs
        qint64 minOffsetMs = 0;
    };
    std::array<Bucket, kBuckets> m_buckets{};
};

} // namespace mechdock::discord
