#include "resultsjson.h"

#include "accesslog/accessloganalyzer.h"
#include "capture/captureanalyzer.h"
#include "core/rfc3339.h"

#include <QJsonArray>

namespace SniDoctor {

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &json, const char *key, qint64 fallback = 0)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? qint64(value.toDouble()) : fallback;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

Severity severityFromId(const QString &id)
{
    if (id == QLatin1String("error"))
        return Severity::Error;
    if (id == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Info;
}

// The findings as written with their args; nullopt when a file predates the args
// (the caller derives them again from the data).
std::optional<QList<Finding>> findingsFromJson(const QJsonValue &value)
{
    QList<Finding> findings;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (!object.contains(QLatin1String("args")))
            return std::nullopt;
        findings.append(Finding{text(object, "id"), severityFromId(text(object, "severity")),
                                strings(object.value(QLatin1String("args")))});
    }
    return findings;
}

// ISO times as the writers print them (milliseconds, UTC); -1 for null or garbage.
qint64 msFromIso(const QJsonValue &value)
{
    if (!value.isString())
        return -1;
    const QByteArray utf8 = value.toString().toUtf8();
    qint64 ms = -1;
    return parseRfc3339(std::string_view(utf8.constData(), size_t(utf8.size())), ms) ? ms : -1;
}

