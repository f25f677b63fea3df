// MemoryChart: RSS, heap in use and the effective limit over a time window, with the pressure
// bands (Medium 50-70 %, High 70-85 %, Critical above 85 % of the limit) shaded behind them.
// Updates replace the points of fixed series; the chart itself is built once. With no data it
// says so instead of showing an empty frame.
#pragma once

#include "memoryhistory.h"

#include <QChartView>

class QAreaSeries;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace mechdock::ui {

class MemoryChart : public QChartView {
    Q_OBJECT
public:
    explicit MemoryChart(QWidget *parent = nullptr);

    // Shows points over [nowMs - spanMs, nowMs].
    // The top of the MiB axis (for tests).
    double axisTopMiB() const;
    void setPoints(const QList<MemoryPoint> &points, qint64 spanMs, qint64 nowMs);

    QLineSeries *rssSeries() const { return m_rss; }
    QLineSeries *heapSeries() const { return m_heap; }
    QLineSeries *limitSeries() const { return m_limit; }
    // The upper edge of a band: 0 Medium, 1 High, 2 Critical.
    QLineSeries *bandUpper(int band) const { return m_bandUpper[band]; }
    QLineSeries *bandLower(int band) const { return m_bandLower[band]; }
    bool isEmptyMessageShown() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QLineSeries *m_rss;
    QLineSeries *m_heap;
    QLineSeries *m_limit;
    QLineSeries *m_bandUpper[3];
    QLineSeries *m_bandLower[3];
    QAreaSeries *m_bands[3];
    QDateTimeAxis *m_time;
    QValueAxis *m_mib;
    QLabel *m_empty;
};

} // namespace mechdock::ui
