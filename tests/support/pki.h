// Certificates for the tests, made with OpenSSL in memory: keys, self-signed or
// issued certificates with subject alternative names, validity in days from now.
#pragma once

#include "core/openssl.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

struct Pki
{
    using Key = SniDoctor::OpenSsl::KeyPtr;
    using Cert = SniDoctor::OpenSsl::X509Ptr;

    static Key key() { return Key(EVP_EC_gen("P-256")); }

    static Cert make(EVP_PKEY *key, const char *cn, const QByteArray &sans, X509 *issuer,
                     EVP_PKEY *issuerKey, long fromDays, long toDays, bool ca)
    {
        Cert certificate(X509_new());
        X509_set_version(certificate.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()),
                         long(QRandomGenerator::global()->bounded(1, 1 << 30)));
        X509_gmtime_adj(X509_getm_notBefore(certificate.get()), fromDays * 86400L);
        X509_gmtime_adj(X509_getm_notAfter(certificate.get()), toDays * 86400L);
        X509_set_pubkey(certificate.get(), key);
        X509_NAME_add_entry_by_txt(X509_get_subject_name(certificate.get()), "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
        X509 *signer = issuer ? issuer : certificate.get();
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer));
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, signer, certificate.get(), nullptr, nullptr, 0);
        auto extension = [&](int nid, const char *value) {
            X509_EXTENSION *e = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
            X509_add_ext(certificate.get(), e, -1);
            X509_EXTENSION_free(e);
        };
        extension(NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
        if (!sans.isEmpty())
            extension(NID_subject_alt_name, sans.constData());
        X509_sign(certificate.get(), issuerKey ? issuerKey : key, EVP_sha256());
        return certificate;
    }

    static QByteArray pem(X509 *certificate)
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, certificate);
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray text(data, length);
        BIO_free(bio);
        return text;
    }

    static QByteArray pem(EVP_PKEY *key)
    {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray text(data, length);
        BIO_free(bio);
        return text;
    }
};
