#include "tlsidentity.h"

#include "common/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLibrary>
#include <QSaveFile>
#include <QStringList>

#include <cstddef>
#include <memory>

namespace mechdock::control {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::control::TlsIdentity", text);
}

using Identity = ControlExpected<TlsIdentity>;

// libcrypto's types, only ever handled through pointers.
struct EvpPkey;
struct EvpMd;
struct EvpCipher;
struct X509Cert;
struct X509Name;
struct X509Extension;
struct Asn1String;
struct BigNum;
struct Bio;
struct BioMethod;

// OpenSSL 3's values (the soname libcrypto.so.3 pins them), spelled out so that building needs
// no OpenSSL headers.
constexpr int kMbStringUtf8 = 0x1000;    // MBSTRING_UTF8
constexpr int kNidSubjectAltName = 85;   // NID_subject_alt_name
constexpr int kBioCtrlInfo = 3;          // BIO_CTRL_INFO, what BIO_get_mem_data() sends
constexpr std::size_t kV3CtxBytes = 256; // X509V3_CTX is 64 bytes in OpenSSL 3.0 to 3.3

// The libcrypto functions a self-signed certificate needs, resolved when one is made instead of
// linked: a linked libcrypto is mapped and relocated by every engine at start (about 4 MB of
// resident memory), while only a first remote start without the operator's certificate uses
// it. Serving TLS needs none of this: Qt loads its OpenSSL backend by itself.
struct LibCrypto {
    EvpPkey *(*EVP_PKEY_Q_keygen)(void *libctx, const char *propq, const char *type, ...);
    void (*EVP_PKEY_free)(EvpPkey *);
    const EvpMd *(*EVP_sha256)();
    X509Cert *(*X509_new)();
    void (*X509_free)(X509Cert *);
    int (*RAND_bytes)(unsigned char *buf, int num);
    BigNum *(*BN_bin2bn)(const unsigned char *s, int len, BigNum *ret);
    void (*BN_free)(BigNum *);
    Asn1String *(*BN_to_ASN1_INTEGER)(const BigNum *bn, Asn1String *ai);
    Asn1String *(*X509_get_serialNumber)(X509Cert *);
    int (*X509_set_version)(X509Cert *, long version);
    Asn1String *(*X509_gmtime_adj)(Asn1String *time, long adjSeconds);
    Asn1String *(*X509_getm_notBefore)(const X509Cert *);
    Asn1String *(*X509_getm_notAfter)(const X509Cert *);
    int (*X509_set_pubkey)(X509Cert *, EvpPkey *);
    X509Name *(*X509_get_subject_name)(const X509Cert *);
    int (*X509_NAME_add_entry_by_txt)(X509Name *, const char *field, int type,
                                      const unsigned char *bytes, int len, int loc, int set);
    int (*X509_set_issuer_name)(X509Cert *, const X509Name *);
    void (*X509V3_set_ctx)(void *ctx, X509Cert *issuer, X509Cert *subject, void *req, void *crl,
                           int flags);
    X509Extension *(*X509V3_EXT_conf_nid)(void *conf, void *ctx, int nid, const char *value);
    int (*X509_add_ext)(X509Cert *, X509Extension *, int loc);
    void (*X509_EXTENSION_free)(X509Extension *);
    int (*X509_sign)(X509Cert *, EvpPkey *, const EvpMd *);
    const BioMethod *(*BIO_s_mem)();
    Bio *(*BIO_new)(const BioMethod *);
    void (*BIO_free_all)(Bio *);
    long (*BIO_ctrl)(Bio *, int cmd, long larg, void *parg);
    int (*PEM_write_bio_X509)(Bio *, const X509Cert *);
    int (*PEM_write_bio_PrivateKey)(Bio *, const EvpPkey *, const EvpCipher *,
                                    const unsigned char *pass, int passLength, void *callback,
                                    void *user);
    QString error; // why it cannot be used, empty when every function was found
};

