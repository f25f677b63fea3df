// The Settings page, offscreen: values load from the file, a refused value shows its reason next
// to the field and blocks saving, a fixed form saves atomically and round-trips, and tables of
// channels and containers map to the settings.
#include "config/settingsstore.h"
#include "settingspage.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

class TestGuiSettingsPage : public QObject {
    Q_OBJECT
private slots:
    void loadsValidatesAndSaves() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mechdock.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"docker\": {\"batchSize\": 4}, \"containers\": [{\"name\": \"web\", "
                    "\"allowedActions\": [\"status\", \"stop\"]}]}");
        }
        ui::SettingsPage page(path);
        auto *batch = qobject_cast<QSpinBox *>(page.editor(QStringLiteral("docker.batchSize")));
        QVERIFY(batch);
        QCOMPARE(batch->value(), 4);
        QVERIFY(page.canSave());

        batch->setValue(0);
        QVERIFY(!page.canSave());
        QVERIFY2(
            page.errorText(QStringLiteral("docker.batchSize")).contains(QStringLiteral("1 to 50")),
            qPrintable(page.errorText(QStringLiteral("docker.batchSize"))));
        QSignalSpy saved(&page, &ui::SettingsPage::settingsSaved);
        QVERIFY(!page.save());
        QCOMPARE(saved.count(), 0);

        auto *guilds = qobject_cast<QLineEdit *>(page.editor(QStringLiteral("discord.guildIds")));
        guilds->setText(QStringLiteral("123, 223456789012345678"));
        QVERIFY(page.errorText(QStringLiteral("discord.guildIds"))
                    .contains(QStringLiteral("17 to 20")));
        guilds->setText(QStringLiteral("223456789012345678"));
        auto *decay = qobject_cast<QLineEdit *>(page.editor(QStringLiteral("mech.decayOverrides")));
        QVERIFY(decay);
        decay->setText(QStringLiteral("11:0, 12:5"));
        QVERIFY(!page.canSave());
        QVERIFY2(page.errorText(QStringLiteral("mech.decayOverrides"))
                     .contains(QStringLiteral("1 to 11")),
                 qPrintable(page.errorText(QStringLiteral("mech.decayOverrides"))));
        decay->setText(QStringLiteral("11:0, 4 : 250"));
        batch->setValue(6);
        QVERIFY(page.canSave());
        QVERIFY(page.errorText(QStringLiteral("docker.batchSize")).isEmpty());

        auto *monitoring =
            qobject_cast<QCheckBox *>(page.editor(QStringLiteral("memory.monitoring")));
        monitoring->setChecked(false);
        QVERIFY(page.save());
        QCOMPARE(saved.count(), 1);
        const config::LoadResult reread = config::SettingsStore::loadFileOnly(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread.settings.docker.batchSize, 6);
        QCOMPARE(reread.settings.memory.monitoring, false);
        QCOMPARE(reread.settings.mech.decayOverrides,
                 (QStringList{QStringLiteral("11:0"), QStringLiteral("4 : 250")}));
        QCOMPARE(reread.settings.discord.guildIds,
                 QStringList{QStringLiteral("223456789012345678")});
        QCOMPARE(reread.settings.containers.size(), 1);
        QCOMPARE(reread.settings.containers.first().allowedActions,
                 (QStringList{QStringLiteral("status"), QStringLiteral("stop")}));
    }

    void tablesMapToSettings() {
        QTemporaryDir dir;
        ui::SettingsPage page(dir.filePath(QStringLiteral("none.json")));
        auto tables = page.findChildren<QTableWidget *>();
        QTableWidget *channels = nullptr;
        QTableWidget *containers = nullptr;
        for (QTableWidget *t : tables) {
            if (t->columnCount() == 5)
                channels = t;
            if (t->columnCount() == 12)
                containers = t;
        }
        QVERIFY(channels && containers);
        channels->insertRow(0);
        channels->setItem(0, 0, new QTableWidgetItem(QStringLiteral("323456789012345678")));
        auto *control = new QTableWidgetItem;
        control->setCheckState(Qt::Checked);
        channels->setItem(0, 2, control);
        containers->insertRow(0);
        containers->setItem(0, 1, new QTableWidgetItem(QStringLiteral("bad name")));
        QVERIFY(!page.canSave());
        containers->setItem(0, 1, new QTableWidgetItem(QStringLiteral("minecraft")));
        auto *start = new QTableWidgetItem;
        start->setCheckState(Qt::Checked);
        containers->setItem(0, 3, start);
        QVERIFY(page.canSave());
        const config::Settings s = page.currentSettings();
        QCOMPARE(s.discord.channels.size(), 1);
        QCOMPARE(s.discord.channels.first().kind, config::ChannelKind::Control);
        QCOMPARE(s.discord.channels.first().updateIntervalSec, 600);
        QCOMPARE(s.containers.first().name, QStringLiteral("minecraft"));
        QCOMPARE(s.containers.first().endpoint, QStringLiteral("local"));
        QCOMPARE(s.containers.first().allowedActions,
                 (QStringList{QStringLiteral("status"), QStringLiteral("start")}));
        QCOMPARE(s.containers.first().kind, QStringLiteral("container"));
        // The Kind column: a Swarm service, or a word the validator refuses.
        containers->setItem(0, 10, new QTableWidgetItem(QStringLiteral("pod")));
        QVERIFY(!page.canSave());
        containers->setItem(0, 10, new QTableWidgetItem(QStringLiteral("service")));
        QVERIFY(page.canSave());
        QVERIFY(page.currentSettings().containers.first().isService());
    }

    void tableErrorsNameTheRowOnTheirOwnTab() {
        // A bad channel id is reported under the channel table (Discord tab), counted from 1,
        // and its cell is highlighted; a bad container name under the Docker tab's tables.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mechdock.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"discord\": {\"channels\": [{\"id\": \"323456789012345678\"}, "
                    "{\"id\": \"12\"}]}, \"containers\": [{\"name\": \"web\"}, "
                    "{\"name\": \"bad name\"}]}");
        }
        ui::SettingsPage page(path);
        QTableWidget *channels = nullptr;
        QTableWidget *containers = nullptr;
        for (QTableWidget *t : page.findChildren<QTableWidget *>()) {
            if (t->columnCount() == 5)
                channels = t;
            if (t->columnCount() == 12)
                containers = t;
        }
        QVERIFY(channels && containers);
        QVERIFY(!page.canSave());
        QLabel *channelErrors = nullptr;
        QLabel *dockerErrors = nullptr;
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->text().startsWith(QStringLiteral("Channels, row 2")))
                channelErrors = l;
            if (l->text().startsWith(QStringLiteral("Containers, row 2")))
                dockerErrors = l;
        }
        QVERIFY2(channelErrors, "no channel error naming row 2");
        QVERIFY2(dockerErrors, "no container error naming row 2");
        QVERIFY(channelErrors->text().contains(QStringLiteral("Channel id")));
        // Each on the tab of its table.
        QVERIFY(channels->window() == channelErrors->window());
        QVERIFY(channelErrors->parentWidget() != dockerErrors->parentWidget());
        QVERIFY(channels->item(1, 0)->data(Qt::BackgroundRole).isValid());
        QVERIFY(!channels->item(0, 0)->data(Qt::BackgroundRole).isValid());
        QVERIFY(containers->item(1, 1)->data(Qt::BackgroundRole).isValid());
        // Fixed, the highlight goes.
        containers->item(1, 1)->setText(QStringLiteral("api"));
        channels->item(1, 0)->setText(QStringLiteral("423456789012345678"));
        QVERIFY(page.canSave());
        QVERIFY(!containers->item(1, 1)->data(Qt::BackgroundRole).isValid());
    }

    void addedRowsHaveCheckBoxes() {
        // A row added with the table's button has check boxes for every yes/no column, so
        // typing cannot put text where a choice belongs.
        QTemporaryDir dir;
        ui::SettingsPage page(dir.filePath(QStringLiteral("none.json")));
        const QList<std::pair<QString, QList<int>>> expected{
            {QStringLiteral("Add channel"), {2}},
            {QStringLiteral("Add endpoint"), {2}},
            {QStringLiteral("Add container"), {3, 4, 5}}};
        for (const auto &[label, columns] : expected) {
            QPushButton *add = nullptr;
            for (QPushButton *b : page.findChildren<QPushButton *>()) {
                if (b->text() == label)
                    add = b;
            }
            QVERIFY2(add, qPrintable(label));
            QTableWidget *table = nullptr;
            for (QTableWidget *t : page.findChildren<QTableWidget *>()) {
                if (t->parentWidget() == add->parentWidget())
                    table = t;
            }
            QVERIFY2(table, qPrintable(label));
            const int before = table->rowCount();
            QTest::mouseClick(add, Qt::LeftButton);
            QCOMPARE(table->rowCount(), before + 1);
            for (int column : columns) {
                const QTableWidgetItem *item = table->item(before, column);
                QVERIFY2(item && (item->flags() & Qt::ItemIsUserCheckable) &&
                             !(item->flags() & Qt::ItemIsEditable),
                         qPrintable(QStringLiteral("%1, column %2").arg(label).arg(column)));
            }
        }
        // A new container row saves as a default container: status only, on "local".
        const config::Settings s = page.currentSettings();
        QCOMPARE(s.containers.size(), 1);
        QCOMPARE(s.containers.first().endpoint, QStringLiteral("local"));
        QCOMPARE(s.containers.first().allowedActions, QStringList{QStringLiteral("status")});
    }
};

QTEST_MAIN(TestGuiSettingsPage)
#include "tst_gui_settingspage.moc"
