#include "loghandler.h"

#include "tokenscrubber.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <atomic>
#include <cstdio>

namespace mechdock::logging {

namespace {
std::atomic<LogHandler *> g_handler{nullptr};
thread_local bool t_inHandler = false;

int journalPriority(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}
} // namespace

LogHandler::LogHandler()
    : m_registration(memory::CacheRegistry::global().add(QStringLiteral("log.ring"), &m_ring)) {}

LogHandler::~LogHandler() = default;

LogHandler &LogHandler::install(const LogOptions &options) {
    LogHandler *h = g_handler.load();
    if (!h) {
        // Lives until exit: messages can arrive from any thread up to the very end.
        h = new LogHandler;
        g_handler = h;
        h->m_previous = qInstallMessageHandler(&LogHandler::messageHandler);
    }
    h->configure(options);
    return *h;
}

LogHandler *LogHandler::instance() {
    return g_handler.load();
}

void LogHandler::uninstall() {
    if (LogHandler *h = g_handler.load())
        qInstallMessageHandler(h->m_previous);
}

bool LogHandler::stderrIsJournal() {
    return !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
}

void LogHandler::configure(const LogOptions &options) {
    QMutexLocker lock(&m_mutex);
    m_options = options;
    m_ring.setCapacity(options.ringCapacity);
    m_file.reset();
    if (!options.filePath.isEmpty()) {
        auto file = std::make_unique<RotatingLogFile>(options.filePath, options.fileMaxBytes,
                                                      options.filesKept);
        if (file->open())
            m_file = std::move(file);
    }
    QString rules = qEnvironmentVariable("QT_LOGGING_RULES");
    if (!options.rules.isEmpty())
        rules = options.rules + QLatin1Char('\n') + rules;
    rules.replace(QLatin1Char(';'), QLatin1Char('\n'));
    QLoggingCategory::setFilterRules(rules);
}

QString LogHandler::formatLine(QtMsgType type, const QString &category, const QString &message,
                               qint64 epochMs, bool journald) {
    // One line per message, whatever the message holds.
    QString text = TokenScrubber::global().scrub(message);
    text.replace(QLatin1String("\r\n"), QLatin1String(" | "));
    text.replace(QLatin1Char('\n'), QLatin1String(" | "));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QString cat = category.isEmpty() ? QStringLiteral("default") : category;
    if (journald)
        return QStringLiteral("<%1>%2: %3").arg(journalPriority(type)).arg(cat, text);
    const QString time =
        QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
    return QStringLiteral("%1 %2 %3: %4").arg(time, levelName(type).leftJustified(5), cat, text);
}

void LogHandler::handle(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    LogRecord record;
    record.epochMs = now;
    record.level = type;
    record.category = category;
    record.message = TokenScrubber::global().scrub(message);
    {
        QMutexLocker lock(&m_mutex);
        if (m_options.toStderr) {
            const QByteArray line =
                formatLine(type, category, message, now, m_options.journald).toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fputc('\n', stderr);
            std::fflush(stderr);
        }
        if (m_file)
            m_file->writeLine(formatLine(type, category, message, now, false).toUtf8());
    }
    m_ring.append(record);
    emit recordAppended(m_ring.lastSequence());
}

void LogHandler::messageHandler(QtMsgType type, const QMessageLogContext &context,
                                const QString &message) {
    LogHandler *h = g_handler.load();
    // A message raised while handling a message (e.g. from a slot) must not recurse.
    if (!h || t_inHandler) {
        std::fprintf(stderr, "%s\n", qPrintable(TokenScrubber::global().scrub(message)));
        return;
    }
    t_inHandler = true;
    h->handle(type, context, message);
    t_inHandler = false;
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace mechdock::logging