template <typename F>
void resolve(QLibrary &library, const char *name, F &slot, QStringList &missing) {
    // QFunctionPointer is C++'s generic function pointer: casting back to the real type is sound.
    slot = reinterpret_cast<F>(library.resolve(name));
    if (!slot)
        missing.append(QString::fromLatin1(name));
}

LibCrypto loadLibCrypto() {
    LibCrypto c{};
#if defined(Q_OS_WIN)
    QLibrary library(QStringLiteral(QT_POINTER_SIZE == 8 ? "libcrypto-3-x64" : "libcrypto-3"));
#else
    QLibrary library(QStringLiteral("crypto"), 3);
#endif
    // OpenSSL cleans up at exit from inside itself: it must stay mapped until then (Qt's TLS
    // backend shares this copy anyway).
    library.setLoadHints(QLibrary::PreventUnloadHint);
    if (!library.load()) {
        c.error = tr("Cannot load OpenSSL's libcrypto to make the control API's certificate "
                     "(%1): install libssl3 or give control.certFile/control.keyFile.")
                      .arg(library.errorString());
        return c;
    }
    QStringList missing;
    resolve(library, "EVP_PKEY_Q_keygen", c.EVP_PKEY_Q_keygen, missing);
    resolve(library, "EVP_PKEY_free", c.EVP_PKEY_free, missing);
    resolve(library, "EVP_sha256", c.EVP_sha256, missing);
    resolve(library, "X509_new", c.X509_new, missing);
    resolve(library, "X509_free", c.X509_free, missing);
    resolve(library, "RAND_bytes", c.RAND_bytes, missing);
    resolve(library, "BN_bin2bn", c.BN_bin2bn, missing);
    resolve(library, "BN_free", c.BN_free, missing);
    resolve(library, "BN_to_ASN1_INTEGER", c.BN_to_ASN1_INTEGER, missing);
    resolve(library, "X509_get_serialNumber", c.X509_get_serialNumber, missing);
    resolve(library, "X509_set_version", c.X509_set_version, missing);
    resolve(library, "X509_gmtime_adj", c.X509_gmtime_adj, missing);
    resolve(library, "X509_getm_notBefore", c.X509_getm_notBefore, missing);
    resolve(library, "X509_getm_notAfter", c.X509_getm_notAfter, missing);
    resolve(library, "X509_set_pubkey", c.X509_set_pubkey, missing);
    resolve(library, "X509_get_subject_name", c.X509_get_subject_name, missing);
    resolve(library, "X509_NAME_add_entry_by_txt", c.X509_NAME_add_entry_by_txt, missing);
    resolve(library, "X509_set_issuer_name", c.X509_set_issuer_name, missing);
    resolve(library, "X509V3_set_ctx", c.X509V3_set_ctx, missing);
    resolve(library, "X509V3_EXT_conf_nid", c.X509V3_EXT_conf_nid, missing);
    resolve(library, "X509_add_ext", c.X509_add_ext, missing);
    resolve(library, "X509_EXTENSION_free", c.X509_EXTENSION_free, missing);
    resolve(library, "X509_sign", c.X509_sign, missing);
    resolve(library, "BIO_s_mem", c.BIO_s_mem, missing);
    resolve(library, "BIO_new", c.BIO_new, missing);
    resolve(library, "BIO_free_all", c.BIO_free_all, missing);
    resolve(library, "BIO_ctrl", c.BIO_ctrl, missing);
    resolve(library, "PEM_write_bio_X509", c.PEM_write_bio_X509, missing);
    resolve(library, "PEM_write_bio_PrivateKey", c.PEM_write_bio_PrivateKey, missing);
    if (!missing.isEmpty())
        c.error = tr("%1 lacks %2, which the control API's certificate needs: install libssl3 or "
                     "give control.certFile/control.keyFile.")
                      .arg(library.fileName(), missing.join(QStringLiteral(", ")));
    return c;
}

// Loaded once, on the first certificate to make.
const LibCrypto &libCrypto() {
    static const LibCrypto crypto = loadLibCrypto();
    return crypto;
}

