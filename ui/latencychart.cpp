#include "latencychart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace mechdock::ui {

LatencyChart::LatencyChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_ms(new QValueAxis)
    , m_empty(new QLabel(this)) {
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    m_series->setName(tr("Gateway latency"));
    QPen pen(QColor(0x58, 0x65, 0xf2)); // Discord's blurple
    pen.setWidthF(2);
    m_series->setPen(pen);
    chart->addSeries(m_series);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(6);
    m_ms->setTitleText(tr("ms"));
    m_ms->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_ms, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_ms);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setToolTip(tr("The heartbeat round trip to Discord's gateway (mean over the shards), "
                  "one reading per second"));
    m_empty->setText(tr("No latency yet: it is measured with every heartbeat once the bot is "
                        "connected."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    applyTheme();
    setPoints({}, LatencyHistory::kSpanMs, QDateTime::currentMSecsSinceEpoch());
}

void LatencyChart::setPoints(const QList<LatencyPoint> &points, qint64 spanMs, qint64 nowMs) {
    QList<QPointF> line;
    line.reserve(points.size());
    double top = 0;
    for (const LatencyPoint &p : points) {
        line.append(QPointF(double(p.epochMs), p.latencyMs));
        top = qMax(top, p.latencyMs);
    }
    // A single reading draws no line; show it as a dot until there are two.
    m_series->setPointsVisible(points.size() == 1);
    m_series->replace(line);
    const qint64 end = points.isEmpty() ? nowMs : qMax(nowMs, points.last().epochMs);
    // The window grows with the data up to spanMs, so the first minutes are readable.
    if (!points.isEmpty())
        spanMs = std::clamp(end - points.first().epochMs, kMinSpanMs, qMax(kMinSpanMs, spanMs));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(end - spanMs),
                     QDateTime::fromMSecsSinceEpoch(end));
    m_ms->setRange(0, top > 0 ? top * 1.15 : 100);
    m_ms->applyNiceNumbers();
    m_empty->setVisible(points.isEmpty());
}

bool LatencyChart::isEmptyMessageShown() const {
    return !m_empty->isHidden();
}

void LatencyChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect().adjusted(40, 20, -40, -40));
}

void LatencyChart::changeEvent(QEvent *event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void LatencyChart::applyTheme() {
    // Follow the system palette: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *c = chart();
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (c->theme() != theme) {
        const QPen pen = m_series->pen(); // a theme resets series colours; keep ours
        c->setTheme(theme);
        m_series->setPen(pen);
    }
    c->setBackgroundBrush(palette().color(QPalette::Base));
    m_time->setLabelsColor(palette().color(QPalette::Text));
    m_ms->setLabelsColor(palette().color(QPalette::Text));
    m_ms->setTitleBrush(palette().color(QPalette::Text));
}

} // namespace mechdock::ui
