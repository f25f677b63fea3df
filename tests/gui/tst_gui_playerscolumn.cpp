// The containers page's Players column: players/max for a queried, running game server, "–"
// while it has not answered, nothing for the others; the names in the tooltip; sorted by count.
#include "containertablemodel.h"

#include <QtTest>

using namespace mechdock;
using ui::ContainerTableModel;

namespace {
service::ContainerRow gameRow(const char *name, bool running, int online, int max,
                              const QStringList &names = {}) {
    service::ContainerRow r;
    r.endpoint = QStringLiteral("local");
    r.name = QString::fromLatin1(name);
    r.displayName = r.name;
    r.configured = true;
    r.running = running;
    r.state = running ? QStringLiteral("running") : QStringLiteral("exited");
    r.playersQueried = true;
    r.playersOnline = online;
    r.playersMax = max;
    r.playerNames = names;
    return r;
}
} // namespace

class TestGuiPlayersColumn : public QObject {
    Q_OBJECT
private slots:
    void showsCountsAndNames() {
        ContainerTableModel model;
        service::ContainerRow web = gameRow("web", true, -1, -1);
        web.playersQueried = false;
        model.setRows({gameRow("valheim", true, 3, 10,
                               {QStringLiteral("Ragnar"), QStringLiteral("Lagertha")}),
                       gameRow("silent", true, -1, -1), gameRow("stopped", false, 5, 10), web});
        QCOMPARE(model.headerData(ContainerTableModel::Players, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Players"));
        const auto text = [&](int row, int role = Qt::DisplayRole) {
            return model.index(row, ContainerTableModel::Players).data(role).toString();
        };
        QCOMPARE(text(0), QStringLiteral("3/10"));
        QCOMPARE(text(0, Qt::ToolTipRole), QStringLiteral("Ragnar, Lagertha"));
        QCOMPARE(text(1), QStringLiteral("–"));
        QCOMPARE(text(2), QString()); // stopped: no count shown
        QCOMPARE(text(3), QString()); // not queried
        QCOMPARE(model.index(0, ContainerTableModel::Players)
                     .data(ContainerTableModel::SortRole)
                     .toInt(),
                 3);
    }
};

QTEST_MAIN(TestGuiPlayersColumn)
#include "tst_gui_playerscolumn.moc"
