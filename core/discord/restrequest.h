// RestRequest / RestResponse: one Discord REST call as the bot describes it, and what came back.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mechdock::discord {

struct RestFile {
    QString filename;
    QByteArray contentType = "application/octet-stream";
    QByteArray data;
};

struct RestRequest {
    QByteArray method = "GET";
    QString path; // below the API base, e.g. "/channels/1/messages"
    QByteArray body;
    bool hasJsonBody = false;
    QList<RestFile> files; // sent as multipart/form-data with the body as payload_json
    QString auditLogReason;
    bool authorized = true; // interaction callbacks and webhooks work without the bot token
    // Monotonic ms (Clock::system()) after which sending is pointless: an interaction callback
    // past Discord's 3 s is refused as unknown and counts as an invalid request. 0: no deadline.
    qint64 answerByMs = 0;

    static RestRequest json(const QByteArray &method, const QString &path,
                            const QJsonDocument &body);
    static RestRequest json(const QByteArray &method, const QString &path,
                            const QJsonObject &body) {
        return json(method, path, QJsonDocument(body));
    }
    static RestRequest get(const QString &path);
    bool isInteractionCallback() const;
};

struct RestResponse {
    int status = 0; // 0: no HTTP answer (network error, timeout, dropped from the queue)
    QByteArray body;
    QString error; // translated, empty on success
    int attempts = 0;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace mechdock::discord
