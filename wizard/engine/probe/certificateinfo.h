#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

typedef struct x509_st X509;

namespace SniDoctor {

// What a user needs to recognise a certificate: never the key.
struct CertificateInfo
{
    QString subject;     // RFC 2253, e.g. "CN=api-test.mydomain.com,O=Example"
    QString issuer;      // RFC 2253
    QStringList sans;    // "DNS:name" and "IP:address" entries
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString sha256;      // "AB:CD:..." as openssl x509 -fingerprint -sha256 prints it

    // Reads a certificate OpenSSL holds; never fails (unreadable fields stay empty).
    [[nodiscard]] static CertificateInfo fromX509(X509 *certificate);
    // True when a SAN (or, without SANs, the CN) matches the host name or IP address,
    // with OpenSSL's own wildcard rules (X509_check_host / X509_check_ip_asc).
    [[nodiscard]] static bool covers(X509 *certificate, const QString &host);
};

// {subject, issuer, sans, not_before, not_after, sha256}, dates in UTC; and back.
[[nodiscard]] QJsonObject certificateInfoToJson(const CertificateInfo &certificate);
[[nodiscard]] CertificateInfo certificateInfoFromJson(const QJsonObject &json);

} // namespace SniDoctor
