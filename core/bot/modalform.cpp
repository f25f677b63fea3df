#include "modalform.h"

#include <QJsonArray>

namespace mechdock::bot {

QJsonObject ModalForm::toJson() const {
    QJsonArray rows;
    for (const ModalField &f : fields) {
        if (rows.size() == 5)
            break;
        QJsonObject input{{QStringLiteral("type"), 4},
                          {QStringLiteral("custom_id"), f.id.left(100)},
                          {QStringLiteral("style"), f.paragraph ? 2 : 1},
                          {QStringLiteral("label"), f.label.left(45)},
                          {QStringLiteral("min_length"), qBound(0, f.minLength, 4000)},
                          {QStringLiteral("max_length"), qBound(1, f.maxLength, 4000)},
                          {QStringLiteral("required"), f.minLength > 0}};
        if (!f.placeholder.isEmpty())
            input.insert(QStringLiteral("placeholder"), f.placeholder.left(100));
        rows.append(QJsonObject{{QStringLiteral("type"), 1},
                                {QStringLiteral("components"), QJsonArray{input}}});
    }
    return QJsonObject{{QStringLiteral("custom_id"), customId.left(100)},
                       {QStringLiteral("title"), title.left(45)},
                       {QStringLiteral("components"), rows}};
}

} // namespace mechdock::bot
