#include "wirereader.h"

#include <cstring>

namespace mechdock::gamequery {

bool WireReader::need(qsizetype count) {
    if (!m_ok || count < 0 || m_data.size() - m_pos < count)
        m_ok = false;
    return m_ok;
}

quint8 WireReader::u8() {
    if (!need(1))
        return 0;
    return quint8(m_data.at(m_pos++));
}

qint16 WireReader::i16() {
    if (!need(2))
        return 0;
    const quint16 v =
        quint16(quint8(m_data.at(m_pos))) | quint16(quint8(m_data.at(m_pos + 1)) << 8);
    m_pos += 2;
    return qint16(v);
}

qint32 WireReader::i32() {
    if (!need(4))
        return 0;
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(m_data.at(m_pos + i));
    m_pos += 4;
    return qint32(v);
}

float WireReader::f32() {
    const qint32 bits = i32();
    float f = 0;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

QByteArray WireReader::bytes(qsizetype count) {
    if (!need(count))
        return {};
    const QByteArray out = m_data.sliced(m_pos, count).toByteArray();
    m_pos += count;
    return out;
}

QString WireReader::cString(qsizetype maxBytes) {
    if (!m_ok)
        return {};
    const qsizetype end = m_data.indexOf('\0', m_pos);
    if (end < 0 || end - m_pos > maxBytes) {
        m_ok = false;
        return {};
    }
    const QString s = QString::fromUtf8(m_data.sliced(m_pos, end - m_pos));
    m_pos = end + 1;
    return s;
}

void WireReader::skip(qsizetype count) {
    if (need(count))
        m_pos += count;
}

} // namespace mechdock::gamequery
