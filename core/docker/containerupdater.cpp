#include "containerupdater.h"

#include "dockerclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace mechdock::docker {

namespace {
QString s(const char *text) {
    return QString::fromLatin1(text);
}
QString encoded(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isValidTag(const QString &tag) {
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return rule.match(tag).hasMatch();
}
} // namespace

ContainerUpdater::ContainerUpdater(DockerClient *client, QString container,
                                   ContainerUpdateOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_name(std::move(container))
    , m_options(options) {
    m_deadline.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ContainerUpdater::poll);
}

ContainerUpdater::~ContainerUpdater() {
    if (m_pullStream && m_client)
        m_client->cancelStream(m_pullStream);
}

QString ContainerUpdater::stepName(Step step) {
    switch (step) {
    case Step::Inspect:
        return s("inspect");
    case Step::InspectOldImage:
        return s("inspect the old image");
    case Step::Pull:
        return s("pull");
    case Step::InspectNewImage:
        return s("inspect the new image");
    case Step::Stop:
        return s("stop");
    case Step::Rename:
        return s("rename");
    case Step::Create:
        return s("create");
    case Step::Connect:
        return s("connect");
    case Step::Start:
        return s("start");
    case Step::Verify:
        return s("verify");
    case Step::RemoveOld:
        return s("remove the old container");
    case Step::Done:
        return s("done");
    }
    return {};
}

void ContainerUpdater::run(std::function<void(const ContainerUpdateResult &)> done) {
    m_done = std::move(done);
    if (!DockerClient::isValidName(m_name)) {
        fail(DockerClient::invalidNameMessage(m_name));
        return;
    }
    if (!m_options.tag.isEmpty() && !isValidTag(m_options.tag)) {
        fail(tr("\"%1\" is not a valid image tag").arg(m_options.tag.left(130)));
        return;
    }
    enter(Step::Inspect);
    call("GET", QStringLiteral("/containers/%1/json").arg(encoded(m_name)), {},
         &ContainerUpdater::onInspected);
}

void ContainerUpdater::enter(Step step) {
    m_step = step;
}

void ContainerUpdater::call(const QByteArray &method, const QString &path, const QByteArray &body,
                            Handler handler) {
    if (!m_client) {
        DockerReply gone;
        gone.error = tr("the Docker endpoint went away");
        (this->*handler)(gone);
        return;
    }
    QPointer<ContainerUpdater> self(this);
    m_client->request(method, path, body, [self, handler](const DockerReply &r) {
        if (self)
            (self.data()->*handler)(r);
    });
}

QString ContainerUpdater::stepError(const DockerReply &r) const {
    return tr("%1 failed: %2").arg(stepName(m_step), DockerClient::errorMessage(r));
}

void ContainerUpdater::onInspected(const DockerReply &r) {
    if (!r.ok || r.status != 200)
        return fail(stepError(r));
    m_inspect = QJsonDocument::fromJson(r.body).object();
    m_oldId = m_inspect.value(s("Id")).toString();
    m_result.oldImageId = m_inspect.value(s("Image")).toString();
    // The container may have been named by its id; the new one takes the old one's name.
    const QString name = m_inspect.value(s("Name")).toString().mid(1);
    if (DockerClient::isValidName(name))
        m_name = name;
    const QJsonObject state = m_inspect.value(s("State")).toObject();
    m_wasRunning = state.value(s("Running")).toBool() || state.value(s("Restarting")).toBool();
    ImageReference ref =
        ImageReference::parse(m_inspect.value(s("Config")).toObject().value(s("Image")).toString());
    if (m_oldId.isEmpty() || m_result.oldImageId.isEmpty())
        return fail(tr("Docker's description of %1 has no container or image id").arg(m_name));
    if (!ref.isValid())
        return fail(tr("%1 was created from an image id, not a name; there is nothing to pull")
                        .arg(m_name));
    if (!m_options.tag.isEmpty()) {
        ref.tag = m_options.tag;
        ref.digest.clear();
    }
    if (!ref.digest.isEmpty())
        return fail(tr("%1 is pinned to the digest %2; give a tag to update it")
                        .arg(m_name, ref.digest.left(80)));
    m_result.image = ref.text();
    enter(Step::InspectOldImage);
    call("GET", QStringLiteral("/images/%1/json").arg(m_result.oldImageId), {},
         &ContainerUpdater::onOldImage);
}

void ContainerUpdater::onOldImage(const DockerReply &r) {
    // An old image that was removed meanwhile is no error: the container keeps all it has.
    if (r.ok && r.status == 200)
        m_oldImageConfig = QJsonDocument::fromJson(r.body).object().value(s("Config")).toObject();
    else if (!r.ok || r.status != 404)
        return fail(stepError(r));
    pull();
}

void ContainerUpdater::pull() {
    enter(Step::Pull);
    if (!m_client)
        return fail(tr("the Docker endpoint went away"));
    const ImageReference ref = ImageReference::parse(m_result.image);
    const QString path = QStringLiteral("/images/create?fromImage=%1&tag=%2")
                             .arg(encoded(ref.repository), encoded(ref.tag));
    QPointer<ContainerUpdater> self(this);
    m_deadline.disconnect(this);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_pullStream && m_client)
            m_client->cancelStream(m_pullStream);
        m_pullStream = 0;
        fail(tr("pull failed: not finished within %1 s").arg(m_options.pullTimeoutMs / 1000));
    });
    m_deadline.start(m_options.pullTimeoutMs);
    m_pullStream = m_client->openStream(
        "POST", path, [](int) {},
        [self](const QByteArray &bytes) {
            if (self)
                self->onPullData(bytes);
        },
        [self](const DockerReply &r) {
            if (self)
                self->onPullClosed(r);
        });
}

