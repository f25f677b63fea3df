// InteractionResponder: how answers leave: the interaction callback (within Discord's 3 s),
// edits of the original response, and follow-ups (with a file). Implemented over the REST client.
#pragma once

#include "interaction.h"

#include <QByteArray>
#include <QJsonObject>

namespace mechdock::bot {

enum CallbackType {
    kReplyMessage = 4,
    kDeferredMessage = 5,
    kDeferredUpdate = 6,
    kUpdateMessage = 7,
    kAutocompleteResult = 8,
};

class InteractionResponder {
public:
    virtual ~InteractionResponder() = default;
    virtual void respond(const Interaction &interaction, int type, const QJsonObject &data) = 0;
    virtual void editOriginal(const Interaction &interaction, const QJsonObject &message) = 0;
    virtual void followUp(const Interaction &interaction, const QJsonObject &message,
                          const QString &fileName = {}, const QByteArray &fileData = {}) = 0;
};

} // namespace mechdock::bot
