#include "capturejson.h"

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
            QJsonObject{{QStringLiteral("id"), finding.id},
                        {QStringLiteral("severity"), severityId(finding.severity)},
                        {QStringLiteral("title"), CaptureText::title(finding)},
                        {QStringLiteral("detail"), CaptureText::detail(finding)},
                        {QStringLiteral("args"), QJsonArray::fromStringList(finding.args)}});
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
                     {QStringLiteral("incomplete"), summary.incomplete}}},
        {QStringLiteral("read_error"),
         summary.readError.isEmpty() ? QJsonValue() : QJsonValue(summary.readError)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("verdict"), CaptureText::verdict(summary)},
        {QStringLiteral("canceled"), summary.canceled},
    };
}

} // namespace SniDoctor
