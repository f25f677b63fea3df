#include "tlsidentity.h"

#include "common/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace mechdock::control {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::control::TlsIdentity", text);
}

using Identity = ControlExpected<TlsIdentity>;

template <typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

struct Pem {
    QByteArray certificate;
    QByteArray key;
};

// An ECDSA P-256 key and a self-signed certificate for it, valid kValidityDays.
ControlExpected<Pem> makeSelfSigned() {
    const auto failed = [](const char *what) {
        return ControlExpected<Pem>::failure(
            "failed", tr("Could not make the control API's certificate (%1).")
                          .arg(QString::fromLatin1(what)));
    };
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("key");
    X509Ptr cert(X509_new());
    if (!cert)
        return failed("certificate");
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed("serial");
    serial[0] &= 0x7f; // a positive serial number
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_set_version(cert.get(), 2);
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return failed("serial");
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(TlsIdentity::kValidityDays) * 86400);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray host = QHostInfo::localHostName().toUtf8().left(60);
    const QByteArray cn = "mechdock " + (host.isEmpty() ? QByteArray("engine") : host);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()),
                               int(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    const QByteArray san =
        "DNS:localhost,IP:127.0.0.1,IP:::1" + (host.isEmpty() ? QByteArray() : ",DNS:" + host);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san.constData());
    if (ext) {
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return failed("signature");
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1)
        return failed("PEM");
    return Pem{bioBytes(certBio.get()), bioBytes(keyBio.get())};
}

ControlExpected<bool> writeFile(const QString &path, const QByteArray &data,
                                QFile::Permissions permissions) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(data) != data.size() || !file.commit())
        return ControlExpected<bool>::failure(
            "failed",
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

} // namespace

QString TlsIdentity::selfSignedCertPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("control-cert.pem"));
}

QString TlsIdentity::selfSignedKeyPath(const QString &dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("control-key.pem"));
}

QString TlsIdentity::fingerprint(const QSslCertificate &certificate) {
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

Identity TlsIdentity::load(const QString &certFile, const QString &keyFile) {
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly))
        return Identity::failure("failed",
                                 tr("Cannot read the certificate %1: %2")
                                     .arg(QDir::toNativeSeparators(certFile), cert.errorString()));
    if (!key.open(QIODevice::ReadOnly))
        return Identity::failure("failed",
                                 tr("Cannot read the private key %1: %2")
                                     .arg(QDir::toNativeSeparators(keyFile), key.errorString()));
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(cert.read(1024 * 1024), QSsl::Pem);
    const QByteArray keyPem = key.read(1024 * 1024);
    TlsIdentity id;
    id.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (id.m_key.isNull())
        id.m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Identity::failure(
            "failed", tr("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(certFile)));
    if (id.m_key.isNull())
        return Identity::failure("failed", tr("%1 holds no unencrypted PEM private key (EC or "
                                              "RSA).")
                                               .arg(QDir::toNativeSeparators(keyFile)));
    id.m_certificate = chain.first();
    id.m_selfSigned = id.m_certificate.isSelfSigned();
    return id;
}

Identity TlsIdentity::loadOrCreate(const QString &dataDir, const QString &certFile,
                                   const QString &keyFile) {
    if (!certFile.isEmpty() && !keyFile.isEmpty())
        return load(certFile, keyFile);
    const QString certPath = selfSignedCertPath(dataDir);
    const QString keyPath = selfSignedKeyPath(dataDir);
    if (QFileInfo::exists(certPath) && QFileInfo::exists(keyPath))
        return load(certPath, keyPath);
    const ControlExpected<Pem> pem = makeSelfSigned();
    if (!pem)
        return pem.error();
    QDir().mkpath(dataDir);
    // The key first and owner-only: a certificate without its key is useless, the reverse
    // would be made again.
    if (const auto w = writeFile(keyPath, pem.value().key, QFile::ReadOwner | QFile::WriteOwner);
        !w)
        return w.error();
    if (const auto w =
            writeFile(certPath, pem.value().certificate,
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        !w)
        return w.error();
    return load(certPath, keyPath);
}

} // namespace mechdock::control
