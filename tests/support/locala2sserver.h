// LocalA2sServer: a game server that answers Valve's A2S_INFO and A2S_PLAYER on 127.0.0.1 over
// UDP, written here from the protocol's description (not with the client's codec), for the
// player-count tests: the S2C_CHALLENGE step, split player lists, silence and garbage.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUdpSocket>

namespace mechdock::test {

class LocalA2sServer : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Normal,
        Silent,           // reads requests, never answers
        Garbage,          // answers every request with garbage()
        EndlessChallenge, // answers every request with a new challenge
        NoPlayerList,     // answers A2S_INFO but never A2S_PLAYER
    };

    explicit LocalA2sServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_socket.localPort(); }

    void setMode(Mode mode) { m_mode = mode; }
    void setServerName(const QString &name) { m_serverName = name; }
    void setPlayers(const QStringList &names) { m_players = names; }
    void setMaxPlayers(int max) { m_maxPlayers = max; }
    void setRequireChallenge(bool on) { m_requireChallenge = on; }
    // > 0: the player list goes out in parts of at most this many payload bytes, last first.
    void setSplitPayloadBytes(int bytes) { m_splitBytes = bytes; }
    void setGarbage(const QByteArray &bytes) { m_garbage = bytes; }

    int infoRequests() const { return m_infoRequests; }
    int playerRequests() const { return m_playerRequests; }
    int challengesSent() const { return m_challengesSent; }

private:
    void onReadyRead();
    void answer(const QByteArray &request, const QHostAddress &to, quint16 port);
    QByteArray infoAnswer() const;
    QByteArray playerAnswer() const;
    void sendChallenge(const QHostAddress &to, quint16 port);
    void sendMaybeSplit(const QByteArray &answer, const QHostAddress &to, quint16 port);

    QUdpSocket m_socket;
    Mode m_mode = Mode::Normal;
    QString m_serverName = QStringLiteral("Local Valheim");
    QStringList m_players;
    int m_maxPlayers = 10;
    bool m_requireChallenge = true;
    int m_splitBytes = 0;
    QByteArray m_garbage = QByteArrayLiteral("\xFF\xFF\xFF\xFFIgarbage");
    qint32 m_challenge = 0x1A2B3C4D;
    int m_infoRequests = 0;
    int m_playerRequests = 0;
    int m_challengesSent = 0;
};

} // namespace mechdock::test
