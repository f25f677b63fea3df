#include "interaction.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mechdock::bot {

namespace {
bool isSnowflake(const QString &s) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,20}$"));
    return re.match(s).hasMatch();
}

QString text(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}
} // namespace

std::optional<Interaction> Interaction::parse(const QJsonObject &d, QString *error) {
    auto fail = [&](const char *why) -> std::optional<Interaction> {
        if (error)
            *error = QString::fromLatin1(why);
        return std::nullopt;
    };
    Interaction i;
    const int type = d.value(QStringLiteral("type")).toInt();
    if (type < 1 || type > 5)
        return fail("unknown interaction type");
    i.type = InteractionType(type);
    i.id = d.value(QStringLiteral("id")).toString();
    i.token = d.value(QStringLiteral("token")).toString();
    i.applicationId = d.value(QStringLiteral("application_id")).toString();
    i.guildId = d.value(QStringLiteral("guild_id")).toString();
    i.channelId = d.value(QStringLiteral("channel_id")).toString();
    if (i.channelId.isEmpty())
        i.channelId =
            d.value(QStringLiteral("channel")).toObject().value(QStringLiteral("id")).toString();
    if (!isSnowflake(i.id) || i.token.isEmpty() || i.token.size() > 500)
        return fail("missing or malformed id or token");
    const QJsonObject member = d.value(QStringLiteral("member")).toObject();
    const QJsonObject user = member.isEmpty() ? d.value(QStringLiteral("user")).toObject()
                                              : member.value(QStringLiteral("user")).toObject();
    i.userId = user.value(QStringLiteral("id")).toString();
    i.userName = user.value(QStringLiteral("global_name")).toString();
    if (i.userName.isEmpty())
        i.userName = user.value(QStringLiteral("username")).toString();
    i.userName = i.userName.left(100);
    if (!isSnowflake(i.userId))
        return fail("missing user");
    for (const QJsonValue &r : member.value(QStringLiteral("roles")).toArray()) {
        if (isSnowflake(r.toString()) && i.roleIds.size() < 250)
            i.roleIds.append(r.toString());
    }
    i.locale = d.value(QStringLiteral("locale")).toString().left(10);
    const QJsonObject data = d.value(QStringLiteral("data")).toObject();
    if (i.type == InteractionType::Component) {
        i.customId = data.value(QStringLiteral("custom_id")).toString();
        if (i.customId.size() > 100)
            return fail("custom_id longer than 100 characters");
        i.messageId =
            d.value(QStringLiteral("message")).toObject().value(QStringLiteral("id")).toString();
        return i;
    }
    if (i.type == InteractionType::ModalSubmit) {
        // A modal's text inputs arrive as rows of components; they become options by custom_id.
        i.customId = data.value(QStringLiteral("custom_id")).toString();
        if (i.customId.size() > 100)
            return fail("custom_id longer than 100 characters");
        const QJsonArray rows = data.value(QStringLiteral("components")).toArray();
        if (rows.size() > 5)
            return fail("too many rows in a modal");
        for (const QJsonValue &row : rows) {
            const QJsonArray inputs = row.toObject().value(QStringLiteral("components")).toArray();
            if (inputs.size() > 5)
                return fail("too many inputs in a modal row");
            for (const QJsonValue &v : inputs) {
                const QJsonObject input = v.toObject();
                const QString name = input.value(QStringLiteral("custom_id")).toString().left(100);
                const QString value = text(input.value(QStringLiteral("value")));
                if (value.size() > kMaxOptionLength)
                    return fail("a modal value is longer than allowed");
                if (!name.isEmpty())
                    i.options.insert(name, value);
            }
        }
        return i;
    }
    if (i.type == InteractionType::Command || i.type == InteractionType::Autocomplete) {
        i.commandName = data.value(QStringLiteral("name")).toString().left(32);
        QJsonArray options = data.value(QStringLiteral("options")).toArray();
        // A sub-command nests its options one level down.
        if (options.size() == 1 &&
            options.first().toObject().value(QStringLiteral("type")).toInt() == 1) {
            const QJsonObject sub = options.first().toObject();
            i.commandName +=
                QLatin1Char(' ') + sub.value(QStringLiteral("name")).toString().left(32);
            options = sub.value(QStringLiteral("options")).toArray();
        }
        if (options.size() > 25)
            return fail("too many options");
        for (const QJsonValue &v : options) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString().left(32);
            QString value = text(o.value(QStringLiteral("value")));
            if (value.size() > kMaxOptionLength)
                return fail("an option is longer than allowed");
            i.options.insert(name, value);
            if (o.value(QStringLiteral("focused")).toBool())
                i.focusedOption = name;
        }
        if (i.commandName.isEmpty())
            return fail("missing command name");
    }
    return i;
}

} // namespace mechdock::bot
