// EvictionCounters: why entries left a cache, counted separately, so an operator can tell a
// cache that is too small (count, bytes) from one under memory pressure or expiring normally.
#pragma once

#include <QtGlobal>

namespace mechdock::memory {

enum class EvictionReason { Count, Bytes, Ttl, Pressure, Manual };

struct EvictionCounters {
    quint64 count = 0;
    quint64 bytes = 0;
    quint64 ttl = 0;
    quint64 pressure = 0;
    quint64 manual = 0;

    void add(EvictionReason reason, quint64 n = 1) {
        switch (reason) {
        case EvictionReason::Count:
            count += n;
            break;
        case EvictionReason::Bytes:
            bytes += n;
            break;
        case EvictionReason::Ttl:
            ttl += n;
            break;
        case EvictionReason::Pressure:
            pressure += n;
            break;
        case EvictionReason::Manual:
            manual += n;
            break;
        }
    }
    quint64 total() const { return count + bytes + ttl + pressure + manual; }
};

} // namespace mechdock::memory
