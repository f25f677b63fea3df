#include "instancelock.h"

#include "common/translation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostInfo>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace mechdock::service {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::service::InstanceLock", text);
}

QString systemError() {
#ifdef Q_OS_WIN
    return QString::number(GetLastError());
#else
    return QString::fromLocal8Bit(std::strerror(errno));
#endif
}
} // namespace

InstanceLock::InstanceLock(QString dataDir)
    : m_path(lockPath(dataDir)) {}

InstanceLock::~InstanceLock() {
    release();
}

QString InstanceLock::lockPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("mechdock.lock"));
}

InstanceLock::Result InstanceLock::tryAcquire() {
    if (m_fd >= 0)
        return Result::Acquired;
#ifdef Q_OS_WIN
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t *>(m_path.utf16()),
                                GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        m_error = tr("cannot open %1: %2").arg(m_path, systemError());
        return Result::Error;
    }
    OVERLAPPED overlapped{};
    if (!LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
                    &overlapped)) {
        CloseHandle(handle);
        m_error = tr("another Mechdock engine uses this data folder");
        return Result::HeldByOther;
    }
    const int fd = _open_osfhandle(intptr_t(handle), _O_RDWR);
#else
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        m_error = tr("cannot open %1: %2").arg(m_path, systemError());
        return Result::Error;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const bool busy = errno == EWOULDBLOCK;
        m_error = busy ? tr("another Mechdock engine uses this data folder")
                       : tr("cannot lock %1: %2").arg(m_path, systemError());
        ::close(fd);
        return busy ? Result::HeldByOther : Result::Error;
    }
#endif
    m_fd = fd;
    // Who holds it, for the message a second engine prints. The lock is on the open file, not
    // on its content, so rewriting it is safe.
    const QByteArray info =
        QStringLiteral("%1\n%2\n%3\n%4\n")
            .arg(QCoreApplication::applicationPid())
            .arg(QHostInfo::localHostName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 QCoreApplication::applicationName())
            .toUtf8();
#ifdef Q_OS_WIN
    _chsize(fd, 0);
    _lseek(fd, 0, SEEK_SET);
    _write(fd, info.constData(), unsigned(info.size()));
#else
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, info.constData(), size_t(info.size()), 0) < 0)
        m_error = tr("locked, but cannot record the holder in %1: %2").arg(m_path, systemError());
#endif
    return Result::Acquired;
}

LockHolder InstanceLock::holder() const {
    LockHolder h;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QList<QByteArray> lines = f.read(4096).split('\n');
    h.pid = lines.value(0).trimmed().toLongLong();
    h.host = QString::fromUtf8(lines.value(1).trimmed());
    h.startedAt = QString::fromUtf8(lines.value(2).trimmed());
    h.program = QString::fromUtf8(lines.value(3).trimmed());
    return h;
}

void InstanceLock::release() {
    if (m_fd < 0)
        return;
#ifdef Q_OS_WIN
    _close(m_fd);
#else
    // The file stays: removing it would race with a starting engine that already opened it.
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
#endif
    m_fd = -1;
}

} // namespace mechdock::service
