#include "certificateinfo.h"

#include "core/jsonread.h"
#include "core/openssl.h"

#include <QJsonArray>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QHostAddress>
#include <QTimeZone>

#include <ctime>

namespace SniDoctor {

namespace {

QString nameToString(const X509_NAME *name)
{
    if (!name)
        return {};
    const OpenSsl::BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(length));
}

QDateTime timeToDateTime(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

QStringList subjectAltNames(X509 *certificate)
{
    QStringList result;
    const OpenSsl::GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            const ASN1_STRING *s = name->d.dNSName;
            result << QStringLiteral("DNS:") + QString::fromLatin1(reinterpret_cast<const char *>(
                                                                       ASN1_STRING_get0_data(s)),
                                                                   ASN1_STRING_length(s));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *s = name->d.iPAddress;
            const auto *bytes = ASN1_STRING_get0_data(s);
            QHostAddress address;
            if (ASN1_STRING_length(s) == 4) {
                address.setAddress((quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) |
                                   (quint32(bytes[2]) << 8) | quint32(bytes[3]));
            } else if (ASN1_STRING_length(s) == 16) {
                address.setAddress(bytes);
            }
            result << QStringLiteral("IP:") + address.toString();
        }
    }
    return result;
}

} // namespace

CertificateInfo CertificateInfo::fromX509(X509 *certificate)
{
    CertificateInfo info;
    if (!certificate)
        return info;
    info.subject = nameToString(X509_get_subject_name(certificate));
    info.issuer = nameToString(X509_get_issuer_name(certificate));
    info.sans = subjectAltNames(certificate);
    info.notBefore = timeToDateTime(X509_get0_notBefore(certificate));
    info.notAfter = timeToDateTime(X509_get0_notAfter(certificate));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) == 1) {
        info.sha256 = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), length).toHex(':').toUpper());
    }
    return info;
}

bool CertificateInfo::covers(X509 *certificate, const QString &host)
{
    if (!certificate || host.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return X509_check_ip_asc(certificate, host.toLatin1().constData(), 0) == 1;
    const QByteArray name = host.toUtf8();
    return X509_check_host(certificate, name.constData(), static_cast<size_t>(name.size()), 0,
                           nullptr) == 1;
}

QJsonObject certificateInfoToJson(const CertificateInfo &certificate)
{
    return QJsonObject{
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("sans"), QJsonArray::fromStringList(certificate.sans)},
        {QStringLiteral("not_before"), certificate.notBefore.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("not_after"), certificate.notAfter.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"), certificate.sha256},
    };
}

CertificateInfo certificateInfoFromJson(const QJsonObject &json)
{
    CertificateInfo info;
    info.subject = Json::text(json, "subject");
    info.issuer = Json::text(json, "issuer");
    info.sans = Json::strings(json.value(QLatin1String("sans")));
    info.notBefore = Json::date(json.value(QLatin1String("not_before")));
    info.notAfter = Json::date(json.value(QLatin1String("not_after")));
    info.sha256 = Json::text(json, "sha256");
    return info;
}

} // namespace SniDoctor