// unique_ptr's deleter for what libcrypto allocated: its free function is only known at run time.
template <typename T>
struct Freer {
    void (*free)(T *) = nullptr;
    void operator()(T *p) const { free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Freer<T>>;
template <typename T>
Owned<T> own(T *p, void (*free)(T *)) {
    return Owned<T>(p, Freer<T>{free});
}

QByteArray bioBytes(const LibCrypto &c, Bio *bio) {
    char *data = nullptr;
    const long size = c.BIO_ctrl(bio, kBioCtrlInfo, 0, &data);
    return QByteArray(data, qsizetype(size));
}

struct Pem {
    QByteArray certificate;
    QByteArray key;
};

// An ECDSA P-256 key and a self-signed certificate for it, valid kValidityDays.
ControlExpected<Pem> makeSelfSigned() {
    const LibCrypto &c = libCrypto();
    if (!c.error.isEmpty())
        return ControlExpected<Pem>::failure("failed", c.error);
    const auto failed = [](const char *what) {
        return ControlExpected<Pem>::failure(
            "failed", tr("Could not make the control API's certificate (%1).")
                          .arg(QString::fromLatin1(what)));
    };
    const auto key = own(c.EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), c.EVP_PKEY_free);
    if (!key)
        return failed("key");
    const auto cert = own(c.X509_new(), c.X509_free);
    if (!cert)
        return failed("certificate");
    unsigned char serial[16];
    if (c.RAND_bytes(serial, sizeof serial) != 1)
        return failed("serial");
    serial[0] &= 0x7f; // a positive serial number
    const auto bn = own(c.BN_bin2bn(serial, sizeof serial, nullptr), c.BN_free);
    c.X509_set_version(cert.get(), 2);
    if (!bn || !c.BN_to_ASN1_INTEGER(bn.get(), c.X509_get_serialNumber(cert.get())))
        return failed("serial");
    c.X509_gmtime_adj(c.X509_getm_notBefore(cert.get()), -60 * 60);
    c.X509_gmtime_adj(c.X509_getm_notAfter(cert.get()), long(TlsIdentity::kValidityDays) * 86400);
    c.X509_set_pubkey(cert.get(), key.get());
    X509Name *name = c.X509_get_subject_name(cert.get());
    const QByteArray host = QHostInfo::localHostName().toUtf8().left(60);
    const QByteArray cn = "mechdock " + (host.isEmpty() ? QByteArray("engine") : host);
    c.X509_NAME_add_entry_by_txt(name, "CN", kMbStringUtf8,
                                 reinterpret_cast<const unsigned char *>(cn.constData()),
                                 int(cn.size()), -1, 0);
    c.X509_set_issuer_name(cert.get(), name);
    // Zeroed is X509V3_set_ctx_nodb(): no configuration database behind the extension.
    alignas(std::max_align_t) unsigned char ctx[kV3CtxBytes] = {};
    c.X509V3_set_ctx(ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    const QByteArray san =
        "DNS:localhost,IP:127.0.0.1,IP:::1" + (host.isEmpty() ? QByteArray() : ",DNS:" + host);
    if (X509Extension *ext =
            c.X509V3_EXT_conf_nid(nullptr, ctx, kNidSubjectAltName, san.constData())) {
        c.X509_add_ext(cert.get(), ext, -1);
        c.X509_EXTENSION_free(ext);
    }
    if (c.X509_sign(cert.get(), key.get(), c.EVP_sha256()) == 0)
        return failed("signature");
    const auto certBio = own(c.BIO_new(c.BIO_s_mem()), c.BIO_free_all);
    const auto keyBio = own(c.BIO_new(c.BIO_s_mem()), c.BIO_free_all);
    if (!certBio || !keyBio || c.PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        c.PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                   nullptr) != 1)
        return failed("PEM");
    return Pem{bioBytes(c, certBio.get()), bioBytes(c, keyBio.get())};
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