// captureTimeIso's "yyyy-MM-ddTHH:mm:ss.uuuuuuZ".
qint64 usFromIso(const QString &time)
{
    const int dot = time.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return 0;
    QDateTime seconds =
        QDateTime::fromString(time.left(dot), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    seconds.setTimeSpec(Qt::UTC);
    if (!seconds.isValid())
        return 0;
    const QString fraction =
        time.mid(dot + 1).remove(QLatin1Char('Z')).leftJustified(6, QLatin1Char('0')).left(6);
    return seconds.toSecsSinceEpoch() * 1000000 + fraction.toLongLong();
}

// As written: "Z" stays UTC and "+00:00" an offset, so that a result written again
// is the same text.
QDateTime dateFromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

CertificateInfo certificateFromJson(const QJsonObject &json)
{
    CertificateInfo info;
    info.subject = text(json, "subject");
    info.issuer = text(json, "issuer");
    info.sans = strings(json.value(QLatin1String("sans")));
    info.notBefore = dateFromIso(json.value(QLatin1String("not_before")));
    info.notAfter = dateFromIso(json.value(QLatin1String("not_after")));
    info.sha256 = text(json, "sha256");
    return info;
}

template <typename Enum, typename IdOf>
std::optional<Enum> enumFromId(const QString &id, int count, IdOf idOf)
{
    for (int i = 0; i < count; ++i) {
        if (idOf(Enum(i)) == id)
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

std::optional<ProbeReport> probeReportFromJson(const QJsonObject &json)
{
    const QJsonObject target = json.value(QLatin1String("target")).toObject();
    if (target.isEmpty() || !json.value(QLatin1String("attempts")).isArray())
        return std::nullopt;
    ProbeReport report;
    report.target.host = text(target, "host");
    report.target.port = quint16(number(target, "port", 443));
    report.target.connectAddress = text(target, "connect");
    report.target.timeoutMs = int(number(target, "timeout_ms", report.target.timeoutMs));
    report.address = text(target, "address");
    report.canceled = json.value(QLatin1String("canceled")).toBool();
    for (const QJsonValue &item : json.value(QLatin1String("attempts")).toArray()) {
        const QJsonObject object = item.toObject();
        ProbeAttempt attempt;
        attempt.sni = text(object, "sni");
        // The probe's three attempts: the host name, none, the reserved unknown name.
        attempt.sniChoice = attempt.sni.isEmpty() ? SniChoice::None
                            : attempt.sni == QLatin1String(kUnknownProbeName)
                                ? SniChoice::UnknownName
                                : SniChoice::HostName;
        attempt.outcome =
            enumFromId<Outcome>(text(object, "outcome"), int(Outcome::Canceled) + 1, outcomeId)
                .value_or(Outcome::Canceled);
        attempt.alert = text(object, "alert");
        attempt.protocol = text(object, "protocol");
        attempt.cipher = text(object, "cipher");
        attempt.alpn = text(object, "alpn");
        for (const QJsonValue &certificate : object.value(QLatin1String("chain")).toArray())
            attempt.chain.append(certificateFromJson(certificate.toObject()));
        const QJsonObject verification = object.value(QLatin1String("verification")).toObject();
        attempt.verified = verification.value(QLatin1String("verified")).toBool();
        attempt.verifyError = text(verification, "error");
        attempt.certificateCoversHost = verification.value(QLatin1String("covers_host")).toBool();
        attempt.bytesSent = number(object, "bytes_sent");
        attempt.bytesReceived = number(object, "bytes_received");
        attempt.elapsedMs = number(object, "elapsed_ms");
        attempt.error = text(object, "error");
        report.attempts.append(attempt);
    }
    report.findings = findingsFromJson(json.value(QLatin1String("findings")))
                          .value_or(probeFindings(report.target, report.attempts));
    return report;
}

std::optional<AccessLogSummary> accessLogSummaryFromJson(const QJsonObject &json)
{
    const QJsonObject classes = json.value(QLatin1String("classes")).toObject();
    if (classes.isEmpty() || !json.contains(QLatin1String("records")))
        return std::nullopt;
    AccessLogSummary summary;
    summary.inputs = strings(json.value(QLatin1String("inputs")));
    summary.bytes = number(json, "bytes");
    summary.lines = number(json, "lines");
    summary.blankLines = number(json, "blank_lines");
    summary.records = number(json, "records");
    summary.unparsedLines = number(json, "unparsed_lines");
    const QJsonObject ranges = json.value(QLatin1String("class_time_ranges")).toObject();
    for (int i = 0; i < kLogClassCount; ++i) {
        const QString id = logClassId(LogClass(i));
        summary.classes[size_t(i)] = qint64(classes.value(id).toDouble());
        const QJsonObject range = ranges.value(id).toObject();
        summary.classFirstMs[size_t(i)] = msFromIso(range.value(QLatin1String("first")));
        summary.classLastMs[size_t(i)] = msFromIso(range.value(QLatin1String("last")));
    }
    summary.nonSniServed = number(json, "non_sni_served");
    for (const QJsonValue &item : json.value(QLatin1String("clients")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.clients.append(LogClientStat{text(object, "address"),
                                             number(object, "non_sni_refused"),
                                             number(object, "unknown_sni_refused"),
                                             msFromIso(object.value(QLatin1String("first_seen"))),
                                             msFromIso(object.value(QLatin1String("last_seen")))});
    }
    const auto names = [&json](const char *table, const char *key) {
        QList<LogNameCount> list;
        for (const QJsonValue &item : json.value(QLatin1String(table)).toArray())
            list.append(
                LogNameCount{text(item.toObject(), key), number(item.toObject(), "records")});
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
        sample.logClass = enumFromId<LogClass>(text(object, "class"), kLogClassCount, logClassId)
                              .value_or(LogClass::Ok);
        sample.input = text(object, "input");
        sample.line = number(object, "line");
        sample.text = text(object, "text");
        summary.samples.append(sample);
    }
    for (const QJsonValue &item : json.value(QLatin1String("unparsed")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.unparsed.append(LogUnparsedLine{text(object, "input"), number(object, "line"),
                                                number(object, "column"), text(object, "reason"),
                                                text(object, "excerpt")});
    }
    for (const QJsonValue &item : json.value(QLatin1String("input_errors")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.inputErrors.append(
            LogInputError{text(object, "input"), number(object, "offset"), text(object, "reason")});
    }
    summary.canceled = json.value(QLatin1String("canceled")).toBool();
    summary.findings = findingsFromJson(json.value(QLatin1String("findings")))
                           .value_or(accessLogFindings(summary));
    return summary;
}

std::optional<CaptureSummary> captureSummaryFromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("client_hellos")).isArray() ||
        !json.contains(QLatin1String("link_types")))
        return std::nullopt;
    CaptureSummary summary;
    summary.file = text(json, "file");
    summary.linkTypes = strings(json.value(QLatin1String("link_types")));
    summary.packets = number(json, "packets");
    summary.bytes = number(json, "bytes");
    summary.tcpPackets = number(json, "tcp_packets");
    summary.connections = number(json, "connections");
    const QJsonObject counts = json.value(QLatin1String("summary")).toObject();
    summary.clientHellos = number(counts, "client_hellos");
    summary.withoutSni = number(counts, "without_sni");
    summary.resetAfterHello = number(counts, "reset_after_client_hello");
    summary.resetWithoutSni = number(counts, "reset_without_sni");
    summary.incomplete = number(counts, "incomplete");
    for (const QJsonValue &item : json.value(QLatin1String("client_hellos")).toArray()) {
        const QJsonObject object = item.toObject();
        CaptureHello hello;
        hello.frame = number(object, "frame");
        hello.timeUs = usFromIso(text(object, "time"));
        hello.client = text(object, "client");
        hello.server = text(object, "server");
        hello.complete = object.value(QLatin1String("complete")).toBool(true);
        hello.incompleteReason = text(object, "incomplete_reason");
        hello.sni = text(object, "sni");
        hello.versions = strings(object.value(QLatin1String("versions"))).join(QLatin1Char(','));
        hello.alpn = strings(object.value(QLatin1String("alpn"))).join(QLatin1Char(','));
        hello.cipherCount = int(number(object, "ciphers"));
        hello.ja4 = text(object, "ja4");
        hello.reaction = enumFromId<ServerReaction>(text(object, "server_reaction"),
                                                    int(ServerReaction::Data) + 1, serverReactionId)
                             .value_or(ServerReaction::None);
        hello.reactionDetail = text(object, "reaction_detail");
        hello.reactionFrame = number(object, "reaction_frame");
        const QJsonValue delay = object.value(QLatin1String("delay_ms"));
        hello.delayMs = delay.isDouble() ? delay.toDouble() : -1;
        summary.hellos.append(hello);
    }
    summary.hellosTruncated = json.value(QLatin1String("client_hellos_truncated")).toBool();
    for (const QJsonValue &item : json.value(QLatin1String("clients_without_sni")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.clientsWithoutSni.append(CaptureClientStat{
            text(object, "client"), number(object, "without_sni"), number(object, "reset"),
            strings(object.value(QLatin1String("ja4")))});
    }
    const auto names = [&json](const char *table) {
        QList<CaptureNameCount> list;
        for (const QJsonValue &item : json.value(QLatin1String(table)).toArray())
            list.append(
                CaptureNameCount{text(item.toObject(), "name"), number(item.toObject(), "count")});
        return list;
    };
    summary.sniNames = names("sni_names");
    summary.ja4WithoutSni = names("ja4_without_sni");
    summary.readError = text(json, "read_error");
    summary.readErrorFrame = number(json, "read_error_frame");
    summary.canceled = json.value(QLatin1String("canceled")).toBool();
    summary.findings =
        findingsFromJson(json.value(QLatin1String("findings"))).value_or(captureFindings(summary));
    return summary;
}

std::optional<QList<ApigeeRoute>> routesFromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("routes")).isArray() || !json.contains(QLatin1String("source")))
        return std::nullopt;
    QList<ApigeeRoute> routes;
    for (const QJsonValue &item : json.value(QLatin1String("routes")).toArray()) {
        const QJsonObject object = item.toObject();
        ApigeeRoute route;
        route.name = text(object, "name");
        route.ns = text(object, "namespace");
        route.state = text(object, "state");
        route.statusMessage = text(object, "status_message");
        route.hostnames = strings(object.value(QLatin1String("hostnames")));
        const QJsonValue nonSni = object.value(QLatin1String("enable_non_sni_client"));
        if (nonSni.isBool())
            route.enableNonSniClient = nonSni.toBool();
        route.additionalGateways = strings(object.value(QLatin1String("additional_gateways")));
        route.credentialNames = strings(object.value(QLatin1String("credential_names")));
        const QJsonObject selector = object.value(QLatin1String("selector")).toObject();
        for (auto it = selector.begin(); it != selector.end(); ++it)
            route.selector.insert(it.key(), it.value().toString());
        route.file = text(object, "file");
        route.line = int(number(object, "line"));
        for (const QJsonValue &event : object.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = event.toObject();
            route.events.append(KubeEvent{text(e, "type"), text(e, "reason"), text(e, "message"),
                                          int(number(e, "count", 1)), text(e, "last_seen")});
        }
        route.created = dateFromIso(object.value(QLatin1String("created")));
        if (route.name.isEmpty())
            return std::nullopt;
        routes.append(route);
    }
    return routes;
}

std::optional<OverridesReport> overridesReportFromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("diagnostics")).isArray() ||
        !json.value(QLatin1String("virtualhosts")).isArray())
        return std::nullopt;
    OverridesReport report;
    report.file = text(json, "file");
    report.org = text(json, "org");
    for (const QJsonValue &item : json.value(QLatin1String("diagnostics")).toArray()) {
        const QJsonObject object = item.toObject();
        if (!object.contains(QLatin1String("args")))
            return std::nullopt; // written before the args: validate the text again instead
        OverridesDiagnostic diagnostic;
        diagnostic.severity = severityFromId(text(object, "severity"));
        diagnostic.line = int(number(object, "line"));
        diagnostic.column = int(number(object, "column"));
        diagnostic.endColumn = int(number(object, "end_column"));
        diagnostic.path = text(object, "path");
        diagnostic.code = text(object, "code");
        diagnostic.args = strings(object.value(QLatin1String("args")));
        report.diagnostics.append(diagnostic);
    }
    for (const QJsonValue &item : json.value(QLatin1String("sensitive")).toArray()) {
        const QJsonObject object = item.toObject();
        report.sensitive.append(SensitiveValue{int(number(object, "line")),
                                               int(number(object, "end_line")),
                                               text(object, "path"), text(object, "kind")});
    }
    int index = 0;
    for (const QJsonValue &item : json.value(QLatin1String("virtualhosts")).toArray()) {
        const QJsonObject object = item.toObject();
        OverridesVirtualHost host;
        host.index = int(number(object, "index", index));
        host.name = text(object, "name");
        host.line = int(number(object, "line"));
        host.column = int(number(object, "column"));
        const QJsonObject selector = object.value(QLatin1String("selector")).toObject();
        for (auto it = selector.begin(); it != selector.end(); ++it)
            host.selector.insert(it.key(), it.value().toString());
        const QJsonValue gateways = object.value(QLatin1String("additional_gateways"));
        host.hasAdditionalGateways = gateways.isArray();
        host.additionalGateways = strings(gateways);
        host.sslSecret = text(object, "ssl_secret");
        report.virtualHosts.append(host);
        ++index;
    }
    for (const QJsonValue &item : json.value(QLatin1String("certificates")).toArray()) {
        const QJsonObject object = item.toObject();
        OverridesCertificate certificate;
        certificate.path = text(object, "path");
        certificate.file = text(object, "file");
        for (const QJsonValue &info : object.value(QLatin1String("chain")).toArray())
            certificate.chain.append(certificateFromJson(info.toObject()));
        report.certificates.append(certificate);
    }
    return report;
}

