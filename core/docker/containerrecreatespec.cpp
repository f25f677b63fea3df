#include "containerrecreatespec.h"

#include <QJsonArray>
#include <QSet>

namespace mechdock::docker {

namespace {
QString s(const char *text) {
    return QString::fromLatin1(text);
}

// Config fields that are the operator's choices, copied as they are. The rest of Config is the
// image's (see kImageFields), the daemon's or the image's alone (OnBuild, Shell, ArgsEscaped)
// and is not copied. MacAddress is never copied: inspect shows the generated address and a
// chosen one alike, and a copied generated one would clash when the old container comes back.
const char *const kPlainFields[] = {"Domainname", "AttachStdin", "AttachStdout", "AttachStderr",
                                    "Tty",        "OpenStdin",   "StdinOnce",    "NetworkDisabled",
                                    "StopTimeout"};
// Fields an image may supply: left out when equal to the old image's, so the new one's apply.
const char *const kImageFields[] = {"Cmd",        "Entrypoint", "Healthcheck",
                                    "WorkingDir", "User",       "StopSignal"};

bool isEmptyValue(const QJsonValue &v) {
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

// Entries of `mine` that the image did not give (same key and value).
QJsonObject withoutImageEntries(const QJsonObject &mine, const QJsonObject &image) {
    QJsonObject out;
    for (auto i = mine.begin(); i != mine.end(); ++i) {
        if (!image.contains(i.key()) || image.value(i.key()) != i.value())
            out.insert(i.key(), i.value());
    }
    return out;
}

QJsonArray withoutImageEnv(const QJsonArray &mine, const QJsonArray &image) {
    QSet<QString> fromImage;
    for (const QJsonValue &v : image)
        fromImage.insert(v.toString());
    QJsonArray out;
    for (const QJsonValue &v : mine) {
        if (!fromImage.contains(v.toString()))
            out.append(v);
    }
    return out;
}

QJsonObject config(const QJsonObject &inspect, const QJsonObject &img, const QString &image) {
    const QJsonObject old = inspect.value(s("Config")).toObject();
    const QString id = inspect.value(s("Id")).toString();
    QJsonObject out;
    for (const char *field : kPlainFields) {
        const QString key = s(field);
        if (old.contains(key) && !old.value(key).isNull())
            out.insert(key, old.value(key));
    }
    // Docker names a container's host after its short id unless told otherwise; a new
    // container gets its own.
    const QString hostname = old.value(s("Hostname")).toString();
    if (!hostname.isEmpty() && hostname != id.left(12))
        out.insert(s("Hostname"), hostname);
    for (const char *field : kImageFields) {
        const QString key = s(field);
        const QJsonValue mine = old.value(key);
        if (!isEmptyValue(mine) && mine != img.value(key))
            out.insert(key, mine);
    }
    const QJsonArray env =
        withoutImageEnv(old.value(s("Env")).toArray(), img.value(s("Env")).toArray());
    if (!env.isEmpty())
        out.insert(s("Env"), env);
    for (const char *field : {"Labels", "ExposedPorts", "Volumes"}) {
        const QString key = s(field);
        const QJsonObject kept =
            withoutImageEntries(old.value(key).toObject(), img.value(key).toObject());
        if (!kept.isEmpty())
            out.insert(key, kept);
    }
    out.insert(s("Image"), image);
    return out;
}

// Where a mount lands in the container, from a bind ("src:/dst:ro") or a --mount entry.
QString bindTarget(const QString &bind) {
    const QStringList parts = bind.split(QLatin1Char(':'));
    return parts.size() >= 2 ? parts.at(1) : QString();
}

QJsonObject hostConfig(const QJsonObject &inspect) {
    QJsonObject host = inspect.value(s("HostConfig")).toObject();
    // Inspect words legacy links "/db:/app/alias"; create wants "db:alias".
    QJsonArray links;
    for (const QJsonValue &v : host.value(s("Links")).toArray()) {
        const QString link = v.toString();
        const QString target = link.section(QLatin1Char(':'), 0, 0).mid(1);
        const QString alias = link.section(QLatin1Char(':'), 1).section(QLatin1Char('/'), -1);
        if (!target.isEmpty() && !alias.isEmpty())
            links.append(target + QLatin1Char(':') + alias);
    }
    if (links.isEmpty())
        host.remove(s("Links"));
    else
        host.insert(s("Links"), links);
    // Anonymous volumes (an image's VOLUME, `-v /data`) are not in Binds; name them so the new
    // container gets the old data instead of a fresh empty volume.
    QSet<QString> targets;
    QJsonArray binds = host.value(s("Binds")).toArray();
    for (const QJsonValue &v : binds)
        targets.insert(bindTarget(v.toString()));
    for (const QJsonValue &v : host.value(s("Mounts")).toArray())
        targets.insert(v.toObject().value(s("Target")).toString());
    for (const QJsonValue &v : inspect.value(s("Mounts")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString dest = m.value(s("Destination")).toString();
        if (m.value(s("Type")).toString() != QLatin1String("volume") || targets.contains(dest) ||
            m.value(s("Name")).toString().isEmpty())
            continue;
        binds.append(m.value(s("Name")).toString() + QLatin1Char(':') + dest +
                     (m.value(s("RW")).toBool(true) ? QString() : s(":ro")));
        targets.insert(dest);
    }
    if (!binds.isEmpty())
        host.insert(s("Binds"), binds);
    return host;
}

// An endpoint as the operator asked for it: static addresses, aliases, links, driver options.
QJsonObject endpointSettings(const QJsonObject &network, const QString &id) {
    QJsonObject out;
    const QJsonObject ipam = network.value(s("IPAMConfig")).toObject();
    if (!ipam.isEmpty())
        out.insert(s("IPAMConfig"), ipam);
    QJsonArray aliases;
    for (const QJsonValue &v : network.value(s("Aliases")).toArray()) {
        // The daemon adds the short id itself; the new container's differs.
        if (v.toString() != id.left(12))
            aliases.append(v);
    }
    if (!aliases.isEmpty())
        out.insert(s("Aliases"), aliases);
    for (const char *field : {"Links", "DriverOpts"}) {
        const QJsonValue v = network.value(s(field));
        if (!isEmptyValue(v))
            out.insert(s(field), v);
    }
    return out;
}
} // namespace

QString ImageReference::text() const {
    if (!digest.isEmpty())
        return repository + QLatin1Char('@') + digest;
    return repository + QLatin1Char(':') + tag;
}

ImageReference ImageReference::parse(const QString &reference) {
    const QString ref = reference.trimmed();
    ImageReference out;
    if (ref.isEmpty() || ref.startsWith(QLatin1String("sha256:")) || ref.contains(QLatin1Char(' ')))
        return out;
    const qsizetype at = ref.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        out.repository = ref.left(at);
        out.digest = ref.mid(at + 1);
        return out;
    }
    const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        out.repository = ref.left(colon);
        out.tag = ref.mid(colon + 1);
    } else {
        out.repository = ref;
        out.tag = s("latest");
    }
    if (out.tag.isEmpty())
        out.repository.clear();
    return out;
}

ContainerRecreateSpec ContainerRecreateSpec::build(const QJsonObject &inspect,
                                                   const QJsonObject &oldImageConfig,
                                                   const QString &image) {
    ContainerRecreateSpec spec;
    const QString id = inspect.value(s("Id")).toString();
    const QJsonObject host = hostConfig(inspect);
    spec.m_body = config(inspect, oldImageConfig, image);
    spec.m_body.insert(s("HostConfig"), host);
    // The network of NetworkMode is the one the container is created on; a container that
    // shares another's network stack (container:...) has none of its own.
    const QString mode = host.value(s("NetworkMode")).toString();
    const QJsonObject networks =
        inspect.value(s("NetworkSettings")).toObject().value(s("Networks")).toObject();
    QString first = networks.contains(mode) ? mode : QString();
    if (first.isEmpty() && !mode.startsWith(QLatin1String("container:")) && !networks.isEmpty())
        first = networks.begin().key();
    if (!first.isEmpty()) {
        QJsonObject endpoints;
        endpoints.insert(first, endpointSettings(networks.value(first).toObject(), id));
        spec.m_body.insert(s("NetworkingConfig"), QJsonObject{{s("EndpointsConfig"), endpoints}});
    }
    for (auto i = networks.begin(); i != networks.end(); ++i) {
        if (i.key() != first && !mode.startsWith(QLatin1String("container:")))
            spec.m_extraNetworks.append(Network{i.key(), endpointSettings(i->toObject(), id)});
    }
    return spec;
}

} // namespace mechdock::docker
