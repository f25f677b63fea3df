// InstanceLock: one engine per data folder. An advisory lock (flock on Unix, LockFileEx on
// Windows) on "<data>/mechdock.lock" that the kernel drops when the process dies, so a crash or
// kill -9 never leaves a stale lock behind, and a reused PID (PID 1 in a container) cannot make a
// dead owner look alive. The file also names the holder (pid, host, start time) for the refusal.
#pragma once

#include <QString>

#include <memory>

namespace mechdock::service {

struct LockHolder {
    qint64 pid = 0;
    QString host;
    QString startedAt; // ISO 8601
    QString program;   // mechdock, mechdockd, ...
};

class InstanceLock {
    Q_DISABLE_COPY_MOVE(InstanceLock)
public:
    enum class Result { Acquired, HeldByOther, Error };

    explicit InstanceLock(QString dataDir);
    ~InstanceLock();

    Result tryAcquire();
    bool isHeld() const { return m_fd >= 0; }
    // Who holds it, as written by the holder; empty fields when unknown.
    LockHolder holder() const;
    // Why tryAcquire() failed, in words for the operator.
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    void release();

    static QString lockPath(const QString &dataDir);
    // Exit code of a second service on a locked folder (EX_TEMPFAIL: another one runs).
    static constexpr int kExitCodeLocked = 75;

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
};

} // namespace mechdock::service
