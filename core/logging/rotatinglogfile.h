// RotatingLogFile: mechdock.log with size-based rotation (mechdock.log.1 ... .N), so a panel
// left running for months keeps a bounded amount of disk.
#pragma once

#include <QFile>
#include <QString>

namespace mechdock::logging {

class RotatingLogFile {
    Q_DISABLE_COPY_MOVE(RotatingLogFile)
public:
    RotatingLogFile(QString path, qint64 maxBytes, int filesKept);
    bool open(QString *error = nullptr);
    void writeLine(const QByteArray &line);
    QString path() const { return m_path; }

private:
    void rotate();
    QString m_path;
    qint64 m_maxBytes;
    int m_filesKept;
    QFile m_file;
};

} // namespace mechdock::logging
