#include "settingspage.h"

#include "choicelistdialog.h"
#include "client/engineclient.h"
#include "config/secretstore.h"
#include "config/settingsjson.h"
#include "config/settingsschema.h"
#include "config/settingsstore.h"
#include "config/settingsvalidator.h"
#include "containertablemodel.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace mechdock::ui {

namespace {

QStringList splitIds(const QString &text) {
    QStringList out;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

QString cell(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool checked(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QTableWidgetItem *checkItem(bool on) {
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

QLabel *errorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c53030;"));
    label->hide();
    return label;
}

// One row per entry, the same for a loaded entry and a new one (a default entry): check boxes
// where the setting is a yes/no, never a text cell.
void addChannelRow(QTableWidget *table, const config::ChannelSettings &c) {
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(c.id));
    table->setItem(row, 1, new QTableWidgetItem(c.name));
    table->setItem(row, 2, checkItem(c.kind == config::ChannelKind::Control));
    table->setItem(row, 3, new QTableWidgetItem(QString::number(c.updateIntervalSec)));
    table->setItem(row, 4, new QTableWidgetItem(QString::number(c.inactivityTimeoutSec)));
}

void addEndpointRow(QTableWidget *table, const config::EndpointSettings &e) {
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(e.name));
    table->setItem(row, 1, new QTableWidgetItem(e.uri));
    table->setItem(row, 2, checkItem(e.tlsVerify));
    table->setItem(row, 3, new QTableWidgetItem(e.certPath));
}

void addContainerRow(QTableWidget *table, const config::ContainerSettings &c) {
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(c.endpoint));
    table->setItem(row, 1, new QTableWidgetItem(c.name));
    table->setItem(row, 2, new QTableWidgetItem(c.displayName));
    table->setItem(row, 3, checkItem(c.allowedActions.contains(QStringLiteral("start"))));
    table->setItem(row, 4, checkItem(c.allowedActions.contains(QStringLiteral("stop"))));
    table->setItem(row, 5, checkItem(c.allowedActions.contains(QStringLiteral("restart"))));
    table->setItem(row, 6, new QTableWidgetItem(c.infoText));
    table->setItem(row, 7, new QTableWidgetItem(c.queryProtocol));
    table->setItem(row, 8, new QTableWidgetItem(c.queryHost));
    table->setItem(row, 9,
                   new QTableWidgetItem(c.queryPort ? QString::number(c.queryPort) : QString()));
    table->setItem(row, 10, new QTableWidgetItem(c.kind));
    table->setItem(row, 11, new QTableWidgetItem(c.updateTag));
}

// `choose` (may be null): a button that adds rows picked from what the engine has.
QWidget *tableWithButtons(QTableWidget *table, const QString &what, QWidget *parent,
                          const std::function<void()> &addRow, QPushButton *choose = nullptr) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(SettingsPage::tr("Add %1").arg(what), box);
    auto *remove = new QPushButton(SettingsPage::tr("Remove selected"), box);
    add->setToolTip(SettingsPage::tr("Add a row"));
    remove->setToolTip(SettingsPage::tr("Remove the selected rows"));
    if (choose)
        buttons->addWidget(choose);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, table, [table, addRow] {
        addRow();
        // The new row's first cell is ready for typing.
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        QList<int> rows;
        for (const QTableWidgetSelectionRange &r : table->selectedRanges())
            for (int i = r.topRow(); i <= r.bottomRow(); ++i)
                rows.append(i);
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            table->removeRow(row);
    });
    return box;
}

} // namespace

SettingsPage::SettingsPage(QString configPath, QWidget *parent)
    : QWidget(parent)
    , m_configPath(std::move(configPath)) {
    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->addTab(buildDiscordTab(), tr("&Discord"));
    tabs->addTab(buildDockerTab(), tr("Doc&ker"));
    tabs->addTab(buildGeneralTab(), tr("&Limits and behaviour"));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setToolTip(tr("Write the settings file (Ctrl+S); the service reloads it"));
    auto *revert = new QPushButton(tr("&Revert"), this);
    revert->setToolTip(tr("Discard the changes and read the file again"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(revert);
    buttons->addWidget(m_save);

    auto *pathLabel = new QLabel(tr("Settings file: %1").arg(m_configPath), this);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::reload);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, &SettingsPage::save);
    reload();
}

