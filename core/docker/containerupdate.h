// The options and the outcome of a container update (pull, recreate, roll back on failure).
#pragma once

#include <QMetaType>
#include <QString>

namespace mechdock::docker {

struct ContainerUpdateOptions {
    QString tag;                  // pull this tag instead of the container's own; empty: its own
    int stopTimeoutSec = 10;      // for stopping the old container
    int pullTimeoutMs = 600000;   // the whole pull
    int healthTimeoutMs = 120000; // until the new container runs (and is healthy)
    int settleMs = 3000;          // without a health check: running this long counts as started
    int pollIntervalMs = 500;
};

struct ContainerUpdateResult {
    bool ok = false;
    bool changed = false;    // a new container replaced the old one
    bool rolledBack = false; // it failed and the old one was put back
    QString image;           // the reference pulled
    QString oldImageId;
    QString newImageId; // empty when the pull failed
    QString message;    // for the user, in their words
};

// The first 12 hex digits of an image id, as `docker images` shows it.
inline QString shortImageId(const QString &id) {
    const QString hex = id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
    return hex.left(12);
}

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerUpdateResult)
