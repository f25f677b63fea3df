// SettingsPage: every setting of the file, edited in forms generated from the settings schema,
// plus the channel, endpoint and container tables and the bot token (write-only: the engine
// keeps it in the keychain, or in the settings file when no keychain works). Each edit is
// validated at once; a refused value shows its reason next to the field and Save stays disabled
// until everything is valid. With an EngineClient the engine's settings are read and written
// through it (the engine may run elsewhere); without one, the file at configPath.
#pragma once

#include "choicelistdialog.h"
#include "client/engineclient.h"
#include "config/configissue.h"
#include "config/settings.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace mechdock::ui {

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { DiscordTab = 0, DockerTab, GeneralTab };

    explicit SettingsPage(QString configPath, QWidget *parent = nullptr);
    void showTab(Tab tab);

    // Reads the engine's settings through `client` from now on (and at once).
    void setClient(client::EngineClient *client);
    // Environment variables the engine applies over the file.
    QStringList overrides() const { return m_overrides; }
    QString summaryText() const;
    QString tokenStatusText() const;
    QLineEdit *tokenEdit() const { return m_token; }

    config::Settings currentSettings() const;
    config::ConfigIssues currentIssues() const { return m_issues; }
    bool canSave() const;
    // The editor of a scalar setting by JSON path (for tests and keyboard focus).
    QWidget *editor(const QString &path) const;
    QString errorText(const QString &path) const;
    // The open "choose from Discord/Docker" dialog, if any (for tests).
    ChoiceListDialog *choiceDialog() const { return m_choiceDialog; }

public slots:
    void reload();
    bool save();

signals:
    void settingsSaved(const mechdock::config::Settings &settings);
    void tokenStored(bool ok, const QString &message);
    void tokenChecked(bool ok);
    // The settings as read from the file or the engine (also after a save).
    void settingsLoaded(const mechdock::config::Settings &settings);

private:
    QWidget *buildGeneralTab();
    QWidget *buildDiscordTab();
    QWidget *buildDockerTab();
    void fillFromSettings(const config::Settings &settings);
    void showLoaded(const config::Settings &settings, const QString &where);
    // Marks the editors of values the environment overrides: read-only, naming the variable.
    void markOverrides();
    // "containers[2].name" as the operator sees it: the table, its row (from 1), the column;
    // the bad cell is highlighted. False when the path is not a table's.
    bool placeTableIssue(const config::ConfigIssue &issue, QStringList *channelProblems,
                         QStringList *dockerProblems);
    void validate();
    void storeToken();
    void checkToken();
    // Add rows picked from what Discord and Docker have (ChoiceListDialog).
    void chooseChannels();
    void chooseContainers();

    QString m_configPath;
    QPointer<client::EngineClient> m_client;
    QStringList m_overrides;
    config::Settings m_loaded;
    config::ConfigIssues m_issues;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QLineEdit *m_guildIds = nullptr;
    QLineEdit *m_adminUsers = nullptr;
    QLineEdit *m_adminRoles = nullptr;
    QLineEdit *m_decayOverrides = nullptr;
    QTableWidget *m_channels = nullptr;
    QTableWidget *m_endpoints = nullptr;
    QTableWidget *m_containers = nullptr;
    QLabel *m_listErrors = nullptr;    // the Docker tab's tables
    QLabel *m_channelErrors = nullptr; // the Discord tab's channel table
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_chooseChannels = nullptr;
    QPushButton *m_chooseContainers = nullptr;
    QPointer<ChoiceListDialog> m_choiceDialog;
    bool m_filling = false;
};

} // namespace mechdock::ui
