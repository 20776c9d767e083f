#include "capturejson.h"

#include "capture/captureanalyzer.h"
#include "core/jsonread.h"

#include "capture/capturetext.h"

#include <QJsonArray>

namespace SniDoctor {

QJsonObject captureSummaryToJson(const CaptureSummary &summary)
{
    QJsonArray hellos;
    for (const CaptureHello &hello : summary.hellos) {
        const auto list = [](const QString &text) {
            return text.isEmpty() ? QJsonArray()
                                  : QJsonArray::fromStringList(text.split(QLatin1Char(',')));
        };
        hellos.append(QJsonObject{
            {QStringLiteral("frame"), hello.frame},
            {QStringLiteral("time"), captureTimeIso(hello.timeUs)},
            {QStringLiteral("client"), hello.client},
            {QStringLiteral("server"), hello.server},
            {QStringLiteral("sni"), hello.sni.isEmpty() ? QJsonValue() : QJsonValue(hello.sni)},
            {QStringLiteral("versions"), list(hello.versions)},
            {QStringLiteral("alpn"), list(hello.alpn)},
            {QStringLiteral("ciphers"), hello.cipherCount},
            {QStringLiteral("ja4"), hello.ja4.isEmpty() ? QJsonValue() : QJsonValue(hello.ja4)},
            {QStringLiteral("sslv2"), hello.sslv2},
            {QStringLiteral("proxied_client"),
             hello.proxiedClient.isEmpty() ? QJsonValue() : QJsonValue(hello.proxiedClient)},
            {QStringLiteral("complete"), hello.complete},
            {QStringLiteral("incomplete_reason"),
             hello.complete ? QJsonValue() : QJsonValue(hello.incompleteReason)},
            {QStringLiteral("server_reaction"), serverReactionId(hello.reaction)},
            {QStringLiteral("reaction_detail"),
             hello.reactionDetail.isEmpty() ? QJsonValue() : QJsonValue(hello.reactionDetail)},
            {QStringLiteral("reaction_frame"),
             hello.reactionFrame > 0 ? QJsonValue(hello.reactionFrame) : QJsonValue()},
            {QStringLiteral("delay_ms"),
             hello.delayMs >= 0 ? QJsonValue(hello.delayMs) : QJsonValue()},
        });
    }
    QJsonArray findings;
    for (const Finding &finding : summary.findings) {
        findings.append(
            findingToJson(finding, CaptureText::title(finding), CaptureText::detail(finding)));
    }
    QJsonArray clients;
    for (const CaptureClientStat &client : summary.clientsWithoutSni) {
        clients.append(
            QJsonObject{{QStringLiteral("client"), client.client},
                        {QStringLiteral("without_sni"), client.withoutSni},
                        {QStringLiteral("reset"), client.resets},
                        {QStringLiteral("ja4"), QJsonArray::fromStringList(client.ja4s)}});
    }
    const auto names = [](const QList<CaptureNameCount> &list) {
        QJsonArray array;
        for (const CaptureNameCount &name : list)
            array.append(QJsonObject{{QStringLiteral("name"), name.name},
                                     {QStringLiteral("count"), name.count}});
        return array;
    };
    return QJsonObject{
        {QStringLiteral("file"), summary.file},
        {QStringLiteral("bytes"), summary.bytes},
        {QStringLiteral("tcp_packets"), summary.tcpPackets},
        {QStringLiteral("sni_names"), names(summary.sniNames)},
        {QStringLiteral("ja4_without_sni"), names(summary.ja4WithoutSni)},
        {QStringLiteral("read_error_frame"), summary.readErrorFrame},
        {QStringLiteral("link_types"), QJsonArray::fromStringList(summary.linkTypes)},
        {QStringLiteral("encapsulations"), names(summary.encapsulations)},
        {QStringLiteral("unreadable_traffic"), names(summary.unreadable)},
        {QStringLiteral("packets"), summary.packets},
        {QStringLiteral("connections"), summary.connections},
        {QStringLiteral("client_hellos"), hellos},
        {QStringLiteral("client_hellos_truncated"), summary.hellosTruncated},
        {QStringLiteral("clients_without_sni"), clients},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("client_hellos"), summary.clientHellos},
                     {QStringLiteral("without_sni"), summary.withoutSni},
                     {QStringLiteral("reset_after_client_hello"), summary.resetAfterHello},
                     {QStringLiteral("reset_without_sni"), summary.resetWithoutSni},
                     {QStringLiteral("incomplete"), summary.incomplete},
                     {QStringLiteral("incomplete_snaplen"), summary.incompleteSnaplen},
                     {QStringLiteral("sslv2"), summary.sslv2Hellos}}},
        {QStringLiteral("read_error"),
         summary.readError.isEmpty() ? QJsonValue() : QJsonValue(summary.readError)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("verdict"), CaptureText::verdict(summary)},
        {QStringLiteral("canceled"), summary.canceled},
    };
}

