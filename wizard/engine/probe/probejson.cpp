#include "probejson.h"

#include "probe/probetext.h"

#include <QJsonArray>

namespace SniDoctor {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject certificateToJson(const CertificateInfo &certificate)
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

} // namespace

QJsonObject probeReportToJson(const ProbeReport &report)
{
    QJsonArray attempts;
    for (const ProbeAttempt &attempt : report.attempts) {
        QJsonArray chain;
        for (const CertificateInfo &certificate : attempt.chain)
            chain.append(certificateToJson(certificate));
        QJsonObject verification{{QStringLiteral("verified"), attempt.verified},
                                 {QStringLiteral("error"), textOrNull(attempt.verifyError)},
                                 {QStringLiteral("covers_host"), attempt.certificateCoversHost}};
        attempts.append(QJsonObject{
            {QStringLiteral("sni"), textOrNull(attempt.sni)},
            {QStringLiteral("outcome"), outcomeId(attempt.outcome)},
            {QStringLiteral("alert"), textOrNull(attempt.alert)},
            {QStringLiteral("protocol"), textOrNull(attempt.protocol)},
            {QStringLiteral("cipher"), textOrNull(attempt.cipher)},
            {QStringLiteral("alpn"), textOrNull(attempt.alpn)},
            {QStringLiteral("certificate"),
             attempt.chain.isEmpty() ? QJsonValue()
                                     : QJsonValue(certificateToJson(attempt.chain.first()))},
            {QStringLiteral("chain"), chain},
            {QStringLiteral("verification"),
             attempt.chain.isEmpty() ? QJsonValue() : QJsonValue(verification)},
            {QStringLiteral("bytes_sent"), attempt.bytesSent},
            {QStringLiteral("bytes_received"), attempt.bytesReceived},
            {QStringLiteral("elapsed_ms"), attempt.elapsedMs},
            {QStringLiteral("error"), textOrNull(attempt.error)},
        });
    }
    QJsonArray findings;
    for (const Finding &finding : report.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("id"), finding.id},
            {QStringLiteral("severity"), severityId(finding.severity)},
            {QStringLiteral("title"), ProbeText::title(finding)},
            {QStringLiteral("detail"), ProbeText::detail(finding)},
            {QStringLiteral("args"), QJsonArray::fromStringList(finding.args)},
        });
    }
    return QJsonObject{
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("host"), report.target.host},
                     {QStringLiteral("port"), report.target.port},
                     {QStringLiteral("address"), textOrNull(report.address)},
                     {QStringLiteral("connect"), textOrNull(report.target.connectAddress)},
                     {QStringLiteral("timeout_ms"), report.target.timeoutMs}}},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("verdict"), ProbeText::verdict(report)},
        {QStringLiteral("canceled"), report.canceled},
    };
}

} // namespace SniDoctor
