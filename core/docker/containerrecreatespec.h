// ContainerRecreateSpec: what it takes to make a container again from a newer image with the
// configuration the operator gave it, worked out from `GET /containers/{id}/json` and the old
// image's own configuration. Values the old image supplied (its CMD, ENV, labels, health check,
// ...) are left out so that the new image's values apply, as `docker run` with the same
// arguments would do; values the daemon made up for the old container (its hostname, the short
// id among the network aliases, addresses) are left out so that it makes new ones.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mechdock::docker {

// An image reference split the way POST /images/create wants it.
struct ImageReference {
    QString repository; // "nginx", "127.0.0.1:5000/app"
    QString tag;        // "latest" when none was given; empty when pinned by digest
    QString digest;     // "sha256:..." when the reference pins one
    bool isValid() const { return !repository.isEmpty(); }
    QString text() const;
    // "nginx:1.25" → {nginx, 1.25}; "host:5000/app" → {host:5000/app, latest}; an image id or
    // an empty text gives an invalid reference.
    static ImageReference parse(const QString &reference);
};

class ContainerRecreateSpec {
public:
    struct Network {
        QString name;
        QJsonObject endpoint; // EndpointSettings for create or connect
    };

    // `inspect`: the container; `oldImageConfig`: "Config" of the old image's inspect (empty
    // when the image is gone: then everything the container has is kept); `image`: the
    // reference the new container is made from.
    static ContainerRecreateSpec build(const QJsonObject &inspect,
                                       const QJsonObject &oldImageConfig, const QString &image);

    // The body of POST /containers/create: Config, HostConfig and the network the container
    // is created on.
    const QJsonObject &createBody() const { return m_body; }
    // Networks beyond the first, connected before the start (a create joins only one).
    const QList<Network> &extraNetworks() const { return m_extraNetworks; }

private:
    QJsonObject m_body;
    QList<Network> m_extraNetworks;
};

} // namespace mechdock::docker
