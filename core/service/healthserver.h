// HealthServer: the local HTTP endpoint for monitoring: /health (200 or 503 with the reasons),
// /health/memory, and /metrics in Prometheus text format. Off when the listen address is empty;
// an optional bearer token guards every route.
#pragma once

#include "servicesnapshot.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace mechdock::service {

struct HealthVerdict {
    bool healthy = true;
    QStringList reasons;
};

class HealthServer : public QObject {
    Q_OBJECT
public:
    using SnapshotSource = std::function<ServiceSnapshot()>;

    HealthServer(SnapshotSource source, QObject *parent = nullptr);
    ~HealthServer() override;

    // "ADDRESS:PORT"; port 0 picks a free one. Returns false with the reason.
    bool listen(const QString &address, const QString &bearerToken, QString *error);
    quint16 port() const { return m_port; }
    void close();

    static HealthVerdict judge(const ServiceSnapshot &snapshot);
    static QByteArray healthJson(const ServiceSnapshot &snapshot);
    static QByteArray memoryJson(const ServiceSnapshot &snapshot);

private:
    bool authorized(const QHttpServerRequest &request) const;

    SnapshotSource m_source;
    std::unique_ptr<QHttpServer> m_server;
    QString m_token;
    quint16 m_port = 0;
};

} // namespace mechdock::service
