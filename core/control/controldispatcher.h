// ControlDispatcher: runs the engine's control API methods against a BotService. A table maps
// each ControlMethod to its handler; every handler answers exactly once through its Reply (at
// once, or later for Docker calls). State-changing methods are audited with the caller and the
// source "api" (container actions and donations by the engine's own routes, which audit them).
// Lives on the service thread.
#pragma once

#include "controlcaller.h"
#include "controlexpected.h"
#include "controlmethod.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace mechdock::service {
class BotService;
}

namespace mechdock::control {

class ControlDispatcher {
    Q_DISABLE_COPY_MOVE(ControlDispatcher)
public:
    using Result = ControlExpected<QJsonObject>;
    using Reply = std::function<void(const Result &)>;

    static constexpr int kMaxLogLines = 1000;
    static constexpr qsizetype kMaxLogBytes = 512 * 1024;
    static constexpr int kMaxAuditRows = 1000;
    static constexpr int kMaxHistoryRows = 500;
    static constexpr int kMaxMemorySamples = 3000;
    // Larger animations would not fit a message once in base64.
    static constexpr qsizetype kMaxAnimationBytes = 2 * 1024 * 1024;

    explicit ControlDispatcher(service::BotService &service);

    // Subscribe and unsubscribe are the session's; any other method is answered here.
    void dispatch(ControlMethod method, const QJsonObject &params, const ControlCaller &caller,
                  Reply reply);

private:
    using Handler = void (ControlDispatcher::*)(const QJsonObject &, const ControlCaller &,
                                                const Reply &);
    void snapshotGet(const QJsonObject &, const ControlCaller &, const Reply &reply);
    void containersAction(const QJsonObject &params, const ControlCaller &caller,
                          const Reply &reply);
    void containersLogs(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void schedulerList(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void schedulerAdd(const QJsonObject &params, const ControlCaller &caller, const Reply &reply);
    void schedulerUpdate(const QJsonObject &params, const ControlCaller &caller,
                         const Reply &reply);
    void schedulerRemove(const QJsonObject &params, const ControlCaller &caller,
                         const Reply &reply);
    void schedulerPreview(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void mechGet(const QJsonObject &, const ControlCaller &, const Reply &reply);
    void mechDonate(const QJsonObject &params, const ControlCaller &caller, const Reply &reply);
    void mechHistory(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void mechAnimation(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void auditQuery(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void settingsGet(const QJsonObject &, const ControlCaller &, const Reply &reply);
    void settingsValidate(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void settingsSet(const QJsonObject &params, const ControlCaller &caller, const Reply &reply);
    void settingsSetToken(const QJsonObject &params, const ControlCaller &caller,
                          const Reply &reply);
    void settingsCheckToken(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    // Writes the token into the settings file (0600), reloads, answers.
    void storeTokenInFile(const QString &token, const QString &keychainError,
                          const ControlCaller &caller, const Reply &reply);
    void cleanupForce(const QJsonObject &, const ControlCaller &caller, const Reply &reply);
    void memoryHistory(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void discordChannels(const QJsonObject &, const ControlCaller &, const Reply &reply);
    void autoActionsTest(const QJsonObject &params, const ControlCaller &, const Reply &reply);
    void autoActionsStatus(const QJsonObject &, const ControlCaller &, const Reply &reply);

    void audit(const ControlCaller &caller, ControlMethod method, const QString &target,
               const Result &result, const QString &detail = {});

    service::BotService &m_service;
    QHash<ControlMethod, Handler> m_handlers;
};

} // namespace mechdock::control
