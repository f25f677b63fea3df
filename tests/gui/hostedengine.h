// HostedEngine: a real engine as the panel hosts it, for the page tests: a ServiceHost running a
// BotService in a temporary folder (no Discord token, no health port, since tests run side by
// side; one Docker endpoint that is not there) and an in-process client of the chosen type.
// Reply<T>: one request's answer, kept for the test to wait on (the pages never wait).
#pragma once

#include "client/inprocessengineclient.h"
#include "config/settingsstore.h"
#include "control/controlserver.h"
#include "service/servicehost.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace mechdock::test {

struct HostedEngineOptions {
    QString endpointName = QStringLiteral("local");
    // Without: the database path is made unusable, so the engine runs without one.
    bool withDatabase = true;
    // Sections added to the settings file as they are (e.g. "autoActions").
    QJsonObject extraSettings;
};

template <typename Client = client::InProcessEngineClient>
class HostedEngine {
public:
    static constexpr int kStopMs = 10000;

    explicit HostedEngine(const HostedEngineOptions &options = {}) {
        if (!m_dir.isValid())
            return;
        QJsonObject json{
            {QStringLiteral("http"), QJsonObject{{QStringLiteral("listen"), QString()}}},
            {QStringLiteral("docker"),
             QJsonObject{{QStringLiteral("endpoints"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("name"), options.endpointName},
                              {QStringLiteral("uri"),
                               QStringLiteral("unix://") + path(QStringLiteral("no-docker.sock"))},
                          }}}}},
        };
        for (auto it = options.extraSettings.begin(); it != options.extraSettings.end(); ++it)
            json.insert(it.key(), it.value());
        if (!options.withDatabase) {
            QFile blocker(path(QStringLiteral("not-a-folder")));
            if (!blocker.open(QIODevice::WriteOnly))
                return;
            json.insert(QStringLiteral("database"),
                        QJsonObject{{QStringLiteral("path"),
                                     path(QStringLiteral("not-a-folder/mechdock.db"))}});
        }
        QFile file(configPath());
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0)
            return;
        file.close();
        // Without the environment: a DISCORD_BOT_TOKEN or MECHDOCK_* variable must not leak in.
        const config::LoadResult loaded =
            config::SettingsStore::load(configPath(), QProcessEnvironment());
        m_settings = loaded.settings;
        for (const config::ConfigIssue &i : loaded.issues)
            m_issues.append(i.toString());
        m_host = std::make_unique<service::ServiceHost>(
            m_settings, service::ServiceOptions{
                            configPath(), m_dir.path(), {}, &control::ControlServer::install});
        m_client = std::make_unique<Client>(*m_host);
        QObject::connect(m_host.get(), &service::ServiceHost::started, m_host.get(),
                         [this] { m_started = true; });
        m_host->start();
    }
    ~HostedEngine() { stop(); }
    Q_DISABLE_COPY_MOVE(HostedEngine)

    // Why the engine did not start, empty when it did.
    QString problem() const {
        if (!m_host)
            return QStringLiteral("no engine: cannot write %1").arg(configPath());
        return m_issues.join(QLatin1Char('\n'));
    }
    bool started() const { return m_started; }
    QString configPath() const { return path(QStringLiteral("settings.json")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const config::Settings &settings() const { return m_settings; }
    service::ServiceHost &host() { return *m_host; }
    Client *client() { return m_client.get(); }
    // Before the folder goes: the service closes its database and socket there.
    bool stop() {
        m_client.reset();
        return !m_host || m_host->stop(kStopMs);
    }

private:
    QTemporaryDir m_dir;
    config::Settings m_settings;
    QStringList m_issues;
    bool m_started = false;
    std::unique_ptr<service::ServiceHost> m_host;
    std::unique_ptr<Client> m_client;
};

template <typename T>
struct Reply {
    std::optional<client::Expected<T>> answer;
    client::EngineClient::Callback<T> callback() {
        return [this](const client::Expected<T> &r) {
            answer = r;
        };
    }
    bool ok() const { return answer && answer->ok(); }
    // For QVERIFY2, which builds its message even when the check passes.
    QByteArray why() const {
        if (!answer)
            return "no answer";
        return answer->ok() ? QByteArray() : answer->error().message.toUtf8();
    }
};

} // namespace mechdock::test
