// ContainerConfig: how Mechdock shows and controls one container (display name, allowed actions,
// order, info text, active, detailed status), as stored by ContainerConfigStore.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mechdock::docker {

struct ContainerConfig {
    enum Field : quint32 {
        DisplayName = 1u << 0,
        AllowedActions = 1u << 1,
        Order = 1u << 2,
        InfoText = 1u << 3,
        Active = 1u << 4,
        DetailedStatus = 1u << 5,
        AllFields = 0x3f
    };
    static constexpr int kMaxInfoText = 250;
    static constexpr int kMaxDisplayName = 100;

    QString endpoint = QStringLiteral("local");
    QString name;
    QString displayName;
    QStringList allowedActions{QStringLiteral("status")}; // ⊆ status,start,stop,restart,logs,info
    int order = 0;
    QString infoText;
    bool active = true;
    bool detailedStatus = true;
    bool declared = false; // comes from the settings file (read-only field)
    qint64 updatedEpochMs = 0;
    // For mergeDeclared(): which fields the settings file sets (the file wins for those).
    quint32 declaredFields = AllFields;

    QString shownName() const { return displayName.isEmpty() ? name : displayName; }
    bool allows(const QString &action) const { return allowedActions.contains(action); }
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerConfig)
