#include "accesslogjson.h"

#include "accesslog/accesslogtext.h"

#include <QJsonArray>

namespace SniDoctor {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(logTimeIso(ms));
}

QJsonArray namesToJson(const QList<LogNameCount> &names, const QString &key)
{
    QJsonArray array;
    for (const LogNameCount &name : names)
        array.append(QJsonObject{{key, name.name}, {QStringLiteral("records"), name.count}});
    return array;
}

} // namespace

QJsonObject accessLogSummaryToJson(const AccessLogSummary &summary)
{
    QJsonObject classes;
    for (int i = 0; i < kLogClassCount; ++i)
        classes.insert(logClassId(LogClass(i)), summary.classes[size_t(i)]);
    QJsonArray clients;
    for (const LogClientStat &client : summary.clients) {
        clients.append(
            QJsonObject{{QStringLiteral("address"), client.address},
                        {QStringLiteral("non_sni_refused"), client.nonSniRefused},
                        {QStringLiteral("unknown_sni_refused"), client.unknownSniRefused},
                        {QStringLiteral("first_seen"), timeOrNull(client.firstMs)},
                        {QStringLiteral("last_seen"), timeOrNull(client.lastMs)}});
    }
    QJsonArray samples;
    for (const LogSample &sample : summary.samples) {
        samples.append(QJsonObject{{QStringLiteral("class"), logClassId(sample.logClass)},
                                   {QStringLiteral("input"), sample.input},
                                   {QStringLiteral("line"), sample.line},
                                   {QStringLiteral("text"), sample.text}});
    }
    QJsonArray unparsed;
    for (const LogUnparsedLine &line : summary.unparsed) {
        unparsed.append(QJsonObject{{QStringLiteral("input"), line.input},
                                    {QStringLiteral("line"), line.line},
                                    {QStringLiteral("column"), line.column},
                                    {QStringLiteral("reason"), line.reason},
                                    {QStringLiteral("excerpt"), line.excerpt}});
    }
    QJsonObject classRanges;
    for (int i = 0; i < kLogClassCount; ++i) {
        classRanges.insert(
            logClassId(LogClass(i)),
            QJsonObject{{QStringLiteral("first"), timeOrNull(summary.classFirstMs[size_t(i)])},
                        {QStringLiteral("last"), timeOrNull(summary.classLastMs[size_t(i)])}});
    }
    QJsonArray inputErrors;
    for (const LogInputError &error : summary.inputErrors) {
        inputErrors.append(QJsonObject{{QStringLiteral("input"), error.input},
                                       {QStringLiteral("offset"), error.offset},
                                       {QStringLiteral("reason"), error.reason}});
    }
    QJsonArray findings;
    for (const Finding &finding : summary.findings) {
        findings.append(
            QJsonObject{{QStringLiteral("id"), finding.id},
                        {QStringLiteral("severity"), severityId(finding.severity)},
                        {QStringLiteral("title"), AccessLogText::title(finding)},
                        {QStringLiteral("detail"), AccessLogText::detail(finding)},
                        {QStringLiteral("args"), QJsonArray::fromStringList(finding.args)}});
    }
    return QJsonObject{
        {QStringLiteral("inputs"), QJsonArray::fromStringList(summary.inputs)},
        {QStringLiteral("bytes"), summary.bytes},
        {QStringLiteral("lines"), summary.lines},
        {QStringLiteral("blank_lines"), summary.blankLines},
        {QStringLiteral("records"), summary.records},
        {QStringLiteral("unparsed_lines"), summary.unparsedLines},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("non_sni_served"), summary.nonSniServed},
        {QStringLiteral("clients"), clients},
        {QStringLiteral("sni_hosts"), namesToJson(summary.sniHosts, QStringLiteral("host"))},
        {QStringLiteral("unknown_sni_hosts"),
         namesToJson(summary.unknownSniHosts, QStringLiteral("host"))},
        {QStringLiteral("tls_protocols"),
         namesToJson(summary.tlsProtocols, QStringLiteral("protocol"))},
        {QStringLiteral("status_details"),
         namesToJson(summary.statusDetails, QStringLiteral("detail"))},
        {QStringLiteral("response_flags"),
         namesToJson(summary.responseFlags, QStringLiteral("flags"))},
        {QStringLiteral("time_range"),
         QJsonObject{{QStringLiteral("first"), timeOrNull(summary.firstMs)},
                     {QStringLiteral("last"), timeOrNull(summary.lastMs)}}},
        {QStringLiteral("class_time_ranges"), classRanges},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("unparsed"), unparsed},
        {QStringLiteral("input_errors"), inputErrors},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("verdict"), AccessLogText::verdict(summary)},
        {QStringLiteral("canceled"), summary.canceled},
    };
}

} // namespace SniDoctor
