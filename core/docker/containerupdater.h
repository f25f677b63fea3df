// ContainerUpdater: one update of one container, as a chain of Engine API steps on the
// caller's event loop: inspect the container and its image → pull (the container's reference
// or another tag) → if the image id changed: stop the old container, rename it aside
// ("<name>-mechdock-old-<time>"), create the new one with the same configuration
// (ContainerRecreateSpec), join its other networks, start it, wait until it runs (and is
// healthy when it has a health check), then remove the old one. A failure after the old
// container was touched rolls back: the new one is removed, the old one gets its name back and
// runs again if it ran before. The old container is removed only once the new one proved
// itself, so a daemon that goes away mid-way leaves it stopped under its aside name at worst,
// which the result says. Every step is bounded: each request by the client's timeout, the pull
// and the wait by the options. `done` is called exactly once; the object deletes itself later.
#pragma once

#include "containerrecreatespec.h"
#include "containerupdate.h"
#include "pullprogress.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace mechdock::docker {

class DockerClient;
struct DockerReply;

class ContainerUpdater : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerUpdater)
public:
    enum class Step {
        Inspect,
        InspectOldImage,
        Pull,
        InspectNewImage,
        Stop,
        Rename,
        Create,
        Connect,
        Start,
        Verify,
        RemoveOld,
        Done,
    };

    ContainerUpdater(DockerClient *client, QString container, ContainerUpdateOptions options,
                     QObject *parent = nullptr);
    ~ContainerUpdater() override;

    void run(std::function<void(const ContainerUpdateResult &)> done);
    Step step() const { return m_step; }
    // The step's name for messages and logs ("pull", "create", ...).
    static QString stepName(Step step);

private:
    using Handler = void (ContainerUpdater::*)(const DockerReply &);
    void call(const QByteArray &method, const QString &path, const QByteArray &body,
              Handler handler);
    void enter(Step step);
    void onInspected(const DockerReply &r);
    void onOldImage(const DockerReply &r);
    void pull();
    void onPullData(const QByteArray &bytes);
    void onPullClosed(const DockerReply &r);
    void onNewImage(const DockerReply &r);
    void onStopped(const DockerReply &r);
    void onRenamed(const DockerReply &r);
    void onCreated(const DockerReply &r);
    void connectNext();
    void onConnected(const DockerReply &r);
    void onStarted(const DockerReply &r);
    void poll();
    void onPolled(const DockerReply &r);
    void onOldRemoved(const DockerReply &r);
    // A step failed: roll back what was done and report `why`.
    void fail(const QString &why);
    void rollbackNext();
    void onRollbackStep(const DockerReply &r);
    void finish(ContainerUpdateResult result);
    QString stepError(const DockerReply &r) const;

    QPointer<DockerClient> m_client;
    QString m_name;
    ContainerUpdateOptions m_options;
    std::function<void(const ContainerUpdateResult &)> m_done;
    Step m_step = Step::Inspect;
    ContainerUpdateResult m_result;

    QJsonObject m_inspect;
    QJsonObject m_oldImageConfig; // "Config" of the old image; empty when it is gone
    QString m_oldId;
    QString m_asideName;
    QString m_newId;
    bool m_wasRunning = false;
    bool m_stopped = false;
    bool m_renamed = false;
    QList<ContainerRecreateSpec::Network> m_pendingNetworks;

    quint64 m_pullStream = 0;
    PullProgress m_pull;
    QTimer m_deadline;
    QTimer m_pollTimer;
    QElapsedTimer m_sinceStart;

    enum class Rollback { RemoveNew, RenameBack, StartOld, Finished };
    Rollback m_rollback = Rollback::RemoveNew;
    QString m_failure;
    QStringList m_rollbackErrors;
};

} // namespace mechdock::docker
