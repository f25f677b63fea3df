#include "a2ssplitassembler.h"

namespace mechdock::gamequery {

std::optional<QByteArray> A2sSplitAssembler::add(const A2sSplitPart &part) {
    if (part.total < 1 || part.total > A2sCodec::kMaxSplitParts || part.number < 0 ||
        part.number >= part.total)
        return std::nullopt;
    if (m_parts.isEmpty() || part.id != m_id || part.total != m_parts.size()) {
        reset();
        m_id = part.id;
        m_parts.resize(part.total);
        m_have.fill(false, part.total);
    }
    if (m_have.at(part.number))
        return std::nullopt; // a duplicate
    m_have[part.number] = true;
    m_parts[part.number] = part.payload;
    if (++m_received < m_parts.size())
        return std::nullopt;
    QByteArray whole;
    for (const QByteArray &p : std::as_const(m_parts))
        whole.append(p);
    reset();
    return whole;
}

void A2sSplitAssembler::reset() {
    m_parts.clear();
    m_have.clear();
    m_received = 0;
    m_id = 0;
}

} // namespace mechdock::gamequery
