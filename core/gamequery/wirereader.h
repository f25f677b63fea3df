// WireReader: little-endian reads from an untrusted datagram. Every read checks what is left;
// after the first short read the reader stays failed, so a parser checks once at the end.
#pragma once

#include <QByteArray>
#include <QString>

namespace mechdock::gamequery {

class WireReader {
public:
    explicit WireReader(QByteArrayView data)
        : m_data(data) {}

    quint8 u8();
    qint16 i16();
    qint32 i32();
    float f32();
    QByteArray bytes(qsizetype count);
    // A NUL-terminated string of at most maxBytes (longer: failed); invalid UTF-8 is replaced.
    QString cString(qsizetype maxBytes);
    void skip(qsizetype count);

    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_ok ? m_data.size() - m_pos : 0; }
    QByteArrayView rest() const { return m_ok ? m_data.sliced(m_pos) : QByteArrayView(); }

private:
    bool need(qsizetype count);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace mechdock::gamequery