QWidget *SettingsPage::buildGeneralTab() {
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    QHash<QString, QFormLayout *> sections;
    auto formFor = [&](const QString &path) {
        const QString section = path.section(QLatin1Char('.'), 0, 0);
        if (!sections.contains(section)) {
            static const QHash<QString, const char *> titles{
                {QStringLiteral("discord"), QT_TR_NOOP("Discord connection")},
                {QStringLiteral("docker"), QT_TR_NOOP("Docker")},
                {QStringLiteral("cooldowns"), QT_TR_NOOP("Cool-downs and rate limits")},
                {QStringLiteral("memory"), QT_TR_NOOP("Memory and resources")},
                {QStringLiteral("database"), QT_TR_NOOP("Database")},
                {QStringLiteral("scheduler"), QT_TR_NOOP("Scheduler")},
                {QStringLiteral("mech"), QT_TR_NOOP("Mech")},
                {QStringLiteral("http"), QT_TR_NOOP("Health endpoint")},
                {QStringLiteral("ui"), QT_TR_NOOP("Panel")},
                {QStringLiteral("logging"), QT_TR_NOOP("Logging")},
                {QStringLiteral("autoActions"), QT_TR_NOOP("Auto-actions")}};
            auto *box = new QGroupBox(tr(titles.value(section, "")), content);
            auto *form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            outer->addWidget(box);
            sections.insert(section, form);
        }
        return sections.value(section);
    };
    auto addRow = [&](const QString &path, const char *label, QWidget *editor,
                      const QStringList &environment) {
        auto *cellWidget = new QWidget(content);
        auto *v = new QVBoxLayout(cellWidget);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(editor);
        QLabel *error = errorLabel(cellWidget);
        v->addWidget(error);
        QString tip = path;
        if (!environment.isEmpty())
            tip += tr(" (environment: %1)").arg(environment.join(QStringLiteral(", ")));
        editor->setToolTip(tip);
        auto *l = new QLabel(config::SettingsSchema::label(label) + QLatin1Char(':'), content);
        l->setBuddy(editor);
        formFor(path)->addRow(l, cellWidget);
        m_editors.insert(path, editor);
        m_errors.insert(path, error);
    };
    const auto &schema = config::SettingsSchema::instance();
    for (const config::IntField &f : schema.intFields()) {
        if (f.path.startsWith(QLatin1String("discord.")))
            continue;
        auto *spin = new QSpinBox(content);
        // The range is wider than allowed so a bad value can be typed and explained.
        spin->setRange(std::min(f.min, 0) - 1, std::max(f.max, 1) + 1);
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::validate);
        addRow(f.path, f.label, spin, f.environment);
    }
    for (const config::BoolField &f : schema.boolFields()) {
        if (f.path.startsWith(QLatin1String("discord.")))
            continue;
        auto *box = new QCheckBox(content);
        connect(box, &QCheckBox::toggled, this, &SettingsPage::validate);
        addRow(f.path, f.label, box, f.environment);
    }
    for (const config::StringField &f : schema.stringFields()) {
        if (f.path.startsWith(QLatin1String("discord.")))
            continue;
        QWidget *editor = nullptr;
        if (f.path == QLatin1String("ui.language")) {
            auto *combo = new QComboBox(content);
            combo->addItem(tr("System language"), QString());
            combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
            combo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
            combo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
            combo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
            connect(combo, &QComboBox::currentIndexChanged, this, &SettingsPage::validate);
            editor = combo;
        } else {
            auto *line = new QLineEdit(content);
            if (f.path == QLatin1String("http.bearerToken"))
                line->setEchoMode(QLineEdit::PasswordEchoOnEdit);
            connect(line, &QLineEdit::textChanged, this, &SettingsPage::validate);
            editor = line;
        }
        addRow(f.path, f.label, editor, f.environment);
    }
    m_decayOverrides = new QLineEdit(content);
    m_decayOverrides->setPlaceholderText(tr("LEVEL:CENTS_PER_DAY, e.g. 10:50, 11:0"));
    connect(m_decayOverrides, &QLineEdit::textChanged, this, &SettingsPage::validate);
    addRow(QStringLiteral("mech.decayOverrides"),
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Decay per level"),
           m_decayOverrides, {});
    outer->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    return scroll;
}

