// A2sSplitAssembler: puts the parts of one split A2S answer back together. One answer at a time
// (a new id starts over), at most A2sCodec::kMaxSplitParts parts of bounded size.
#pragma once

#include "a2scodec.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace mechdock::gamequery {

class A2sSplitAssembler {
public:
    // The whole answer once every part is in; nothing while parts are missing.
    std::optional<QByteArray> add(const A2sSplitPart &part);
    void reset();

private:
    qint32 m_id = 0;
    int m_received = 0;
    QList<QByteArray> m_parts; // by number
    QList<bool> m_have;
};

} // namespace mechdock::gamequery
