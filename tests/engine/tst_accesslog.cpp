// The access-log scanner and analyzer: every line shape kubectl logs produces, every
// JSON escape, the classes of the runbook, bounded memory, and garbage that never
// crashes.
#include "accesslog/accessloganalyzer.h"
#include "accesslog/accesslogjson.h"
#include "accesslog/accesslogline.h"
#include "accesslog/accesslogtext.h"
#include "core/rfc3339.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;

namespace {

// The runbook's sample record of a refused client, byte for byte.
const QByteArray kSeedLine =
    R"({ "request_time": 1, "tls_protocol": null, "upstream_service_time": null, "request_method": null, "request_protocol": null, "upstream_response_time": null, "bytes_sent": 0, "start_time": "2025-05-19T04:46:20.117Z", "bytes_received": 0, "host": null, "upstream_cluster": null, "upstream_address": null, "remote_address": "10.138.0.28:19432", "request_path": null, "request_id": null, "user_agent": null, "status_details": "filter_chain_not_found", "request": "- - -", "status": 0, "x_forwarded_for": null, "apigee_dynamic_data": null, "upstream_response_flags": "NR", "sni_host": null })";

QByteArray healthyLine(int i)
{
    return QStringLiteral(
               R"({"start_time":"2025-05-19T05:%1:%2.000Z","remote_address":"10.0.%3.%4:40000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200,"tls_protocol":"TLSv1.3","request":"GET /v1/orders HTTP/1.1","apigee_dynamic_data":{"k":["v",1]}})")
        .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(i % 60, 2, 10, QLatin1Char('0'))
        .arg(i / 250)
        .arg(i % 250)
        .toUtf8();
}

QString field(const AccessLogField &f)
{
    if (!f.present)
        return QStringLiteral("<absent>");
    return f.isSet() ? QString::fromUtf8(f.text.data(), qsizetype(f.text.size()))
                     : QStringLiteral("<unset>");
}

QStringList findingIds(const AccessLogSummary &summary)
{
    QStringList ids;
    for (const Finding &finding : summary.findings)
        ids << finding.id;
    return ids;
}

} // namespace

class tst_AccessLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsOutOfRange();
    void lineShapes_data();
    void lineShapes();
    void classes_data();
    void classes();
    void seedAmongThousandsOfHealthyLines();
    void anyChunkingGivesTheSameResult();
    void unknownSniNamesAreReported();
    void boundedTables();
    void longLinesAreSkippedNotBuffered();
    void garbageGivesCountsNotCrashes();
    void emptyInputs();
    void filesGzipAndErrors();
    void cancellation();
    void rfc3339_data();
    void rfc3339();
};

// A results file with counts no log has (1e300, -1e300, NaN written as a string):
// each reads as absent, never as a float-to-integer overflow (UBSan's complaint).
void tst_AccessLog::countsOutOfRange()
{
    const QByteArray json = R"({"records": 1e300, "lines": -1e300, "bytes": "NaN",
        "classes": {"non_sni_refused": 1e300, "other": 3}})";
    const auto summary = accessLogSummaryFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(summary);
    QCOMPARE(summary->records, 0);
    QCOMPARE(summary->lines, 0);
    QCOMPARE(summary->bytes, 0);
    QCOMPARE(summary->classes[size_t(LogClass::NonSniRefused)], 0);
}

