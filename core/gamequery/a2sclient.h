// A2sClient: asks a Source/Steam game server for A2S_INFO, then A2S_PLAYER for the names, over
// UDP. Answers the S2C_CHALLENGE step and puts split answers together. When the player list
// does not come (many servers turn it off), the counts from A2S_INFO are the answer.
#pragma once

#include "a2ssplitassembler.h"
#include "gamequeryclient.h"

#include <QHostAddress>
#include <QUdpSocket>

namespace mechdock::gamequery {

class A2sClient final : public GameQueryClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(A2sClient)
public:
    explicit A2sClient(QObject *parent = nullptr);

protected:
    void begin(const QString &host, quint16 port) override;
    GameQueryResult partial() const override { return m_info; }

private:
    enum class Stage { Info, Players };
    void sendTo(const QHostAddress &address);
    void send();
    void onReadyRead();
    void handle(const A2sPacket &packet);

    QUdpSocket m_socket;
    QHostAddress m_address;
    quint16 m_port = 0;
    Stage m_stage = Stage::Info;
    qint32 m_challenge = -1;
    int m_challenges = 0; // bounded: a server that keeps asking is not answering
    A2sSplitAssembler m_split;
    GameQueryResult m_info;
};

} // namespace mechdock::gamequery
