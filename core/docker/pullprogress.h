// PullProgress: reads the answer of POST /images/create, one JSON object a line, as it
// arrives. Docker reports a failed pull inside a 200 answer ({"error": ..., "errorDetail":
// {"message": ...}}), so the stream itself must be read to know whether the pull worked. Keeps
// only the last status and the first error (each at most 300 characters) and at most 64 KiB of
// an unfinished line, however long the stream.
#pragma once

#include <QByteArray>
#include <QString>

namespace mechdock::docker {

class PullProgress {
public:
    static constexpr qsizetype kMaxLine = 64 * 1024;

    void feed(const QByteArray &bytes);
    // The last line when the stream ended without a newline.
    void finish();
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &lastStatus() const { return m_status; }
    qsizetype buffered() const { return m_line.size(); }

private:
    void readLine(const QByteArray &line);
    QByteArray m_line;
    QString m_error;
    QString m_status;
};

} // namespace mechdock::docker
