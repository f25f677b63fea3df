#include "mechpage.h"

#include "donationdialog.h"
#include "donationtablemodel.h"

#include "client/engineclient.h"
#include "mech/evolutionlevels.h"

#include <QBuffer>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMovie>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mechdock::ui {

namespace {

QString keyOf(const service::MechSnapshot &m) {
    return QStringLiteral("%1/%2/%3").arg(m.level).arg(m.resting ? 0 : 1).arg(m.speedPercent);
}

} // namespace

MechPage::MechPage(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_animation(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_levelName(new QLabel(this))
    , m_levelBar(new QProgressBar(this))
    , m_power(new QLabel(this))
    , m_powerBar(new QProgressBar(this))
    , m_evolution(new QLabel(this))
    , m_evolutionBar(new QProgressBar(this))
    , m_total(new QLabel(this))
    , m_model(new DonationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_historyStatus(new QLabel(this))
    , m_donate(new QPushButton(tr("&Add donation…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this)) {
    m_status->setWordWrap(true);
    m_animation->setAlignment(Qt::AlignCenter);
    m_animation->setWordWrap(true);
    m_animation->setMinimumSize(320, 260);
    m_animation->setFrameShape(QFrame::StyledPanel);
    m_animation->setToolTip(tr("The mech's current animation, at the speed its power gives it"));
    m_animation->installEventFilter(this);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);

    m_levelBar->setRange(mech::EvolutionLevels::kMinLevel, mech::EvolutionLevels::kMaxLevel);
    m_levelBar->setToolTip(tr("Evolution level: total donations unlock the next one"));
    m_powerBar->setRange(0, 100);
    m_powerBar->setFormat(tr("Speed level %v of 100"));
    m_powerBar->setToolTip(tr("Power drives the walking speed; it decays a little every day"));
    m_evolutionBar->setRange(0, 1000);
    m_evolutionBar->setTextVisible(false);
    m_evolutionBar->setToolTip(tr("Donations counted toward the next level"));
    for (QLabel *l : {m_levelName, m_power, m_evolution, m_total})
        l->setWordWrap(true);

    auto *bars = new QFormLayout;
    // Long translations go under their label instead of squeezing the bars.
    bars->setRowWrapPolicy(QFormLayout::WrapLongRows);
    bars->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bars->addRow(tr("Level:"), m_levelName);
    bars->addRow(QString(), m_levelBar);
    bars->addRow(tr("Power:"), m_power);
    bars->addRow(QString(), m_powerBar);
    bars->addRow(tr("Evolution:"), m_evolution);
    bars->addRow(QString(), m_evolutionBar);
    bars->addRow(tr("Donated:"), m_total);

    auto *animationBox = new QVBoxLayout;
    animationBox->addWidget(m_animation, 1);
    animationBox->addWidget(m_caption);
    auto *top = new QHBoxLayout;
    top->addLayout(animationBox, 2);
    top->addLayout(bars, 3);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DonationTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DonationTableModel::When, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DonationTableModel::Note, QHeaderView::Stretch);
    m_view->setToolTip(tr("The latest donations and adjustments, newest first"));
    m_historyStatus->setWordWrap(true);
    m_donate->setToolTip(tr("Record a donation received outside Discord (Ctrl+N)"));
    m_donate->setShortcut(QKeySequence::New);
    m_refresh->setToolTip(tr("Read the donation history and the animation again (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_historyStatus, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_donate);
    auto *history = new QGroupBox(tr("Donation history"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_view, 1);
    historyLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(history, 1);
    setTabOrder(m_view, m_refresh);
    setTabOrder(m_refresh, m_donate);

    connect(m_donate, &QPushButton::clicked, this, &MechPage::addDonation);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        // A failed animation is fetched again with the next snapshot.
        m_requestedKey.clear();
        refreshHistory();
    });

    m_status->setText(tr("Waiting for the service to report the mech…"));
    m_animation->setText(tr("No animation yet."));
    m_donate->setEnabled(false);
    m_levelName->setText(tr("unknown"));
    m_power->setText(tr("unknown"));
    m_evolution->setText(tr("unknown"));
    m_total->setText(tr("unknown"));
    m_historyStatus->setText(tr("The history appears once the service has started the mech."));
}

MechPage::~MechPage() {
    stopMovie();
}

bool MechPage::canPlayWebp() {
    return QMovie::supportedFormats().contains("webp");
}

void MechPage::setClient(client::EngineClient *client) {
    m_client = client;
    // The next snapshot fetches the animation and the history through the new client.
    m_requestedKey.clear();
    m_totalSeen = -1;
}

void MechPage::applySnapshot(const service::ServiceSnapshot &s) {
    const service::MechSnapshot &m = s.mech;
    m_running = m.running;
    m_donate->setEnabled(m_running && m_client);
    if (!m_running) {
        m_status->show();
        m_status->setText(
            s.databaseOk || !s.running
                ? tr("The mech is not running yet; it starts with the service's database.")
                : tr("The mech is not running: the database is unavailable (%1).")
                      .arg(s.databaseError));
        return;
    }
    m_status->clear();
    m_status->hide();
    m_levelBar->setValue(qBound(m_levelBar->minimum(), m.level, m_levelBar->maximum()));
    m_levelBar->setFormat(tr("Level %1 of %2").arg(m.level).arg(m_levelBar->maximum()));
    m_levelName->setText(m.levelName.isEmpty() ? tr("Level %1").arg(m.level)
                                               : tr("%1 (level %2)").arg(m.levelName).arg(m.level));
    m_powerBar->setValue(qBound(0, m.speedLevel, 100));
    m_power->setText(m.resting
                         ? tr("%1 of power: resting").arg(DonationTableModel::money(m.powerCents))
                         : tr("%1 of power, %2 % speed")
                               .arg(DonationTableModel::money(m.powerCents))
                               .arg(m.speedPercent));
    if (m.levelCostCents > 0) {
        const qint64 steps = m_evolutionBar->maximum();
        m_evolutionBar->setValue(
            int(std::clamp(m.levelProgressCents * steps / m.levelCostCents, qint64(0), steps)));
        m_evolution->setText(tr("%1 of %2 to level %3")
                                 .arg(DonationTableModel::money(m.levelProgressCents),
                                      DonationTableModel::money(m.levelCostCents))
                                 .arg(m.level + 1));
    } else {
        m_evolutionBar->setValue(m_evolutionBar->maximum());
        m_evolution->setText(tr("The top level is reached."));
    }
    m_total->setText(DonationTableModel::money(m.totalCents));
    m_caption->setText(m.resting ? tr("Resting: the mech has no power left.")
                                 : tr("Walking at %1 % speed.").arg(m.speedPercent));
    const QString key = keyOf(m);
    if (key != m_requestedKey) {
        m_requestedKey = key;
        requestAnimation();
    }
    // A donation from Discord (or a new start) changes the total: the history follows.
    if (m.totalCents != m_totalSeen) {
        m_totalSeen = m.totalCents;
        refreshHistory();
    }
}

void MechPage::requestAnimation() {
    if (!canPlayWebp()) {
        // Nothing to fetch: this Qt cannot decode it. Say so instead of an empty frame.
        stopMovie();
        m_animation->setText(tr("This system cannot play WebP animations. Install Qt's image "
                                "format plugins (Debian: qt6-image-formats-plugins) and restart "
                                "Mechdock."));
        emit animationShown(false);
        return;
    }
    if (!m_client)
        return;
    m_client->mechAnimation(mech::AnimationSize::Big, this,
                            [this](const client::Expected<QByteArray> &r) {
                                showAnimation(r.ok(), r.ok() ? QString() : r.error().message,
                                              r.ok() ? r.value() : QByteArray());
                            });
}

void MechPage::showAnimation(bool ok, const QString &error, const QByteArray &data) {
    stopMovie();
    if (!ok) {
        m_animation->setText(tr("No animation: %1").arg(error));
        emit animationShown(false);
        return;
    }
    m_buffer = new QBuffer(this);
    m_buffer->setData(data);
    m_buffer->open(QIODevice::ReadOnly);
    m_movie = new QMovie(m_buffer, "webp", this);
    m_movie->setCacheMode(QMovie::CacheNone); // frames are decoded as they play, not kept
    if (!m_movie->isValid()) {
        const QString reason = m_movie->lastErrorString();
        stopMovie();
        m_animation->setText(tr("The animation could not be decoded: %1").arg(reason));
        emit animationShown(false);
        return;
    }
    // Scale before the first frame is decoded; the canvas size comes from the header.
    m_movieSize = QImageReader(m_buffer, "webp").size();
    m_buffer->seek(0);
    fitMovie();
    m_movie->jumpToFrame(0);
    m_animation->setMovie(m_movie);
    if (isVisible())
        m_movie->start();
    emit animationShown(true);
}

void MechPage::fitMovie() {
    if (!m_movie || m_movieSize.isEmpty())
        return;
    const QSize room = m_animation->contentsRect().size() - QSize(8, 8);
    if (room.width() <= 0 || room.height() <= 0)
        return;
    const QSize size = m_movieSize.boundedTo(m_movieSize.scaled(room, Qt::KeepAspectRatio));
    if (size == m_movie->scaledSize())
        return;
    m_movie->setScaledSize(size);
    // A running movie shows the new size with its next frame; a paused one needs it now.
    // QMovie ignores a jump to the frame it shows, so step away and back.
    const int frame = m_movie->currentFrameNumber();
    if (m_movie->state() != QMovie::Running && m_movie->frameCount() > 1 && frame >= 0) {
        m_movie->jumpToFrame((frame + 1) % m_movie->frameCount());
        m_movie->jumpToFrame(frame);
    }
}

bool MechPage::eventFilter(QObject *watched, QEvent *event) {
    // The layout resizes the animation area (also while the page is hidden, e.g. for a grab).
    if (watched == m_animation && event->type() == QEvent::Resize)
        fitMovie();
    return QWidget::eventFilter(watched, event);
}

void MechPage::stopMovie() {
    if (m_movie) {
        m_animation->setMovie(nullptr);
        m_movie->stop();
        delete m_movie;
        m_movie = nullptr;
    }
    delete m_buffer;
    m_buffer = nullptr;
}

void MechPage::refreshHistory() {
    if (!m_client)
        return;
    m_client->mechHistory(kHistoryRows, this,
                          [this](const client::Expected<QList<mech::LedgerEvent>> &r) {
                              showHistory(r.ok() ? r.value() : QList<mech::LedgerEvent>(),
                                          r.ok() ? QString() : r.error().message);
                          });
}

void MechPage::showHistory(const QList<mech::LedgerEvent> &events, const QString &error) {
    m_model->setEvents(events);
    if (!error.isEmpty())
        m_historyStatus->setText(tr("The history could not be read: %1").arg(error));
    else if (events.isEmpty())
        m_historyStatus->setText(tr("No donations yet. Use /donate in Discord or add one here."));
    else if (events.size() >= kHistoryRows)
        m_historyStatus->setText(tr("The latest %n donation(s).", nullptr, int(events.size())));
    else
        m_historyStatus->setText(tr("%n donation(s).", nullptr, int(events.size())));
    emit historyShown(int(events.size()));
}

void MechPage::addDonation() {
    if (!m_running || !m_client || m_dialog)
        return;
    m_dialog = new DonationDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    connect(m_dialog, &DonationDialog::submitted, this,
            [this](qint64 cents, const QString &donor, const QString &note) {
                if (!m_client) {
                    m_dialog->finishSubmit(false, tr("Not connected to the engine."));
                    return;
                }
                // The engine records the donation and audits it with this panel's user.
                m_client->donate(cents, donor, note, this,
                                 [this](const client::Expected<client::DonationOutcome> &r) {
                                     if (m_dialog)
                                         m_dialog->finishSubmit(r.ok(), r.ok() ? QString()
                                                                               : r.error().message);
                                     if (r.ok())
                                         refreshHistory();
                                 });
            });
    m_dialog->open();
}

QByteArray MechPage::animationData() const {
    return m_buffer ? m_buffer->data() : QByteArray();
}

QString MechPage::animationText() const {
    return m_animation->text();
}

QString MechPage::captionText() const {
    return m_caption->text();
}

QString MechPage::statusText() const {
    return m_status->isHidden() ? QString() : m_status->text();
}

QString MechPage::evolutionText() const {
    return m_evolution->text();
}

void MechPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_movie)
        m_movie->start();
}

void MechPage::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    // A hidden page decodes nothing.
    if (m_movie)
        m_movie->setPaused(true);
}

} // namespace mechdock::ui
