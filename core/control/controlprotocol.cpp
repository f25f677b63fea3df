#include "controlprotocol.h"

#include "common/translation.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <functional>

namespace mechdock::control {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::control::ControlProtocol", text);
}

QString s(const char *text) {
    return QString::fromLatin1(text);
}

// Request ids are JSON numbers; beyond 2^53 a double no longer holds every integer.
constexpr double kMaxId = 9007199254740992.0;

bool isWholeNumber(const QJsonValue &v, double lo, double hi) {
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= lo && d <= hi;
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ControlExpected<QJsonObject> parseObject(QByteArrayView bytes) {
    if (bytes.size() > ControlProtocol::kMaxMessageBytes)
        return ControlExpected<QJsonObject>::failure(
            errc::kTooLarge,
            tr("The message is larger than %1 bytes.").arg(ControlProtocol::kMaxMessageBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ControlExpected<QJsonObject>::failure(errc::kMalformed,
                                                     tr("Not valid JSON at offset %1: %2")
                                                         .arg(parseError.offset)
                                                         .arg(parseError.errorString()));
    if (!doc.isObject())
        return ControlExpected<QJsonObject>::failure(errc::kMalformed,
                                                     tr("A message must be a JSON object."));
    return doc.object();
}

ControlExpected<ClientMessage> bad(const QString &message) {
    return ControlExpected<ClientMessage>::failure(errc::kBadMessage, message);
}

using ClientReader = std::function<ControlExpected<ClientMessage>(const QJsonObject &)>;

ControlExpected<ClientMessage> readHello(const QJsonObject &o) {
    ClientMessage m;
    m.type = ClientMessage::Type::Hello;
    const QJsonValue protocol = o.value(s("protocol"));
    if (!isWholeNumber(protocol, 0, 1e9))
        return bad(tr("hello needs \"protocol\", a whole number."));
    m.protocol = protocol.toInt();
    const QJsonValue client = o.value(s("client"));
    if (!client.isUndefined() && !client.isString())
        return bad(tr("hello's \"client\" must be a string."));
    m.client = client.toString().left(ControlProtocol::kMaxClientNameLength);
    return m;
}

ControlExpected<ClientMessage> readAuth(const QJsonObject &o) {
    ClientMessage m;
    m.type = ClientMessage::Type::Auth;
    const QJsonValue key = o.value(s("key"));
    const QJsonValue user = o.value(s("user"));
    const QJsonValue password = o.value(s("password"));
    if (key.isString()) {
        m.key = key.toString();
        return m;
    }
    if (password.isString() && (user.isUndefined() || user.isString())) {
        m.user = user.toString();
        m.password = password.toString();
        return m;
    }
    return bad(tr("auth needs \"key\", or \"user\" and \"password\", as strings."));
}

ControlExpected<ClientMessage> readRequest(const QJsonObject &o) {
    ClientMessage m;
    m.type = ClientMessage::Type::Request;
    const QJsonValue id = o.value(s("id"));
    if (!isWholeNumber(id, 0, kMaxId))
        return bad(tr("A request needs \"id\", a whole number from 0 to 2^53."));
    m.id = qint64(id.toDouble());
    const QJsonValue method = o.value(s("method"));
    if (!method.isString() || method.toString().isEmpty())
        return bad(tr("A request needs \"method\", a string."));
    m.method = method.toString();
    const QJsonValue params = o.value(s("params"));
    if (!params.isUndefined() && !params.isNull() && !params.isObject())
        return bad(tr("A request's \"params\" must be an object."));
    m.params = params.toObject();
    return m;
}

} // namespace

ControlExpected<ClientMessage> ControlProtocol::parseClient(QByteArrayView bytes) {
    const ControlExpected<QJsonObject> parsed = parseObject(bytes);
    if (!parsed)
        return parsed.error();
    static const QHash<QString, ClientReader> readers{
        {s("hello"), readHello}, {s("auth"), readAuth}, {s("request"), readRequest}};
    const QString type = parsed.value().value(s("type")).toString();
    const auto reader = readers.constFind(type);
    if (reader == readers.constEnd())
        return bad(
            tr("Unknown message type \"%1\"; expected hello, auth or request.").arg(type.left(40)));
    return (*reader)(parsed.value());
}

ControlExpected<ServerMessage> ControlProtocol::parseServer(QByteArrayView bytes) {
    const ControlExpected<QJsonObject> parsed = parseObject(bytes);
    if (!parsed)
        return parsed.error();
    const QJsonObject &o = parsed.value();
    static const QHash<QString, ServerMessage::Type> types{
        {s("welcome"), ServerMessage::Type::Welcome},
        {s("authenticated"), ServerMessage::Type::Authenticated},
        {s("error"), ServerMessage::Type::Error},
        {s("response"), ServerMessage::Type::Response},
        {s("event"), ServerMessage::Type::Event}};
    const auto type = types.constFind(o.value(s("type")).toString());
    if (type == types.constEnd())
        return ControlExpected<ServerMessage>::failure(errc::kBadMessage,
                                                       tr("Unknown message type from the server."));
    ServerMessage m;
    m.type = *type;
    m.protocol = o.value(s("protocol")).toInt();
    m.server = o.value(s("server")).toString();
    m.authRequired = o.value(s("auth")).toString() == QLatin1String("required");
    m.identity = o.value(s("identity")).toString();
    m.code = o.value(s("code")).toString();
    m.message = o.value(s("message")).toString();
    // Converting a double beyond qint64 is undefined; an id outside 0 ... 2^53 was never sent,
    // so it becomes -1, which answers no request.
    const QJsonValue id = o.value(s("id"));
    m.id = isWholeNumber(id, 0, kMaxId) ? qint64(id.toDouble()) : -1;
    m.ok = o.value(s("ok")).toBool();
    m.result = o.value(s("result")).toObject();
    if (m.type == ServerMessage::Type::Response && !m.ok) {
        const QJsonObject error = o.value(s("error")).toObject();
        m.code = error.value(s("code")).toString();
        m.message = error.value(s("message")).toString();
    }
    m.topic = o.value(s("topic")).toString();
    m.data = o.value(s("data")).toObject();
    return m;
}

QByteArray ControlProtocol::hello(const QString &client, int protocol) {
    return compact({{s("type"), s("hello")}, {s("protocol"), protocol}, {s("client"), client}});
}

QByteArray ControlProtocol::authKey(const QString &key) {
    return compact({{s("type"), s("auth")}, {s("key"), key}});
}

QByteArray ControlProtocol::authPassword(const QString &user, const QString &password) {
    return compact({{s("type"), s("auth")}, {s("user"), user}, {s("password"), password}});
}

QByteArray ControlProtocol::request(qint64 id, const QString &method, const QJsonObject &params) {
    return compact({{s("type"), s("request")},
                    {s("id"), double(id)},
                    {s("method"), method},
                    {s("params"), params}});
}

QByteArray ControlProtocol::welcome(const QString &server, bool authRequired) {
    return compact({{s("type"), s("welcome")},
                    {s("protocol"), kVersion},
                    {s("server"), server},
                    {s("auth"), authRequired ? s("required") : s("none")}});
}

QByteArray ControlProtocol::authenticated(const QString &identity) {
    return compact({{s("type"), s("authenticated")}, {s("identity"), identity}});
}

QByteArray ControlProtocol::error(const ControlError &error) {
    return compact(
        {{s("type"), s("error")}, {s("code"), error.code}, {s("message"), error.message}});
}

QByteArray ControlProtocol::response(qint64 id, const QJsonObject &result) {
    return compact({{s("type"), s("response")},
                    {s("id"), double(id)},
                    {s("ok"), true},
                    {s("result"), result}});
}

QByteArray ControlProtocol::responseError(qint64 id, const ControlError &error) {
    return compact(
        {{s("type"), s("response")},
         {s("id"), double(id)},
         {s("ok"), false},
         {s("error"), QJsonObject{{s("code"), error.code}, {s("message"), error.message}}}});
}

QByteArray ControlProtocol::event(const QString &topic, const QJsonObject &data) {
    return compact({{s("type"), s("event")}, {s("topic"), topic}, {s("data"), data}});
}

QString ControlProtocol::serverName() {
    return QStringLiteral("mechdock " MECHDOCK_VERSION);
}

} // namespace mechdock::control
