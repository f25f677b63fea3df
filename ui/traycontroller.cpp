#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace mechdock::ui {

TrayController::TrayController(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        m_menu = new QMenu(window);
        QAction *show = m_menu->addAction(tr("&Show Mechdock"));
        connect(show, &QAction::triggered, this, &TrayController::showWindow);
        m_menu->addSeparator();
        QAction *quit = m_menu->addAction(tr("&Quit"));
        connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason != QSystemTrayIcon::Trigger || !m_window)
                        return;
                    if (m_window->isVisible() && !m_window->isMinimized())
                        m_window->hide();
                    else
                        showWindow();
                });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindow);
    }
    m_toolTip = tr("Mechdock: starting…");
    m_iconState = QStringLiteral("busy");
    updateIcon();
    if (m_icon)
        m_icon->show();
}

TrayController::~TrayController() {
    if (m_icon)
        m_icon->hide();
}

QStringList TrayController::newAlerts(const QStringList &previous, const QStringList &current) {
    // The longest suffix of `previous` that starts `current` is what was already seen.
    for (qsizetype overlap = qMin(previous.size(), current.size()); overlap > 0; --overlap) {
        if (previous.mid(previous.size() - overlap) == current.mid(0, overlap))
            return current.mid(overlap);
    }
    return current;
}

void TrayController::applySnapshot(const service::ServiceSnapshot &s) {
    // Alerts raised before the panel opened were not missed by anyone watching: the first
    // snapshot only sets the baseline.
    const QStringList fresh = m_firstSnapshot ? QStringList() : newAlerts(m_alerts, s.recentAlerts);
    m_firstSnapshot = false;
    m_alerts = s.recentAlerts;
    if (!fresh.isEmpty()) {
        const QString latest = fresh.last();
        const bool critical = latest.startsWith(QLatin1String("critical")) ||
                              latest.startsWith(QLatin1String("emergency"));
        const QString title = fresh.size() == 1
                                  ? tr("Mechdock alert")
                                  : tr("Mechdock: %n new alert(s)", nullptr, int(fresh.size()));
        notify(title, latest, critical);
        emit alertNotified(title, latest);
    }

    QString state;
    const bool critical = s.pressure == QLatin1String("Critical");
    if (critical || s.pressure == QLatin1String("High"))
        state = QStringLiteral("alarm");
    else if (s.botState == service::BotState::Online)
        state = QStringLiteral("ok");
    else if (s.botState == service::BotState::Connecting)
        state = QStringLiteral("busy");
    else
        state = QStringLiteral("off");
    QString tip = tr("Mechdock · bot %1").arg(service::botStateName(s.botState));
    if (!s.pressure.isEmpty())
        tip += tr(" · memory %1").arg(s.pressure.toLower());
    int unreachable = 0;
    for (const service::EndpointState &e : s.endpoints)
        unreachable += e.reachable ? 0 : 1;
    if (unreachable > 0)
        tip += tr(" · %n Docker endpoint(s) unreachable", nullptr, unreachable);
    m_toolTip = tip;
    if (state != m_iconState) {
        m_iconState = state;
        updateIcon();
    }
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

void TrayController::notify(const QString &title, const QString &message, bool critical) {
    if (m_icon)
        m_icon->showMessage(title, message,
                            critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

void TrayController::showWindow() {
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::updateIcon() {
    if (!m_icon)
        return;
    QColor dot(0x71, 0x80, 0x96); // off: grey
    if (m_iconState == QLatin1String("ok"))
        dot = QColor(0x2f, 0x85, 0x5a);
    else if (m_iconState == QLatin1String("busy"))
        dot = QColor(0xb7, 0x79, 0x1f);
    else if (m_iconState == QLatin1String("alarm"))
        dot = QColor(0xc5, 0x30, 0x30);
    const QIcon base = QApplication::windowIcon();
    QIcon icon;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const int d = qMax(6, size * 2 / 5);
        painter.setPen(QPen(Qt::white, qMax(1, size / 16)));
        painter.setBrush(dot);
        painter.drawEllipse(size - d - 1, size - d - 1, d, d);
        painter.end();
        icon.addPixmap(pixmap);
    }
    m_icon->setIcon(icon);
}

} // namespace mechdock::ui
