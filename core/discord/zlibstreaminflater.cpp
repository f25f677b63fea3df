#include "zlibstreaminflater.h"

#include "common/translation.h"

#include <zlib.h>

namespace mechdock::discord {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::discord::ZlibStreamInflater", text);
}
constexpr char kSuffix[] = {'\x00', '\x00', '\xff', '\xff'};
} // namespace

struct ZlibStreamInflater::Stream {
    z_stream z{};
    bool initialised = false;

    Stream() { initialised = inflateInit(&z) == Z_OK; }
    ~Stream() {
        if (initialised)
            inflateEnd(&z);
    }
};

ZlibStreamInflater::ZlibStreamInflater(qint64 maxMessageBytes)
    : m_stream(std::make_unique<Stream>())
    , m_maxMessageBytes(maxMessageBytes) {}

ZlibStreamInflater::~ZlibStreamInflater() = default;

void ZlibStreamInflater::reset() {
    m_stream = std::make_unique<Stream>();
    m_pending.clear();
    m_pending.squeeze();
    m_broken = false;
}

ZlibStreamInflater::Status ZlibStreamInflater::feed(const QByteArray &frame, QByteArray *message,
                                                    QString *error) {
    if (m_broken || !m_stream->initialised) {
        *error = tr("The compressed gateway stream is unusable.");
        return Status::Error;
    }
    // The compressed form is never larger than the inflated limit in practice; bounding it by the
    // same number keeps a server that never sends the suffix from growing the buffer forever.
    if (m_pending.size() + frame.size() > m_maxMessageBytes) {
        m_broken = true;
        *error = tr("A compressed gateway message exceeded the size limit.");
        return Status::Error;
    }
    m_pending.append(frame);
    if (m_pending.size() < 4 || !m_pending.endsWith(QByteArray(kSuffix, 4)))
        return Status::NeedMore;

    message->clear();
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(m_pending.data());
    z.avail_in = uInt(m_pending.size());
    char chunk[16384];
    while (true) {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        const int rc = inflate(&z, Z_SYNC_FLUSH);
        if (rc != Z_OK && rc != Z_BUF_ERROR && rc != Z_STREAM_END) {
            m_broken = true;
            *error = tr("The compressed gateway stream is corrupt: %1")
                         .arg(QString::fromLatin1(z.msg ? z.msg : "inflate failed"));
            m_pending.clear();
            return Status::Error;
        }
        const qsizetype produced = qsizetype(sizeof chunk - z.avail_out);
        if (message->size() + produced > m_maxMessageBytes) {
            m_broken = true;
            *error = tr("A gateway message exceeded the size limit after decompression.");
            m_pending.clear();
            return Status::Error;
        }
        message->append(chunk, produced);
        if (z.avail_in == 0 && z.avail_out != 0)
            break;
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break;
        if (rc == Z_STREAM_END)
            break;
    }
    m_totalInflated += message->size();
    m_pending.clear();
    if (m_pending.capacity() > 64 * 1024)
        m_pending.squeeze();
    return Status::Message;
}

} // namespace mechdock::discord
