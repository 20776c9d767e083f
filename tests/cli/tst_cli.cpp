// The command line as users and scripts run it: exit codes, JSON keys, languages,
// and the lab subcommand as a real process.
#include "autocluster.h"
#include "kubeapi.h"
#include "lab/practicelab.h"
#include "peers.h"
#include "pki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace SniDoctor;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QString &program = QStringLiteral(SNI_DOCTOR_BINARY))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QString port(quint16 value)
{
    return QString::number(value);
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnoseCluster();
    void diagnoseClusterUnreachable();
    void overridesCommand();
    void diagnoseCommand();
    void reviewCommand();
    void bundleCommand();
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void strictLabIsAProblem();
    void wildcardLabIsNoProblem();
    void jsonKeys();
    void unreachableExitsThree();
    void blackHoleExitsThree();
    void noRouteExitsThree();
    void spanishOutput();
    void labSubcommandServesAndLogs();
    void headlessDemoWithoutDisplay();
    void logsFindRefusedClients();
    void logsFromStandardInputAndHealthyLogs();
    void logsBadInput();
    void captureCommand();
    void routesFromSavedOutput();
    void routesFromTheCluster();
    void podsAndTheirLogs();
    void probeThroughPod();
    void watchPrintsRefusalsAsTheyHappen();
    void watchOnlyTheClientAsked();
    void watchEndsAfterForSeconds();
    void kubectlFlags();
    void podLogFlags();
    void pluginSpeaksLive();
    void keyMismatchIsAUsageError();
    void qtArgumentsAndFiles();
    void yamlWordsInTheUsersLanguage();
    void terminalEscapes();
};

void tst_Cli::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("sni-doctor " SNI_DOCTOR_VERSION));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("probe HOST[:PORT]"));
    QVERIFY(help.out.contains("lab [--port N]"));
    const Run probeHelp = run({QStringLiteral("probe"), QStringLiteral("--help")});
    QCOMPARE(probeHelp.exitCode, 0);
    QVERIFY(probeHelp.out.contains("--connect"));
    // The usage line names the command; the description keeps its own words.
    const auto captureHelp = run({QStringLiteral("capture"), QStringLiteral("--help")});
    QCOMPARE(captureHelp.exitCode, 0);
    QVERIFY2(captureHelp.out.startsWith("Usage: sni-doctor capture [options] FILE"),
             captureHelp.out.constData());
    QVERIFY(captureHelp.out.contains("Reads a packet capture"));
}

void tst_Cli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("probe without host") << QStringList{"probe"};
    QTest::newRow("port zero") << QStringList{"probe", "example.com:0"};
    QTest::newRow("port too big") << QStringList{"probe", "example.com:70000"};
    QTest::newRow("bad timeout") << QStringList{"probe", "example.com", "--timeout", "soon"};
    QTest::newRow("kubeconfig without pod")
        << QStringList{"probe", "example.com", "--kubeconfig", "/nonexistent"};
    QTest::newRow("connect and pod")
        << QStringList{"probe", "example.com", "--through-pod", "p", "--connect", "10.0.0.1"};
    QTest::newRow("bad pod port") << QStringList{"probe", "example.com", "--through-pod",
                                                 "p",     "--pod-port",  "0"};
    QTest::newRow("unknown option") << QStringList{"probe", "example.com", "--frob"};
    QTest::newRow("missing CA file")
        << QStringList{"probe", "example.com", "--ca-file", "/nonexistent.pem"};
    QTest::newRow("bad lab mode") << QStringList{"lab", "--mode", "lenient"};
    QTest::newRow("bad language") << QStringList{"--lang", "fr", "--version"};
}

void tst_Cli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.trimmed().isEmpty()); // says what is wrong
}

