// ModalForm: a Discord modal (interaction callback type 9) with up to five one-line or paragraph
// text inputs, kept within Discord's limits (title and labels 45 characters, custom ids 100).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mechdock::bot {

struct ModalField {
    QString id;    // the value's name in the submission
    QString label; // shown above the input
    QString placeholder;
    int minLength = 1;
    int maxLength = 100;
    bool paragraph = false;
};

struct ModalForm {
    QString customId;
    QString title;
    QList<ModalField> fields;

    // The `data` of a type 9 callback.
    QJsonObject toJson() const;
    static constexpr int kModalCallback = 9;
};

} // namespace mechdock::bot
