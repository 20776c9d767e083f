#pragma once

#include "core/finding.h"
#include "probe/certificateinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace SniDoctor {

struct CertificateProblem
{
    Severity severity = Severity::Error;
    QString code; // certificate_invalid_pem, key_invalid_pem, key_encrypted, key_mismatch,
                  // certificate_expired, certificate_not_yet_valid, certificate_expiring,
                  // chain_out_of_order, certificate_sans_missing
    Args args;
};

struct CertificateCheck
{
    QList<CertificateInfo> chain; // as the file orders it, leaf first
    QList<CertificateProblem> problems;
};

// What an admin must know about a virtual host's TLS files before applying them: the
// PEM reads, the key (if given) belongs to the leaf, every certificate is valid now
// and for 30 more days, the chain runs leaf to root, and the leaf covers the host
// names (if given). Reads the files with OpenSSL; the key's content is never kept or
// reported.
[[nodiscard]] CertificateCheck checkCertificateFiles(const QString &certificateFile,
                                                     const QString &keyFile,
                                                     const QStringList &hostNames,
                                                     const QDateTime &now);

} // namespace SniDoctor
