#include "memorychart.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

namespace mechdock::ui {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
// Pressure boundaries as fractions of the limit (PressureTracker's levels).
constexpr double kBandFrom[3] = {0.50, 0.70, 0.85};
constexpr double kBandTo[3] = {0.70, 0.85, 1.00};

} // namespace

MemoryChart::MemoryChart(QWidget *parent)
    : QChartView(parent)
    , m_rss(new QLineSeries)
    , m_heap(new QLineSeries)
    , m_limit(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_mib(new QValueAxis)
    , m_empty(new QLabel(this)) {
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString bandNames[3] = {tr("Medium"), tr("High"), tr("Critical")};
    const QColor bandColours[3] = {QColor(0xec, 0xc9, 0x4b, 60), QColor(0xdd, 0x6b, 0x20, 60),
                                   QColor(0xc5, 0x30, 0x30, 60)};
    for (int i = 0; i < 3; ++i) {
        // The edges are not in the chart; parent them to it so they live as long as the area.
        m_bandUpper[i] = new QLineSeries(chart);
        m_bandLower[i] = new QLineSeries(chart);
        m_bands[i] = new QAreaSeries(m_bandUpper[i], m_bandLower[i]);
        m_bands[i]->setName(bandNames[i]);
        m_bands[i]->setBrush(bandColours[i]);
        m_bands[i]->setPen(Qt::NoPen);
        chart->addSeries(m_bands[i]);
    }
    m_rss->setName(tr("RSS"));
    m_heap->setName(tr("Heap"));
    m_limit->setName(tr("Limit"));
    QPen limitPen(QColor(0xc5, 0x30, 0x30));
    limitPen.setStyle(Qt::DashLine);
    limitPen.setWidthF(1.5);
    m_limit->setPen(limitPen);
    QPen rssPen(QColor(0x2b, 0x6c, 0xb0));
    rssPen.setWidthF(2);
    m_rss->setPen(rssPen);
    QPen heapPen(QColor(0x38, 0xa1, 0x69));
    heapPen.setWidthF(1.5);
    m_heap->setPen(heapPen);
    for (QLineSeries *s : {m_limit, m_rss, m_heap})
        chart->addSeries(s);

    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTitleText(tr("Time"));
    m_mib->setTitleText(tr("MiB"));
    m_mib->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_mib, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_time);
        s->attachAxis(m_mib);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setToolTip(tr("RSS (resident memory), heap in use and the effective limit over the chosen "
                  "window; the shaded bands are the Medium, High and Critical pressure levels"));
    m_empty->setText(tr("No memory readings yet: the monitor samples every few seconds."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    applyTheme();
    setPoints({}, MemoryHistory::spanMs(MemoryHistory::FiveMinutes),
              QDateTime::currentMSecsSinceEpoch());
}

double MemoryChart::axisTopMiB() const {
    return m_mib->max();
}

void MemoryChart::setPoints(const QList<MemoryPoint> &points, qint64 spanMs, qint64 nowMs) {
    QList<QPointF> rss;
    QList<QPointF> heap;
    QList<QPointF> limit;
    QList<QPointF> upper[3];
    QList<QPointF> lower[3];
    double top = 0;      // the highest reading
    double limitTop = 0; // the highest limit
    for (const MemoryPoint &p : points) {
        const auto x = double(p.epochMs);
        rss.append(QPointF(x, double(p.rssBytes) / kMiB));
        if (p.heapBytes >= 0)
            heap.append(QPointF(x, double(p.heapBytes) / kMiB));
        top = qMax(top, double(qMax(p.rssBytes, p.heapBytes)) / kMiB);
        if (p.limitBytes > 0) {
            const double l = double(p.limitBytes) / kMiB;
            limit.append(QPointF(x, l));
            limitTop = qMax(limitTop, l);
            for (int i = 0; i < 3; ++i) {
                lower[i].append(QPointF(x, l * kBandFrom[i]));
                upper[i].append(QPointF(x, l * kBandTo[i]));
            }
        }
    }
    const qint64 end = points.isEmpty() ? nowMs : qMax(nowMs, points.last().epochMs);
    const auto start = double(end - spanMs);
    // The bands are thresholds, not readings: they cover the whole window, at the first
    // known limit before the data and the latest one after it.
    for (int i = 0; i < 3 && !lower[i].isEmpty(); ++i) {
        if (lower[i].first().x() > start) {
            lower[i].prepend(QPointF(start, lower[i].first().y()));
            upper[i].prepend(QPointF(start, upper[i].first().y()));
        }
        if (lower[i].last().x() < double(end)) {
            lower[i].append(QPointF(double(end), lower[i].last().y()));
            upper[i].append(QPointF(double(end), upper[i].last().y()));
        }
    }
    // A single reading draws no line; show it as a dot until there are two.
    for (QLineSeries *s : {m_rss, m_heap, m_limit})
        s->setPointsVisible(points.size() == 1);
    m_rss->replace(rss);
    m_heap->replace(heap);
    m_limit->replace(limit);
    for (int i = 0; i < 3; ++i) {
        m_bandUpper[i]->replace(upper[i]);
        m_bandLower[i]->replace(lower[i]);
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(end - spanMs),
                     QDateTime::fromMSecsSinceEpoch(end));
    m_time->setFormat(spanMs > 60 * 60'000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    // Scaled to the readings, so 60 MiB is not a flat line under an 800 MiB limit; the limit
    // and the bands come into view once the readings approach the first band.
    double axisTop = top * 1.5;
    if (limitTop > 0 && axisTop >= limitTop * kBandFrom[0])
        axisTop = qMax(axisTop, limitTop * 1.08);
    m_mib->setRange(0, axisTop > 0 ? axisTop : 100);
    m_mib->applyNiceNumbers();
    m_empty->setVisible(points.isEmpty());
}

bool MemoryChart::isEmptyMessageShown() const {
    return !m_empty->isHidden();
}

void MemoryChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect().adjusted(40, 40, -40, -80));
}

void MemoryChart::changeEvent(QEvent *event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void MemoryChart::applyTheme() {
    // Follow the system palette: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *c = chart();
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (c->theme() != theme) {
        // A theme resets series colours; keep ours.
        const QPen rss = m_rss->pen();
        const QPen heap = m_heap->pen();
        const QPen limit = m_limit->pen();
        QBrush bands[3];
        for (int i = 0; i < 3; ++i)
            bands[i] = m_bands[i]->brush();
        c->setTheme(theme);
        m_rss->setPen(rss);
        m_heap->setPen(heap);
        m_limit->setPen(limit);
        for (int i = 0; i < 3; ++i) {
            m_bands[i]->setBrush(bands[i]);
            m_bands[i]->setPen(Qt::NoPen);
        }
    }
    c->setBackgroundBrush(palette().color(QPalette::Base));
    c->legend()->setLabelColor(palette().color(QPalette::Text));
    m_time->setLabelsColor(palette().color(QPalette::Text));
    m_mib->setLabelsColor(palette().color(QPalette::Text));
    m_time->setTitleBrush(palette().color(QPalette::Text));
    m_mib->setTitleBrush(palette().color(QPalette::Text));
}

} // namespace mechdock::ui
