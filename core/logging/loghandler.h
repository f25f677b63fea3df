// LogHandler: the process's Qt message handler. Every message becomes one scrubbed line: on
// stderr (with journald priority prefixes when systemd reads it), in a rotated file for the
// panel, and in the in-memory ring the Logs page shows.
#pragma once

#include "logring.h"
#include "rotatinglogfile.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

namespace mechdock::logging {

struct LogOptions {
    bool toStderr = true;
    QString filePath; // empty: no file
    qint64 fileMaxBytes = 2 * 1024 * 1024;
    int filesKept = 3;
    int ringCapacity = 2000;
    QString rules;         // QT_LOGGING_RULES syntax, added to the environment's
    bool journald = false; // "<N>" priority prefixes instead of timestamps
};

class LogHandler : public QObject {
    Q_OBJECT
public:
    // Installs the handler for the whole process; later calls replace the options.
    static LogHandler &install(const LogOptions &options);
    static LogHandler *instance();
    static void uninstall();
    ~LogHandler() override;

    LogRing &ring() { return m_ring; }
    // journald sets JOURNAL_STREAM for services whose stderr it reads.
    static bool stderrIsJournal();
    // One formatted, scrubbed line (what the handler writes); public for tests.
    static QString formatLine(QtMsgType type, const QString &category, const QString &message,
                              qint64 epochMs, bool journald);

signals:
    // Emitted from the logging thread; connect with a queued connection.
    void recordAppended(quint64 sequence);

private:
    LogHandler();
    void configure(const LogOptions &options);
    void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static void messageHandler(QtMsgType type, const QMessageLogContext &context,
                               const QString &message);

    QMutex m_mutex;
    LogOptions m_options;
    LogRing m_ring;
    memory::CacheRegistry::Registration m_registration;
    std::unique_ptr<RotatingLogFile> m_file;
    QtMessageHandler m_previous = nullptr;
};

} // namespace mechdock::logging
