#include "probejson.h"

#include "core/jsonread.h"
#include "probe/probetext.h"

#include <QJsonArray>

namespace SniDoctor {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject probeReportToJson(const ProbeReport &report)
{
    QJsonArray attempts;
    for (const ProbeAttempt &attempt : report.attempts) {
        QJsonArray chain;
        for (const CertificateInfo &certificate : attempt.chain)
            chain.append(certificateInfoToJson(certificate));
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
                                     : QJsonValue(certificateInfoToJson(attempt.chain.first()))},
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
        findings.append(
            findingToJson(finding, ProbeText::title(finding), ProbeText::detail(finding)));
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

std::optional<ProbeReport> probeReportFromJson(const QJsonObject &json)
{
    const QJsonObject target = json.value(QLatin1String("target")).toObject();
    if (target.isEmpty() || !json.value(QLatin1String("attempts")).isArray())
        return std::nullopt;
    ProbeReport report;
    report.target.host = Json::text(target, "host");
    report.target.port = quint16(Json::number(target, "port", 443));
    report.target.connectAddress = Json::text(target, "connect");
    report.target.timeoutMs = int(Json::number(target, "timeout_ms", report.target.timeoutMs));
    report.address = Json::text(target, "address");
    report.canceled = json.value(QLatin1String("canceled")).toBool();
    for (const QJsonValue &item : json.value(QLatin1String("attempts")).toArray()) {
        const QJsonObject object = item.toObject();
        ProbeAttempt attempt;
        attempt.sni = Json::text(object, "sni");
        // The probe's three attempts: the host name, none, the reserved unknown name.
        attempt.sniChoice = attempt.sni.isEmpty() ? SniChoice::None
                            : attempt.sni == QLatin1String(kUnknownProbeName)
                                ? SniChoice::UnknownName
                                : SniChoice::HostName;
        attempt.outcome = Json::enumFromId<Outcome>(Json::text(object, "outcome"),
                                                    int(Outcome::Canceled) + 1, outcomeId)
                              .value_or(Outcome::Canceled);
        attempt.alert = Json::text(object, "alert");
        attempt.protocol = Json::text(object, "protocol");
        attempt.cipher = Json::text(object, "cipher");
        attempt.alpn = Json::text(object, "alpn");
        for (const QJsonValue &certificate : object.value(QLatin1String("chain")).toArray())
            attempt.chain.append(certificateInfoFromJson(certificate.toObject()));
        const QJsonObject verification = object.value(QLatin1String("verification")).toObject();
        attempt.verified = verification.value(QLatin1String("verified")).toBool();
        attempt.verifyError = Json::text(verification, "error");
        attempt.certificateCoversHost = verification.value(QLatin1String("covers_host")).toBool();
        attempt.bytesSent = Json::number(object, "bytes_sent");
        attempt.bytesReceived = Json::number(object, "bytes_received");
        attempt.elapsedMs = Json::number(object, "elapsed_ms");
        attempt.error = Json::text(object, "error");
        report.attempts.append(attempt);
    }
    report.findings = findingsFromJson(json.value(QLatin1String("findings")))
                          .value_or(probeFindings(report.target, report.attempts));
    return report;
}

bool isProbeReportJson(const QJsonObject &json)
{
    return json.value(QLatin1String("target")).isObject() &&
           json.value(QLatin1String("attempts")).isArray();
}

} // namespace SniDoctor