void ContainerUpdater::onPullData(const QByteArray &bytes) {
    m_pull.feed(bytes);
}

void ContainerUpdater::onPullClosed(const DockerReply &r) {
    m_pullStream = 0;
    m_deadline.stop();
    m_pull.finish();
    if (r.ok && (r.status < 200 || r.status >= 300))
        return fail(stepError(r));
    if (m_pull.failed())
        return fail(tr("pull of %1 failed: %2").arg(m_result.image, m_pull.error()));
    if (!r.ok && !r.error.isEmpty())
        return fail(tr("pull of %1 failed: %2").arg(m_result.image, r.error));
    enter(Step::InspectNewImage);
    call("GET", QStringLiteral("/images/%1/json").arg(m_result.image), {},
         &ContainerUpdater::onNewImage);
}

void ContainerUpdater::onNewImage(const DockerReply &r) {
    if (!r.ok || r.status != 200)
        return fail(stepError(r));
    m_result.newImageId = QJsonDocument::fromJson(r.body).object().value(s("Id")).toString();
    if (m_result.newImageId.isEmpty())
        return fail(tr("Docker's description of %1 has no id").arg(m_result.image));
    if (m_result.newImageId == m_result.oldImageId) {
        m_result.ok = true;
        m_result.message = tr("%1 is already up to date (image %2)")
                               .arg(m_name, shortImageId(m_result.oldImageId));
        return finish(m_result);
    }
    enter(Step::Stop);
    if (!m_wasRunning) {
        DockerReply stopped;
        stopped.ok = true;
        stopped.status = 304;
        return onStopped(stopped);
    }
    // The request may take the whole stop time and then some; the client's own timeout bounds it.
    call("POST",
         QStringLiteral("/containers/%1/stop?t=%2").arg(m_oldId).arg(m_options.stopTimeoutSec), {},
         &ContainerUpdater::onStopped);
}