namespace {

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

} // namespace

std::optional<CaptureSummary> captureSummaryFromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("client_hellos")).isArray() ||
        !json.contains(QLatin1String("link_types")))
        return std::nullopt;
    CaptureSummary summary;
    summary.file = Json::text(json, "file");
    summary.linkTypes = Json::strings(json.value(QLatin1String("link_types")));
    summary.packets = Json::number(json, "packets");
    summary.bytes = Json::number(json, "bytes");
    summary.tcpPackets = Json::number(json, "tcp_packets");
    summary.connections = Json::number(json, "connections");
    const QJsonObject counts = json.value(QLatin1String("summary")).toObject();
    summary.clientHellos = Json::number(counts, "client_hellos");
    summary.withoutSni = Json::number(counts, "without_sni");
    summary.resetAfterHello = Json::number(counts, "reset_after_client_hello");
    summary.resetWithoutSni = Json::number(counts, "reset_without_sni");
    summary.incomplete = Json::number(counts, "incomplete");
    summary.incompleteSnaplen = Json::number(counts, "incomplete_snaplen");
    summary.sslv2Hellos = Json::number(counts, "sslv2");
    for (const QJsonValue &item : json.value(QLatin1String("client_hellos")).toArray()) {
        const QJsonObject object = item.toObject();
        CaptureHello hello;
        hello.frame = Json::number(object, "frame");
        hello.timeUs = usFromIso(Json::text(object, "time"));
        hello.client = Json::text(object, "client");
        hello.server = Json::text(object, "server");
        hello.complete = object.value(QLatin1String("complete")).toBool(true);
        hello.incompleteReason = Json::text(object, "incomplete_reason");
        hello.sni = Json::text(object, "sni");
        hello.versions =
            Json::strings(object.value(QLatin1String("versions"))).join(QLatin1Char(','));
        hello.alpn = Json::strings(object.value(QLatin1String("alpn"))).join(QLatin1Char(','));
        hello.cipherCount = int(Json::number(object, "ciphers"));
        hello.ja4 = Json::text(object, "ja4");
        hello.sslv2 = object.value(QLatin1String("sslv2")).toBool();
        hello.proxiedClient = Json::text(object, "proxied_client");
        hello.reaction = Json::enumFromId<ServerReaction>(
                             Json::text(object, "server_reaction"),
                             int(ServerReaction::HelloRetryRequest) + 1, serverReactionId)
                             .value_or(ServerReaction::None);
        hello.reactionDetail = Json::text(object, "reaction_detail");
        hello.reactionFrame = Json::number(object, "reaction_frame");
        const QJsonValue delay = object.value(QLatin1String("delay_ms"));
        hello.delayMs = delay.isDouble() ? delay.toDouble() : -1;
        summary.hellos.append(hello);
    }
    summary.hellosTruncated = json.value(QLatin1String("client_hellos_truncated")).toBool();
    for (const QJsonValue &item : json.value(QLatin1String("clients_without_sni")).toArray()) {
        const QJsonObject object = item.toObject();
        summary.clientsWithoutSni.append(CaptureClientStat{
            Json::text(object, "client"), Json::number(object, "without_sni"),
            Json::number(object, "reset"), Json::strings(object.value(QLatin1String("ja4")))});
    }
    const auto names = [&json](const char *table) {
        QList<CaptureNameCount> list;
        for (const QJsonValue &item : json.value(QLatin1String(table)).toArray())
            list.append(CaptureNameCount{Json::text(item.toObject(), "name"),
                                         Json::number(item.toObject(), "count")});
        return list;
    };
    summary.sniNames = names("sni_names");
    summary.ja4WithoutSni = names("ja4_without_sni");
    summary.encapsulations = names("encapsulations");
    summary.unreadable = names("unreadable_traffic");
    summary.readError = Json::text(json, "read_error");
    summary.readErrorFrame = Json::number(json, "read_error_frame");
    summary.canceled = json.value(QLatin1String("canceled")).toBool();
    summary.findings =
        findingsFromJson(json.value(QLatin1String("findings"))).value_or(captureFindings(summary));
    return summary;
}

bool isCaptureSummaryJson(const QJsonObject &json)
{
    return json.value(QLatin1String("client_hellos")).isArray() &&
           json.contains(QLatin1String("link_types"));
}

} // namespace SniDoctor