QWidget *SettingsPage::buildDiscordTab() {
    auto *tab = new QWidget;
    auto *form = new QFormLayout;
    m_token = new QLineEdit(tab);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste the bot token from the Discord developer portal"));
    m_token->setToolTip(tr("Stored in the keychain, or in the settings file (readable only by "
                           "its owner) where no keychain works; never shown again"));
    auto *storeButton = new QPushButton(tr("&Store token"), tab);
    storeButton->setToolTip(tr("Give the token to the engine; the bot uses it at once"));
    m_tokenStatus = new QLabel(tab);
    m_tokenStatus->setWordWrap(true);
    auto *checkButton = new QPushButton(tr("C&heck"), tab);
    checkButton->setToolTip(tr("Ask Discord whose token this is (the pasted one, or the "
                               "engine's own when the field is empty)"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(checkButton);
    tokenRow->addWidget(storeButton);
    connect(checkButton, &QPushButton::clicked, this, &SettingsPage::checkToken);
    auto *tokenLabel = new QLabel(tr("Bot &token:"), tab);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_tokenStatus);
    connect(storeButton, &QPushButton::clicked, this, &SettingsPage::storeToken);

    const auto &schema = config::SettingsSchema::instance();
    auto addLine = [&](const QString &path, const char *label) {
        auto *line = new QLineEdit(tab);
        line->setToolTip(path);
        connect(line, &QLineEdit::textChanged, this, &SettingsPage::validate);
        auto *cellWidget = new QWidget(tab);
        auto *v = new QVBoxLayout(cellWidget);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(line);
        QLabel *error = errorLabel(cellWidget);
        v->addWidget(error);
        auto *l = new QLabel(config::SettingsSchema::label(label) + QLatin1Char(':'), tab);
        l->setBuddy(line);
        form->addRow(l, cellWidget);
        m_editors.insert(path, line);
        m_errors.insert(path, error);
        return line;
    };
    for (const config::StringField &f : schema.stringFields()) {
        if (f.path == QLatin1String("discord.applicationId") ||
            f.path == QLatin1String("discord.apiBaseUrl"))
            addLine(f.path, f.label);
    }
    m_guildIds = addLine(QStringLiteral("discord.guildIds"),
                         QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Guild ids"));
    m_adminUsers = addLine(QStringLiteral("discord.adminUserIds"),
                           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Admin user ids"));
    m_adminRoles = addLine(QStringLiteral("discord.adminRoleIds"),
                           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Admin role ids"));
    for (QLineEdit *ids : {m_guildIds, m_adminUsers, m_adminRoles})
        ids->setPlaceholderText(tr("Discord ids, separated by commas"));

    m_channels = new QTableWidget(0, 5, tab);
    m_channels->setHorizontalHeaderLabels(
        {tr("Channel id"), tr("Name"), tr("Control"), tr("Refresh (s)"), tr("Recreate after (s)")});
    m_channels->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_channels->setToolTip(tr("Status channels show containers; control channels also allow "
                              "actions. Tick Control for a control channel."));
    connect(m_channels, &QTableWidget::itemChanged, this, &SettingsPage::validate);
    auto *channels = new QGroupBox(tr("Channels"), tab);
    auto *channelsLayout = new QVBoxLayout(channels);
    m_chooseChannels = new QPushButton(tr("Choose from &Discord…"), channels);
    m_chooseChannels->setToolTip(tr("Pick channels from the servers the bot is in"));
    connect(m_chooseChannels, &QPushButton::clicked, this, &SettingsPage::chooseChannels);
    channelsLayout->addWidget(tableWithButtons(
        m_channels, tr("channel"), channels, [this] { addChannelRow(m_channels, {}); },
        m_chooseChannels));

    m_channelErrors = errorLabel(tab);
    channelsLayout->addWidget(m_channelErrors);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(channels, 1);
    return tab;
}

QWidget *SettingsPage::buildDockerTab() {
    auto *tab = new QWidget;
    m_endpoints = new QTableWidget(0, 4, tab);
    m_endpoints->setHorizontalHeaderLabels({tr("Name"),
                                            tr("Address (empty = DOCKER_HOST or the local socket)"),
                                            tr("TLS"), tr("Certificates folder")});
    m_endpoints->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_endpoints, &QTableWidget::itemChanged, this, &SettingsPage::validate);
    m_containers = new QTableWidget(0, 12, tab);
    m_containers->setHorizontalHeaderLabels({tr("Endpoint"), tr("Container"), tr("Display name"),
                                             tr("Start"), tr("Stop"), tr("Restart"),
                                             tr("Info text"), tr("Player query"), tr("Query host"),
                                             tr("Query port"), tr("Kind"), tr("Update tag")});
    m_containers->horizontalHeaderItem(11)->setToolTip(
        tr("The tag an update pulls, e.g. stable; empty: the container's own"));
    m_containers->horizontalHeaderItem(10)->setToolTip(
        tr("container, or service for a Swarm service of a manager endpoint"));
    m_containers->horizontalHeaderItem(7)->setToolTip(
        tr("How to ask the game server for its players: none, a2s (Steam/Source games) or "
           "minecraft"));
    m_containers->horizontalHeaderItem(8)->setToolTip(tr("Empty: 127.0.0.1"));
    m_containers->horizontalHeaderItem(9)->setToolTip(
        tr("Empty: the protocol's usual port (27015 for A2S, 25565 for Minecraft)"));
    m_containers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_containers->setToolTip(tr("Which containers Discord shows, and which actions it allows"));
    connect(m_containers, &QTableWidget::itemChanged, this, &SettingsPage::validate);
    m_listErrors = errorLabel(tab);
    auto *endpoints = new QGroupBox(tr("Docker endpoints"), tab);
    (new QVBoxLayout(endpoints))
        ->addWidget(tableWithButtons(m_endpoints, tr("endpoint"), endpoints,
                                     [this] { addEndpointRow(m_endpoints, {}); }));
    auto *containers = new QGroupBox(tr("Containers"), tab);
    m_chooseContainers = new QPushButton(tr("Choose from D&ocker…"), containers);
    m_chooseContainers->setToolTip(tr("Pick containers from the Docker endpoints"));
    connect(m_chooseContainers, &QPushButton::clicked, this, &SettingsPage::chooseContainers);
    (new QVBoxLayout(containers))
        ->addWidget(tableWithButtons(
            m_containers, tr("container"), containers,
            [this] { addContainerRow(m_containers, {}); }, m_chooseContainers));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(endpoints, 1);
    layout->addWidget(containers, 2);
    layout->addWidget(m_listErrors);
    return tab;
}

void SettingsPage::setClient(client::EngineClient *client) {
    m_client = client;
    reload();
}

void SettingsPage::reload() {
    if (!m_client) {
        const config::LoadResult loaded = config::SettingsStore::loadFileOnly(m_configPath);
        m_overrides.clear();
        showLoaded(loaded.settings, m_configPath);
        return;
    }
    m_summary->setText(tr("Reading the engine's settings…"));
    m_client->readSettings(this, [this](const client::Expected<client::SettingsDocument> &r) {
        if (!r.ok()) {
            m_summary->setText(
                tr("The engine's settings could not be read: %1").arg(r.error().message));
            return;
        }
        config::Settings settings;
        config::ConfigIssues ignored;
        config::SettingsJson::read(r.value().settings, settings, ignored);
        m_overrides = r.value().overrides;
        m_configPath = r.value().path;
        showLoaded(settings, r.value().path);
        if (r.value().tokenSet)
            m_tokenStatus->setText(tr("The engine has a bot token. Paste a new one to replace "
                                      "it."));
    });
}

void SettingsPage::showLoaded(const config::Settings &settings, const QString &where) {
    m_loaded = settings;
    fillFromSettings(m_loaded);
    markOverrides();
    emit settingsLoaded(m_loaded);
    QString text = tr("Settings of %1.").arg(where);
    if (!m_overrides.isEmpty())
        text += QLatin1Char(' ') + tr("The environment overrides: %1 (the engine keeps applying "
                                      "them after a save).")
                                       .arg(m_overrides.join(QStringLiteral(", ")));
    m_summary->setToolTip(text);
}

void SettingsPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

QString SettingsPage::tokenStatusText() const {
    return m_tokenStatus->text();
}

QString SettingsPage::summaryText() const {
    return m_summary->text();
}

void SettingsPage::fillFromSettings(const config::Settings &input) {
    m_filling = true;
    config::Settings s = input;
    const auto &schema = config::SettingsSchema::instance();
    for (const config::IntField &f : schema.intFields()) {
        if (auto *spin = qobject_cast<QSpinBox *>(m_editors.value(f.path)))
            spin->setValue(f.ref(s));
    }
    for (const config::BoolField &f : schema.boolFields()) {
        if (auto *box = qobject_cast<QCheckBox *>(m_editors.value(f.path)))
            box->setChecked(f.ref(s));
    }
    for (const config::StringField &f : schema.stringFields()) {
        QWidget *editor = m_editors.value(f.path);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(f.ref(s));
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(f.ref(s))));
    }
    m_guildIds->setText(s.discord.guildIds.join(QStringLiteral(", ")));
    m_adminUsers->setText(s.discord.adminUserIds.join(QStringLiteral(", ")));
    m_adminRoles->setText(s.discord.adminRoleIds.join(QStringLiteral(", ")));
    m_decayOverrides->setText(s.mech.decayOverrides.join(QStringLiteral(", ")));

    m_channels->setRowCount(0);
    for (const config::ChannelSettings &c : s.discord.channels)
        addChannelRow(m_channels, c);
    m_endpoints->setRowCount(0);
    for (const config::EndpointSettings &e : s.docker.endpoints)
        addEndpointRow(m_endpoints, e);
    m_containers->setRowCount(0);
    for (const config::ContainerSettings &c : s.containers)
        addContainerRow(m_containers, c);
    m_filling = false;
    validate();
}

config::Settings SettingsPage::currentSettings() const {
    config::Settings s = m_loaded;
    const auto &schema = config::SettingsSchema::instance();
    for (const config::IntField &f : schema.intFields()) {
        if (auto *spin = qobject_cast<QSpinBox *>(m_editors.value(f.path)))
            f.ref(s) = spin->value();
    }
    for (const config::BoolField &f : schema.boolFields()) {
        if (auto *box = qobject_cast<QCheckBox *>(m_editors.value(f.path)))
            f.ref(s) = box->isChecked();
    }
    for (const config::StringField &f : schema.stringFields()) {
        QWidget *editor = m_editors.value(f.path);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            f.ref(s) = line->text().trimmed();
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            f.ref(s) = combo->currentData().toString();
    }
    s.discord.guildIds = splitIds(m_guildIds->text());
    s.discord.adminUserIds = splitIds(m_adminUsers->text());
    s.discord.adminRoleIds = splitIds(m_adminRoles->text());
    // Entries are separated by commas only: "4 : 250" stays one entry and is judged as such.
    s.mech.decayOverrides.clear();
    for (const QString &entry :
         m_decayOverrides->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!entry.trimmed().isEmpty())
            s.mech.decayOverrides.append(entry.trimmed());

    QList<config::ChannelSettings> channels;
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        config::ChannelSettings c;
        const int original = row < m_loaded.discord.channels.size() ? row : -1;
        if (original >= 0)
            c = m_loaded.discord.channels.at(original);
        c.id = cell(m_channels, row, 0);
        c.name = cell(m_channels, row, 1);
        c.kind = checked(m_channels, row, 2) ? config::ChannelKind::Control
                                             : config::ChannelKind::Status;
        c.updateIntervalSec = cell(m_channels, row, 3).toInt();
        c.inactivityTimeoutSec = cell(m_channels, row, 4).toInt();
        if (cell(m_channels, row, 3).isEmpty())
            c.updateIntervalSec = config::ChannelSettings{}.updateIntervalSec;
        if (cell(m_channels, row, 4).isEmpty())
            c.inactivityTimeoutSec = config::ChannelSettings{}.inactivityTimeoutSec;
        channels.append(c);
    }
    s.discord.channels = channels;
    QList<config::EndpointSettings> endpoints;
    for (int row = 0; row < m_endpoints->rowCount(); ++row) {
        endpoints.append(
            config::EndpointSettings{cell(m_endpoints, row, 0), cell(m_endpoints, row, 1),
                                     checked(m_endpoints, row, 2), cell(m_endpoints, row, 3)});
    }
    s.docker.endpoints = endpoints;
    QList<config::ContainerSettings> containers;
    for (int row = 0; row < m_containers->rowCount(); ++row) {
        config::ContainerSettings c;
        if (row < m_loaded.containers.size())
            c = m_loaded.containers.at(row);
        c.endpoint = cell(m_containers, row, 0);
        if (c.endpoint.isEmpty())
            c.endpoint = QStringLiteral("local");
        c.name = cell(m_containers, row, 1);
        c.displayName = cell(m_containers, row, 2);
        if (c.displayName.isEmpty())
            c.displayName = c.name;
        c.allowedActions = {QStringLiteral("status")};
        if (checked(m_containers, row, 3))
            c.allowedActions.append(QStringLiteral("start"));
        if (checked(m_containers, row, 4))
            c.allowedActions.append(QStringLiteral("stop"));
        if (checked(m_containers, row, 5))
            c.allowedActions.append(QStringLiteral("restart"));
        c.infoText = cell(m_containers, row, 6);
        c.queryProtocol = cell(m_containers, row, 7);
        if (c.queryProtocol.isEmpty())
            c.queryProtocol = QStringLiteral("none");
        c.queryHost = cell(m_containers, row, 8);
        const QString port = cell(m_containers, row, 9);
        bool portOk = true;
        c.queryPort = port.isEmpty() ? 0 : port.toInt(&portOk);
        if (!portOk)
            c.queryPort = -1; // the validator says what is wrong with it
        c.updateTag = cell(m_containers, row, 11);
        c.kind = cell(m_containers, row, 10);
        if (c.kind.isEmpty())
            c.kind = QStringLiteral("container");
        c.order = row;
        containers.append(c);
    }
    s.containers = containers;
    return s;
}