void ContainerUpdater::onStopped(const DockerReply &r) {
    if (!r.ok || (r.status != 204 && r.status != 304))
        return fail(stepError(r));
    m_stopped = m_wasRunning;
    enter(Step::Rename);
    m_asideName =
        QStringLiteral("%1-mechdock-old-%2").arg(m_name).arg(QDateTime::currentSecsSinceEpoch());
    call("POST", QStringLiteral("/containers/%1/rename?name=%2").arg(m_oldId, encoded(m_asideName)),
         {}, &ContainerUpdater::onRenamed);
}

void ContainerUpdater::onRenamed(const DockerReply &r) {
    if (!r.ok || r.status != 204)
        return fail(stepError(r));
    m_renamed = true;
    enter(Step::Create);
    const ContainerRecreateSpec spec =
        ContainerRecreateSpec::build(m_inspect, m_oldImageConfig, m_result.image);
    m_pendingNetworks = spec.extraNetworks();
    call("POST", QStringLiteral("/containers/create?name=%1").arg(encoded(m_name)),
         QJsonDocument(spec.createBody()).toJson(QJsonDocument::Compact),
         &ContainerUpdater::onCreated);
}

void ContainerUpdater::onCreated(const DockerReply &r) {
    if (!r.ok || r.status != 201)
        return fail(stepError(r));
    m_newId = QJsonDocument::fromJson(r.body).object().value(s("Id")).toString();
    if (m_newId.isEmpty())
        return fail(tr("create failed: Docker's answer has no container id"));
    enter(Step::Connect);
    connectNext();
}

void ContainerUpdater::connectNext() {
    if (m_pendingNetworks.isEmpty()) {
        enter(Step::Start);
        if (!m_wasRunning) {
            // It was stopped before the update and stays so; nothing to prove.
            enter(Step::RemoveOld);
            call("DELETE", QStringLiteral("/containers/%1?force=true").arg(m_oldId), {},
                 &ContainerUpdater::onOldRemoved);
            return;
        }
        call("POST", QStringLiteral("/containers/%1/start").arg(m_newId), {},
             &ContainerUpdater::onStarted);
        return;
    }
    const ContainerRecreateSpec::Network n = m_pendingNetworks.takeFirst();
    const QJsonObject body{{s("Container"), m_newId}, {s("EndpointConfig"), n.endpoint}};
    call("POST", QStringLiteral("/networks/%1/connect").arg(encoded(n.name)),
         QJsonDocument(body).toJson(QJsonDocument::Compact), &ContainerUpdater::onConnected);
}

void ContainerUpdater::onConnected(const DockerReply &r) {
    if (!r.ok || r.status != 200)
        return fail(stepError(r));
    connectNext();
}

void ContainerUpdater::onStarted(const DockerReply &r) {
    if (!r.ok || (r.status != 204 && r.status != 304))
        return fail(stepError(r));
    enter(Step::Verify);
    m_sinceStart.start();
    m_deadline.disconnect(this);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_pollTimer.stop();
        fail(tr("the new container did not become ready within %1 s")
                 .arg(m_options.healthTimeoutMs / 1000));
    });
    m_deadline.start(m_options.healthTimeoutMs);
    poll();
}

void ContainerUpdater::poll() {
    call("GET", QStringLiteral("/containers/%1/json").arg(m_newId), {},
         &ContainerUpdater::onPolled);
}

void ContainerUpdater::onPolled(const DockerReply &r) {
    if (m_step != Step::Verify)
        return; // the deadline ended the wait while the answer was on its way
    if (!r.ok || r.status != 200) {
        m_deadline.stop();
        return fail(stepError(r));
    }
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QJsonObject state = o.value(s("State")).toObject();
    const QString health = state.value(s("Health")).toObject().value(s("Status")).toString();
    QString why;
    if (!state.value(s("Running")).toBool() || state.value(s("Restarting")).toBool() ||
        o.value(s("RestartCount")).toInt() > 0)
        why =
            tr("the new container stopped (exit code %1)").arg(state.value(s("ExitCode")).toInt());
    else if (health == QLatin1String("unhealthy"))
        why = tr("the new container's health check failed");
    if (!why.isEmpty()) {
        m_deadline.stop();
        return fail(why);
    }
    const bool ready = health.isEmpty() ? m_sinceStart.elapsed() >= m_options.settleMs
                                        : health == QLatin1String("healthy");
    if (!ready) {
        m_pollTimer.start(m_options.pollIntervalMs);
        return;
    }
    m_deadline.stop();
    enter(Step::RemoveOld);
    call("DELETE", QStringLiteral("/containers/%1?force=true").arg(m_oldId), {},
         &ContainerUpdater::onOldRemoved);
}

