#include "rotatinglogfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mechdock::logging {

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int filesKept)
    : m_path(std::move(path))
    , m_maxBytes(std::max<qint64>(4096, maxBytes))
    , m_filesKept(std::max(1, filesKept)) {}

bool RotatingLogFile::open(QString *error) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

void RotatingLogFile::rotate() {
    m_file.close();
    QFile::remove(QStringLiteral("%1.%2").arg(m_path).arg(m_filesKept));
    for (int i = m_filesKept - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(m_path).arg(i),
                      QStringLiteral("%1.%2").arg(m_path).arg(i + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void RotatingLogFile::writeLine(const QByteArray &line) {
    if (!m_file.isOpen())
        return;
    if (m_file.size() + line.size() + 1 > m_maxBytes)
        rotate();
    m_file.write(line);
    m_file.write("\n", 1);
    m_file.flush();
}

} // namespace mechdock::logging