void tst_AccessLog::lineShapes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("sni");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("pod");
    QTest::addColumn<QString>("kubectlTime");

    const int record = int(LineStatus::Record);
    const QString absent = QStringLiteral("<absent>"), unset = QStringLiteral("<unset>");
    QTest::newRow("seed, bare") << kSeedLine << record << unset << "filter_chain_not_found"
                                << "10.138.0.28:19432"
                                << ""
                                << "";
    QTest::newRow("--timestamps") << "2025-05-19T04:46:20.117345678Z " + kSeedLine << record
                                  << unset << "filter_chain_not_found"
                                  << "10.138.0.28:19432"
                                  << ""
                                  << "2025-05-19T04:46:20.117345678Z";
    QTest::newRow("--prefix")
        << "[pod/apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp/istio-proxy] " +
               kSeedLine
        << record << unset << "filter_chain_not_found"
        << "10.138.0.28:19432"
        << "pod/apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp/istio-proxy"
        << "";
    QTest::newRow("--prefix --timestamps") << "[pod/p/c] 2025-05-19T04:46:20Z " + kSeedLine
                                           << record << unset << "filter_chain_not_found"
                                           << "10.138.0.28:19432"
                                           << "pod/p/c"
                                           << "2025-05-19T04:46:20Z";
    QTest::newRow("CRLF") << kSeedLine + "\r" << record << unset << "filter_chain_not_found"
                          << "10.138.0.28:19432"
                          << ""
                          << "";
    QTest::newRow("BOM") << "\xEF\xBB\xBF" + kSeedLine << record << unset
                         << "filter_chain_not_found"
                         << "10.138.0.28:19432"
                         << ""
                         << "";
    QTest::newRow("dash is unset")
        << QByteArray(R"({"remote_address":"1.2.3.4:5","sni_host":"-","status_details":"-"})")
        << record << unset << unset << "1.2.3.4:5"
        << ""
        << "";
    QTest::newRow("empty string is unset")
        << QByteArray(R"({"remote_address":"1.2.3.4:5","sni_host":""})") << record << unset
        << absent << "1.2.3.4:5"
        << ""
        << "";
    QTest::newRow("escapes")
        << QByteArray(
               R"({"remote_address":"1.2.3.4:5","sni_host":"api\u002etest.com","status_details":"a\"b\\c\/d\te"})")
        << record << "api.test.com"
        << "a\"b\\c/d\te"
        << "1.2.3.4:5"
        << ""
        << "";
    QTest::newRow("surrogate pair")
        << QByteArray(R"({"remote_address":"x","sni_host":"\ud83d\ude00.example"})") << record
        << QString::fromUtf8("\xF0\x9F\x98\x80.example") << absent << "x"
        << ""
        << "";
    QTest::newRow("lone surrogate")
        << QByteArray(R"({"remote_address":"x","sni_host":"a\ud800b"})") << record
        << QString::fromUtf8("a\xEF\xBF\xBD"
                             "b")
        << absent << "x"
        << ""
        << "";
    QTest::newRow("escaped key") << QByteArray(R"({"remote_address":"x","sni\u005fhost":"named"})")
                                 << record << "named" << absent << "x"
                                 << ""
                                 << "";
    QTest::newRow("escaped quote before end")
        << QByteArray(R"({"remote_address":"x","status_details":"ends\\"})") << record << absent
        << "ends\\"
        << "x"
        << ""
        << "";
    QTest::newRow("keys in any order")
        << QByteArray(
               R"({"sni_host":"b.example","status":503,"remote_address":"[::1]:443","status_details":"no_healthy_upstream"})")
        << record << "b.example"
        << "no_healthy_upstream"
        << "[::1]:443"
        << ""
        << "";
    QTest::newRow("nested dynamic data")
        << QByteArray(
               R"({"apigee_dynamic_data":{"a":"}{","b":[1,{"c":"]\"["},true,false,null,-1.5e3]},"remote_address":"x","sni_host":"after.nested"})")
        << record << "after.nested" << absent << "x"
        << ""
        << "";
    QTest::newRow("very long line")
        << "{\"user_agent\":\"" + QByteArray(200000, 'a') +
               "\",\"remote_address\":\"x\",\"sni_host\":\"long.example\"}"
        << record << "long.example" << absent << "x"
        << ""
        << "";
    QTest::newRow("invalid UTF-8 kept")
        << QByteArray(
               "{\"remote_address\":\"x\",\"user_agent\":\"\xff\xfe\",\"sni_host\":\"u.example\"}")
        << record << "u.example" << absent << "x"
        << ""
        << "";
    QTest::newRow("whitespace everywhere")
        << QByteArray("  {  \"remote_address\" :\t\"x\" ,\n \"sni_host\"  :  \"w\"  }  ") << record
        << "w" << absent << "x"
        << ""
        << "";
    QTest::newRow("empty") << QByteArray() << int(LineStatus::Blank) << absent << absent << absent
                           << ""
                           << "";
    QTest::newRow("spaces") << QByteArray("   \t ") << int(LineStatus::Blank) << absent << absent
                            << absent << ""
                            << "";
    QTest::newRow("envoy start-up text")
        << QByteArray("[2025-05-19 04:00:00.000][1][info][main] initializing epoch 0")
        << int(LineStatus::NotJson) << absent << absent << absent << ""
        << "";
    QTest::newRow("stack trace") << QByteArray("\tat io.grpc.Foo(Foo.java:12)")
                                 << int(LineStatus::NotJson) << absent << absent << absent << ""
                                 << "";
    QTest::newRow("cut short") << kSeedLine.left(300) << int(LineStatus::Truncated) << absent
                               << absent << absent << ""
                               << "";
    QTest::newRow("cut in a string") << QByteArray(R"({"remote_address":"10.1)")
                                     << int(LineStatus::Truncated) << absent << absent << "10.1"
                                     << ""
                                     << "";
    QTest::newRow("missing colon") << QByteArray(R"({"remote_address" "x"})")
                                   << int(LineStatus::BadJson) << absent << absent << absent << ""
                                   << "";
    QTest::newRow("bad literal") << QByteArray(R"({"remote_address":nil})")
                                 << int(LineStatus::BadJson) << absent << absent << absent << ""
                                 << "";
    QTest::newRow("bad escape") << QByteArray(R"({"remote_address":"x","sni_host":"a\qb"})")
                                << int(LineStatus::BadJson) << unset << absent << "x"
                                << ""
                                << "";
    QTest::newRow("trailing garbage")
        << kSeedLine + " tail" << int(LineStatus::BadJson) << unset << "filter_chain_not_found"
        << "10.138.0.28:19432"
        << ""
        << "";
    QTest::newRow("two objects") << kSeedLine + kSeedLine << int(LineStatus::BadJson) << unset
                                 << "filter_chain_not_found"
                                 << "10.138.0.28:19432"
                                 << ""
                                 << "";
    QTest::newRow("deep nesting") << "{\"remote_address\":\"x\",\"d\":" + QByteArray(200, '[') +
                                         QByteArray(200, ']') + "}"
                                  << int(LineStatus::BadJson) << absent << absent << "x"
                                  << ""
                                  << "";
    QTest::newRow("other JSON log")
        << QByteArray(R"({"level":"info","time":"2025-05-19T04:46:20Z","msg":"xds: ok"})")
        << int(LineStatus::NotAccessLog) << absent << absent << absent << ""
        << "";
}