void ContainerUpdater::onOldRemoved(const DockerReply &r) {
    m_result.ok = true;
    m_result.changed = true;
    m_result.message =
        tr("%1 updated: image %2 → %3")
            .arg(m_name, shortImageId(m_result.oldImageId), shortImageId(m_result.newImageId));
    // The new container runs; an old one that could not be removed is only clutter.
    if (!r.ok || (r.status != 204 && r.status != 404))
        m_result.message +=
            QLatin1String("; ") + tr("the old container is kept as %1: %2")
                                      .arg(m_asideName, DockerClient::errorMessage(r));
    enter(Step::Done);
    finish(m_result);
}

void ContainerUpdater::fail(const QString &why) {
    m_pollTimer.stop();
    m_deadline.stop();
    m_failure = why;
    m_rollback = Rollback::RemoveNew;
    rollbackNext();
}

void ContainerUpdater::rollbackNext() {
    switch (m_rollback) {
    case Rollback::RemoveNew:
        m_rollback = Rollback::RenameBack;
        if (!m_newId.isEmpty())
            return call("DELETE", QStringLiteral("/containers/%1?force=true").arg(m_newId), {},
                        &ContainerUpdater::onRollbackStep);
        [[fallthrough]];
    case Rollback::RenameBack:
        m_rollback = Rollback::StartOld;
        if (m_renamed)
            return call(
                "POST",
                QStringLiteral("/containers/%1/rename?name=%2").arg(m_oldId, encoded(m_name)), {},
                &ContainerUpdater::onRollbackStep);
        [[fallthrough]];
    case Rollback::StartOld:
        m_rollback = Rollback::Finished;
        if (m_stopped)
            return call("POST", QStringLiteral("/containers/%1/start").arg(m_oldId), {},
                        &ContainerUpdater::onRollbackStep);
        [[fallthrough]];
    case Rollback::Finished:
        break;
    }
    ContainerUpdateResult result = m_result;
    result.ok = false;
    result.changed = false;
    result.rolledBack = m_stopped || m_renamed || !m_newId.isEmpty();
    QString message = tr("update of %1 failed: %2").arg(m_name, m_failure);
    if (result.rolledBack && m_rollbackErrors.isEmpty())
        message += QLatin1String("; ") + (m_stopped ? tr("the old container runs again")
                                                    : tr("the old container is back"));
    if (!m_rollbackErrors.isEmpty()) {
        message +=
            QLatin1String("; ") +
            tr("rolling back failed too: %1").arg(m_rollbackErrors.join(QLatin1String("; ")));
        if (m_renamed)
            message += QLatin1String("; ") + tr("the old container is kept as %1").arg(m_asideName);
    }
    result.message = message;
    finish(result);
}

void ContainerUpdater::onRollbackStep(const DockerReply &r) {
    // m_rollback names the step after the one that answered. A new container already gone is
    // fine; an old one gone is not.
    const bool removedNew = m_rollback == Rollback::RenameBack;
    const bool good =
        r.ok && (r.status == 204 || r.status == 304 || (removedNew && r.status == 404));
    if (!good)
        m_rollbackErrors.append(DockerClient::errorMessage(r));
    else if (m_rollback == Rollback::StartOld)
        m_renamed = false; // the rename back went through
    rollbackNext();
}

void ContainerUpdater::finish(ContainerUpdateResult result) {
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    deleteLater();
    done(result);
}

} // namespace mechdock::docker