void tst_Cli::strictLabIsAProblem()
{
    PracticeLab lab;
    const auto started = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(started.ok());
    const Run result = run({QStringLiteral("probe"),
                            QStringLiteral("api-test.mydomain.com:") + port(started.value()),
                            QStringLiteral("--connect"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("Handshake OK"));
    QVERIFY(result.out.contains("Reset by peer (TCP RST)"));
    QVERIFY(result.out.contains("Non-SNI clients are not enabled"));
    QVERIFY(result.out.contains("non_sni_rejected"));
    const QByteArray command =
        "openssl s_client -connect 127.0.0.1:" + port(started.value()).toLatin1() +
        " -noservername";
    QVERIFY(result.out.contains(command));
}

void tst_Cli::wildcardLabIsNoProblem()
{
    PracticeLab lab;
    const auto started = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(started.ok());
    const Run result = run(
        {QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com:") + port(started.value()),
         QStringLiteral("--connect"), QStringLiteral("127.0.0.1"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report[QStringLiteral("findings")].toArray().at(0)[QStringLiteral("id")].toString(),
             QStringLiteral("non_sni_accepted"));
}

void tst_Cli::jsonKeys()
{
    PracticeLab lab;
    const auto started = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(started.ok());
    const Run result = run(
        {QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com:") + port(started.value()),
         QStringLiteral("--connect"), QStringLiteral("127.0.0.1"), QStringLiteral("--json"),
         QStringLiteral("--timeout"), QStringLiteral("5")});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject target = report[QStringLiteral("target")].toObject();
    QCOMPARE(target[QStringLiteral("host")].toString(), QStringLiteral("api-test.mydomain.com"));
    QCOMPARE(target[QStringLiteral("port")].toInt(), int(started.value()));
    QCOMPARE(target[QStringLiteral("address")].toString(), QStringLiteral("127.0.0.1"));
    const QJsonArray attempts = report[QStringLiteral("attempts")].toArray();
    QCOMPARE(attempts.size(), 3);
    for (const QString key : {"sni", "outcome", "alert", "protocol", "cipher", "certificate",
                              "bytes_sent", "bytes_received", "elapsed_ms", "error"}) {
        for (const QJsonValue &attempt : attempts)
            QVERIFY2(attempt.toObject().contains(key), qPrintable(key));
    }
    QCOMPARE(attempts[0][QStringLiteral("sni")].toString(),
             QStringLiteral("api-test.mydomain.com"));
    QCOMPARE(attempts[0][QStringLiteral("outcome")].toString(), QStringLiteral("handshake_ok"));
    QVERIFY(
        attempts[0][QStringLiteral("certificate")][QStringLiteral("subject")].toString().contains(
            QStringLiteral("api-test.mydomain.com")));
    QVERIFY(attempts[1][QStringLiteral("sni")].isNull());
    QCOMPARE(attempts[1][QStringLiteral("outcome")].toString(), QStringLiteral("reset"));
    QVERIFY(attempts[1][QStringLiteral("certificate")].isNull());
    QCOMPARE(attempts[1][QStringLiteral("bytes_received")].toInt(), 0);
    QVERIFY(attempts[1][QStringLiteral("bytes_sent")].toInt() > 0);
    const QJsonArray findings = report[QStringLiteral("findings")].toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings[0].toObject();
    QCOMPARE(finding[QStringLiteral("id")].toString(), QStringLiteral("non_sni_rejected"));
    QCOMPARE(finding[QStringLiteral("severity")].toString(), QStringLiteral("error"));
    QVERIFY(!finding[QStringLiteral("title")].toString().isEmpty());
    QVERIFY(!finding[QStringLiteral("detail")].toString().isEmpty());
}

void tst_Cli::unreachableExitsThree()
{
    const Run result =
        run({QStringLiteral("probe"), QStringLiteral("127.0.0.1:") + port(TestPeers::freePort()),
             QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report[QStringLiteral("attempts")][0][QStringLiteral("outcome")].toString(),
             QStringLiteral("refused"));
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("endpoint_unreachable"));
}

// A port that accepts TCP and never answers the TLS hello: all three attempts time
// out, at the same time (one timeout, not three), and the probe could not complete.
void tst_Cli::blackHoleExitsThree()
{
    TestPeers::BlackHole hole;
    const Run result =
        run({QStringLiteral("probe"), QStringLiteral("127.0.0.1:") + port(hole.port),
             QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(report[QStringLiteral("attempts")][i][QStringLiteral("outcome")].toString(),
                 QStringLiteral("timeout"));
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("endpoint_unreachable"));
}

void tst_Cli::noRouteExitsThree()
{
    // unshare -n: a network namespace whose loopback is down, so no route exists.
    if (!TestPeers::available(QStringLiteral("unshare")))
        QSKIP("unshare (util-linux) is missing");
    const Run result =
        run({QStringLiteral("-n"), QStringLiteral(SNI_DOCTOR_BINARY), QStringLiteral("probe"),
             QStringLiteral("api-test.mydomain.com"), QStringLiteral("--connect"),
             QStringLiteral("127.0.0.1"), QStringLiteral("--json")},
            QStringLiteral("unshare"));
    if (result.err.contains("Operation not permitted"))
        QSKIP("needs root to make a network namespace (CI runs as root)");
    QCOMPARE(result.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report[QStringLiteral("attempts")][1][QStringLiteral("outcome")].toString(),
             QStringLiteral("unreachable"));
}

void tst_Cli::spanishOutput()
{
    PracticeLab lab;
    const auto started = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(started.ok());
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("probe"),
                            QStringLiteral("api-test.mydomain.com:") + port(started.value()),
                            QStringLiteral("--connect"), QStringLiteral("127.0.0.1")});
    QCOMPARE(result.exitCode, 1);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QStringLiteral("Veredicto")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("sin SNI")));
    QVERIFY(!out.contains(QStringLiteral("Verdict:")));
}

void tst_Cli::labSubcommandServesAndLogs()
{
    QTemporaryDir dir;
    const QString caFile = dir.filePath(QStringLiteral("lab-ca.pem"));
    QProcess lab;
    lab.start(QStringLiteral(SNI_DOCTOR_BINARY),
              {QStringLiteral("lab"), QStringLiteral("--port"), QStringLiteral("0"),
               QStringLiteral("--mode"), QStringLiteral("strict"), QStringLiteral("--ca-out"),
               caFile, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(lab.waitForStarted());
    QByteArray banner;
    const QRegularExpression listening(QStringLiteral("port (\\d+)"));
    QRegularExpressionMatch match;
    for (int i = 0; i < 100 && !(match = listening.match(QString::fromUtf8(banner))).hasMatch();
         ++i) {
        lab.waitForReadyRead(100);
        banner += lab.readAllStandardError();
    }
    QVERIFY2(match.hasMatch(), banner.constData());
    const QString labPort = match.captured(1);

    const Run result =
        run({QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com:") + labPort,
             QStringLiteral("--connect"), QStringLiteral("127.0.0.1"), QStringLiteral("--ca-file"),
             caFile, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QVERIFY(report[QStringLiteral("attempts")][0][QStringLiteral("verification")]
                  [QStringLiteral("verified")]
                      .toBool());

    // One Envoy-style access-log line per connection on standard output.
    QList<QJsonObject> lines;
    for (int i = 0; i < 50 && lines.size() < 3; ++i) {
        lab.waitForReadyRead(100);
        while (lab.canReadLine())
            lines << QJsonDocument::fromJson(lab.readLine()).object();
    }
    lab.terminate();
    QVERIFY(lab.waitForFinished(5000));
    QCOMPARE(lab.exitCode(), 0);
    QCOMPARE(lines.size(), 3);
    int refused = 0;
    for (const QJsonObject &line : lines) {
        QCOMPARE(line.size(), 23);
        QVERIFY(line[QStringLiteral("remote_address")].toString().startsWith(
            QStringLiteral("127.0.0.1:")));
        if (line[QStringLiteral("sni_host")].isNull()) {
            QCOMPARE(line[QStringLiteral("status_details")].toString(),
                     QStringLiteral("filter_chain_not_found"));
            QCOMPARE(line[QStringLiteral("upstream_response_flags")].toString(),
                     QStringLiteral("NR"));
            QCOMPARE(line[QStringLiteral("status")].toInt(), 0);
            QCOMPARE(line[QStringLiteral("request")].toString(), QStringLiteral("- - -"));
            ++refused;
        }
    }
    QCOMPARE(refused, 1);

    // The CA file exists now: another lab does not replace it, nor a file a planted
    // link points to, without --force; with --force the link itself is replaced.
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QFile victimFile(victim);
    QVERIFY(victimFile.open(QIODevice::WriteOnly));
    victimFile.write("keep me\n");
    victimFile.close();
    const QString link = dir.filePath(QStringLiteral("link.pem"));
    QVERIFY(QFile::link(victim, link));
    for (const QString &target : {caFile, link}) {
        const Run refusedRun = run({QStringLiteral("lab"), QStringLiteral("--port"),
                                    QStringLiteral("0"), QStringLiteral("--ca-out"), target,
                                    QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(refusedRun.exitCode, 2);
        QVERIFY2(refusedRun.err.contains("exists already"), refusedRun.err.constData());
    }
    QFile kept(victim);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me\n"));
}

void tst_Cli::headlessDemoWithoutDisplay()
{
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("No display found"));
    QVERIFY(result.out.contains("Non-SNI clients are not enabled"));
}

namespace {

const QByteArray kSeedRecord =
    R"({ "request_time": 1, "tls_protocol": null, "start_time": "2025-05-19T04:46:20.117Z", "remote_address": "10.138.0.28:19432", "status_details": "filter_chain_not_found", "request": "- - -", "status": 0, "apigee_dynamic_data": null, "upstream_response_flags": "NR", "sni_host": null })";

QByteArray healthyRecords(int count)
{
    QByteArray log;
    for (int i = 0; i < count; ++i) {
        log +=
            QStringLiteral(
                R"({"start_time":"2025-05-19T05:00:%1.000Z","remote_address":"10.0.0.%2:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200,"tls_protocol":"TLSv1.3"})")
                .arg(i % 60, 2, 10, QLatin1Char('0'))
                .arg(i % 250)
                .toUtf8() +
            '\n';
    }
    return log;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

void tst_Cli::logsFindRefusedClients()
{
    QTemporaryDir dir;
    const QString log = writeFile(dir, QStringLiteral("ingress.log"),
                                  "[pod/apigee-ingressgateway-x/istio-proxy] envoy starting\n" +
                                      healthyRecords(2000) + "2025-05-19T04:46:20.117Z " +
                                      kSeedRecord + '\n' + healthyRecords(2000));
    const Run human =
        run({QStringLiteral("logs"), log, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.contains("Clients without SNI are being refused"));
    QVERIFY(human.out.contains("10.138.0.28"));
    QVERIFY(human.out.contains("Time range: 2025-05-19T04:46:20.117Z to 2025-05-19T05:00:59.000Z"));

    const Run json = run({QStringLiteral("logs"), log, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    for (const QString key : {"inputs", "lines", "records", "unparsed_lines", "classes", "clients",
                              "sni_hosts", "time_range", "samples", "findings"})
        QVERIFY2(report.contains(key), qPrintable(key));
    QCOMPARE(report[QStringLiteral("lines")].toInt(), 4002);
    QCOMPARE(report[QStringLiteral("records")].toInt(), 4001);
    QCOMPARE(report[QStringLiteral("unparsed_lines")].toInt(), 1);
    const QJsonObject classes = report[QStringLiteral("classes")].toObject();
    QCOMPARE(classes[QStringLiteral("non_sni_refused")].toInt(), 1);
    QCOMPARE(classes[QStringLiteral("unknown_sni_refused")].toInt(), 0);
    QCOMPARE(classes[QStringLiteral("ok")].toInt(), 4000);
    QCOMPARE(classes[QStringLiteral("other_error")].toInt(), 0);
    const QJsonObject client = report[QStringLiteral("clients")][0].toObject();
    QCOMPARE(client[QStringLiteral("address")].toString(), QStringLiteral("10.138.0.28"));
    QCOMPARE(client[QStringLiteral("non_sni_refused")].toInt(), 1);
    QCOMPARE(client[QStringLiteral("unknown_sni_refused")].toInt(), 0);
    QCOMPARE(client[QStringLiteral("first_seen")].toString(),
             QStringLiteral("2025-05-19T04:46:20.117Z"));
    QCOMPARE(client[QStringLiteral("last_seen")].toString(),
             QStringLiteral("2025-05-19T04:46:20.117Z"));
    const QJsonObject host = report[QStringLiteral("sni_hosts")][0].toObject();
    QCOMPARE(host[QStringLiteral("host")].toString(), QStringLiteral("api-test.mydomain.com"));
    QCOMPARE(host[QStringLiteral("records")].toInt(), 4000);
    QCOMPARE(report[QStringLiteral("time_range")][QStringLiteral("first")].toString(),
             QStringLiteral("2025-05-19T04:46:20.117Z"));
    QCOMPARE(report[QStringLiteral("inputs")][0].toString(), log);
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("log_non_sni_refused"));
    bool refusedSample = false;
    for (const QJsonValue &sample : report[QStringLiteral("samples")].toArray()) {
        if (sample[QStringLiteral("class")].toString() == QLatin1String("non_sni_refused")) {
            QCOMPARE(sample[QStringLiteral("line")].toInt(), 2002);
            refusedSample = true;
        }
    }
    QVERIFY(refusedSample);
}

void tst_Cli::logsFromStandardInputAndHealthyLogs()
{
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                  {QStringLiteral("logs"), QStringLiteral("-"), QStringLiteral("--json")});
    QVERIFY(process.waitForStarted());
    process.write(healthyRecords(500));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(report[QStringLiteral("records")].toInt(), 500);
    QCOMPARE(report[QStringLiteral("inputs")][0].toString(), QStringLiteral("-"));
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("log_no_evidence"));
}

void tst_Cli::logsBadInput()
{
    QTemporaryDir dir;
    const Run missing = run({QStringLiteral("logs"), dir.filePath(QStringLiteral("nope.log"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nope.log"));
    QCOMPARE(run({QStringLiteral("logs")}).exitCode, 2);

    QByteArray garbage;
    for (int i = 0; i < 20000; ++i)
        garbage += char((i * 131) % 256);
    const QString file = writeFile(dir, QStringLiteral("garbage.bin"), garbage);
    const Run result =
        run({QStringLiteral("logs"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 0); // nothing found is not a problem found; the warnings say why
    QVERIFY(result.out.contains("No access-log records found"));
    QVERIFY(result.out.contains("garbage.bin line 1"));
}

void tst_Cli::captureCommand()
{
    const QString file = QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/sll2.pcap");
    const Run human =
        run({QStringLiteral("capture"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.contains("Clients without SNI are reset"));
    QVERIFY(human.out.contains("127.0.0.1"));
    QVERIFY(human.out.contains("go to frame 14"));

    const Run json = run({QStringLiteral("capture"), file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    for (const QString key :
         {"file", "link_types", "packets", "connections", "client_hellos", "summary", "findings"})
        QVERIFY2(report.contains(key), qPrintable(key));
    QCOMPARE(report[QStringLiteral("link_types")][0].toString(), QStringLiteral("LINUX_SLL2"));
    const QJsonArray hellos = report[QStringLiteral("client_hellos")].toArray();
    QCOMPARE(hellos.size(), 3);
    for (const QString key : {"frame", "time", "client", "server", "sni", "versions", "alpn", "ja4",
                              "complete", "server_reaction", "reaction_frame"}) {
        for (const QJsonValue &hello : hellos)
            QVERIFY2(hello.toObject().contains(key), qPrintable(key));
    }
    const QJsonObject withoutSni = hellos[1].toObject();
    QVERIFY(withoutSni[QStringLiteral("sni")].isNull());
    QCOMPARE(withoutSni[QStringLiteral("server_reaction")].toString(), QStringLiteral("rst"));
    QCOMPARE(withoutSni[QStringLiteral("frame")].toInt(), 14);
    QVERIFY(withoutSni[QStringLiteral("ja4")].toString().startsWith(QStringLiteral("t13i")));
    QCOMPARE(hellos[0][QStringLiteral("server_reaction")].toString(),
             QStringLiteral("server_hello"));
    const QJsonObject summary = report[QStringLiteral("summary")].toObject();
    QCOMPARE(summary[QStringLiteral("client_hellos")].toInt(), 3);
    QCOMPARE(summary[QStringLiteral("without_sni")].toInt(), 1);
    QCOMPARE(summary[QStringLiteral("reset_after_client_hello")].toInt(), 2);
    QCOMPARE(summary[QStringLiteral("incomplete")].toInt(), 0);

    const Run list = run({QStringLiteral("capture"), file, QStringLiteral("--list")});
    QCOMPARE(list.out.split('\n').first().split('\t').mid(0, 3),
             (QList<QByteArray>{"4", "api-test.mydomain.com", "server_hello"}));

    const Run garbage = run(
        {QStringLiteral("capture"), QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/garbage.pcap")});
    QCOMPARE(garbage.exitCode, 2);
    QVERIFY(garbage.err.contains("garbage.pcap"));
    const Run truncated = run({QStringLiteral("capture"),
                               QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/truncated.pcap"),
                               QStringLiteral("--json")});
    QCOMPARE(truncated.exitCode, 1); // what was complete is still analyzed
    QVERIFY(
        !QJsonDocument::fromJson(truncated.out).object()[QStringLiteral("read_error")].isNull());
}

void tst_Cli::routesFromSavedOutput()
{
    const Run json = run({QStringLiteral("routes"), QStringLiteral("--from"),
                          QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/not-attached.yaml"),
                          QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report[QStringLiteral("source")].toString(), QStringLiteral("file"));
    QCOMPARE(report[QStringLiteral("namespace")].toString(), QStringLiteral("apigee"));
    QVERIFY(report.contains(QStringLiteral("context")));
    const QJsonArray routes = report[QStringLiteral("routes")].toArray();
    QCOMPARE(routes.size(), 2);
    for (const QString key : {"name", "state", "hostnames", "wildcard", "enable_non_sni_client",
                              "additional_gateways", "credential_names", "selector"}) {
        for (const QJsonValue &route : routes)
            QVERIFY2(route.toObject().contains(key), qPrintable(key));
    }
    QVERIFY(routes[0][QStringLiteral("enable_non_sni_client")].isNull());
    QCOMPARE(routes[1][QStringLiteral("enable_non_sni_client")].toBool(), true);
    QCOMPARE(routes[1][QStringLiteral("wildcard")].toBool(), true);
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("wildcard_route_not_attached"));
    QCOMPARE(run({QStringLiteral("routes"), QStringLiteral("--from"),
                  QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/healthy.yaml")})
                 .exitCode,
             0);
    const Run broken = run({QStringLiteral("routes"), QStringLiteral("--from"),
                            QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/broken.yaml")});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY(broken.err.contains("line 6"));
    const Run noKubeconfig = run({QStringLiteral("routes"), QStringLiteral("--kubeconfig"),
                                  QStringLiteral("/nonexistent/kubeconfig")});
    QCOMPARE(noKubeconfig.exitCode, 2);
    QVERIFY(noKubeconfig.err.contains("/nonexistent/kubeconfig"));
}

namespace {

// The command line against a fake cluster served on this thread: wait without blocking it.
Run runServed(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY), arguments);
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < 120000)
        QTest::qWait(20);
    if (process.exitStatus() != QProcess::NormalExit)
        qWarning() << "sni-doctor" << arguments << process.errorString();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

// diagnose --cluster: the kubeconfig context alone, every host through both ingresses.
void tst_Cli::diagnoseCluster()
{
    AutoCluster cluster(AutoCluster::Scenario::Mixed, 4, 2);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const QString kubeconfig = cluster.writeKubeconfig();
    const Run json = runServed({"diagnose", "--cluster", "--kubeconfig", kubeconfig, "--context",
                                "fixture", "-n", "apigee", "--json"});
    QVERIFY2(json.exitCode == 1,
             qPrintable(QString::number(json.exitCode) + " " + json.err)); // a problem found
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report["verdict"]["root_cause"].toString(), QString("wildcard_route_not_attached"));
    QCOMPARE(report["verdict"]["confidence"].toString(), QString("high"));
    QVERIFY(report.contains("routes"));
    QVERIFY(report.contains("logs"));
    QVERIFY(report.contains("probe"));
    const QJsonArray cells = report["probe_matrix"]["cells"].toArray();
    QCOMPARE(cells.size(), 8);
    int refused = 0, served = 0;
    for (const QJsonValue &cell : cells) {
        refused += cell["verdict"].toString() == "non_sni_refused" ? 1 : 0;
        served += cell["verdict"].toString() == "non_sni_served" ? 1 : 0;
        QCOMPARE(cell["probe"]["target"]["connect"].toString(), QString("127.0.0.1"));
    }
    QCOMPARE(refused, 4); // the strict ingress
    QCOMPARE(served, 4);  // the wildcard one
    bool lacking = false;
    for (const QJsonValue &finding : report["probe_matrix"]["findings"].toArray())
        lacking = lacking || (finding["id"].toString() == "matrix_virtual_host_without_wildcard" &&
                              finding["args"]["route"].toString() == "myorg-hyb-grp-1-33620d0");
    QVERIFY(lacking);
    // Verified the same way: the automatic diagnosis again.
    QVERIFY2(report["remediation"]["commands"].toArray().last().toString().startsWith(
                 "sni-doctor diagnose --cluster --kubeconfig " + kubeconfig + " --context fixture"),
             qPrintable(report["remediation"]["commands"].toArray().last().toString()));
    // Every piece of evidence names its step.
    for (const QJsonValue &evidence : report["verdict"]["evidence"].toArray())
        QVERIFY(!evidence["step"].toString().isEmpty());

    const Run text =
        runServed({"diagnose", "--cluster", "--kubeconfig", kubeconfig, "--lang", "en"});
    QCOMPARE(text.exitCode, 1);
    const QString plain = QString::fromUtf8(text.out);
    QVERIFY2(plain.contains("Every host through every ingress"), qPrintable(plain));
    QVERIFY(plain.contains(QRegularExpression("api-1\\.example\\.com +refused without SNI")));
    QVERIFY(plain.contains(QRegularExpression("api-1\\.example\\.com +served without SNI")));
    QVERIFY(plain.contains("Verdict: The wildcard route is not attached to every virtual host"));
    const Run spanish =
        runServed({"diagnose", "--cluster", "--kubeconfig", kubeconfig, "--lang", "es"});
    QCOMPARE(spanish.exitCode, 1);
    QVERIFY2(QString::fromUtf8(spanish.out).contains("rechazado sin SNI"), spanish.out.constData());

    // --cluster reads every step itself.
    const Run mixed = runServed(
        {"diagnose", "--cluster", "--kubeconfig", kubeconfig, "--probe", "api-1.example.com"});
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY(mixed.err.contains("--probe"));
}

// An ingress this machine does not reach: unreachable, not refused, and the port-forward.
void tst_Cli::diagnoseClusterUnreachable()
{
    AutoCluster cluster(AutoCluster::Scenario::Unreachable, 2, 1);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const Run text = runServed(
        {"diagnose", "--cluster", "--kubeconfig", cluster.writeKubeconfig(), "--lang", "en"});
    QCOMPARE(text.exitCode, 1);
    const QString plain = QString::fromUtf8(text.out);
    QVERIFY2(plain.contains("unreachable from here"), qPrintable(plain));
    QVERIFY(plain.contains("kubectl port-forward -n apigee pod/" + AutoCluster::podName(1) +
                           " 8444:8443"));
    QVERIFY(
        plain.contains("Verdict: Clients without SNI are reset: no wildcard route serves them"));
}

void tst_Cli::routesFromTheCluster()
{
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, list.readAll());
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    // The fixture answers on this thread's event loop: wait for the CLI without blocking it.
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                  {QStringLiteral("routes"), QStringLiteral("--kubeconfig"), kubeconfig,
                   QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1,
             qPrintable(QStringLiteral("exit status %1, code %2, stderr: %3")
                            .arg(int(process.exitStatus()))
                            .arg(process.exitCode())
                            .arg(QString::fromLocal8Bit(stderrText))));
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(report[QStringLiteral("source")].toString(), QStringLiteral("cluster"));
    QCOMPARE(report[QStringLiteral("context")].toString(), QStringLiteral("fixture"));
    QCOMPARE(report[QStringLiteral("namespace")].toString(), QStringLiteral("apigee"));
    QCOMPARE(report[QStringLiteral("routes")].toArray().size(), 2);
    // kubectl describe's events come with the route they are about.
    QCOMPARE(report[QStringLiteral("routes")][1][QStringLiteral("name")].toString(),
             QStringLiteral("non-sni"));
    QCOMPARE(
        report[QStringLiteral("routes")][1][QStringLiteral("events")][1][QStringLiteral("reason")]
            .toString(),
        QStringLiteral("GatewayNotFound"));
    QCOMPARE(report[QStringLiteral("routes")][1][QStringLiteral("events")][1]
                   [QStringLiteral("last_seen")]
                       .toString(),
             QStringLiteral("2025-05-19T04:40:00Z"));
    QVERIFY(report[QStringLiteral("routes")][0][QStringLiteral("events")].toArray().isEmpty());
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("wildcard_route_not_attached"));

    // The plain report ends each route with its events, as kubectl describe does.
    QProcess text;
    text.start(QStringLiteral(SNI_DOCTOR_BINARY),
               {QStringLiteral("routes"), QStringLiteral("--kubeconfig"), kubeconfig,
                QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_VERIFY_WITH_TIMEOUT(text.state() == QProcess::NotRunning, 60000);
    const QString plain = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(plain.contains(QStringLiteral("Events of non-sni:")), qPrintable(plain));
    QVERIFY(plain.contains(QRegularExpression(
        QStringLiteral("Warning +GatewayNotFound +2025-05-19T04:40:00Z +3 +no ApigeeGateway"))));
    QVERIFY(!plain.contains(QStringLiteral("Events of myorg-hyb-dev-grp-000-33620d0")));

    KubeApiFixture forbidden(KubeApiFixture::Mode::Forbidden, {});
    QVERIFY(forbidden.start());
    QProcess denied;
    denied.start(QStringLiteral(SNI_DOCTOR_BINARY),
                 {QStringLiteral("routes"), QStringLiteral("--kubeconfig"),
                  forbidden.writeKubeconfig(), QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_VERIFY_WITH_TIMEOUT(denied.state() == QProcess::NotRunning, 60000);
    const QByteArray deniedText = denied.readAllStandardError();
    QVERIFY2(denied.exitStatus() == QProcess::NormalExit &&
                 denied.exitCode() == 3, // the cluster refuses
             qPrintable(QStringLiteral("exit status %1, code %2, stderr: %3")
                            .arg(int(denied.exitStatus()))
                            .arg(denied.exitCode())
                            .arg(QString::fromLocal8Bit(deniedText))));
    QVERIFY(deniedText.contains("cannot list resource"));
}

// The kubectl flags admins type: -n, --as/--as-group, --request-timeout; a usage error
// with --json is a JSON object too.
void tst_Cli::podLogFlags()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    fixture.forbidEvents = true;
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    const auto run = [&kubeconfig](const QStringList &arguments) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(SNI_DOCTOR_BINARY),
                       QStringList{QStringLiteral("pods"), QStringLiteral("--kubeconfig"),
                                   kubeconfig, QStringLiteral("--lang"), QStringLiteral("en")} +
                           arguments);
        return process;
    };
    // -c, --since, --tail and --previous reach the log requests as kubectl sends them.
    auto logs = run({QStringLiteral("--logs"), QStringLiteral("-c"), QStringLiteral("istio-proxy"),
                     QStringLiteral("--since"), QStringLiteral("1h30m"), QStringLiteral("--tail"),
                     QStringLiteral("50"), QStringLiteral("--previous"), QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(logs->state() == QProcess::NotRunning, 60000);
    QVERIFY2(logs->exitCode() == 1, logs->readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(logs->readAllStandardOutput()).object();
    QCOMPARE(report[QStringLiteral("pods")].toArray().size(), 2);
    QVERIFY(!fixture.logRequests.isEmpty());
    for (const QString &asked : std::as_const(fixture.logRequests)) {
        QVERIFY2(asked.contains(QStringLiteral("container=istio-proxy")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("sinceSeconds=5400")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("tailLines=50")), qPrintable(asked));
    }
    // Only the pod whose proxy restarted (7 times) has a previous instance read.
    QCOMPARE(fixture.logRequests.filter(QStringLiteral("previous=true")).size(), 1);
    // -l reaches the pods' list.
    fixture.requests.clear();
    auto selected = run({QStringLiteral("-l"), QStringLiteral("app=istio-ingressgateway")});
    QTRY_VERIFY_WITH_TIMEOUT(selected->state() == QProcess::NotRunning, 60000);
    QCOMPARE(selected->exitCode(), 0);
    // Durations that are not one are refused before any request.
    for (const QStringList &bad : {QStringList{QStringLiteral("--since"), QStringLiteral("soon")},
                                   QStringList{QStringLiteral("--tail"), QStringLiteral("-3")}}) {
        auto refused = run(bad);
        QTRY_VERIFY_WITH_TIMEOUT(refused->state() == QProcess::NotRunning, 60000);
        QCOMPARE(refused->exitCode(), 2);
        QVERIFY(refused->readAllStandardError().contains(bad.first().toUtf8()));
    }
    // A 403 on the routes' events is a warning, the routes still come.
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    KubeApiFixture withRoutes(KubeApiFixture::Mode::Ok, list.readAll());
    withRoutes.forbidEvents = true;
    QVERIFY(withRoutes.start());
    QProcess routes;
    routes.start(QStringLiteral(SNI_DOCTOR_BINARY),
                 {QStringLiteral("routes"), QStringLiteral("--kubeconfig"),
                  withRoutes.writeKubeconfig(), QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_VERIFY_WITH_TIMEOUT(routes.state() == QProcess::NotRunning, 60000);
    const QByteArray warned = routes.readAllStandardError();
    QVERIFY2(warned.contains("events could not be listed") && warned.contains("forbidden"),
             warned.constData());
    QVERIFY(routes.readAllStandardOutput().contains("non-sni"));
}

void tst_Cli::yamlWordsInTheUsersLanguage()
{
    // The parser's own words are said in Spanish too, not quoted in English.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("routes.yaml"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: List\nitems: [\n  {a: 1\n");
    file.close();
    const QString kubeconfigBad = dir.filePath(QStringLiteral("kubeconfig"));
    QFile kubeconfig(kubeconfigBad);
    QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
    kubeconfig.write("apiVersion: v1\nclusters:\n- name: a\n  cluster: {server: x\n");
    kubeconfig.close();
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("routes"), QStringLiteral("--from"), bad},
          QStringList{QStringLiteral("routes"), QStringLiteral("--kubeconfig"), kubeconfigBad}}) {
        QProcess process;
        process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                      arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("es")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.exitCode(), 2);
        const QString said = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("no está cerrad")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("not found")), qPrintable(said));
    }
}

void tst_Cli::qtArgumentsAndFiles()
{
    // Qt's own arguments are the toolkit's: accepted, and a word after them that is
    // neither an option nor a file is the one named.
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                  {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                   QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("-reverse"),
                   QStringLiteral("--no-such-option")});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QCOMPARE(process.exitCode(), 2);
    const QByteArray said = process.readAllStandardError();
    QVERIFY2(said.contains("--no-such-option") && !said.contains("-platform") &&
                 !said.contains("-style"),
             said.constData());
}

void tst_Cli::keyMismatchIsAUsageError()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::ClientCertificate, {});
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeClientCertificateKubeconfig();
    QFile key(QFileInfo(kubeconfig).dir().filePath(QStringLiteral("client.key")));
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const Pki::Key other = Pki::key();
    key.write(Pki::pem(other.get()));
    key.close();
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                  {QStringLiteral("routes"), QStringLiteral("--kubeconfig"), kubeconfig,
                   QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QCOMPARE(process.exitCode(), 2); // the kubeconfig's fault, found before any request
    const QJsonObject error = QJsonDocument::fromJson(process.readAllStandardOutput())
                                  .object()[QStringLiteral("error")]
                                  .toObject();
    QCOMPARE(error[QStringLiteral("id")].toString(), QStringLiteral("kube_bad_credentials"));
    QVERIFY(error[QStringLiteral("message")].toString().contains(kubeconfig));
    QVERIFY(fixture.requests.isEmpty());
}

void tst_Cli::pluginSpeaksLive()
{
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, list.readAll());
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const QString go = dir.filePath(QStringLiteral("go"));
    const QString plugin = dir.filePath(QStringLiteral("aws"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'Attempting to automatically open the SSO authorization page. "
                 "Then enter the code: QWER-ASDF' >&2\nwhile [ ! -e '" +
                 go.toUtf8() +
                 "' ]; do sleep 0.1; done\necho '{\"kind\":\"ExecCredential\","
                 "\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"status\":{\"token\":"
                 "\"good-token\"}}'\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(QStringLiteral("user: {token: good-token}"),
                 QStringLiteral("user:\n    exec:\n      apiVersion: "
                                "client.authentication.k8s.io/v1beta1\n      command: %1\n")
                     .arg(plugin));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                  {QStringLiteral("routes"), QStringLiteral("--kubeconfig"), kubeconfig,
                   QStringLiteral("--lang"), QStringLiteral("en")});
    QByteArray said;
    // The plugin's words reach our standard error while it still waits, as with kubectl.
    QTRY_VERIFY_WITH_TIMEOUT((said += process.readAllStandardError()).contains("QWER-ASDF"), 30000);
    QCOMPARE(process.state(), QProcess::Running);
    QFile(go).open(QIODevice::WriteOnly);
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QVERIFY2(process.exitCode() == 1, process.readAllStandardError().constData());
    QVERIFY(process.readAllStandardOutput().contains("non-sni"));
}

void tst_Cli::kubectlFlags()
{
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, list.readAll());
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                  {QStringLiteral("routes"), QStringLiteral("--kubeconfig"), kubeconfig,
                   QStringLiteral("-n"), QStringLiteral("apigee"), QStringLiteral("--as"),
                   QStringLiteral("viewer@example.com"), QStringLiteral("--as-group"),
                   QStringLiteral("sre"), QStringLiteral("--as-group"), QStringLiteral("ops"),
                   QStringLiteral("--request-timeout"), QStringLiteral("1m30s"),
                   QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QVERIFY2(process.exitCode() == 1, process.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(report[QStringLiteral("namespace")].toString(), QStringLiteral("apigee"));
    QCOMPARE(report[QStringLiteral("routes")].toArray().size(), 2);
    QVERIFY(!fixture.impersonations.isEmpty());
    for (const QString &headers : std::as_const(fixture.impersonations))
        QCOMPARE(headers, QStringLiteral("Impersonate-User: viewer@example.com; "
                                         "Impersonate-Group: sre; Impersonate-Group: ops"));

    for (const QStringList &bad :
         {QStringList{QStringLiteral("--request-timeout"), QStringLiteral("soon")},
          QStringList{QStringLiteral("--as-group"), QStringLiteral("sre")}}) {
        QProcess refused;
        refused.start(QStringLiteral(SNI_DOCTOR_BINARY),
                      QStringList{QStringLiteral("routes"), QStringLiteral("--kubeconfig"),
                                  kubeconfig, QStringLiteral("--json"), QStringLiteral("--lang"),
                                  QStringLiteral("en")} +
                          bad);
        QTRY_VERIFY_WITH_TIMEOUT(refused.state() == QProcess::NotRunning, 60000);
        QCOMPARE(refused.exitCode(), 2);
        const QByteArray text = refused.readAllStandardError();
        QVERIFY2(text.contains(bad.first().toUtf8()), text.constData());
        const QJsonObject error = QJsonDocument::fromJson(refused.readAllStandardOutput())
                                      .object()[QStringLiteral("error")]
                                      .toObject();
        QCOMPARE(error[QStringLiteral("id")].toString(), QStringLiteral("kube_bad_flag"));
        QCOMPARE(error[QStringLiteral("exit_code")].toInt(), 2);
    }
}

void tst_Cli::podsAndTheirLogs()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    QProcess process;
    process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                  {QStringLiteral("pods"), QStringLiteral("--kubeconfig"),
                   fixture.writeKubeconfig(), QStringLiteral("--logs"), QStringLiteral("--tail"),
                   QStringLiteral("100"), QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1,
             stderrText.constData());
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray pods = report[QStringLiteral("pods")].toArray();
    QCOMPARE(pods.size(), 2);
    QCOMPARE(pods[1][QStringLiteral("status")].toString(), QStringLiteral("CrashLoopBackOff"));
    QCOMPARE(pods[1][QStringLiteral("ready")].toString(), QStringLiteral("1/2"));
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("ingress_pods_not_ready"));
    const QJsonObject logs = report[QStringLiteral("logs")].toObject();
    QCOMPARE(logs[QStringLiteral("classes")][QStringLiteral("non_sni_refused")].toInt(), 2);
    QCOMPARE(logs[QStringLiteral("clients")][0][QStringLiteral("address")].toString(),
             QStringLiteral("10.138.0.28"));
    QCOMPARE(fixture.logRequests.size(), 2);
    QVERIFY(fixture.logRequests[0].contains(QStringLiteral("tailLines=100")));
}

namespace {

constexpr auto kWatchedPod = "apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp";

QByteArray refusedBy(const QByteArray &client)
{
    return R"({"start_time":"2026-12-03T08:35:00.117Z","remote_address":")" + client +
           R"(:19432","status_details":"filter_chain_not_found","request":"- - -","status":0,)"
           R"("upstream_response_flags":"NR","sni_host":null})";
}

// `sni-doctor watch` as a process whose standard output is read as it comes.
struct Watcher
{
    explicit Watcher(const QStringList &arguments)
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput,
                         [this] { out += process.readAllStandardOutput(); });
        process.start(QStringLiteral(SNI_DOCTOR_BINARY),
                      QStringList{QStringLiteral("watch")} + arguments);
    }
    ~Watcher()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    [[nodiscard]] QList<QByteArray> lines() const { return out.split('\n'); }
    [[nodiscard]] int linesWith(const QByteArray &text) const
    {
        int count = 0;
        for (const QByteArray &line : lines())
            count += line.contains(text) ? 1 : 0;
        return count;
    }
    void interrupt() { ::kill(pid_t(process.processId()), SIGINT); }
    QProcess process;
    QByteArray out;
};

} // namespace

// sni-doctor watch: every refusal written after it started, printed (one JSON object a
// line) while it still runs; Ctrl+C ends it with a summary and exit code 1.
void tst_Cli::watchPrintsRefusalsAsTheyHappen()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.setLogTicker(50);
    Watcher watch(
        {QStringLiteral("--kubeconfig"), fixture.writeKubeconfig(), QStringLiteral("--json")});
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(QLatin1String(kWatchedPod)), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(watch.linesWith("\"pod_followed\""), 1, 30000);
    fixture.writeLogLine(QLatin1String(kWatchedPod), refusedBy("10.138.0.28"));
    QTRY_COMPARE_WITH_TIMEOUT(watch.linesWith("10.138.0.28"), 1, 30000);
    QCOMPARE(watch.process.state(), QProcess::Running); // said as it happened, not at the end
    fixture.writeLogLine(QLatin1String(kWatchedPod), refusedBy("10.5.5.5"));
    QTRY_COMPARE_WITH_TIMEOUT(watch.linesWith("10.5.5.5"), 1, 30000);
    QJsonObject seen;
    for (const QByteArray &line : watch.lines()) {
        if (line.contains("10.138.0.28"))
            seen = QJsonDocument::fromJson(line).object();
    }
    QCOMPARE(seen[QStringLiteral("event")].toString(), QStringLiteral("connection"));
    QCOMPARE(seen[QStringLiteral("pod")].toString(), QLatin1String(kWatchedPod));
    QCOMPARE(seen[QStringLiteral("client")].toString(), QStringLiteral("10.138.0.28"));
    QVERIFY(seen[QStringLiteral("sni")].isNull());
    QCOMPARE(seen[QStringLiteral("class")].toString(), QStringLiteral("non_sni_refused"));
    QCOMPARE(seen[QStringLiteral("time")].toString(), QStringLiteral("2026-12-03T08:35:00.117Z"));
    QCOMPARE(watch.linesWith("10.0.0.7"), 0); // the served connections are not printed

    watch.interrupt();
    QVERIFY(watch.process.waitForFinished(30000));
    watch.out += watch.process.readAllStandardOutput();
    QCOMPARE(watch.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.process.exitCode(), 1);
    const QJsonObject summary =
        QJsonDocument::fromJson(watch.out.trimmed().split('\n').last()).object();
    QCOMPARE(summary[QStringLiteral("event")].toString(), QStringLiteral("summary"));
    QCOMPARE(summary[QStringLiteral("refused")].toInt(), 2);
    const QByteArray said = watch.process.readAllStandardError();
    QVERIFY2(!said.contains("QObject") && !said.contains("QSocket") && !said.contains("Qt"),
             said.constData()); // nothing of Qt's own reaches the user
    QVERIFY(summary[QStringLiteral("interrupted")].toBool());
    for (const QByteArray &line : watch.out.trimmed().split('\n'))
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
}

// --client IP: only that client's connections, in text, with SNI "none".
void tst_Cli::watchOnlyTheClientAsked()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    Watcher watch({QStringLiteral("--kubeconfig"), fixture.writeKubeconfig(),
                   QStringLiteral("--client"), QStringLiteral("10.5.5.5"), QStringLiteral("--lang"),
                   QStringLiteral("en")});
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(QLatin1String(kWatchedPod)), 1, 30000);
    fixture.writeLogLine(QLatin1String(kWatchedPod), refusedBy("10.138.0.28"));
    fixture.writeLogLine(QLatin1String(kWatchedPod), refusedBy("10.5.5.5"));
    QTRY_COMPARE_WITH_TIMEOUT(watch.linesWith("10.5.5.5:19432"), 1, 30000);
    QCOMPARE(watch.linesWith("10.138.0.28"), 0); // read before it, and left out
    const QByteArray line = watch.lines().value(0);
    const QByteArray expected =
        QByteArray("2026-12-03T08:35:00.117Z  ") + kWatchedPod + "  10.5.5.5:19432  SNI none  ";
    QVERIFY2(line.startsWith(expected), line.constData());
    watch.interrupt();
    QVERIFY(watch.process.waitForFinished(30000));
    watch.out += watch.process.readAllStandardOutput();
    QCOMPARE(watch.process.exitCode(), 1);
    QVERIFY2(watch.out.contains("1 refused or failed connection of 10.5.5.5 in "),
             watch.out.constData());
}

// --for SECONDS ends it; nothing refused: exit code 0. Bad values: usage errors.
void tst_Cli::watchEndsAfterForSeconds()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    Watcher watch({QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--for"),
                   QStringLiteral("1"), QStringLiteral("--json")});
    QTRY_COMPARE_WITH_TIMEOUT(watch.process.state(), QProcess::NotRunning, 60000);
    watch.out += watch.process.readAllStandardOutput();
    QCOMPARE(watch.process.exitCode(), 0);
    const QJsonObject summary =
        QJsonDocument::fromJson(watch.out.trimmed().split('\n').last()).object();
    QCOMPARE(summary[QStringLiteral("refused")].toInt(), 0);
    QVERIFY(!summary[QStringLiteral("interrupted")].toBool());
    QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("--kubeconfig"), kubeconfig,
                  QStringLiteral("--for"), QStringLiteral("soon")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("--kubeconfig"), kubeconfig,
                  QStringLiteral("--client"), QStringLiteral("not-an-ip")})
                 .exitCode,
             2);
    // The first pod list refused (401): said as the other cluster commands say it, exit 3.
    // Run without blocking this thread: the fixture answers from its event loop.
    Watcher denied({QStringLiteral("--kubeconfig"),
                    fixture.writeKubeconfig(QStringLiteral("expired-token")),
                    QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_COMPARE_WITH_TIMEOUT(denied.process.state(), QProcess::NotRunning, 60000);
    QCOMPARE(denied.process.exitCode(), 3);
    const QByteArray said = denied.process.readAllStandardError();
    QVERIFY2(said.contains("admin") && !said.contains("timed out"), said.constData());
}

// sni-doctor overrides: FILE:LINE:COLUMN: error: message [code], one per line, then
// a count; --json with the keys asked; the wildcard route by name or from saved routes.
void tst_Cli::overridesCommand()
{
    const QString file = QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml");
    Run result = run({QStringLiteral("overrides"), file, QStringLiteral("--wildcard-route"),
                      QStringLiteral("non-sni"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 1);
    QList<QByteArray> lines = result.out.trimmed().split('\n');
    // First the release it was checked as, and why; then the notes and problems by line.
    QVERIFY2(lines.value(0).startsWith(QByteArray(
                 file.toUtf8() + ": note: Checked as Apigee hybrid 1.16 with Helm: releases 1.10 "
                                 "to 1.16 read all of its keys")),
             lines.value(0).constData());
    QVERIFY(lines.value(0).endsWith(" [hybrid_version]"));
    QVERIFY(lines.value(1).endsWith(" [deprecated_key]")); // cassandra.storage.capacity
    QVERIFY2(
        lines.value(2).startsWith(QByteArray(
            file.toUtf8() +
            ":45:3: error: The virtual host test-grp does not list the wildcard route non-sni")),
        lines.value(2).constData());
    QVERIFY(lines.value(2).endsWith(" [additional_gateway_missing]"));
    QCOMPARE(lines.value(3), QByteArray("1 error, 0 warnings, 2 notes."));
    QCOMPARE(lines.size(), 4);

    // Another release, chosen: 1.8 has no gcp.workloadIdentity, and the report says so.
    result = run({QStringLiteral("overrides"), file, QStringLiteral("--wildcard-route"),
                  QStringLiteral("non-sni"), QStringLiteral("--hybrid-version"),
                  QStringLiteral("1.8"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(result.out.contains("Checked as Apigee hybrid 1.8 with apigeectl, as chosen."),
             result.out.constData());
    QVERIFY(result.out.contains("workloadIdentity is new in hybrid 1.10: hybrid 1.8 ignores it"));
    QCOMPARE(run({QStringLiteral("overrides"), file, QStringLiteral("--hybrid-version"),
                  QStringLiteral("2.0")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("overrides"), file, QStringLiteral("--layout"),
                  QStringLiteral("kustomize")})
                 .exitCode,
             2);

    result = run({QStringLiteral("overrides"), file, QStringLiteral("--routes-from"),
                  QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"),
                  QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report[QStringLiteral("file")].toString(), file);
    for (const char *key : {"severity", "line", "column", "end_column", "path", "code", "message"})
        QVERIFY2(report[QStringLiteral("diagnostics")][0].toObject().contains(QLatin1String(key)),
                 key);
    const QJsonObject hybrid = report[QStringLiteral("hybrid")].toObject();
    QCOMPARE(hybrid[QStringLiteral("version")].toString(), QStringLiteral("1.16"));
    QCOMPARE(hybrid[QStringLiteral("layout")].toString(), QStringLiteral("helm"));
    QCOMPARE(hybrid[QStringLiteral("fits_from")].toString(), QStringLiteral("1.10"));
    QCOMPARE(hybrid[QStringLiteral("version_given")].toBool(), false);
    QJsonObject diagnostic;
    for (const QJsonValue &item : report[QStringLiteral("diagnostics")].toArray()) {
        if (item[QStringLiteral("severity")].toString() == QLatin1String("error"))
            diagnostic = item.toObject();
    }
    QCOMPARE(diagnostic[QStringLiteral("code")].toString(),
             QStringLiteral("additional_gateway_missing"));
    QCOMPARE(diagnostic[QStringLiteral("line")].toInt(), 45);
    QCOMPARE(diagnostic[QStringLiteral("path")].toString(),
             QStringLiteral("virtualhosts[1].additionalGateways"));

    // Without any route the check is said to be impossible: a note, no error.
    result =
        run({QStringLiteral("overrides"), file, QStringLiteral("--lang"), QStringLiteral("es")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("nota: No se conoce ninguna ruta comodín"));

    QCOMPARE(
        run({QStringLiteral("overrides"), QStringLiteral("/nonexistent/overrides.yaml")}).exitCode,
        2);
    QCOMPARE(run({QStringLiteral("overrides")}).exitCode, 2);
}

// sni-doctor diagnose: the probe against the strict lab, the saved routes and the
// overrides give one verdict, its evidence, and the fix; --json has the keys asked.
void tst_Cli::diagnoseCommand()
{
    PracticeLab lab;
    const auto started = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(started.ok());
    const QStringList inputs{
        QStringLiteral("diagnose"),
        QStringLiteral("--probe"),
        QStringLiteral("api-test.mydomain.com:") + port(started.value()),
        QStringLiteral("--connect"),
        QStringLiteral("127.0.0.1"),
        QStringLiteral("--routes-from"),
        QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/no-wildcard.yaml"),
        QStringLiteral("--overrides"),
        QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml")};
    Run result = run(inputs + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.startsWith(
                 "Verdict: Clients without SNI are reset: no wildcard route serves them "
                 "[non_sni_client_no_wildcard_route]"),
             result.out.constData());
    QVERIFY(result.out.contains("Confidence: high"));
    QVERIFY(result.out.contains("Step 4 (probe without SNI)"));
    QVERIFY(result.out.contains("enableNonSniClient: true"));
    QVERIFY(result.out.contains("+  additionalGateways:"));
    QVERIFY(result.out.contains("kubectl apply --dry-run=server -f non-sni.yaml -n apigee"));

    result = run(inputs + QStringList{QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    const QJsonObject verdict = report[QStringLiteral("verdict")].toObject();
    QCOMPARE(verdict[QStringLiteral("root_cause")].toString(),
             QStringLiteral("non_sni_client_no_wildcard_route"));
    QCOMPARE(verdict[QStringLiteral("confidence")].toString(), QStringLiteral("high"));
    QVERIFY(!verdict[QStringLiteral("summary")].toString().isEmpty());
    const QJsonObject evidence = verdict[QStringLiteral("evidence")][0].toObject();
    for (const char *key : {"step", "finding", "detail"})
        QVERIFY2(evidence.contains(QLatin1String(key)), key);
    const QJsonObject remediation = report[QStringLiteral("remediation")].toObject();
    for (const char *key : {"apigee_route_yaml", "overrides_diff", "commands"})
        QVERIFY2(remediation.contains(QLatin1String(key)), key);
    for (const char *section : {"probe", "routes", "overrides"})
        QVERIFY2(report.contains(QLatin1String(section)), section);
    QVERIFY(!report.contains(QStringLiteral("logs")));

    // Nothing given: inconclusive, and the step that would decide.
    result = run({QStringLiteral("diagnose"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(
                 result.out)[QStringLiteral("verdict")][QStringLiteral("deciding_step")]
                 .toString(),
             QStringLiteral("probe"));
}

// sni-doctor bundle writes a zip that unzip reads, with the manifest and the report,
// and refuses to replace a file without --force.
void tst_Cli::bundleCommand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.zip"));
    const QStringList inputs{
        QStringLiteral("bundle"),
        QStringLiteral("--out"),
        path,
        QStringLiteral("--routes-from"),
        QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/not-attached.yaml"),
        QStringLiteral("--overrides"),
        QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml")};
    Run result = run(inputs + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith(QByteArray("Wrote " + path.toUtf8())));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    QVERIFY(unzip.waitForFinished(30000));
    const QByteArray list = unzip.readAllStandardOutput();
    for (const char *name : {"manifest.json", "redactions.json", "report.html", "report.md",
                             "overrides/overrides.yaml", "routes/describe-non-sni.yaml",
                             "environment-groups.txt", "remediation/overrides.diff"})
        QVERIFY2(list.contains(name), name);
    QCOMPARE(run(inputs).exitCode, 2); // exists: not replaced
    QCOMPARE(run(inputs + QStringList{QStringLiteral("--force")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("bundle")}).exitCode, 2);
}

// sni-doctor review: the sample case folder, then a bundle made by bundle, then an
// archive with a path that leaves the review folder.
void tst_Cli::reviewCommand()
{
    const QString sample = QStringLiteral(SNI_DOCTOR_SAMPLE_CASE);
    const Run text = run({QStringLiteral("review"), sample});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("ingress-gateway.log - Ingress access log [used for: Step 2"),
             text.out.constData());
    QVERIFY(text.out.contains("non-sni.pcap - Packet capture (pcap or pcapng)"));
    QVERIFY(text.out.contains("Not collected (ask the admin for these):"));
    QVERIFY(text.out.contains("openssl s_client -connect HOST:443 -noservername"));
    QVERIFY(text.out.contains("[wildcard_route_not_attached]"));
    const Run json = run({QStringLiteral("review"), sample, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value("verdict").toObject().value("root_cause").toString(),
             QString("wildcard_route_not_attached"));
    QCOMPARE(object.value("files").toArray().size(), 4);
    QCOMPARE(object.value("not_collected").toArray().first().toObject().value("step").toString(),
             QString("probe"));
    QVERIFY(object.contains("logs") && object.contains("capture") && object.contains("routes") &&
            object.contains("overrides"));

    // The same files through a bundle: the same verdict.
    QTemporaryDir dir;
    const QString bundle = dir.filePath("case.tar.gz");
    const Run made =
        run({"bundle", "--out", bundle, "--tar-gz", "--logs", sample + "/ingress-gateway.log",
             "--capture", sample + "/non-sni.pcap", "--routes-from", sample + "/apigeeroutes.yaml",
             "--overrides", sample + "/overrides.yaml"});
    QCOMPARE(made.exitCode, 0);
    const Run reviewed = run({QStringLiteral("review"), bundle, QStringLiteral("--json")});
    QCOMPARE(reviewed.exitCode, 1);
    const QJsonObject again = QJsonDocument::fromJson(reviewed.out).object();
    QCOMPARE(again.value("verdict").toObject().value("root_cause").toString(),
             QString("wildcard_route_not_attached"));
    QCOMPARE(again.value("verdict").toObject().value("evidence").toArray().size(),
             object.value("verdict").toObject().value("evidence").toArray().size());
    QVERIFY(again.value("bundles").toArray().first().toObject().value("intact").toBool());

    // A hostile archive: refused by name, exit 2, nothing written.
    QDir(dir.path()).mkpath("inner");
    const QString evil = dir.filePath("inner/evil.tar");
    QProcess tar;
    tar.setWorkingDirectory(dir.filePath("inner"));
    QFile payload(dir.filePath("inner/payload.txt"));
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write("pwned");
    payload.close();
    tar.start("tar",
              {"-cf", evil, "--transform", "s|payload.txt|../../escaped.txt|", "payload.txt"});
    QVERIFY(tar.waitForFinished(10000) && tar.exitCode() == 0);
    QFile::remove(dir.filePath("inner/payload.txt"));
    const Run refused = run({QStringLiteral("review"), evil});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("../../escaped.txt"), refused.err.constData());
    QVERIFY(!QFile::exists(dir.filePath("escaped.txt")));
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath("../escaped.txt")));
}

// Names from input files reach the terminal with their control characters shown, not
// acted on: no screen clearing, no window title, no forged "error:" line.
void tst_Cli::terminalEscapes()
{
    QTemporaryDir dir;
    const QString routes = dir.filePath(QStringLiteral("routes.yaml"));
    QFile file(routes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "kind: ApigeeRoute\nmetadata: {name: \"w\\e]0;TITLE\\a\\e[2J\\rerror: forged\\u009b\"}\n"
        "spec: {hostnames: ['*'], enableNonSniClient: true}\n");
    file.close();
    const QString evilName = dir.filePath(QStringLiteral("o\x1b[31mverrides.yaml"));
    QFile overrides(evilName);
    QVERIFY(overrides.open(QIODevice::WriteOnly));
    overrides.write("org: x\n");
    overrides.close();
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("routes"), QStringLiteral("--from"), routes},
          QStringList{QStringLiteral("overrides"), evilName},
          QStringList{QStringLiteral("review"), dir.path()}}) {
        const Run result =
            run(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        const QByteArray printed = result.out + result.err;
        QVERIFY2(!printed.isEmpty(), qPrintable(arguments.join(' ')));
        for (const char control : {'\x1b', '\x07', '\r'})
            QVERIFY2(!printed.contains(control), printed.constData());
        QVERIFY(!printed.contains("\xc2\x9b"));
        QVERIFY2(printed.contains("\\x1b"), printed.constData());
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
// probe --through-pod: a port-forward through the fake API server to the strict lab
// gives the lab's verdict; a server without the WebSocket port-forward gets the
// kubectl command; an unreachable endpoint suggests --through-pod.
void tst_Cli::probeThroughPod()
{
    PracticeLab lab;
    const Result<quint16> labPort = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(labPort.ok());
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    const QString pod = QStringLiteral("apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp");
    fixture.portForwardPods.insert(pod, labPort.value());
    const QString kubeconfig = fixture.writeKubeconfig();
    const auto start = [&](const QStringList &arguments) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(SNI_DOCTOR_BINARY), arguments);
        return process;
    };
    // The fixture answers on this thread's event loop: wait without blocking it.
    QProcess *json =
        start({QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com"),
               QStringLiteral("--through-pod"), pod, QStringLiteral("--kubeconfig"), kubeconfig,
               QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_VERIFY_WITH_TIMEOUT(json->state() == QProcess::NotRunning, 60000);
    const QByteArray jsonErr = json->readAllStandardError();
    QVERIFY2(json->exitCode() == 1, jsonErr.constData());
    const QJsonObject report = QJsonDocument::fromJson(json->readAllStandardOutput()).object();
    QCOMPARE(report[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
             QStringLiteral("non_sni_rejected"));
    QCOMPARE(report[QStringLiteral("attempts")][1][QStringLiteral("outcome")].toString(),
             QStringLiteral("reset"));
    QCOMPARE(report[QStringLiteral("target")][QStringLiteral("address")].toString(),
             QStringLiteral("127.0.0.1"));
    QVERIFY2(jsonErr.contains(QByteArray("Probing through a port-forward to pod " + pod.toUtf8() +
                                         ", port 443, in namespace apigee (context fixture).")),
             jsonErr.constData());
    QVERIFY2(!jsonErr.contains("good-token") && !jsonErr.contains("QWebSocket") &&
                 !jsonErr.contains("reset by peer"),
             jsonErr.constData());
    QCOMPARE(fixture.portForwardStreams, 4);

    // In words: the commands shown go to the forward's port, and how to open one by hand.
    QProcess *text = start({QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com"),
                            QStringLiteral("--through-pod"), pod, QStringLiteral("--kubeconfig"),
                            kubeconfig, QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_VERIFY_WITH_TIMEOUT(text->state() == QProcess::NotRunning, 60000);
    const QString textOut = QString::fromUtf8(text->readAllStandardOutput());
    const QString textErr = QString::fromUtf8(text->readAllStandardError());
    QCOMPARE(text->exitCode(), 1);
    const QRegularExpressionMatch probing =
        QRegularExpression(QStringLiteral("Probing api-test.mydomain.com port (\\d+)"))
            .match(textOut);
    QVERIFY2(probing.hasMatch(), qPrintable(textOut));
    QVERIFY2(textErr.contains(QStringLiteral("start one on the same port first: kubectl "
                                             "port-forward -n apigee pod/%1 %2:443 --context "
                                             "fixture --kubeconfig %3")
                                  .arg(pod, probing.captured(1), kubeconfig)),
             qPrintable(textErr));

    fixture.refuseWebSocket = true;
    QProcess *refused = start({QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com"),
                               QStringLiteral("--through-pod"), pod, QStringLiteral("--kubeconfig"),
                               kubeconfig, QStringLiteral("--lang"), QStringLiteral("en")});
    QTRY_VERIFY_WITH_TIMEOUT(refused->state() == QProcess::NotRunning, 60000);
    const QString refusedErr = QString::fromUtf8(refused->readAllStandardError());
    QCOMPARE(refused->exitCode(), 3);
    QVERIFY2(refusedErr.contains(QStringLiteral("kubectl port-forward -n apigee pod/%1 8443:443 "
                                                "--context fixture --kubeconfig %2")
                                     .arg(pod, kubeconfig)),
             qPrintable(refusedErr));
    QVERIFY2(refusedErr.contains(QStringLiteral("--kubectl-port-forward")), qPrintable(refusedErr));

    // With consent, kubectl port-forward runs for the probe (SPDY, which the server
    // still speaks) and is stopped afterwards. The wildcard lab: kubectl gives up the
    // whole forward at the first reset a stream reports.
    if (!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty()) {
        PracticeLab wildcard;
        const Result<quint16> wildcardPort = wildcard.start(LabOptions{LabMode::Wildcard});
        QVERIFY(wildcardPort.ok());
        const QString wildcardPod = QStringLiteral("apigee-ingressgateway-wildcard-0");
        fixture.portForwardPods.insert(wildcardPod, wildcardPort.value());
        QTemporaryDir home;
        QProcess *kubectl = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        kubectl->setProcessEnvironment(environment);
        kubectl->start(QStringLiteral(SNI_DOCTOR_BINARY),
                       {QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com"),
                        QStringLiteral("--through-pod"), wildcardPod,
                        QStringLiteral("--kubeconfig"), kubeconfig,
                        QStringLiteral("--kubectl-port-forward"), QStringLiteral("--json"),
                        QStringLiteral("--lang"), QStringLiteral("en")});
        QTRY_VERIFY_WITH_TIMEOUT(kubectl->state() == QProcess::NotRunning, 90000);
        const QString kubectlErr = QString::fromUtf8(kubectl->readAllStandardError());
        QVERIFY2(kubectl->exitCode() == 0, qPrintable(kubectlErr));
        const QJsonObject viaKubectl =
            QJsonDocument::fromJson(kubectl->readAllStandardOutput()).object();
        QCOMPARE(viaKubectl[QStringLiteral("findings")][0][QStringLiteral("id")].toString(),
                 QStringLiteral("non_sni_accepted"));
        const QRegularExpressionMatch started =
            QRegularExpression(
                QStringLiteral("Started kubectl port-forward -n apigee pod/%1 :443 --context "
                               "fixture --kubeconfig %2 --address 127.0.0.1; it forwards "
                               "127.0.0.1:(\\d+) and stops after the probe.")
                    .arg(wildcardPod, QRegularExpression::escape(kubeconfig)))
                .match(kubectlErr);
        QVERIFY2(started.hasMatch(), qPrintable(kubectlErr));
        QCOMPARE(fixture.spdySessions, 1);
        // kubectl was stopped: nothing listens on its port any more.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, started.captured(1).toUShort());
        QTRY_COMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    // Nothing listens there: the probe says where to go instead.
    QTcpServer hole;
    QVERIFY(hole.listen(QHostAddress::LocalHost));
    const quint16 closedPort = hole.serverPort();
    hole.close();
    const Run unreachable =
        run({QStringLiteral("probe"), QStringLiteral("api-test.mydomain.com:") + port(closedPort),
             QStringLiteral("--connect"), QStringLiteral("127.0.0.1"), QStringLiteral("--lang"),
             QStringLiteral("en")});
    QCOMPARE(unreachable.exitCode, 3);
    QVERIFY2(unreachable.err.contains("--through-pod POD"), unreachable.err.constData());
}

#include "tst_cli.moc"
