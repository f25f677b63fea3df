// LatencyChart: the Discord gateway's heartbeat round trip over the last minutes, one line on a
// time axis. Updates replace the points of one fixed series; the chart is built once. With no
// data it says so instead of showing an empty frame.
#pragma once

#include "latencyhistory.h"

#include <QChartView>

class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace mechdock::ui {

class LatencyChart : public QChartView {
    Q_OBJECT
public:
    static constexpr qint64 kMinSpanMs = 60'000;

    explicit LatencyChart(QWidget *parent = nullptr);

    // Shows the points over at most [nowMs - spanMs, nowMs]: over the time they cover, but at
    // least a minute.
    void setPoints(const QList<LatencyPoint> &points, qint64 spanMs, qint64 nowMs);
    QLineSeries *series() const { return m_series; }
    bool isEmptyMessageShown() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QLineSeries *m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_ms;
    QLabel *m_empty;
};

} // namespace mechdock::ui
