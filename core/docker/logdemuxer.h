// LogDemuxer: Docker's multiplexed log stream (8-byte frame headers: stream, 3 zero bytes,
// big-endian length) back into text, frames split across reads included. Keeps only the last
// lines up to a byte budget, so an endless log stream stays bounded. A TTY container's logs are
// raw text: setRaw(true).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <deque>

namespace mechdock::docker {

class LogDemuxer {
public:
    explicit LogDemuxer(int maxBytes = 256 * 1024);

    void setRaw(bool raw) { m_raw = raw; }
    // Returns false when the stream is not a valid multiplexed stream.
    bool feed(const QByteArray &data);
    QString text() const;
    QStringList lines() const;
    quint64 droppedBytes() const { return m_dropped; }
    bool hasError() const { return m_error; }

private:
    void append(const QByteArray &bytes);

    const int m_maxBytes;
    bool m_raw = false;
    bool m_error = false;
    QByteArray m_pending;
    std::deque<QByteArray> m_kept;
    qint64 m_keptBytes = 0;
    quint64 m_dropped = 0;
};

} // namespace mechdock::docker