QString resultKind(const QJsonObject &json)
{
    if (json.value(QLatin1String("verdict")).isObject() &&
        json.value(QLatin1String("verdict")).toObject().contains(QLatin1String("root_cause")))
        return QStringLiteral("diagnosis");
    if (json.contains(QLatin1String("root_cause")))
        return QStringLiteral("verdict");
    if (json.value(QLatin1String("target")).isObject() &&
        json.value(QLatin1String("attempts")).isArray())
        return QStringLiteral("probe");
    if (json.value(QLatin1String("classes")).isObject() && json.contains(QLatin1String("records")))
        return QStringLiteral("logs");
    if (json.value(QLatin1String("client_hellos")).isArray() &&
        json.contains(QLatin1String("link_types")))
        return QStringLiteral("capture");
    if (json.value(QLatin1String("routes")).isArray() && json.contains(QLatin1String("source")))
        return QStringLiteral("routes");
    if (json.value(QLatin1String("diagnostics")).isArray() &&
        json.value(QLatin1String("virtualhosts")).isArray())
        return QStringLiteral("overrides");
    return {};
}

QJsonArray podsToJson(const QList<IngressPod> &pods)
{
    QJsonArray array;
    for (const IngressPod &pod : pods) {
        array.append(
            QJsonObject{{QStringLiteral("name"), pod.name},
                        {QStringLiteral("ready"), pod.ready},
                        {QStringLiteral("status"), pod.status},
                        {QStringLiteral("restarts"), pod.restarts},
                        {QStringLiteral("created"), pod.created.toString(Qt::ISODate)},
                        {QStringLiteral("containers"), QJsonArray::fromStringList(pod.containers)},
                        {QStringLiteral("healthy"), pod.healthy}});
    }
    return array;
}

QList<IngressPod> podsFromJson(const QJsonArray &json)
{
    QList<IngressPod> pods;
    for (const QJsonValue &item : json) {
        const QJsonObject object = item.toObject();
        IngressPod pod;
        pod.name = text(object, "name");
        pod.ready = text(object, "ready");
        pod.status = text(object, "status");
        pod.restarts = int(number(object, "restarts"));
        pod.created = dateFromIso(object.value(QLatin1String("created")));
        pod.containers = strings(object.value(QLatin1String("containers")));
        pod.healthy = object.value(QLatin1String("healthy")).toBool();
        pods.append(pod);
    }
    return pods;
}

} // namespace SniDoctor
