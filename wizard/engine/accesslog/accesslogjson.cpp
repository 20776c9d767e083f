#include "accesslogjson.h"

#include "accesslog/accessloganalyzer.h"
#include "core/jsonread.h"
#include "core/rfc3339.h"

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
            findingToJson(finding, AccessLogText::title(finding), AccessLogText::detail(finding)));
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

namespace {

// ISO times as the writers print them (milliseconds, UTC); -1 for null or garbage.
qint64 msFromIso(const QJsonValue &value)
{
    if (!value.isString())
        return -1;
    const QByteArray utf8 = value.toString().toUtf8();
    qint64 ms = -1;
    return parseRfc3339(std::string_view(utf8.constData(), size_t(utf8.size())), ms) ? ms : -1;
}

} // namespace

std::optional<AccessLogSummary> accessLogSummaryFromJson(const QJsonObject &json)
{
    const QJsonObject classes = json.value(QLatin1String("classes")).toObject();
    if (classes.isEmpty() || !json.contains(QLatin1String("records")))
        return std::nullopt;
    AccessLogSummary summary;
    summary.inputs = Json::strings(json.value(QLatin1String("inputs")));
    summary.bytes = Json::number(json, "bytes");
    summary.lines = Json::number(json, "lines");
    summary.blankLines = Json::number(json, "blank_lines");
    summary.records = Json::number(json, "records");
    summary.unparsedLines = Json::number(json, "unparsed_lines");
    const QJsonObject ranges = json.value(QLatin1String("class_time_ranges")).toObject();
    for (int i = 0; i < kLogClassCount; ++i) {
        const QString id = logClassId(LogClass(i));
        summary.classes[size_t(i)] = Json::number(classes, qPrintable(id));
        const QJsonObject range = ranges.value(id).toObject();
        summary.classFirstMs[size_t(i)] = msFromIso(range.value(QLatin1String("first")));
        summary.classLastMs[size_t(i)] = msFromIso(range.value(QLatin1String("last")));
    }
    summary.nonSniServed = Json::number(json, "non_sni_served");
    for (const QJsonValue &item : json.value(QLatin1String("clients")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.clients.append(LogClientStat{Json::text(object, "address"),
                                             Json::number(object, "non_sni_refused"),
                                             Json::number(object, "unknown_sni_refused"),
                                             msFromIso(object.value(QLatin1String("first_seen"))),
                                             msFromIso(object.value(QLatin1String("last_seen")))});
    }
    const auto names = [&json](const char *table, const char *key) {
        QList<LogNameCount> list;
        for (const QJsonValue &item : json.value(QLatin1String(table)).toArray())
            list.append(LogNameCount{Json::text(item.toObject(), key),
                                     Json::number(item.toObject(), "records")});
        return list;
    };
    summary.sniHosts = names("sni_hosts", "host");
    summary.unknownSniHosts = names("unknown_sni_hosts", "host");
    summary.tlsProtocols = names("tls_protocols", "protocol");
    summary.statusDetails = names("status_details", "detail");
    summary.responseFlags = names("response_flags", "flags");
    const QJsonObject range = json.value(QLatin1String("time_range")).toObject();
    summary.firstMs = msFromIso(range.value(QLatin1String("first")));
    summary.lastMs = msFromIso(range.value(QLatin1String("last")));
    for (const QJsonValue &item : json.value(QLatin1String("samples")).toArray()) {
        const QJsonObject object = item.toObject();
        LogSample sample;
        sample.logClass =
            Json::enumFromId<LogClass>(Json::text(object, "class"), kLogClassCount, logClassId)
                .value_or(LogClass::Ok);
        sample.input = Json::text(object, "input");
        sample.line = Json::number(object, "line");
        sample.text = Json::text(object, "text");
        summary.samples.append(sample);
    }
    for (const QJsonValue &item : json.value(QLatin1String("unparsed")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.unparsed.append(
            LogUnparsedLine{Json::text(object, "input"), Json::number(object, "line"),
                            Json::number(object, "column"), Json::text(object, "reason"),
                            Json::text(object, "excerpt")});
    }
    for (const QJsonValue &item : json.value(QLatin1String("input_errors")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.inputErrors.append(LogInputError{Json::text(object, "input"),
                                                 Json::number(object, "offset"),
                                                 Json::text(object, "reason")});
    }
    summary.canceled = json.value(QLatin1String("canceled")).toBool();
    summary.findings = findingsFromJson(json.value(QLatin1String("findings")))
                           .value_or(accessLogFindings(summary));
    return summary;
}

bool isAccessLogSummaryJson(const QJsonObject &json)
{
    return json.value(QLatin1String("classes")).isObject() &&
           json.contains(QLatin1String("records"));
}

} // namespace SniDoctor
