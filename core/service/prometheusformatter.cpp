#include "prometheusformatter.h"

#include <QTextStream>

#include <cmath>

namespace mechdock::service {

namespace {

class Writer {
public:
    explicit Writer(QByteArray *out)
        : m_stream(out) {}

    void family(const char *name, const char *type, const char *help) {
        m_stream << "# HELP " << name << ' ' << help << '\n';
        m_stream << "# TYPE " << name << ' ' << type << '\n';
    }

    void sample(const char *name, double value,
                const QList<std::pair<const char *, QString>> &labels = {}) {
        m_stream << name;
        if (!labels.isEmpty()) {
            m_stream << '{';
            bool first = true;
            for (const auto &[key, v] : labels) {
                if (!first)
                    m_stream << ',';
                first = false;
                m_stream << key << "=\"" << PrometheusFormatter::escapeLabel(v) << '"';
            }
            m_stream << '}';
        }
        m_stream << ' ';
        if (std::isnan(value))
            m_stream << "NaN";
        else if (value == double(qint64(value)) && std::abs(value) < 9e15)
            m_stream << qint64(value);
        else
            m_stream << QString::number(value, 'g', 10);
        m_stream << '\n';
    }

private:
    QTextStream m_stream;
};

int pressureIndex(const QString &pressure) {
    static const QStringList levels{QStringLiteral("Low"), QStringLiteral("Medium"),
                                    QStringLiteral("High"), QStringLiteral("Critical")};
    return int(levels.indexOf(pressure));
}

} // namespace

QString PrometheusFormatter::escapeLabel(const QString &value) {
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray PrometheusFormatter::format(const ServiceSnapshot &s) {
    QByteArray out;
    {
        Writer w(&out);
        w.family("mechdock_up", "gauge", "1 while the service runs.");
        w.sample("mechdock_up", s.running ? 1 : 0);
        w.family("mechdock_database_up", "gauge", "1 when the database answers.");
        w.sample("mechdock_database_up", s.databaseOk ? 1 : 0);

        w.family("mechdock_memory_rss_bytes", "gauge", "Resident set size of the process.");
        w.sample("mechdock_memory_rss_bytes", double(s.rssBytes));
        w.family("mechdock_memory_heap_bytes", "gauge", "Heap in use (malloc).");
        w.sample("mechdock_memory_heap_bytes", double(s.heapBytes));
        w.family(
            "mechdock_memory_limit_bytes", "gauge",
            "Effective memory limit: the smallest of system memory, cgroup limit and setting.");
        w.sample("mechdock_memory_limit_bytes", double(s.limitBytes));
        w.family("mechdock_memory_pressure_level", "gauge",
                 "Memory pressure: 0 low, 1 medium, 2 high, 3 critical, -1 unknown.");
        w.sample("mechdock_memory_pressure_level", pressureIndex(s.pressure));

        w.family("mechdock_process_cpu_percent", "gauge",
                 "CPU of the process, of one core; -1 unknown.");
        w.sample("mechdock_process_cpu_percent", s.processCpuPercent);
        w.family("mechdock_system_cpu_percent", "gauge", "CPU of the machine; -1 unknown.");
        w.sample("mechdock_system_cpu_percent", s.systemCpuPercent);
        w.family("mechdock_data_disk_used_percent", "gauge",
                 "Disk of the data folder; -1 unknown.");
        w.sample("mechdock_data_disk_used_percent", s.diskUsedPercent);
        w.family("mechdock_network_received_bytes_total", "counter",
                 "Bytes received, all interfaces but lo.");
        w.sample("mechdock_network_received_bytes_total", double(s.netReceivedBytes));
        w.family("mechdock_network_sent_bytes_total", "counter",
                 "Bytes sent, all interfaces but lo.");
        w.sample("mechdock_network_sent_bytes_total", double(s.netSentBytes));

        w.family("mechdock_docker_endpoint_up", "gauge", "1 when the Docker endpoint answers.");
        for (const EndpointState &e : s.endpoints)
            w.sample("mechdock_docker_endpoint_up", e.reachable ? 1 : 0, {{"endpoint", e.name}});

        w.family("mechdock_gateway_state", "gauge",
                 "Discord gateway: 0 offline, 1 connecting, 2 online, 3 stopped.");
        w.sample("mechdock_gateway_state", int(s.botState));
        w.family("mechdock_gateway_latency_seconds", "gauge", "Heartbeat round trip, -1 unknown.");
        w.sample("mechdock_gateway_latency_seconds",
                 s.gatewayLatencyMs < 0 ? -1 : s.gatewayLatencyMs / 1000.0);

        w.family("mechdock_rest_rate_limited_total", "counter",
                 "Discord REST responses with status 429.");
        w.sample("mechdock_rest_rate_limited_total", double(s.rest429s));
        w.family("mechdock_interactions_total", "counter", "Discord interactions handled.");
        w.sample("mechdock_interactions_total", double(s.interactionsHandled));
        w.family("mechdock_interactions_dropped_late_total", "counter",
                 "Discord interactions dropped unanswered because Discord's 3 s window could "
                 "no longer be met.");
        w.sample("mechdock_interactions_dropped_late_total", double(s.interactionsDroppedLate));
        w.family("mechdock_scheduler_runs_total", "counter", "Scheduled tasks run.");
        w.sample("mechdock_scheduler_runs_total", double(s.schedulerRuns));
        w.family("mechdock_scheduler_failures_total", "counter", "Scheduled tasks that failed.");
        w.sample("mechdock_scheduler_failures_total", double(s.schedulerFailures));

        w.family("mechdock_cache_entries", "gauge", "Entries held by a bounded cache or queue.");
        for (const memory::CacheStats &c : s.caches)
            w.sample("mechdock_cache_entries", double(c.entries), {{"cache", c.name}});
        w.family("mechdock_cache_max_entries", "gauge", "Entry bound of a cache or queue.");
        for (const memory::CacheStats &c : s.caches)
            w.sample("mechdock_cache_max_entries", double(c.maxEntries), {{"cache", c.name}});
        w.family("mechdock_cache_bytes", "gauge", "Payload bytes held by a cache or queue.");
        for (const memory::CacheStats &c : s.caches)
            w.sample("mechdock_cache_bytes", double(c.bytes), {{"cache", c.name}});
        w.family("mechdock_cache_hits_total", "counter", "Cache hits.");
        for (const memory::CacheStats &c : s.caches)
            w.sample("mechdock_cache_hits_total", double(c.hits), {{"cache", c.name}});
        w.family("mechdock_cache_misses_total", "counter", "Cache misses.");
        for (const memory::CacheStats &c : s.caches)
            w.sample("mechdock_cache_misses_total", double(c.misses), {{"cache", c.name}});
        w.family("mechdock_cache_evictions_total", "counter", "Entries evicted, all reasons.");
        for (const memory::CacheStats &c : s.caches)
            w.sample("mechdock_cache_evictions_total", double(c.evictions), {{"cache", c.name}});
        w.family("mechdock_queue_dropped_total", "counter", "Items a queue dropped or rejected.");
        for (const memory::CacheStats &c : s.caches)
            w.sample("mechdock_queue_dropped_total", double(c.dropped), {{"cache", c.name}});

        w.family("mechdock_operations_total", "counter", "Operations recorded, by name.");
        for (const monitor::OperationSummary &o : s.operations)
            w.sample("mechdock_operations_total", double(o.totalCount), {{"operation", o.name}});
        w.family("mechdock_operation_failures_total", "counter", "Failed operations, by name.");
        for (const monitor::OperationSummary &o : s.operations)
            w.sample("mechdock_operation_failures_total", double(o.totalFailures),
                     {{"operation", o.name}});
        w.family("mechdock_operation_duration_seconds", "summary",
                 "Operation durations; quantiles over the last 100 operations.");
        for (const monitor::OperationSummary &o : s.operations) {
            w.sample("mechdock_operation_duration_seconds", o.p50Ms / 1000.0,
                     {{"operation", o.name}, {"quantile", QStringLiteral("0.5")}});
            w.sample("mechdock_operation_duration_seconds", o.p95Ms / 1000.0,
                     {{"operation", o.name}, {"quantile", QStringLiteral("0.95")}});
            w.sample("mechdock_operation_duration_seconds", o.p99Ms / 1000.0,
                     {{"operation", o.name}, {"quantile", QStringLiteral("0.99")}});
            w.sample("mechdock_operation_duration_seconds_sum", o.totalDurationMs / 1000.0,
                     {{"operation", o.name}});
            w.sample("mechdock_operation_duration_seconds_count", double(o.totalCount),
                     {{"operation", o.name}});
        }
    }
    return out;
}

} // namespace mechdock::service
