// LogRecord: one log line as the Logs page and the ring buffer hold it.
#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace mechdock::logging {

struct LogRecord {
    quint64 sequence = 0;
    qint64 epochMs = 0;
    QtMsgType level = QtInfoMsg;
    QString category;
    QString message;
};

QString levelName(QtMsgType type);

} // namespace mechdock::logging

Q_DECLARE_METATYPE(mechdock::logging::LogRecord)
