#include "overridesjson.h"

#include "core/jsonread.h"

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
                        {QStringLiteral("args"), diagnostic.args.toJson()}});
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
        {QStringLiteral("hybrid"),
         report.version.isValid()
             ? QJsonValue(QJsonObject{
                   {QStringLiteral("version"), report.version.text()},
                   {QStringLiteral("layout"), hybridLayoutId(report.layout)},
                   {QStringLiteral("version_given"), report.versionGiven},
                   {QStringLiteral("layout_given"), report.layoutGiven},
                   {QStringLiteral("fits_from"), HybridVersion{report.versionLow}.text()},
                   {QStringLiteral("fits_until"), HybridVersion{report.versionHigh}.text()}})
             : QJsonValue()},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("errors"), report.count(Severity::Error)},
        {QStringLiteral("warnings"), report.count(Severity::Warning)},
        {QStringLiteral("sensitive"), sensitive},
        {QStringLiteral("virtualhosts"), hosts},
        {QStringLiteral("certificates"), certificates}};
}

std::optional<OverridesReport> overridesReportFromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("diagnostics")).isArray() ||
        !json.value(QLatin1String("virtualhosts")).isArray())
        return std::nullopt;
    OverridesReport report;
    report.file = Json::text(json, "file");
    report.org = Json::text(json, "org");
    const QJsonObject hybrid = json.value(QLatin1String("hybrid")).toObject();
    if (const auto version = HybridVersion::parse(Json::text(hybrid, "version"))) {
        report.version = *version;
        report.layout =
            hybridLayoutFromId(Json::text(hybrid, "layout")).value_or(HybridLayout::Helm);
        report.versionGiven = hybrid.value(QLatin1String("version_given")).toBool();
        report.layoutGiven = hybrid.value(QLatin1String("layout_given")).toBool();
        report.versionLow =
            HybridVersion::parse(Json::text(hybrid, "fits_from")).value_or(*version).minor;
        report.versionHigh =
            HybridVersion::parse(Json::text(hybrid, "fits_until")).value_or(*version).minor;
    }
    for (const QJsonValue &item : json.value(QLatin1String("diagnostics")).toArray()) {
        const QJsonObject object = item.toObject();
        if (!object.value(QLatin1String("args")).isObject())
            return std::nullopt; // written before named args: validate the text again instead
        OverridesDiagnostic diagnostic;
        diagnostic.severity = severityFromId(Json::text(object, "severity"));
        diagnostic.line = int(Json::number(object, "line"));
        diagnostic.column = int(Json::number(object, "column"));
        diagnostic.endColumn = int(Json::number(object, "end_column"));
        diagnostic.path = Json::text(object, "path");
        diagnostic.code = Json::text(object, "code");
        diagnostic.args = Args::fromJson(object.value(QLatin1String("args")).toObject());
        report.diagnostics.append(diagnostic);
    }
    for (const QJsonValue &item : json.value(QLatin1String("sensitive")).toArray()) {
        const QJsonObject object = item.toObject();
        report.sensitive.append(
            SensitiveValue{int(Json::number(object, "line")), int(Json::number(object, "end_line")),
                           Json::text(object, "path"), Json::text(object, "kind")});
    }
    int index = 0;
    for (const QJsonValue &item : json.value(QLatin1String("virtualhosts")).toArray()) {
        const QJsonObject object = item.toObject();
        OverridesVirtualHost host;
        host.index = int(Json::number(object, "index", index));
        host.name = Json::text(object, "name");
        host.line = int(Json::number(object, "line"));
        host.column = int(Json::number(object, "column"));
        const QJsonObject selector = object.value(QLatin1String("selector")).toObject();
        for (auto it = selector.begin(); it != selector.end(); ++it)
            host.selector.insert(it.key(), it.value().toString());
        const QJsonValue gateways = object.value(QLatin1String("additional_gateways"));
        host.hasAdditionalGateways = gateways.isArray();
        host.additionalGateways = Json::strings(gateways);
        host.sslSecret = Json::text(object, "ssl_secret");
        report.virtualHosts.append(host);
        ++index;
    }
    for (const QJsonValue &item : json.value(QLatin1String("certificates")).toArray()) {
        const QJsonObject object = item.toObject();
        OverridesCertificate certificate;
        certificate.path = Json::text(object, "path");
        certificate.file = Json::text(object, "file");
        for (const QJsonValue &info : object.value(QLatin1String("chain")).toArray())
            certificate.chain.append(certificateInfoFromJson(info.toObject()));
        report.certificates.append(certificate);
    }
    return report;
}

bool isOverridesReportJson(const QJsonObject &json)
{
    return json.value(QLatin1String("diagnostics")).isArray() &&
           json.value(QLatin1String("virtualhosts")).isArray();
}

} // namespace SniDoctor
