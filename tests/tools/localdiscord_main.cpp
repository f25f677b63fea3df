// mechdock_localdiscord: the test suite's local Discord server as a program, for tests that run
// Mechdock in another process or a container (installer/test-image.sh). It listens on 127.0.0.1,
// prints what a client needs, reports what the bot does as one line per event on stdout, and
// takes orders on stdin, one per line:
//
//   command CHANNEL USER NAME          a slash command (e.g. ss) from USER in CHANNEL
//   click CHANNEL USER TEXT ACTION     a click on the ACTION button (start, stop, ...) of the
//                                      newest message in CHANNEL whose JSON contains TEXT
//   quit                               exit 0 (end of input does the same)
//
// Output lines: "api URL", "token TOKEN", "ready" (then orders are read), "identified SHARD",
// "callback ID JSON" (an interaction answer), "created CHANNEL JSON", "edited CHANNEL JSON",
// "sent ID" (an order went out as interaction ID), "error TEXT".
#include "localdiscordserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace mechdock;

namespace {

constexpr const char *kGuild = "41771983423143937";

void emitLine(const QString &line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    // Read by a script while this program runs: every line must leave at once.
    std::fflush(stdout);
}

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject interaction(int type, const QString &channel, const QString &user,
                        const QJsonObject &data) {
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("guild_id"), QString::fromLatin1(kGuild)},
        {QStringLiteral("channel_id"), channel},
        {QStringLiteral("locale"), QStringLiteral("en-US")},
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), user},
                                  {QStringLiteral("username"), QStringLiteral("user") + user}}},
                     {QStringLiteral("roles"), QJsonArray{}}}},
        {QStringLiteral("data"), data}};
}

// The custom id of the button for ACTION in a message (Mechdock's ids are md1|ACTION|...).
QString buttonFor(const QJsonObject &message, const QString &action) {
    const QString prefix = QStringLiteral("md1|") + action + QLatin1Char('|');
    for (const QJsonValue &row : message.value(QStringLiteral("components")).toArray()) {
        for (const QJsonValue &c : row.toObject().value(QStringLiteral("components")).toArray()) {
            const QString id = c.toObject().value(QStringLiteral("custom_id")).toString();
            if (id.startsWith(prefix))
                return id;
        }
    }
    return {};
}

class Driver : public QObject {
public:
    explicit Driver(test::LocalDiscordServer &server)
        : m_server(server)
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read) {
        connect(&m_stdin, &QSocketNotifier::activated, this, &Driver::readInput);
    }

private:
    void readInput() {
        char chunk[4096];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            QCoreApplication::exit(0);
            return;
        }
        m_pending.append(chunk, qsizetype(n));
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
            m_pending.remove(0, end + 1);
            if (!line.isEmpty())
                order(line);
        }
    }

    void order(const QString &line) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString verb = words.first();
        if (verb == QLatin1String("quit")) {
            QCoreApplication::exit(0);
        } else if (verb == QLatin1String("command") && words.size() == 4) {
            const QJsonObject sent = m_server.gateway().dispatchInteraction(interaction(
                2, words[1], words[2],
                QJsonObject{{QStringLiteral("name"), words[3]}, {QStringLiteral("type"), 1}}));
            emitLine(QStringLiteral("sent ") + sent.value(QStringLiteral("id")).toString());
        } else if (verb == QLatin1String("click") && words.size() == 5) {
            click(words[1], words[2], words[3], words[4]);
        } else {
            emitLine(QStringLiteral("error unknown order: ") + line);
        }
    }

    void click(const QString &channel, const QString &user, const QString &text,
               const QString &action) {
        const QList<QJsonObject> messages = m_server.rest().messages(channel);
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (!compact(*it).contains(text))
                continue;
            const QString customId = buttonFor(*it, action);
            if (customId.isEmpty())
                break;
            QJsonObject i = interaction(3, channel, user,
                                        QJsonObject{{QStringLiteral("custom_id"), customId},
                                                    {QStringLiteral("component_type"), 2}});
            i.insert(QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("id"), it->value(QStringLiteral("id"))}});
            const QJsonObject sent = m_server.gateway().dispatchInteraction(i);
            emitLine(QStringLiteral("sent ") + sent.value(QStringLiteral("id")).toString());
            return;
        }
        emitLine(QStringLiteral("error no message in %1 with \"%2\" and a %3 button")
                     .arg(channel, text, action));
    }

    test::LocalDiscordServer &m_server;
    QSocketNotifier m_stdin;
    QByteArray m_pending;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    test::LocalDiscordServer server;
    if (!server.start()) {
        emitLine(QStringLiteral("error the local Discord server could not listen on 127.0.0.1"));
        return 1;
    }
    QObject::connect(
        &server.gateway(), &test::LocalDiscordGateway::identified, &app,
        [](int shard, const QString &) { emitLine(QStringLiteral("identified %1").arg(shard)); });
    QObject::connect(&server.rest(), &test::LocalDiscordRest::interactionCallback, &app,
                     [](const QString &id, const QString &, const QJsonObject &body) {
                         emitLine(QStringLiteral("callback ") + id + QLatin1Char(' ') +
                                  compact(body));
                     });
    QObject::connect(&server.rest(), &test::LocalDiscordRest::messageCreated, &app,
                     [](const QString &channel, const QJsonObject &message) {
                         emitLine(QStringLiteral("created ") + channel + QLatin1Char(' ') +
                                  compact(message));
                     });
    QObject::connect(&server.rest(), &test::LocalDiscordRest::messageEdited, &app,
                     [](const QString &channel, const QJsonObject &message) {
                         emitLine(QStringLiteral("edited ") + channel + QLatin1Char(' ') +
                                  compact(message));
                     });
    Driver driver(server);
    emitLine(QStringLiteral("api ") + server.apiBaseUrl().toString());
    emitLine(QStringLiteral("token ") + server.token());
    emitLine(QStringLiteral("ready"));
    return app.exec();
}
