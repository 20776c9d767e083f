#include "labcertificates.h"

#include "core/openssl.h"
#include "lab/practicelab.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace SniDoctor {

namespace {

using OpenSsl::BioPtr;
using OpenSsl::KeyPtr;
using CertPtr = OpenSsl::X509Ptr;

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, certificate, nullptr, nullptr, 0);
    const OpenSsl::ExtensionPtr extension(
        X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

enum class Role
{
    Ca,
    Server,
    Client
};

CertPtr makeCertificate(EVP_PKEY *key, const QByteArray &commonName, X509 *issuer,
                        EVP_PKEY *issuerKey, Role role, const QByteArray &sans)
{
    CertPtr certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    const OpenSsl::BignumPtr number(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate.get()));
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 30L * 24 * 3600);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const char *organization = role == Role::Client ? "system:masters" : "SNI Doctor practice lab";
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(organization), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1,
                               -1, 0);
    X509 *signer = issuer ? issuer : certificate.get();
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (role == Role::Ca) {
        ok = ok &&
             addExtension(certificate.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok &&
             addExtension(certificate.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(certificate.get(), signer, NID_basic_constraints, "CA:FALSE");
        ok = ok && addExtension(certificate.get(), signer, NID_ext_key_usage,
                                role == Role::Server ? "serverAuth" : "clientAuth");
        if (!sans.isEmpty())
            ok = ok && addExtension(certificate.get(), signer, NID_subject_alt_name, sans);
    }
    ok = ok && addExtension(certificate.get(), signer, NID_subject_key_identifier, "hash");
    if (!ok || X509_sign(certificate.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return certificate;
}

QByteArray certificatePem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

} // namespace

Result<LabCertificates> LabCertificates::generate(const QStringList &hostNames)
{
    auto failure = [] {
        ERR_clear_error();
        return Error(LabError::Certificates);
    };
    KeyPtr caKey(EVP_EC_gen("P-256"));
    if (!caKey)
        return failure();
    CertPtr ca =
        makeCertificate(caKey.get(), "SNI Doctor practice lab CA", nullptr, nullptr, Role::Ca, {});
    if (!ca)
        return failure();

    LabCertificates result;
    result.caCertificatePem = certificatePem(ca.get());
    for (const QString &host : hostNames) {
        KeyPtr key(EVP_EC_gen("P-256"));
        if (!key)
            return failure();
        QByteArray sans = "DNS:" + host.toUtf8();
        if (host == QLatin1String("localhost"))
            sans += ",IP:127.0.0.1,IP:::1";
        CertPtr certificate =
            makeCertificate(key.get(), host.toUtf8(), ca.get(), caKey.get(), Role::Server, sans);
        if (!certificate)
            return failure();
        result.servers << LabCertificate{host, certificatePem(certificate.get()),
                                         keyPem(key.get())};
    }
    KeyPtr clientKey(EVP_EC_gen("P-256"));
    if (!clientKey)
        return failure();
    CertPtr client = makeCertificate(clientKey.get(), "sni-doctor-lab-client", ca.get(),
                                     caKey.get(), Role::Client, {});
    if (!client)
        return failure();
    result.client =
        LabCertificate{QString(), certificatePem(client.get()), keyPem(clientKey.get())};
    return result;
}

} // namespace SniDoctor
