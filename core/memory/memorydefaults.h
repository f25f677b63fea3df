// The bounds the seed documents settled on; the settings layer passes the configured values.
#pragma once

namespace mechdock::memory {

inline constexpr int kCacheMaxSize = 500;       // CACHE_MAX_SIZE (seed 002)
inline constexpr int kMessageCacheMax = 200;    // MAX_MESSAGE_CACHE (seed 003)
inline constexpr int kMediaGroupCacheMax = 100; // media groups (seed 003)
inline constexpr int kMaxQueueSize = 1000;      // MAX_QUEUE_SIZE (seed 002)
inline constexpr int kUserStateTtlSec = 3600;   // per-user state (seed 003)
inline constexpr int kFailedPeerTtlSec = 86400; // failed peers (seed 003)

} // namespace mechdock::memory