void SettingsPage::validate() {
    if (m_filling)
        return;
    m_issues = config::SettingsValidator::validate(currentSettings());
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    for (QTableWidget *table : {m_channels, m_endpoints, m_containers}) {
        const QSignalBlocker quiet(table); // repainting cells is not an edit
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem *item = table->item(row, column)) {
                    item->setData(Qt::BackgroundRole, QVariant());
                    item->setToolTip(QString());
                }
            }
        }
    }
    QStringList channelProblems;
    QStringList dockerProblems;
    for (const config::ConfigIssue &issue : std::as_const(m_issues)) {
        // "discord.guildIds[1]" belongs to the "discord.guildIds" field.
        const QString field = issue.path.section(QLatin1Char('['), 0, 0);
        if (QLabel *label = m_errors.value(field)) {
            label->setText(label->text().isEmpty()
                               ? issue.message
                               : label->text() + QLatin1Char('\n') + issue.message);
            label->show();
        } else if (!placeTableIssue(issue, &channelProblems, &dockerProblems)) {
            dockerProblems.append(QStringLiteral("%1: %2").arg(issue.path, issue.message));
        }
    }
    m_listErrors->setText(dockerProblems.join(QLatin1Char('\n')));
    m_listErrors->setVisible(!dockerProblems.isEmpty());
    m_channelErrors->setText(channelProblems.join(QLatin1Char('\n')));
    m_channelErrors->setVisible(!channelProblems.isEmpty());
    const int errors = int(std::count_if(m_issues.begin(), m_issues.end(),
                                         [](const config::ConfigIssue &i) { return i.isError(); }));
    m_summary->setText(errors == 0 ? tr("All settings are valid.")
                                   : tr("Settings that need attention: %n", nullptr, errors));
    m_save->setEnabled(errors == 0);
}