void tst_AccessLog::lineShapes()
{
    QFETCH(QByteArray, line);
    QFETCH(int, status);
    QFETCH(QString, sni);
    QFETCH(QString, details);
    QFETCH(QString, remote);
    QFETCH(QString, pod);
    QFETCH(QString, kubectlTime);
    AccessLogLineScanner scanner;
    AccessLogLine out;
    const LineStatus result =
        scanner.scan(std::string_view(line.constData(), size_t(line.size())), out);
    QCOMPARE(int(result), status);
    if (result == LineStatus::Record || result == LineStatus::BadJson) {
        QCOMPARE(field(out.sniHost), sni);
        QCOMPARE(field(out.statusDetails), details);
    }
    if (result == LineStatus::Record)
        QCOMPARE(field(out.remoteAddress), remote);
    QCOMPARE(QString::fromUtf8(out.pod.data(), qsizetype(out.pod.size())), pod);
    QCOMPARE(QString::fromUtf8(out.kubectlTime.data(), qsizetype(out.kubectlTime.size())),
             kubectlTime);
    if (result == LineStatus::Truncated || result == LineStatus::BadJson ||
        result == LineStatus::NotJson)
        QVERIFY(out.errorOffset <= size_t(line.size()));
}

void tst_AccessLog::classes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("runbook") << kSeedLine << "non_sni_refused";
    QTest::newRow("NR, status 0, no details")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":null,"upstream_response_flags":"NR","status":0})")
        << "non_sni_refused";
    QTest::newRow("dash values")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"-","status_details":"filter_chain_not_found","upstream_response_flags":"NR","status":"-"})")
        << "non_sni_refused";
    QTest::newRow("unknown name")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"old.example","status_details":"filter_chain_not_found","upstream_response_flags":"NR","status":0})")
        << "unknown_sni_refused";
    QTest::newRow("served with SNI") << healthyLine(1) << "ok";
    QTest::newRow("served without SNI")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":null,"status_details":"via_upstream","upstream_response_flags":"-","status":200})")
        << "ok";
    QTest::newRow("401 from the proxy")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"h","status_details":"via_upstream","status":401})")
        << "ok";
    QTest::newRow("UF")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"h","status_details":"upstream_reset_before_response_started{connection_failure}","upstream_response_flags":"UF","status":503})")
        << "other_error";
    QTest::newRow("UH")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"h","status_details":"no_healthy_upstream","upstream_response_flags":"UH","status":503})")
        << "other_error";
    QTest::newRow("URX")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"h","status_details":"via_upstream","upstream_response_flags":"URX","status":503})")
        << "other_error";
    QTest::newRow("DC")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"h","status_details":"downstream_remote_disconnect","upstream_response_flags":"DC","status":0})")
        << "other_error";
    QTest::newRow("several flags with NR")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"h","upstream_response_flags":"UF,URX","status":503})")
        << "other_error";
    QTest::newRow("route not found")
        << QByteArray(
               R"({"remote_address":"a:1","sni_host":"h","status_details":"route_not_found","upstream_response_flags":"NR","status":404})")
        << "other_error";
}

