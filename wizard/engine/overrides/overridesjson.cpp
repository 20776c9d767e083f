#include "overridesjson.h"

#include <QJsonArray>

namespace SniDoctor {

QJsonObject overridesReportToJson(const OverridesReport &report)
{
    QJsonArray diagnostics;
    for (const OverridesDiagnostic &diagnostic : report.diagnostics) {
        diagnostics.append(
            QJsonObject{{QStringLiteral("severity"), severityId(diagnostic.severity)},
                        {QStringLiteral("line"), diagnostic.line},
                        {QStringLiteral("column"), diagnostic.column},
                        {QStringLiteral("end_column"), diagnostic.endColumn},
                        {QStringLiteral("path"), diagnostic.path},
                        {QStringLiteral("code"), diagnostic.code},
                        {QStringLiteral("message"), overridesMessage(diagnostic)},
                        {QStringLiteral("args"), QJsonArray::fromStringList(diagnostic.args)}});
    }
    QJsonArray sensitive;
    for (const SensitiveValue &value : report.sensitive) {
        sensitive.append(QJsonObject{{QStringLiteral("line"), value.line},
                                     {QStringLiteral("end_line"), value.endLine},
                                     {QStringLiteral("path"), value.path},
                                     {QStringLiteral("kind"), value.kind}});
    }
    QJsonArray hosts;
    for (const OverridesVirtualHost &host : report.virtualHosts) {
        QJsonObject selector;
        for (auto it = host.selector.cbegin(); it != host.selector.cend(); ++it)
            selector.insert(it.key(), it.value());
        hosts.append(
            QJsonObject{{QStringLiteral("name"), host.name},
                        {QStringLiteral("index"), host.index},
                        {QStringLiteral("line"), host.line},
                        {QStringLiteral("column"), host.column},
                        {QStringLiteral("selector"), selector},
                        {QStringLiteral("additional_gateways"),
                         host.hasAdditionalGateways
                             ? QJsonValue(QJsonArray::fromStringList(host.additionalGateways))
                             : QJsonValue()},
                        {QStringLiteral("ssl_secret"),
                         host.sslSecret.isEmpty() ? QJsonValue() : QJsonValue(host.sslSecret)}});
    }
    QJsonArray certificates;
    for (const OverridesCertificate &certificate : report.certificates) {
        QJsonArray chain;
        for (const CertificateInfo &info : certificate.chain) {
            chain.append(QJsonObject{
                {QStringLiteral("subject"), info.subject},
                {QStringLiteral("issuer"), info.issuer},
                {QStringLiteral("sans"), QJsonArray::fromStringList(info.sans)},
                {QStringLiteral("not_before"), info.notBefore.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("not_after"), info.notAfter.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("sha256"), info.sha256}});
        }
        certificates.append(QJsonObject{{QStringLiteral("path"), certificate.path},
                                        {QStringLiteral("file"), certificate.file},
                                        {QStringLiteral("chain"), chain}});
    }
    return QJsonObject{
        {QStringLiteral("file"), report.file},
        {QStringLiteral("org"), report.org.isEmpty() ? QJsonValue() : QJsonValue(report.org)},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("errors"), report.count(Severity::Error)},
        {QStringLiteral("warnings"), report.count(Severity::Warning)},
        {QStringLiteral("sensitive"), sensitive},
        {QStringLiteral("virtualhosts"), hosts},
        {QStringLiteral("certificates"), certificates}};
}

} // namespace SniDoctor
