#include "logdemuxer.h"

namespace mechdock::docker {

LogDemuxer::LogDemuxer(int maxBytes)
    : m_maxBytes(std::max(1024, maxBytes)) {}

void LogDemuxer::append(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return;
    m_kept.push_back(bytes);
    m_keptBytes += bytes.size();
    // Drop the oldest payloads once over budget: the newest lines are what a user asked for.
    while (m_keptBytes > m_maxBytes && m_kept.size() > 1) {
        m_keptBytes -= m_kept.front().size();
        m_dropped += quint64(m_kept.front().size());
        m_kept.pop_front();
    }
    if (m_keptBytes > m_maxBytes) {
        const qint64 cut = m_keptBytes - m_maxBytes;
        m_kept.front().remove(0, int(cut));
        m_keptBytes -= cut;
        m_dropped += quint64(cut);
    }
}

bool LogDemuxer::feed(const QByteArray &data) {
    if (m_error)
        return false;
    if (m_raw) {
        append(data);
        return true;
    }
    m_pending += data;
    while (m_pending.size() >= 8) {
        const auto *h = reinterpret_cast<const unsigned char *>(m_pending.constData());
        if (h[0] > 2 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
            m_error = true;
            m_pending.clear();
            return false;
        }
        const quint32 size =
            (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
        if (size > 16u * 1024 * 1024) {
            m_error = true;
            m_pending.clear();
            return false;
        }
        if (quint32(m_pending.size()) < 8 + size)
            return true; // the rest of this frame comes with the next read
        append(m_pending.mid(8, int(size)));
        m_pending.remove(0, int(8 + size));
    }
    return true;
}

QString LogDemuxer::text() const {
    QByteArray all;
    all.reserve(int(m_keptBytes));
    for (const QByteArray &b : m_kept)
        all += b;
    return QString::fromUtf8(all);
}

QStringList LogDemuxer::lines() const {
    QStringList out = text().split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace mechdock::docker