void tst_AccessLog::classes()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const AccessLogSummary summary = analyzeAccessLogText(line, QStringLiteral("t"));
    QCOMPARE(summary.records, 1);
    QString found;
    for (int i = 0; i < kLogClassCount; ++i) {
        if (summary.classes[size_t(i)] == 1)
            found = logClassId(LogClass(i));
    }
    QCOMPARE(found, expected);
}

void tst_AccessLog::seedAmongThousandsOfHealthyLines()
{
    QByteArray log = "2025-05-19T04:00:00.000000Z [info] envoy starting\n";
    for (int i = 0; i < 3000; ++i) {
        log += healthyLine(i) + '\n';
        if (i == 1500)
            log += kSeedLine + '\n';
    }
    const AccessLogSummary summary = analyzeAccessLogText(log, QStringLiteral("ingress.log"));
    QCOMPARE(summary.lines, 3002);
    QCOMPARE(summary.records, 3001);
    QCOMPARE(summary.unparsedLines, 1);
    QCOMPARE(summary.count(LogClass::NonSniRefused), 1);
    QCOMPARE(summary.count(LogClass::Ok), 3000);
    QCOMPARE(summary.clients.size(), 1);
    QCOMPARE(summary.clients[0].address, QStringLiteral("10.138.0.28"));
    QCOMPARE(summary.clients[0].nonSniRefused, 1);
    QCOMPARE(logTimeIso(summary.clients[0].firstMs), QStringLiteral("2025-05-19T04:46:20.117Z"));
    QCOMPARE(logTimeIso(summary.firstMs), QStringLiteral("2025-05-19T04:46:20.117Z"));
    QCOMPARE(logTimeIso(summary.lastMs), QStringLiteral("2025-05-19T05:49:59.000Z"));
    QCOMPARE(summary.sniHosts.value(0).name, QStringLiteral("api-test.mydomain.com"));
    QCOMPARE(summary.sniHosts.value(0).count, 3000);
    QCOMPARE(summary.tlsProtocols.value(0).name, QStringLiteral("TLSv1.3"));
    QCOMPARE(findingIds(summary),
             QStringList{"log_non_sni_refused"}); // 1 unparsed line of 3002 is normal
    const Finding &finding = summary.findings[0];
    QVERIFY(AccessLogText::detail(finding).contains(QStringLiteral("10.138.0.28 (1)")));
    QVERIFY(AccessLogText::detail(finding).contains(QStringLiteral("2025-05-19T04:46:20.117Z")));
    // The sample of the refused class points at the seed's line.
    bool sampled = false;
    for (const LogSample &sample : summary.samples) {
        if (sample.logClass == LogClass::NonSniRefused) {
            QCOMPARE(sample.input, QStringLiteral("ingress.log"));
            QCOMPARE(sample.line, 1503);
            sampled = true;
        }
    }
    QVERIFY(sampled);
}

void tst_AccessLog::anyChunkingGivesTheSameResult()
{
    QByteArray log;
    for (int i = 0; i < 200; ++i)
        log += (i % 7 == 0 ? kSeedLine : healthyLine(i)) + (i % 3 == 0 ? "\r\n" : "\n");
    log += kSeedLine; // no final newline
    const AccessLogSummary whole = analyzeAccessLogText(log, QStringLiteral("x"));
    QCOMPARE(whole.count(LogClass::NonSniRefused), 30);
    for (const int chunk : {1, 2, 7, 64, 4096}) {
        AccessLogAnalyzer analyzer;
        analyzer.beginInput(QStringLiteral("x"));
        for (qsizetype at = 0; at < log.size(); at += chunk)
            analyzer.feed(log.constData() + at, std::min<qsizetype>(chunk, log.size() - at));
        analyzer.endInput();
        const AccessLogSummary pieces = analyzer.summary();
        QCOMPARE(pieces.lines, whole.lines);
        QCOMPARE(pieces.records, whole.records);
        QCOMPARE(pieces.classes, whole.classes);
        QCOMPARE(pieces.lastMs, whole.lastMs);
    }
}

