// TrayController: the tray icon (when the desktop has a tray): the bot's state and the memory
// pressure as tooltip and as a coloured dot on the icon, a notification once for each new
// alert, and a menu with Show and Quit. Without a tray it still tracks alerts (signals only), so
// the window never hides into a tray that does not exist.
#pragma once

#include "service/servicesnapshot.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace mechdock::ui {

class TrayController : public QObject {
    Q_OBJECT
public:
    explicit TrayController(QWidget *window, QObject *parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const { return m_icon != nullptr; }
    QString toolTip() const { return m_toolTip; }
    // The state the icon's dot shows: "ok", "busy", "off", "alarm".
    QString iconState() const { return m_iconState; }
    // Shows a message in the tray (no-op without one).
    void notify(const QString &title, const QString &message, bool critical);

    // The alerts in `current` that `previous` did not end with. Both are the snapshot's
    // newest-last window of recent alerts, which slides as alerts arrive.
    static QStringList newAlerts(const QStringList &previous, const QStringList &current);

public slots:
    void applySnapshot(const mechdock::service::ServiceSnapshot &snapshot);
    void showWindow();

signals:
    void alertNotified(const QString &title, const QString &message);
    void quitRequested();

private:
    void updateIcon();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QStringList m_alerts;
    bool m_firstSnapshot = true;
    QString m_toolTip;
    QString m_iconState;
};

} // namespace mechdock::ui
