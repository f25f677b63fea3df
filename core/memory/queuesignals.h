// QueueSignals: the backpressure signals of a BoundedQueue (a template cannot be a QObject):
// becameFull when a put meets a full queue, drained when a full queue has room again.
#pragma once

#include <QObject>

namespace mechdock::memory {

class QueueSignals : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void becameFull();
    void drained();
};

} // namespace mechdock::memory