void tst_AccessLog::unknownSniNamesAreReported()
{
    QByteArray log;
    for (int i = 0; i < 4; ++i)
        log +=
            R"({"remote_address":"192.0.2.7:1","sni_host":"old-name.mydomain.com","status_details":"filter_chain_not_found","upstream_response_flags":"NR","status":0,"start_time":"2025-05-19T04:00:00Z"})"
            "\n";
    const AccessLogSummary summary = analyzeAccessLogText(log, QStringLiteral("x"));
    QCOMPARE(findingIds(summary), QStringList{"log_unknown_sni_refused"});
    QVERIFY(AccessLogText::detail(summary.findings[0])
                .contains(QStringLiteral("old-name.mydomain.com (4)")));
    QCOMPARE(summary.clients[0].unknownSniRefused, 4);
}

void tst_AccessLog::boundedTables()
{
    AccessLogLimits limits;
    limits.maxClients = 3;
    limits.maxNames = 2;
    limits.samplesPerClass = 2;
    QByteArray log;
    for (int i = 0; i < 10; ++i) {
        log +=
            QStringLiteral(
                R"({"remote_address":"10.0.0.%1:9","sni_host":null,"status_details":"filter_chain_not_found"})")
                .arg(i)
                .toUtf8() +
            '\n';
        log += QStringLiteral(
                   R"({"remote_address":"10.1.0.%1:9","sni_host":"h%1.example","status":200})")
                   .arg(i)
                   .toUtf8() +
               '\n';
    }
    const AccessLogSummary summary = analyzeAccessLogText(log, QStringLiteral("x"), limits);
    QCOMPARE(summary.clients.size(), 4); // 3 + others
    QCOMPARE(summary.clients.last().address, QStringLiteral("others"));
    QCOMPARE(summary.clients.last().nonSniRefused, 7);
    QCOMPARE(summary.sniHosts.size(), 3);
    QCOMPARE(summary.sniHosts.last(), (LogNameCount{QStringLiteral("others"), 8}));
    QCOMPARE(summary.samples.size(), 4);
}

void tst_AccessLog::longLinesAreSkippedNotBuffered()
{
    AccessLogLimits limits;
    limits.maxLineBytes = 1000;
    AccessLogAnalyzer analyzer(limits);
    analyzer.beginInput(QStringLiteral("x"));
    analyzer.feed(kSeedLine.constData(), kSeedLine.size());
    analyzer.feed("\n", 1);
    const QByteArray junk(600, 'x');
    for (int i = 0; i < 50; ++i) // one 30 KB line, fed in pieces
        analyzer.feed(junk.constData(), junk.size());
    analyzer.feed("\n", 1);
    analyzer.feed(kSeedLine.constData(), kSeedLine.size());
    analyzer.endInput();
    const AccessLogSummary summary = analyzer.summary();
    QCOMPARE(summary.lines, 3);
    QCOMPARE(summary.records, 2);
    QCOMPARE(summary.unparsedLines, 1);
    QCOMPARE(summary.unparsed[0].reason, QStringLiteral("too_long"));
    QCOMPARE(summary.unparsed[0].line, 2);
}

void tst_AccessLog::garbageGivesCountsNotCrashes()
{
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage += char((i * 7919) % 256);
    const AccessLogSummary summary = analyzeAccessLogText(garbage, QStringLiteral("random.bin"));
    QCOMPARE(summary.records, 0);
    QVERIFY(summary.unparsedLines > 0);
    QCOMPARE(findingIds(summary), (QStringList{"log_no_records", "log_unparsed_lines"}));
    const QString detail = AccessLogText::detail(summary.findings[1]);
    QVERIFY2(detail.contains(QStringLiteral("random.bin line 1")), qPrintable(detail));
    QVERIFY(!summary.unparsed.isEmpty());
    QCOMPARE(summary.unparsed[0].line, 1);
}

