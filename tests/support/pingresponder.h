// PingResponder: a unix-socket server that answers every request the way dockerd answers
// /_ping, for tests of endpoint checks that need no real daemon.
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace mechdock::test {

class PingResponder : public QObject {
public:
    // answer = false: accepts connections and never answers (a hung daemon).
    explicit PingResponder(const QString &path, bool answer = true);
    bool isListening() const { return m_server.isListening(); }

private:
    QLocalServer m_server;
};

} // namespace mechdock::test
