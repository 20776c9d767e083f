#pragma once

// OpenSSL objects owned by std::unique_ptr: freed with the right *_free on every path.
// Internal to the engine; include only from .cpp files.

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace SniDoctor::OpenSsl {

struct Free
{
    void operator()(SSL *ssl) const { SSL_free(ssl); }
    void operator()(SSL_CTX *ctx) const { SSL_CTX_free(ctx); }
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
    void operator()(BIGNUM *number) const { BN_free(number); }
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};

using SslPtr = std::unique_ptr<SSL, Free>;
using SslCtxPtr = std::unique_ptr<SSL_CTX, Free>;
using BioPtr = std::unique_ptr<BIO, Free>;
using X509Ptr = std::unique_ptr<X509, Free>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Free>;
using BignumPtr = std::unique_ptr<BIGNUM, Free>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Free>;

} // namespace SniDoctor::OpenSsl
