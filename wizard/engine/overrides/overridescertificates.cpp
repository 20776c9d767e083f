#include "overridescertificates.h"

#include "core/openssl.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace SniDoctor {

namespace {

constexpr qint64 kMaxPemBytes = 1024 * 1024;

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kMaxPemBytes);
}

// No passphrase is ever asked for: an encrypted key is reported as such.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

} // namespace

CertificateCheck checkCertificateFiles(const QString &certificateFile, const QString &keyFile,
                                       const QStringList &hostNames, const QDateTime &now)
{
    CertificateCheck check;
    const QByteArray pem = readSmallFile(certificateFile);
    std::vector<OpenSsl::X509Ptr> chain;
    {
        OpenSsl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr))
            chain.emplace_back(certificate);
        ERR_clear_error(); // the loop ends on "no start line"
    }
    if (chain.empty()) {
        check.problems.append({Severity::Error,
                               QStringLiteral("certificate_invalid_pem"),
                               {{"file", certificateFile}}});
        return check;
    }
    for (const auto &certificate : chain)
        check.chain.append(CertificateInfo::fromX509(certificate.get()));

    for (int i = 0; i < check.chain.size(); ++i) {
        const CertificateInfo &info = check.chain.at(i);
        if (info.notAfter.isValid() && info.notAfter < now) {
            check.problems.append(
                {Severity::Error,
                 QStringLiteral("certificate_expired"),
                 {{"certificate", info.subject}, {"date", info.notAfter.toString(Qt::ISODate)}}});
        } else if (info.notBefore.isValid() && info.notBefore > now) {
            check.problems.append(
                {Severity::Error,
                 QStringLiteral("certificate_not_yet_valid"),
                 {{"certificate", info.subject}, {"date", info.notBefore.toString(Qt::ISODate)}}});
        } else if (info.notAfter.isValid() && info.notAfter < now.addDays(30)) {
            check.problems.append({Severity::Warning,
                                   QStringLiteral("certificate_expiring"),
                                   {{"certificate", info.subject},
                                    {"date", info.notAfter.toString(Qt::ISODate)},
                                    {"days", QString::number(now.daysTo(info.notAfter))}}});
        }
    }
    // Leaf first, then each certificate's issuer: what Envoy sends as it is.
    for (size_t i = 0; i + 1 < chain.size(); ++i) {
        if (X509_check_issued(chain[i + 1].get(), chain[i].get()) != X509_V_OK) {
            check.problems.append({Severity::Error,
                                   QStringLiteral("chain_out_of_order"),
                                   {{"index", QString::number(i + 1)},
                                    {"subject", check.chain.at(int(i)).subject},
                                    {"issuer_index", QString::number(i + 2)},
                                    {"issuer", check.chain.at(int(i) + 1).subject}}});
            break;
        }
    }
    // The server's own certificate: the first that is no CA (the first one, in a chain
    // in order). Names and key are checked against it.
    X509 *leaf = chain.front().get();
    int leafIndex = 0;
    for (size_t i = 0; i < chain.size(); ++i) {
        if (X509_check_ca(chain[i].get()) == 0) {
            leaf = chain[i].get();
            leafIndex = int(i);
            break;
        }
    }
    if (!hostNames.isEmpty()) {
        QStringList uncovered;
        for (const QString &host : hostNames) {
            if (!CertificateInfo::covers(leaf, host))
                uncovered << host;
        }
        if (!uncovered.isEmpty())
            check.problems.append(
                {Severity::Error,
                 QStringLiteral("certificate_sans_missing"),
                 {{"hosts", uncovered.join(QStringLiteral(", "))},
                  {"names", check.chain.at(leafIndex).sans.join(QStringLiteral(", "))}}});
    }
    if (!keyFile.isEmpty()) {
        const QByteArray keyPem = readSmallFile(keyFile);
        OpenSsl::BioPtr bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
        OpenSsl::KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
        ERR_clear_error();
        if (!key) {
            const bool encrypted = keyPem.contains("ENCRYPTED");
            check.problems.append(
                {Severity::Error,
                 encrypted ? QStringLiteral("key_encrypted") : QStringLiteral("key_invalid_pem"),
                 {{"file", keyFile}}});
        } else if (X509_check_private_key(leaf, key.get()) != 1) {
            ERR_clear_error();
            check.problems.append(
                {Severity::Error,
                 QStringLiteral("key_mismatch"),
                 {{"key_file", keyFile}, {"certificate", check.chain.at(leafIndex).subject}}});
        }
    }
    return check;
}

} // namespace SniDoctor
