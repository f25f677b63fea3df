// ZlibStreamInflater: Discord's zlib-stream transport compression. One inflate context lives for
// the whole connection; frames are collected until the buffer ends with the Z_SYNC_FLUSH suffix
// (00 00 ff ff), then inflated into one JSON payload. Both buffers are bounded.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace mechdock::discord {

class ZlibStreamInflater {
    Q_DISABLE_COPY_MOVE(ZlibStreamInflater)
public:
    enum class Status { NeedMore, Message, Error };

    explicit ZlibStreamInflater(qint64 maxMessageBytes = 8 * 1024 * 1024);
    ~ZlibStreamInflater();

    // Appends one binary frame. On Message, `message` holds the inflated payload. On Error the
    // stream is unusable and the connection must be replaced.
    Status feed(const QByteArray &frame, QByteArray *message, QString *error);

    // A fresh context for a new connection.
    void reset();

    qint64 pendingBytes() const { return m_pending.size(); }
    qint64 totalInflatedBytes() const { return m_totalInflated; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_pending;
    qint64 m_maxMessageBytes;
    qint64 m_totalInflated = 0;
    bool m_broken = false;
};

} // namespace mechdock::discord