void tst_AccessLog::emptyInputs()
{
    const AccessLogSummary empty = analyzeAccessLogText(QByteArray(), QStringLiteral("empty.log"));
    QCOMPARE(empty.lines, 0);
    QCOMPARE(findingIds(empty), QStringList{"log_no_records"});
    const AccessLogSummary blank = analyzeAccessLogText("\n\n\r\n", QStringLiteral("blank.log"));
    QCOMPARE(blank.lines, 3);
    QCOMPARE(blank.blankLines, 3);
    QCOMPARE(blank.unparsedLines, 0);
    const AccessLogSummary healthy =
        analyzeAccessLogText(healthyLine(5), QStringLiteral("one.log"));
    QCOMPARE(healthy.records, 1); // no final newline
    QCOMPARE(findingIds(healthy), QStringList{"log_no_evidence"});
}

void tst_AccessLog::filesGzipAndErrors()
{
    QTemporaryDir dir;
    QByteArray log;
    for (int i = 0; i < 20000; ++i)
        log += (i == 10 ? kSeedLine : healthyLine(i)) + '\n';
    const QString plain = dir.filePath(QStringLiteral("ingress.log"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(log);
    file.close();
    QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-k"), plain}), 0);
    const QString gz = plain + QStringLiteral(".gz");
    // The same file under a name that hides its compression: content decides.
    QVERIFY(QFile::copy(gz, dir.filePath(QStringLiteral("renamed.txt"))));

    CancelFlag control;
    const Result<AccessLogSummary> both =
        analyzeAccessLogFiles({plain, gz, dir.filePath(QStringLiteral("renamed.txt"))}, control);
    QVERIFY(both.ok());
    QCOMPARE(both.value().records, 60000);
    QCOMPARE(both.value().count(LogClass::NonSniRefused), 3);
    QCOMPARE(both.value().inputs.size(), 3);

    // A .gz cut in half: what was read is kept, and a finding says where it stopped.
    QFile whole(gz);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QFile cut(dir.filePath(QStringLiteral("cut.log.gz")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() / 2));
    cut.close();
    const Result<AccessLogSummary> partial = analyzeAccessLogFiles({cut.fileName()}, control);
    QVERIFY(partial.ok());
    QVERIFY(findingIds(partial.value()).contains(QStringLiteral("log_input_incomplete")));
    QVERIFY(partial.value().records > 0);

    const Result<AccessLogSummary> missing =
        analyzeAccessLogFiles({plain, dir.filePath(QStringLiteral("nope.log"))}, control);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().id(), QStringLiteral("log_unreadable"));
    QVERIFY(missing.error().message().contains(QStringLiteral("nope.log")));
    QVERIFY(!analyzeAccessLogFiles({dir.path()}, control).ok());
}

void tst_AccessLog::cancellation()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i)
        file.write(healthyLine(i) + '\n');
    file.close();
    CancelFlag control;
    control.cancel();
    const Result<AccessLogSummary> result = analyzeAccessLogFiles({file.fileName()}, control);
    QVERIFY(result.ok());
    QVERIFY(result.value().canceled);
    QVERIFY(result.value().records < 20000);
}

void tst_AccessLog::rfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("envoy") << "2025-05-19T04:46:20.117Z" << qint64(1747629980117);
    QTest::newRow("kubectl nanoseconds")
        << "2025-05-19T04:46:20.117345678Z" << qint64(1747629980117);
    QTest::newRow("no fraction") << "2025-05-19T04:46:20Z" << qint64(1747629980000);
    QTest::newRow("offset") << "2025-05-19T06:46:20.117+02:00" << qint64(1747629980117);
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800000);
    QTest::newRow("no zone") << "2025-05-19T04:46:20" << qint64(-1);
    QTest::newRow("garbage") << "yesterday" << qint64(-1);
    QTest::newRow("bad month") << "2025-13-19T04:46:20Z" << qint64(-1);
}

void tst_AccessLog::rfc3339()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const QByteArray bytes = text.toLatin1();
    qint64 parsed = -1;
    const bool ok = parseRfc3339(std::string_view(bytes.constData(), size_t(bytes.size())), parsed);
    QCOMPARE(ok, ms >= 0);
    if (ok)
        QCOMPARE(parsed, ms);
}

QTEST_GUILESS_MAIN(tst_AccessLog)
#include "tst_accesslog.moc"
