#include "a2sclient.h"

#include <QHostInfo>
#include <QNetworkDatagram>

namespace mechdock::gamequery {

namespace {
constexpr int kMaxChallenges = 3;
constexpr int kMaxDatagramsPerRead = 64;
} // namespace

A2sClient::A2sClient(QObject *parent)
    : GameQueryClient(parent) {
    connect(&m_socket, &QUdpSocket::readyRead, this, &A2sClient::onReadyRead);
}

void A2sClient::begin(const QString &host, quint16 port) {
    m_port = port;
    QHostAddress address;
    if (address.setAddress(host)) {
        sendTo(address);
        return;
    }
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        if (done())
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finish(GameQueryResult::failure(
                tr("cannot resolve %1: %2").arg(host, info.errorString())));
            return;
        }
        sendTo(info.addresses().constFirst());
    });
}

void A2sClient::sendTo(const QHostAddress &address) {
    m_address = address;
    const QHostAddress any = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QHostAddress(QHostAddress::AnyIPv6)
                                 : QHostAddress(QHostAddress::AnyIPv4);
    if (!m_socket.bind(any, 0)) {
        finish(GameQueryResult::failure(
            tr("cannot open a UDP socket: %1").arg(m_socket.errorString())));
        return;
    }
    send();
}

void A2sClient::send() {
    const QByteArray request = m_stage == Stage::Info ? A2sCodec::infoRequest(m_challenge)
                                                      : A2sCodec::playerRequest(m_challenge);
    if (m_socket.writeDatagram(request, m_address, m_port) < 0)
        finish(GameQueryResult::failure(tr("cannot send to %1:%2: %3")
                                            .arg(m_address.toString())
                                            .arg(m_port)
                                            .arg(m_socket.errorString())));
}

void A2sClient::onReadyRead() {
    for (int i = 0; i < kMaxDatagramsPerRead && m_socket.hasPendingDatagrams() && !done(); ++i) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(A2sCodec::kMaxDatagram + 1);
        // Only the server asked answers; anything else on this port is ignored.
        if (datagram.senderPort() != m_port ||
            !datagram.senderAddress().isEqual(m_address, QHostAddress::TolerantConversion))
            continue;
        if (datagram.data().size() > A2sCodec::kMaxDatagram) {
            finish(GameQueryResult::failure(
                tr("the server's answer is larger than %1 bytes").arg(A2sCodec::kMaxDatagram)));
            return;
        }
        handle(A2sCodec::parse(datagram.data()));
    }
    // Whatever is left over after the bound waits for the next readyRead.
}

void A2sClient::handle(const A2sPacket &packet) {
    switch (packet.kind) {
    case A2sPacketKind::Invalid:
        finish(
            GameQueryResult::failure(tr("not a Source server query answer: %1").arg(packet.error)));
        return;
    case A2sPacketKind::SplitPart: {
        const std::optional<QByteArray> whole = m_split.add(packet.split);
        if (!whole)
            return;
        const A2sPacket inner = A2sCodec::parse(*whole);
        if (inner.kind == A2sPacketKind::SplitPart) {
            finish(GameQueryResult::failure(
                tr("not a Source server query answer: a split answer inside a split answer")));
            return;
        }
        handle(inner);
        return;
    }
    case A2sPacketKind::Challenge:
        if (++m_challenges > kMaxChallenges) {
            finish(m_info.ok ? m_info
                             : GameQueryResult::failure(tr(
                                   "the server keeps asking for a challenge and never answers")));
            return;
        }
        m_challenge = packet.challenge;
        send();
        return;
    case A2sPacketKind::Info:
        if (m_stage != Stage::Info)
            return;
        m_info = packet.result;
        m_stage = Stage::Players;
        m_challenge = -1;
        m_challenges = 0;
        m_split.reset();
        // Nobody to name: no need to ask.
        if (m_info.online <= 0) {
            finish(m_info);
            return;
        }
        send();
        return;
    case A2sPacketKind::Players: {
        if (m_stage != Stage::Players)
            return;
        GameQueryResult r = m_info;
        r.names = packet.result.names;
        finish(r);
        return;
    }
    }
}

} // namespace mechdock::gamequery
