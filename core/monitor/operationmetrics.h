// OperationMetrics: per operation name (e.g. "docker.start", "rest.POST /channels"), a ring of the
// last samples and a summary with percentiles, for the Performance page, /performance_metrics
// and /metrics. Thread-safe; bounded by ring size and by the number of distinct names.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <vector>

namespace mechdock {
class Clock;
}

namespace mechdock::monitor {

struct OperationSample {
    qint64 epochMs = 0;
    double durationMs = 0;
    bool success = true;
};

struct OperationSummary {
    QString name;
    quint64 totalCount = 0; // since start, not only the window
    quint64 totalFailures = 0;
    double totalDurationMs = 0; // since start, for Prometheus summaries
    int windowCount = 0;        // samples in the summary window
    double averageMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double successRate = 1.0; // within the window
    qint64 lastEpochMs = 0;
};

class OperationMetrics {
    Q_DISABLE_COPY_MOVE(OperationMetrics)
public:
    static constexpr int kDefaultRingSize = 1000;
    static constexpr int kDefaultSummaryWindow = 100;
    static constexpr int kDefaultMaxOperations = 256;

    explicit OperationMetrics(int ringSize = kDefaultRingSize,
                              int summaryWindow = kDefaultSummaryWindow,
                              int maxOperations = kDefaultMaxOperations,
                              const Clock *clock = nullptr);

    static OperationMetrics &global();

    void record(const QString &operation, double durationMs, bool success);
    OperationSummary summary(const QString &operation) const;
    QList<OperationSummary> summaries() const;
    QList<OperationSample> samples(const QString &operation) const;
    void clear();

    // Measures a scope and records it on destruction; call fail() to mark a failure.
    class Timer {
    public:
        Timer(OperationMetrics &metrics, QString operation);
        ~Timer();
        void fail() { m_success = false; }
        void setSuccess(bool ok) { m_success = ok; }

    private:
        OperationMetrics &m_metrics;
        QString m_operation;
        QElapsedTimer m_elapsed;
        bool m_success = true;
    };

private:
    struct Ring {
        std::vector<OperationSample> samples;
        int next = 0;
        int filled = 0;
        quint64 total = 0;
        quint64 failures = 0;
        double totalMs = 0;
    };
    OperationSummary summarize(const QString &name, const Ring &ring) const;

    const int m_ringSize;
    const int m_window;
    const int m_maxOperations;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Ring> m_rings;
};

} // namespace mechdock::monitor
