#include "commandcatalog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace mechdock::bot {

namespace {
constexpr int kString = 3;
constexpr int kInteger = 4;
constexpr int kChannel = 7;
constexpr int kSubCommand = 1;

QJsonObject command(const char *name, const char *description, const QJsonArray &options = {}) {
    QJsonObject o{{QStringLiteral("name"), QLatin1String(name)},
                  {QStringLiteral("description"), QLatin1String(description)},
                  {QStringLiteral("type"), 1},
                  {QStringLiteral("dm_permission"), false}};
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), options);
    return o;
}

QJsonObject option(int type, const char *name, const char *description, bool required,
                   bool autocomplete = false) {
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("name"), QLatin1String(name)},
                  {QStringLiteral("description"), QLatin1String(description)},
                  {QStringLiteral("required"), required}};
    if (autocomplete)
        o.insert(QStringLiteral("autocomplete"), true);
    if (type == kString)
        o.insert(QStringLiteral("max_length"), CommandCatalog::kMaxOptionLength);
    return o;
}
} // namespace

QJsonArray CommandCatalog::definitions() {
    const QJsonObject container = option(kString, "container", "The container", true, true);
    const QJsonObject action{
        {QStringLiteral("type"), kString},
        {QStringLiteral("name"), QStringLiteral("action")},
        {QStringLiteral("description"), QStringLiteral("What to do")},
        {QStringLiteral("required"), true},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("start")},
                                {QStringLiteral("value"), QStringLiteral("start")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("stop")},
                                {QStringLiteral("value"), QStringLiteral("stop")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("restart")},
                                {QStringLiteral("value"), QStringLiteral("restart")}}}}};
    return QJsonArray{
        command("serverstatus", "Show the status of all containers"),
        command("ss", "Show the status of all containers (short for /serverstatus)"),
        command("control", "Admin overview with Restart All and Stop All"),
        command("info", "Details about one container", QJsonArray{container}),
        command("help", "What Mechdock can do"),
        command("ping", "Gateway latency and REST round trip"),
        command("donate", "Donation links, or record a donation (admins)",
                QJsonArray{option(kInteger, "cents", "Amount in cents (admins only)", false),
                           option(kString, "donor", "Who donated (admins only)", false)}),
        command("system_health", "Memory, pressure and service health"),
        command("performance_metrics", "Operation timings"),
        command("memory_optimization", "Caches and queues"),
        command("force_cleanup", "Free memory now (admins)"),
        command("addadmin", "Make a user a Mechdock admin (admins)"),
        command("removeadmin", "Remove a user from the Mechdock admins (admins)"),
        command("security_status", "Permissions and rate-limit state"),
        command("autoaction_test", "Which auto-actions a message would fire, nothing done (admins)",
                QJsonArray{
                    option(kString, "message", "The message text to try", true),
                    option(kChannel, "channel", "Where it is posted (default: here)", false),
                    QJsonObject{
                        {QStringLiteral("type"), kString},
                        {QStringLiteral("name"), QStringLiteral("posted_by")},
                        {QStringLiteral("description"),
                         QStringLiteral("Who posts it (default: a member)")},
                        {QStringLiteral("required"), false},
                        {QStringLiteral("choices"),
                         QJsonArray{
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("member")},
                                         {QStringLiteral("value"), QStringLiteral("member")}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("bot")},
                                         {QStringLiteral("value"), QStringLiteral("bot")}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("webhook")},
                                         {QStringLiteral("value"), QStringLiteral("webhook")}}}}}}),
        command(
            "schedule", "Scheduled container actions",
            QJsonArray{
                QJsonObject{{QStringLiteral("type"), kSubCommand},
                            {QStringLiteral("name"), QStringLiteral("add")},
                            {QStringLiteral("description"), QStringLiteral("Schedule an action")},
                            {QStringLiteral("options"),
                             QJsonArray{container, action,
                                        option(kString, "when",
                                               "e.g. daily 07:30, weekly mon,fri 18:00, "
                                               "or a cron line",
                                               true),
                                        option(kString, "timezone", "IANA time zone", false)}}},
                QJsonObject{{QStringLiteral("type"), kSubCommand},
                            {QStringLiteral("name"), QStringLiteral("list")},
                            {QStringLiteral("description"), QStringLiteral("List schedules")}},
                QJsonObject{{QStringLiteral("type"), kSubCommand},
                            {QStringLiteral("name"), QStringLiteral("delete")},
                            {QStringLiteral("description"), QStringLiteral("Delete a schedule")},
                            {QStringLiteral("options"),
                             QJsonArray{option(kString, "id", "The schedule's id", true)}}}}),
    };
}

QByteArray CommandCatalog::digest(const QJsonArray &definitions) {
    return QCryptographicHash::hash(QJsonDocument(definitions).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace mechdock::bot
