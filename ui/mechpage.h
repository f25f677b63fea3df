// MechPage: the mech as it is now: its animation playing at the current speed, level, power and
// evolution progress bars, the donation history and an Add donation dialog. The animation, the
// history and donations go through the EngineClient (the engine records and audits donations);
// results come back asynchronously, so the GUI thread never waits. Snapshots drive the bars and
// say when the animation or history changed.
#pragma once

#include "client/engineclient.h"
#include "mech/donationledger.h"
#include "service/servicesnapshot.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QBuffer;
class QLabel;
class QMovie;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mechdock::ui {

class DonationDialog;
class DonationTableModel;

class MechPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kHistoryRows = 200;

    explicit MechPage(QWidget *parent = nullptr);
    ~MechPage() override;

    void setClient(client::EngineClient *client);
    // Whether Qt can decode animated WebP here (the image-formats plugin is installed).
    static bool canPlayWebp();

    // For tests and screenshots.
    DonationTableModel *historyModel() const { return m_model; }
    QTableView *historyView() const { return m_view; }
    QMovie *movie() const { return m_movie; }
    // The bytes the movie plays (empty when none).
    QByteArray animationData() const;
    QString animationText() const;
    QString captionText() const;
    QString statusText() const;
    QProgressBar *levelBar() const { return m_levelBar; }
    QProgressBar *powerBar() const { return m_powerBar; }
    QProgressBar *evolutionBar() const { return m_evolutionBar; }
    QString evolutionText() const;
    QPushButton *donateButton() const { return m_donate; }
    DonationDialog *dialog() const { return m_dialog; }

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    void refreshHistory();
    void addDonation();

signals:
    // Emitted on the GUI thread when an animation arrived and is shown (bytes) or could not be.
    void animationShown(bool playing);
    void historyShown(int rows);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestAnimation();
    void showAnimation(bool ok, const QString &error, const QByteArray &data);
    void showHistory(const QList<mech::LedgerEvent> &events, const QString &error);
    void stopMovie();
    // Fits the movie into the animation area, keeping its aspect, never enlarged.
    void fitMovie();

    QPointer<client::EngineClient> m_client;
    QLabel *m_status;
    QLabel *m_animation;
    QLabel *m_caption;
    QLabel *m_levelName;
    QProgressBar *m_levelBar;
    QLabel *m_power;
    QProgressBar *m_powerBar;
    QLabel *m_evolution;
    QProgressBar *m_evolutionBar;
    QLabel *m_total;
    DonationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_historyStatus;
    QPushButton *m_donate;
    QPushButton *m_refresh;
    QMovie *m_movie = nullptr;
    QBuffer *m_buffer = nullptr;
    QSize m_movieSize; // the animation's canvas
    DonationDialog *m_dialog = nullptr;
    bool m_running = false;
    // Level, walking or resting, speed of the animation asked for; re-fetched when it changes.
    QString m_requestedKey;
    qint64 m_totalSeen = -1;
};

} // namespace mechdock::ui
