#include "dockereventstream.h"

#include "common/clock.h"
#include "dockerclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace mechdock::docker {

namespace {
bool reported(const QString &action) {
    static const QStringList actions{
        QStringLiteral("start"),         QStringLiteral("die"),     QStringLiteral("stop"),
        QStringLiteral("kill"),          QStringLiteral("restart"), QStringLiteral("destroy"),
        QStringLiteral("create"),        QStringLiteral("pause"),   QStringLiteral("unpause"),
        QStringLiteral("health_status"), QStringLiteral("oom"),     QStringLiteral("rename")};
    return actions.contains(action);
}
} // namespace

DockerEventStream::DockerEventStream(DockerClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock ? clock : &Clock::system()) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DockerEventStream::subscribe);
    if (client)
        connect(client, &DockerClient::stopRequested, this, &DockerEventStream::onStopRequested);
}

void DockerEventStream::onStopRequested(const QString &name) {
    if (!m_running || !m_client || m_client->engineKind() != EngineKind::Podman)
        return;
    // Docker sends `kill` (and `stop`) before the `die` of a requested stop; Podman 4 sends only
    // the `die`, before it even answers the stop request. Say it was asked for, as Docker would.
    ContainerEvent e;
    e.endpoint = m_client->endpoint().name;
    e.action = QStringLiteral("kill");
    e.detail = QStringLiteral("requested");
    e.name = name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
    emit containerEvent(e);
}

DockerEventStream::~DockerEventStream() {
    stop();
}

void DockerEventStream::setBackoff(int initialMs, int maxMs) {
    m_initialMs = std::max(1, initialMs);
    m_maxMs = std::max(m_initialMs, maxMs);
    m_delayMs = m_initialMs;
}

bool DockerEventStream::parseEvent(const QByteArray &json, ContainerEvent *out) {
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return false;
    const QString type = o.value(QStringLiteral("Type")).toString();
    if (!type.isEmpty() && type != QLatin1String("container"))
        return false;
    QString action = o.value(QStringLiteral("Action")).toString();
    if (action.isEmpty())
        action = o.value(QStringLiteral("status")).toString(); // before API 1.22
    QString detail;
    // "health_status: healthy", "exec_start: sh": the action, then a detail.
    const int colon = action.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        detail = action.mid(colon + 1).trimmed();
        action = action.left(colon).trimmed();
    }
    if (!reported(action))
        return false;
    const QJsonObject actor = o.value(QStringLiteral("Actor")).toObject();
    const QJsonObject attributes = actor.value(QStringLiteral("Attributes")).toObject();
    ContainerEvent e;
    e.action = action;
    e.detail = detail;
    e.id = actor.value(QStringLiteral("ID")).toString();
    if (e.id.isEmpty())
        e.id = o.value(QStringLiteral("id")).toString();
    e.name = attributes.value(QStringLiteral("name")).toString();
    e.image = attributes.value(QStringLiteral("image")).toString();
    if (action == QLatin1String("kill"))
        e.detail = attributes.value(QStringLiteral("signal")).toString();
    e.service = attributes.value(QStringLiteral("com.docker.swarm.service.name")).toString();
    if (attributes.contains(QStringLiteral("exitCode")))
        e.exitCode = attributes.value(QStringLiteral("exitCode")).toString().toInt();
    e.timeNano = o.value(QStringLiteral("timeNano")).toInteger();
    if (e.timeNano == 0)
        e.timeNano = o.value(QStringLiteral("time")).toInteger() * 1000000000LL;
    if (e.name.isEmpty() && e.id.isEmpty())
        return false;
    *out = e;
    return true;
}

void DockerEventStream::start() {
    if (m_running)
        return;
    m_running = true;
    m_delayMs = m_initialMs;
    subscribe();
}

void DockerEventStream::stop() {
    m_running = false;
    m_retry.stop();
    if (m_streamId && m_client)
        m_client->cancelStream(m_streamId);
    m_streamId = 0;
    setConnected(false, {});
}