bool SettingsPage::placeTableIssue(const config::ConfigIssue &issue, QStringList *channelProblems,
                                   QStringList *dockerProblems) {
    struct TableOfIssues {
        const char *prefix;
        QTableWidget *table;
        QStringList *problems;
        QString title;
        QStringList fields; // JSON field per column
    };
    const TableOfIssues tables[] = {
        {"discord.channels",
         m_channels,
         channelProblems,
         tr("Channels"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
          QStringLiteral("updateIntervalSec"), QStringLiteral("inactivityTimeoutSec")}},
        {"docker.endpoints",
         m_endpoints,
         dockerProblems,
         tr("Docker endpoints"),
         {QStringLiteral("name"), QStringLiteral("uri"), QStringLiteral("tlsVerify"),
          QStringLiteral("certPath")}},
        {"containers",
         m_containers,
         dockerProblems,
         tr("Containers"),
         {QStringLiteral("endpoint"), QStringLiteral("name"), QStringLiteral("displayName"),
          QStringLiteral("allowedActions"), QString(), QString(), QStringLiteral("infoText"),
          QStringLiteral("queryProtocol"), QStringLiteral("queryHost"), QStringLiteral("queryPort"),
          QStringLiteral("kind"), QStringLiteral("updateTag")}},
    };
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z.]+)(?:\\[(\\d+)\\](?:\\.([A-Za-z]+))?)?"));
    const QRegularExpressionMatch m = pattern.match(issue.path);
    if (!m.hasMatch())
        return false;
    for (const TableOfIssues &t : tables) {
        if (m.captured(1) != QLatin1String(t.prefix))
            continue;
        if (m.captured(2).isEmpty()) {
            // About the whole table (e.g. too many channels).
            t.problems->append(QStringLiteral("%1: %2").arg(t.title, issue.message));
            return true;
        }
        const int row = m.captured(2).toInt();
        const int column = int(t.fields.indexOf(m.captured(3)));
        const QString columnName = column >= 0 && t.table->horizontalHeaderItem(column)
                                       ? t.table->horizontalHeaderItem(column)->text()
                                       : m.captured(3);
        // Rows are counted from 1, as the operator sees them.
        t.problems->append(columnName.isEmpty()
                               ? tr("%1, row %2: %3").arg(t.title).arg(row + 1).arg(issue.message)
                               : tr("%1, row %2, %3: %4")
                                     .arg(t.title)
                                     .arg(row + 1)
                                     .arg(columnName, issue.message));
        if (row < t.table->rowCount() && column >= 0) {
            const QSignalBlocker quiet(t.table);
            QTableWidgetItem *item = t.table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                t.table->setItem(row, column, item);
            }
            item->setData(Qt::BackgroundRole, QColor(0xfe, 0xd7, 0xd7));
            item->setToolTip(issue.message);
        }
        return true;
    }
    return false;
}

