#include "logspage.h"

#include "logging/loghandler.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace mechdock::ui {

namespace {
constexpr int kMaxLines = 5000;

int severity(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
    case QtFatalMsg:
        return 3;
    }
    return 1;
}
} // namespace

LogsPage::LogsPage(QWidget *parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QPlainTextEdit(this))
    , m_timer(new QTimer(this)) {
    m_level->addItem(tr("Debug and above"), 0);
    m_level->addItem(tr("Info and above"), 1);
    m_level->addItem(tr("Warnings and errors"), 2);
    m_level->addItem(tr("Errors only"), 3);
    m_level->setCurrentIndex(1);
    m_level->setToolTip(tr("Show only messages of this level or more severe"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show only lines that contain this text"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFont(QStringLiteral("monospace")));

    auto *filters = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    filters->addWidget(levelLabel);
    filters->addWidget(m_level);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsPage::rebuild);
    connect(m_search, &QLineEdit::textChanged, this, &LogsPage::rebuild);
    connect(m_timer, &QTimer::timeout, this, &LogsPage::poll);
    m_timer->start(250);
}

int LogsPage::lineCount() const {
    return m_view->document()->isEmpty() ? 0 : m_view->blockCount();
}

void LogsPage::rebuild() {
    m_view->clear();
    m_lastSequence = 0;
    poll();
}

void LogsPage::setClient(client::EngineClient *client) {
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_remote.clear();
    if (client && client->streamsLog())
        connect(client, &client::EngineClient::logRecordsReceived, this, &LogsPage::appendRemote);
    rebuild();
}

void LogsPage::appendRemote(const QList<logging::LogRecord> &records) {
    // A restarted engine numbers its lines from 1 again: start over.
    if (!records.isEmpty() && !m_remote.isEmpty() &&
        records.first().sequence <= m_remote.last().sequence) {
        m_remote.clear();
        m_view->clear();
        m_lastSequence = 0;
    }
    m_remote += records;
    if (m_remote.size() > kMaxLines)
        m_remote.remove(0, m_remote.size() - kMaxLines);
    poll();
}

void LogsPage::poll() {
    QList<logging::LogRecord> records;
    if (m_client && m_client->streamsLog()) {
        for (const logging::LogRecord &r : std::as_const(m_remote)) {
            if (r.sequence > m_lastSequence)
                records.append(r);
        }
    } else if (logging::LogHandler *handler = logging::LogHandler::instance()) {
        records = handler->ring().since(m_lastSequence, kMaxLines);
    }
    if (records.isEmpty())
        return;
    m_lastSequence = records.last().sequence;
    const int minimum = m_level->currentData().toInt();
    const QString needle = m_search->text();
    QStringList lines;
    for (const logging::LogRecord &r : records) {
        if (severity(r.level) < minimum)
            continue;
        const QString line =
            QStringLiteral("%1 %2 %3: %4")
                .arg(QDateTime::fromMSecsSinceEpoch(r.epochMs).toString(
                         QStringLiteral("HH:mm:ss.zzz")),
                     logging::levelName(r.level).leftJustified(5), r.category, r.message);
        if (!needle.isEmpty() && !line.contains(needle, Qt::CaseInsensitive))
            continue;
        lines.append(line);
    }
    if (!lines.isEmpty())
        m_view->appendPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace mechdock::ui