void DockerEventStream::reconnectNow() {
    if (!m_running || m_streamId)
        return;
    m_retry.stop();
    m_delayMs = m_initialMs;
    subscribe();
}

void DockerEventStream::subscribe() {
    if (!m_running || !m_client || m_streamId)
        return;
    QString path =
        QStringLiteral("/events?filters=") +
        QString::fromLatin1(QUrl::toPercentEncoding(
            QStringLiteral("{\"type\":[\"%1\"]}").arg(m_types.join(QStringLiteral("\",\"")))));
    // After a drop, ask for what happened since the last event (or since the stream was last
    // known to be up); duplicates within that second are filtered by timeNano.
    if (m_sinceSec > 0)
        path += QStringLiteral("&since=%1").arg(m_sinceSec);
    m_line.clear();
    m_skipLine = false;
    ++m_subscriptions;
    // openStream may fail at once (no socket file, connection refused) and call `closed` before
    // it returns; the id it returns then names a stream that is already over. Keeping that id
    // would block every later subscribe() and reconnectNow() for good.
    const int attempt = m_subscriptions;
    m_closedAttempt = 0;
    const quint64 id = m_client->openStream(
        "GET", path,
        [this](int status) {
            if (status == 200) {
                m_delayMs = m_initialMs;
                if (m_sinceSec == 0)
                    m_sinceSec = m_clock->epochMs() / 1000;
                setConnected(true, {});
            }
        },
        [this](const QByteArray &bytes) { onData(bytes); },
        [this, attempt](const DockerReply &reply) {
            m_streamId = 0;
            m_closedAttempt = attempt;
            onClosed(reply.ok ? DockerClient::errorMessage(reply) : reply.error);
        });
    if (m_closedAttempt != attempt)
        m_streamId = id;
}

void DockerEventStream::onData(const QByteArray &bytes) {
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', from);
        const QByteArray piece = bytes.mid(from, nl < 0 ? -1 : nl - from);
        from = nl < 0 ? bytes.size() : nl + 1;
        if (!m_skipLine) {
            if (m_line.size() + piece.size() > kMaxLineBytes) {
                m_line.clear();
                m_skipLine = true;
            } else {
                m_line += piece;
            }
        }
        if (nl < 0)
            break;
        const QByteArray line = m_line.trimmed();
        m_line.clear();
        const bool skipped = m_skipLine;
        m_skipLine = false;
        if (skipped || line.isEmpty())
            continue;
        ContainerEvent event;
        if (!parseEvent(line, &event)) {
            ServiceEvent service;
            if (m_types.contains(QLatin1String("service")) &&
                SwarmParser::parseServiceEvent(QJsonDocument::fromJson(line).object(), &service)) {
                service.endpoint = m_client ? m_client->endpoint().name : QString();
                ++m_delivered;
                emit serviceEvent(service);
                if (!m_running)
                    return;
            }
            continue;
        }
        if (event.timeNano > 0 && event.timeNano <= m_lastTimeNano)
            continue; // replayed by `since` after a reconnect
        m_lastTimeNano = std::max(m_lastTimeNano, event.timeNano);
        if (event.timeNano > 0)
            m_sinceSec = event.timeNano / 1000000000LL;
        event.endpoint = m_client ? m_client->endpoint().name : QString();
        ++m_delivered;
        emit containerEvent(event);
        if (!m_running)
            return;
    }
}

void DockerEventStream::onClosed(const QString &error) {
    setConnected(false, error.isEmpty() ? tr("the event stream ended") : error);
    scheduleRetry();
}

void DockerEventStream::scheduleRetry() {
    if (!m_running)
        return;
    m_retry.start(m_delayMs);
    m_delayMs = std::min(m_maxMs, m_delayMs * 2);
}

void DockerEventStream::setConnected(bool connected, const QString &error) {
    const bool changed = connected != m_connected || error != m_lastError;
    m_connected = connected;
    m_lastError = error;
    if (changed)
        emit connectedChanged(connected, error);
}

} // namespace mechdock::docker