void SettingsPage::markOverrides() {
    // "DISCORD_BOT_TOKEN -> discord.token": the variable wins over the file until it is unset.
    for (QWidget *editor : std::as_const(m_editors)) {
        if (editor->property("mechdockOverride").toBool()) {
            editor->setEnabled(true);
            editor->setProperty("mechdockOverride", false);
            editor->setToolTip(editor->property("mechdockTip").toString());
        }
    }
    for (const QString &entry : std::as_const(m_overrides)) {
        const QString variable = entry.section(QStringLiteral(" -> "), 0, 0);
        const QString path = entry.section(QStringLiteral(" -> "), 1);
        QWidget *editor = m_editors.value(path);
        if (path == QLatin1String("discord.token")) {
            m_tokenStatus->setText(tr("The token comes from the environment variable %1; it wins "
                                      "over a stored one.")
                                       .arg(variable));
            continue;
        }
        if (!editor)
            continue;
        if (!editor->property("mechdockTip").isValid())
            editor->setProperty("mechdockTip", editor->toolTip());
        editor->setEnabled(false);
        editor->setProperty("mechdockOverride", true);
        editor->setToolTip(tr("Set by the environment variable %1, which wins over the file: "
                              "change or unset it there. The file's value is shown.")
                               .arg(variable));
    }
}

