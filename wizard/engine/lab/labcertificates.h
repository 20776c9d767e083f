#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SniDoctor {

// A throw-away CA and one server certificate per host name, made in memory with
// OpenSSL for the practice lab and the tests. Nothing is read from or written to disk
// unless a caller writes the PEM itself.
struct LabCertificate
{
    QString hostName;
    QByteArray certificatePem;
    QByteArray privateKeyPem; // the lab's own key: never a user's secret
};

struct LabCertificates
{
    QByteArray caCertificatePem;
    QList<LabCertificate> servers;

    // EC P-256 keys; valid from one hour ago for 30 days. "localhost" also gets the
    // SANs IP:127.0.0.1 and IP:::1.
    [[nodiscard]] static Result<LabCertificates> generate(const QStringList &hostNames);
};

} // namespace SniDoctor
