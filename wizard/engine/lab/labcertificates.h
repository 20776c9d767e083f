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
    // A client certificate of the same CA (extendedKeyUsage clientAuth, CN
    // sni-doctor-lab-client, O system:masters as Kubernetes reads a user's groups):
    // for tests of mutual TLS, such as a kubeconfig's client-certificate.
    LabCertificate client;

    // EC P-256 keys; valid from one hour ago for 30 days. "localhost" also gets the
    // SANs IP:127.0.0.1 and IP:::1. Server certificates carry extendedKeyUsage
    // serverAuth only.
    [[nodiscard]] static Result<LabCertificates> generate(const QStringList &hostNames);
};

} // namespace SniDoctor