bool SettingsPage::canSave() const {
    return m_save->isEnabled();
}

QWidget *SettingsPage::editor(const QString &path) const {
    return m_editors.value(path);
}

QString SettingsPage::errorText(const QString &path) const {
    const QLabel *label = m_errors.value(path);
    return label ? label->text() : QString();
}

bool SettingsPage::save() {
    validate();
    if (!canSave())
        return false;
    const config::Settings settings = currentSettings();
    if (m_client) {
        QJsonObject json = config::SettingsJson::write(settings);
        // The page never holds the token: without one the engine keeps its own.
        QJsonObject discord = json.value(QStringLiteral("discord")).toObject();
        discord.remove(QStringLiteral("token"));
        json.insert(QStringLiteral("discord"), discord);
        m_save->setEnabled(false);
        m_summary->setText(tr("Saving…"));
        m_client->writeSettings(
            json, this, [this, settings](const client::Expected<client::SettingsSaveOutcome> &r) {
                m_save->setEnabled(true);
                if (!r.ok()) {
                    m_summary->setText(tr("Not saved: %1").arg(r.error().message));
                    return;
                }
                m_loaded = settings;
                m_overrides = r.value().overrides;
                m_summary->setText(
                    tr("Saved to %1; the engine uses the new settings.").arg(m_configPath));
                emit settingsSaved(settings);
            });
        return true;
    }
    QString error;
    if (!config::SettingsStore::save(m_configPath, settings, &error)) {
        m_summary->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_loaded = settings;
    m_summary->setText(tr("Saved to %1.").arg(m_configPath));
    emit settingsSaved(settings);
    return true;
}

void SettingsPage::checkToken() {
    if (!m_client) {
        m_tokenStatus->setText(tr("The engine is not running; the token can be checked once it "
                                  "is."));
        return;
    }
    m_tokenStatus->setText(tr("Asking Discord…"));
    m_client->checkToken(
        m_token->text().trimmed(), this, [this](const client::Expected<client::BotIdentity> &r) {
            m_tokenStatus->setText(r.ok()
                                       ? tr("The token works: it belongs to the bot %1 (id %2).")
                                             .arg(r.value().username, r.value().id)
                                       : tr("The token does not work: %1").arg(r.error().message));
            emit tokenChecked(r.ok());
        });
}

void SettingsPage::storeToken() {
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        m_tokenStatus->setText(tr("Paste a token first."));
        return;
    }
    m_tokenStatus->setText(tr("Storing…"));
    if (m_client) {
        // The engine keeps it: in its keychain, or in its settings file (owner-only) when no
        // keychain works there, and starts using it at once.
        m_client->storeToken(
            token, QStringLiteral("auto"), this,
            [this](const client::Expected<client::TokenStored> &r) {
                if (!r.ok())
                    m_tokenStatus->setText(tr("Not stored: %1").arg(r.error().message));
                else if (r.value().where == QLatin1String("keychain"))
                    m_tokenStatus->setText(tr("Stored in the keychain; the bot uses it now."));
                else if (r.value().keychainError.isEmpty())
                    m_tokenStatus->setText(
                        tr("Stored in %1 (readable only by its owner); the bot uses it now.")
                            .arg(r.value().path));
                else
                    m_tokenStatus->setText(
                        tr("No keychain works here (%1), so the token is stored in %2, "
                           "readable only by its owner; the bot uses it now.")
                            .arg(r.value().keychainError, r.value().path));
                if (r.ok())
                    m_token->clear();
                emit tokenStored(r.ok(), m_tokenStatus->text());
            });
        return;
    }
    config::SecretStore::writeTokenAsync(token, this, [this](const config::SecretResult &r) {
        m_tokenStatus->setText(r.ok ? tr("Stored in the keychain.")
                                    : tr("Not stored: %1. Set DISCORD_BOT_TOKEN in the "
                                         "environment instead.")
                                          .arg(r.error));
        if (r.ok)
            m_token->clear();
        emit tokenStored(r.ok, m_tokenStatus->text());
    });
}

} // namespace mechdock::ui

namespace mechdock::ui {

void SettingsPage::chooseChannels() {
    if (!m_client) {
        m_channelErrors->setText(tr("The engine is not running; channels can be listed once it "
                                    "is."));
        m_channelErrors->show();
        return;
    }
    m_chooseChannels->setEnabled(false);
    m_client->discordChannels(this, [this](const client::Expected<client::DiscordChannelList> &r) {
        m_chooseChannels->setEnabled(true);
        if (!r.ok()) {
            m_channelErrors->setText(
                tr("The channels could not be listed: %1").arg(r.error().message));
            m_channelErrors->show();
            return;
        }
        QSet<QString> configured;
        for (int row = 0; row < m_channels->rowCount(); ++row)
            configured.insert(cell(m_channels, row, 0));
        QList<ChoiceListDialog::Choice> choices;
        for (const client::DiscordChannel &c : r.value().channels) {
            QStringList path{c.guildName.isEmpty() ? c.guildId : c.guildName};
            if (!c.category.isEmpty())
                path.append(c.category);
            path.append(QStringLiteral("#") + c.name);
            choices.append({path.join(QStringLiteral(" › ")), tr("Channel id %1").arg(c.id),
                            QStringList{c.id, c.name}, configured.contains(c.id)});
        }
        auto *dialog = new ChoiceListDialog(
            tr("Choose channels"),
            tr("Tick the channels the bot should post container status in. They are added "
               "as status channels; tick Control in the table to allow actions there."),
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setChoices(choices);
        QStringList problems = r.value().problems;
        if (choices.isEmpty() && problems.isEmpty())
            problems.append(tr("The bot's servers have no text channel it can see."));
        dialog->setProblems(problems);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            for (const QVariant &v : dialog->chosenValues()) {
                const QStringList idAndName = v.toStringList();
                config::ChannelSettings c;
                c.id = idAndName.value(0);
                c.name = idAndName.value(1);
                addChannelRow(m_channels, c);
            }
            validate();
        });
        m_choiceDialog = dialog;
        dialog->open();
    });
}

void SettingsPage::chooseContainers() {
    if (!m_client) {
        m_listErrors->setText(tr("The engine is not running; containers can be listed once it "
                                 "is."));
        m_listErrors->show();
        return;
    }
    m_chooseContainers->setEnabled(false);
    m_client->snapshot(this, [this](const client::Expected<service::ServiceSnapshot> &r) {
        m_chooseContainers->setEnabled(true);
        if (!r.ok()) {
            m_listErrors->setText(
                tr("The containers could not be listed: %1").arg(r.error().message));
            m_listErrors->show();
            return;
        }
        QSet<QString> configured;
        for (int row = 0; row < m_containers->rowCount(); ++row)
            configured.insert(cell(m_containers, row, 0) + QLatin1Char('/') +
                              cell(m_containers, row, 1));
        QList<ChoiceListDialog::Choice> choices;
        QStringList problems;
        for (const service::EndpointState &e : r.value().endpoints) {
            if (!e.reachable)
                problems.append(tr("%1: Docker does not answer (%2)").arg(e.name, e.error));
        }
        QList<service::ContainerRow> rows = r.value().containers;
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.endpoint != b.endpoint ? a.endpoint < b.endpoint : a.name < b.name;
        });
        for (const service::ContainerRow &c : rows) {
            if (c.state == QLatin1String("missing"))
                continue; // configured, but Docker does not have it
            const bool service = c.kind == QLatin1String("service");
            const QString name = service ? tr("%1 [Swarm service]").arg(c.name) : c.name;
            const QString text =
                c.image.isEmpty() ? QStringLiteral("%1 (%2)").arg(name, c.endpoint)
                                  : QStringLiteral("%1 — %2 (%3)").arg(name, c.image, c.endpoint);
            choices.append(
                {text, ContainerTableModel::stateText(c.state),
                 QStringList{c.endpoint, c.name,
                             service ? QStringLiteral("service") : QStringLiteral("container")},
                 configured.contains(c.endpoint + QLatin1Char('/') + c.name)});
        }
        auto *dialog = new ChoiceListDialog(
            tr("Choose containers"),
            tr("Tick the containers Discord should show. They are added with their status "
               "only; tick Start, Stop or Restart in the table to allow those actions."),
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setChoices(choices);
        if (choices.isEmpty() && problems.isEmpty())
            problems.append(tr("Docker has not listed any container yet (the settings may have "
                               "just changed); try again in a moment."));
        dialog->setProblems(problems);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            for (const QVariant &v : dialog->chosenValues()) {
                const QStringList endpointAndName = v.toStringList();
                config::ContainerSettings c;
                c.endpoint = endpointAndName.value(0);
                c.name = endpointAndName.value(1);
                c.kind = endpointAndName.value(2, QStringLiteral("container"));
                c.displayName = c.name;
                c.allowedActions = {QStringLiteral("status")};
                addContainerRow(m_containers, c);
            }
            validate();
        });
        m_choiceDialog = dialog;
        dialog->open();
    });
}

} // namespace mechdock::ui
