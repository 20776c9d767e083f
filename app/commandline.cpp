#include "commandline.h"

#include "accesslog/accessloganalyzer.h"
#include "accesslog/accesslogjson.h"
#include "accesslog/accesslogtext.h"
#include "bundle/bundle.h"
#include "capture/captureanalyzer.h"
#include "capture/capturejson.h"
#include "capture/capturetext.h"
#include "cluster/apigeeroute.h"
#include "cluster/clusterfetch.h"
#include "cluster/kubeclient.h"
#include "cluster/kubeconfig.h"
#include "cluster/routetext.h"
#include "core/taskcontrol.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/remediation.h"
#include "lab/practicelab.h"
#include "overrides/overridesjson.h"
#include "overrides/overridesvalidator.h"
#include "probe/probejson.h"
#include "probe/probetext.h"
#include "probe/tlsprobe.h"
#include "review/review.h"

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextStream>

#include <openssl/opensslv.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <thread>

namespace SniDoctor {

namespace {

std::atomic_bool g_interrupted{false};
CancelFlag *g_cancel = nullptr;

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    if (g_cancel)
        g_cancel->cancel();
}

void catchInterrupts()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Runs the probe on this thread; Ctrl+C (or SIGTERM) cancels it.
Result<ProbeReport> probeUntilInterrupted(const ProbeTarget &target)
{
    CancelFlag cancel;
    g_cancel = &cancel;
    catchInterrupts();
    Result<ProbeReport> result = runProbe(target, cancel);
    g_cancel = nullptr;
    return result;
}

// HOST, HOST:PORT, [IPv6]:PORT or a bare IPv6 address.
bool parseHostPort(const QString &text, QString &host, quint16 &port)
{
    QString rest = text.trimmed();
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = rest.mid(1, close - 1);
        const QString tail = rest.mid(close + 1);
        if (!tail.isEmpty()) {
            if (!tail.startsWith(QLatin1Char(':')))
                return false;
            portText = tail.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        host = rest;
    }
    if (host.isEmpty())
        return false;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return false;
        port = static_cast<quint16>(value);
    }
    return true;
}

// Parses a command's options; when that fails or --help was asked, says so and
// gives the exit code to return.
std::optional<int> parseOrHelp(QCommandLineParser &parser, const QStringList &arguments,
                               const QCommandLineOption &help, const QString &command)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // The usage line names the program as started (argv[0]); name the command
        // instead, and leave the description's words alone.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: ") + command);
        out() << text;
        return ExitNoProblem;
    }
    return std::nullopt;
}

int exitCodeFor(const ProbeReport &report)
{
    if (report.canceled)
        return ExitIncomplete;
    for (const Finding &finding : report.findings) {
        if (finding.id == QLatin1String("endpoint_unreachable"))
            return ExitIncomplete;
    }
    return hasError(report.findings) ? ExitProblemFound : ExitNoProblem;
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), QLatin1Char(' '));
}

// Columns as wide as their widest cell, two spaces apart, indented by two.
void printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (int column = 0; column < headers.size(); ++column) {
        qsizetype width = headers[column].size();
        for (const QStringList &row : rows)
            width = std::max(width, row.value(column).size());
        widths << width + 2;
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (int column = 0; column < cells.size(); ++column)
            line += padded(cells[column], widths[column]);
        out() << QStringLiteral("  ") << line.trimmed() << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
}

void printReport(const ProbeReport &report)
{
    QTextStream &o = out();
    const QString address = report.address.isEmpty() ? QStringLiteral("?") : report.address;
    o << CommandLine::tr("Probing %1 port %2 (connecting to %3)")
             .arg(report.target.host)
             .arg(report.target.port)
             .arg(address)
      << "\n\n";

    const QStringList headers{CommandLine::tr("SNI sent"), CommandLine::tr("Outcome"),
                              CommandLine::tr("Protocol"), CommandLine::tr("Sent/received"),
                              CommandLine::tr("Time")};
    QList<QStringList> rows;
    for (const ProbeAttempt &attempt : report.attempts) {
        rows << QStringList{
            ProbeText::sniLabel(attempt), ProbeText::outcomeLabel(attempt),
            attempt.protocol.isEmpty() ? QStringLiteral("-") : attempt.protocol,
            CommandLine::tr("%1 / %2 bytes").arg(attempt.bytesSent).arg(attempt.bytesReceived),
            CommandLine::tr("%1 ms").arg(attempt.elapsedMs)};
    }
    printTable(headers, rows);
    o << '\n';

    for (const ProbeAttempt &attempt : report.attempts) {
        if (attempt.chain.isEmpty())
            continue;
        const CertificateInfo &leaf = attempt.chain.first();
        o << CommandLine::tr("Certificate with SNI %1: %2, issued by %3, valid until %4")
                 .arg(ProbeText::sniLabel(attempt), leaf.subject, leaf.issuer,
                      leaf.notAfter.toString(Qt::ISODate))
          << '\n';
        o << "    " << CommandLine::tr("Names: %1").arg(leaf.sans.join(QStringLiteral(", ")))
          << '\n';
        o << "    SHA-256 " << leaf.sha256 << '\n';
        o << "    "
          << (attempt.verified
                  ? CommandLine::tr("Verification: OK")
                  : CommandLine::tr("Verification failed: %1").arg(attempt.verifyError))
          << '\n';
    }
    for (const ProbeAttempt &attempt : report.attempts) {
        if (!attempt.error.isEmpty() && attempt.outcome != Outcome::HandshakeOk) {
            o << CommandLine::tr("Error with SNI %1: %2")
                     .arg(ProbeText::sniLabel(attempt),
                          QString(attempt.error).replace(QLatin1Char('\n'), QStringLiteral("; ")))
              << '\n';
        }
    }
    o << '\n' << CommandLine::tr("Verdict: %1").arg(ProbeText::verdict(report)) << "\n\n";
    for (const Finding &finding : report.findings) {
        o << QStringLiteral("[%1] %2 (%3)\n")
                 .arg(severityId(finding.severity), ProbeText::title(finding), finding.id);
        o << "    " << ProbeText::detail(finding) << '\n';
    }
    const QString next = ProbeText::nextStep(report);
    if (!next.isEmpty())
        o << '\n' << CommandLine::tr("What it means: %1").arg(next) << '\n';
    o << '\n' << CommandLine::tr("Equivalent commands:") << '\n';
    for (const QString &command : equivalentCommands(report.target))
        o << "  " << command << '\n';
    o.flush();
}

} // namespace

void printLogSummary(const AccessLogSummary &summary)
{
    QTextStream &o = out();
    o << CommandLine::tr("Verdict: %1").arg(AccessLogText::verdict(summary)) << "\n\n";
    o << CommandLine::tr("Read %1 line(s) of %2: %3 access-log record(s), %4 other line(s).")
             .arg(summary.lines)
             .arg(summary.inputs.join(QStringLiteral(", ")))
             .arg(summary.records)
             .arg(summary.unparsedLines)
      << '\n';
    o << CommandLine::tr("Time range: %1 to %2")
             .arg(AccessLogText::time(summary.firstMs), AccessLogText::time(summary.lastMs))
      << '\n';
    QStringList counts;
    for (int i = 0; i < kLogClassCount; ++i)
        counts << QStringLiteral("%1 %2")
                      .arg(AccessLogText::className(LogClass(i)))
                      .arg(summary.classes[size_t(i)]);
    o << CommandLine::tr("Records: %1").arg(counts.join(QStringLiteral(", "))) << "\n\n";
    if (!summary.clients.isEmpty()) {
        o << CommandLine::tr("Refused clients:") << '\n';
        QList<QStringList> rows;
        for (const LogClientStat &client : summary.clients.mid(0, 20)) {
            rows << QStringList{client.address, QString::number(client.nonSniRefused),
                                QString::number(client.unknownSniRefused),
                                AccessLogText::time(client.firstMs),
                                AccessLogText::time(client.lastMs)};
        }
        printTable({CommandLine::tr("Client"), CommandLine::tr("No SNI"),
                    CommandLine::tr("Unknown SNI"), CommandLine::tr("First"),
                    CommandLine::tr("Last")},
                   rows);
        if (summary.clients.size() > 20)
            o << "  " << CommandLine::tr("… and %1 more.").arg(summary.clients.size() - 20) << '\n';
        o << '\n';
    }
    if (!summary.sniHosts.isEmpty()) {
        o << CommandLine::tr("SNI hosts:") << '\n';
        QList<QStringList> rows;
        for (const LogNameCount &host : summary.sniHosts.mid(0, 10))
            rows << QStringList{host.name, QString::number(host.count)};
        printTable({CommandLine::tr("Host"), CommandLine::tr("Records")}, rows);
        o << '\n';
    }
    for (const Finding &finding : summary.findings) {
        o << QStringLiteral("[%1] %2 (%3)\n")
                 .arg(severityId(finding.severity), AccessLogText::title(finding), finding.id);
        o << "    " << AccessLogText::detail(finding) << '\n';
    }
    const QString next = AccessLogText::nextStep(summary);
    if (!next.isEmpty())
        o << '\n' << CommandLine::tr("What it means: %1").arg(next) << '\n';
    o.flush();
}

void printCaptureSummary(const CaptureSummary &summary)
{
    QTextStream &o = out();
    o << CommandLine::tr("Verdict: %1").arg(CaptureText::verdict(summary)) << "\n\n";
    o << CommandLine::tr(
             "%1: %2 packets (%3), %4 TCP connections, %5 ClientHellos: %6 without SNI, %7 "
             "reset by the server, %8 incomplete.")
             .arg(summary.file)
             .arg(summary.packets)
             .arg(summary.linkTypes.join(QStringLiteral(", ")))
             .arg(summary.connections)
             .arg(summary.clientHellos)
             .arg(summary.withoutSni)
             .arg(summary.resetAfterHello)
             .arg(summary.incomplete)
      << "\n\n";
    if (!summary.clientsWithoutSni.isEmpty()) {
        o << CommandLine::tr("Clients without SNI:") << '\n';
        QList<QStringList> rows;
        for (const CaptureClientStat &client : summary.clientsWithoutSni.mid(0, 20)) {
            rows << QStringList{client.client, QString::number(client.withoutSni),
                                QString::number(client.resets),
                                client.ja4s.join(QStringLiteral(" "))};
        }
        printTable({CommandLine::tr("Client"), CommandLine::tr("Hellos without SNI"),
                    CommandLine::tr("Reset"), QStringLiteral("JA4")},
                   rows);
        o << '\n';
    }
    for (const Finding &finding : summary.findings) {
        o << QStringLiteral("[%1] %2 (%3)\n")
                 .arg(severityId(finding.severity), CaptureText::title(finding), finding.id);
        o << "    " << CaptureText::detail(finding) << '\n';
    }
    const QString wireshark = CaptureText::wiresharkHint(summary);
    if (!wireshark.isEmpty())
        o << '\n' << wireshark << '\n';
    const QString next = CaptureText::nextStep(summary);
    if (!next.isEmpty())
        o << '\n' << CommandLine::tr("What it means: %1").arg(next) << '\n';
    o.flush();
}

struct ClusterTarget
{
    KubeConnection connection;
    QString context;
    QString ns;
};

// The kubectl way to a context: --kubeconfig, else KUBECONFIG, else ~/.kube/config;
// --context, else current-context; --namespace, else the context's, else apigee. Like
// kubectl, it runs the context's credential plugin.
Result<ClusterTarget> clusterTarget(const QString &kubeconfig, const QString &context,
                                    const QString &ns)
{
    const QStringList files = kubeconfigFiles(kubeconfig, qgetenv("KUBECONFIG"), QDir::homePath());
    const Result<Kubeconfig> config = loadKubeconfig(files, !kubeconfig.isEmpty());
    if (!config)
        return config.error();
    ClusterTarget target;
    target.context = context.isEmpty() ? config.value().currentContext : context;
    target.ns = ns.isEmpty() ? config.value().namespaceFor(target.context) : ns;
    Result<KubeConnection> connection =
        kubeConnection(config.value(), target.context, ExecPolicy::Run);
    if (!connection)
        return connection.error();
    target.connection = std::move(connection).value();
    if (target.connection.insecureSkipTlsVerify)
        err()
            << CommandLine::tr(
                   "Warning: the cluster's certificate is not verified (insecure-skip-tls-verify).")
            << '\n';
    return target;
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return first == QLatin1String("probe") || first == QLatin1String("lab") ||
           first == QLatin1String("logs") || first == QLatin1String("capture") ||
           first == QLatin1String("routes") || first == QLatin1String("pods") ||
           first == QLatin1String("overrides") || first == QLatin1String("diagnose") ||
           first == QLatin1String("bundle") || first == QLatin1String("review") ||
           first == QLatin1String("--version") || first == QLatin1String("-v") ||
           first == QLatin1String("--help") || first == QLatin1String("-h") ||
           first == QLatin1String("help");
}

void CommandLine::printHelp()
{
    // One sentence per command, so that a new command adds strings to translate
    // instead of changing one long text.
    QTextStream &o = out();
    o << tr("Usage: sni-doctor [COMMAND] [OPTIONS]") << "\n\n"
      << tr("SNI Doctor finds out why API clients of an Apigee hybrid ingress get \"Connection "
            "reset by peer\" "
            "during the TLS handshake.")
      << '\n'
      << tr("Without a command it opens the wizard (or, without a display, probes the practice "
            "lab).")
      << "\n\n"
      << tr("Commands:") << '\n';
    const QList<std::pair<QString, QString>> commands{
        {QStringLiteral(
             "probe HOST[:PORT] [--connect ADDRESS] [--timeout SECONDS] [--ca-file FILE] [--json]"),
         tr("Handshake with the host name as SNI, without SNI, and with an unknown name.")},
        {QStringLiteral("lab [--port N] [--mode strict|wildcard|alert] [--bind ADDRESS] [--host "
                        "NAME]... [--ca-out FILE]"),
         tr("A local TLS endpoint that behaves like the Apigee ingress.")},
        {QStringLiteral("logs FILE... [--json]"),
         tr("Finds the clients refused for lack of SNI in ingress access logs.")},
        {QStringLiteral("capture FILE [--json | --list]"),
         tr("Reads a packet capture: which ClientHellos carry no SNI, and what the server "
            "answered.")},
        {QStringLiteral(
             "routes [--kubeconfig FILE] [--context NAME] [--namespace NS] [--from FILE] [--json]"),
         tr("Checks the ApigeeRoutes (from the cluster, or saved kubectl get apigeeroutes -o yaml "
            "output) for a "
            "wildcard route that serves clients without SNI.")},
        {QStringLiteral("pods [--kubeconfig FILE] [--context NAME] [--namespace NS] [--logs] "
                        "[--tail N] [--json]"),
         tr("Lists the ingress gateway pods; with --logs, reads their access logs for refused "
            "clients.")},
        {QStringLiteral(
             "overrides FILE [--wildcard-route NAME] [--routes-from FILE] [--kubeconfig FILE] "
             "[--context NAME] [--namespace NS] [--chart-dir DIR] [--json]"),
         tr("Validates an overrides.yaml: syntax, structure, certificates, and that every virtual "
            "host lists the "
            "wildcard route in additionalGateways.")},
        {QStringLiteral(
             "diagnose [--probe HOST[:PORT] [--connect ADDRESS]] [--logs FILE]... [--capture FILE] "
             "[--kubeconfig FILE --context NAME | --routes-from FILE] [--overrides FILE] [--json]"),
         tr("Runs the steps it is given and prints one verdict with its evidence, and the fix.")},
        {QStringLiteral(
             "bundle --out FILE [the inputs of diagnose] [--envgroup NAME]... [--include-logs] "
             "[--include-capture] [--tar-gz] [--force]"),
         tr("Writes the support bundle: what support asks for, secrets redacted, with a manifest "
            "of checksums.")},
        {QStringLiteral("review PATH... [--route-name NAME] [--apigeectl] [--json]"),
         tr("Reviews a bundle, an archive, a folder or files offline: each file recognised by its "
            "content, and the "
            "verdict as diagnose prints it. Nothing is executed.")},
    };
    for (const auto &[usage, description] : commands)
        o << "  " << usage << "\n        " << description << '\n';
    o << '\n'
      << tr("Options for every command:") << '\n'
      << "  --lang es|en   " << tr("language of the output") << '\n'
      << "  --help         " << tr("this help; COMMAND --help for a command's options") << '\n'
      << "  --version      " << tr("the version") << "\n\n"
      << tr("Exit codes: 0 no problem found, 1 a problem found, 2 usage or input error, 3 could "
            "not complete "
            "(unreachable, timeout, canceled).")
      << '\n';
    o.flush();
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "sni-doctor " << SNI_DOCTOR_VERSION << " (Qt " << qVersion() << ", "
              << OPENSSL_VERSION_TEXT << ")\n";
        out().flush();
        return ExitNoProblem;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printHelp();
        return ExitNoProblem;
    }
    QStringList rest = arguments.mid(1); // the subcommand stands where the program name was
    if (command == QLatin1String("probe"))
        return probe(rest);
    if (command == QLatin1String("lab"))
        return lab(rest);
    if (command == QLatin1String("logs"))
        return logs(rest);
    if (command == QLatin1String("capture"))
        return capture(rest);
    if (command == QLatin1String("routes"))
        return routes(rest);
    if (command == QLatin1String("pods"))
        return pods(rest);
    if (command == QLatin1String("overrides"))
        return overrides(rest);
    if (command == QLatin1String("diagnose"))
        return diagnoseCommand(rest);
    if (command == QLatin1String("bundle"))
        return bundle(rest);
    if (command == QLatin1String("review"))
        return review(rest);
    err() << tr("Unknown command \"%1\". Try sni-doctor --help.").arg(command) << '\n';
    return ExitUsage;
}

int CommandLine::probe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Probes an endpoint with and without SNI."));
    parser.addPositionalArgument(QStringLiteral("HOST[:PORT]"),
                                 tr("The API host name and port (443 by default)."));
    const QCommandLineOption connect(
        QStringLiteral("connect"),
        tr("Connect to ADDRESS instead of the host's address (like curl --resolve)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds per attempt (10 by default)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        tr("PEM file of CA certificates to verify against (system CAs by default)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({connect, timeout, caFile, json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor probe")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("Give exactly one HOST[:PORT]. Try sni-doctor probe --help.") << '\n';
        return ExitUsage;
    }
    ProbeTarget target;
    if (!parseHostPort(parser.positionalArguments().first(), target.host, target.port)) {
        err() << tr("\"%1\" is not HOST, HOST:PORT or [IPv6]:PORT with a port from 1 to 65535.")
                     .arg(parser.positionalArguments().first())
              << '\n';
        return ExitUsage;
    }
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds < 1 || seconds > 600) {
        err() << tr("--timeout takes seconds from 1 to 600, not \"%1\".").arg(parser.value(timeout))
              << '\n';
        return ExitUsage;
    }
    target.timeoutMs = static_cast<int>(seconds * 1000);
    target.connectAddress = parser.value(connect);
    target.caFile = parser.value(caFile);

    const Result<ProbeReport> result = probeUntilInterrupted(target);
    if (!result) {
        err() << result.error().message << '\n';
        return ExitUsage;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(probeReportToJson(result.value())).toJson(QJsonDocument::Indented);
        out().flush();
    } else {
        printReport(result.value());
    }
    return exitCodeFor(result.value());
}

int CommandLine::logs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the clients the ingress refused in its access logs."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("Output of kubectl logs of an ingress gateway pod; .gz and other "
           "compressed files are read as they are; - reads standard input."),
        QStringLiteral("FILE..."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor logs")))
        return *done;
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("Give at least one FILE (or - for standard input). Try sni-doctor logs --help.")
              << '\n';
        return ExitUsage;
    }
    CancelFlag cancel;
    g_cancel = &cancel;
    catchInterrupts();
    const Result<AccessLogSummary> result =
        analyzeAccessLogFiles(parser.positionalArguments(), cancel);
    g_cancel = nullptr;
    if (!result) {
        err() << result.error().message << '\n';
        return ExitUsage;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(accessLogSummaryToJson(result.value()))
                     .toJson(QJsonDocument::Indented);
        out().flush();
    } else {
        printLogSummary(result.value());
    }
    if (result.value().canceled)
        return ExitIncomplete;
    return hasError(result.value().findings) ? ExitProblemFound : ExitNoProblem;
}

int CommandLine::capture(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads a packet capture and says which ClientHellos carry no SNI and "
           "what the server answered."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A pcap or pcapng file, as tcpdump -w writes it."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption list(
        QStringLiteral("list"),
        tr("Print one line per ClientHello (frame, SNI, reaction), for scripts."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({json, list, help});
    if (const auto done =
            parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor capture")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("Give exactly one capture FILE. Try sni-doctor capture --help.") << '\n';
        return ExitUsage;
    }
    CancelFlag cancel;
    g_cancel = &cancel;
    catchInterrupts();
    std::function<void(const CaptureHello &)> sink;
    if (parser.isSet(list)) {
        // Every hello, as soon as its answer is known: no cap, constant memory.
        sink = [](const CaptureHello &hello) {
            out() << hello.frame << '\t' << hello.sni << '\t' << serverReactionId(hello.reaction)
                  << '\t' << hello.reactionFrame << '\t' << hello.client << '\t' << hello.ja4
                  << '\t' << (hello.complete ? QStringLiteral("complete") : hello.incompleteReason)
                  << '\n';
        };
    }
    const Result<CaptureSummary> result =
        analyzeCaptureWithSink(parser.positionalArguments().first(), cancel, CaptureLimits{}, sink);
    g_cancel = nullptr;
    if (!result) {
        err() << result.error().message << '\n';
        return ExitUsage;
    }
    if (parser.isSet(list)) {
        out().flush();
    } else if (parser.isSet(json)) {
        out()
            << QJsonDocument(captureSummaryToJson(result.value())).toJson(QJsonDocument::Indented);
        out().flush();
    } else {
        printCaptureSummary(result.value());
    }
    if (result.value().canceled)
        return ExitIncomplete;
    return hasError(result.value().findings) ? ExitProblemFound : ExitNoProblem;
}

int CommandLine::routes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the ApigeeRoutes for a wildcard route that serves clients "
           "without SNI and is attached to every virtual host."));
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("The output of kubectl get apigeeroutes -o yaml (or -o json) saved to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        tr("The kubeconfig to use (else KUBECONFIG, else ~/.kube/config)."),
        QStringLiteral("FILE"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), tr("The kubeconfig context (its current-context by default)."),
        QStringLiteral("NAME"));
    const QCommandLineOption namespaceOption(
        QStringLiteral("namespace"),
        tr("The namespace of the routes (the context's, else apigee)."), QStringLiteral("NS"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({from, kubeconfig, contextOption, namespaceOption, json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor routes")))
        return *done;
    Result<QList<ApigeeRoute>> routes = QList<ApigeeRoute>{};
    QString source = QStringLiteral("file");
    QString contextName;
    QString ns = parser.value(namespaceOption);
    if (parser.isSet(from)) {
        const QString path = parser.value(from);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
            return ExitUsage;
        }
        routes = parseApigeeRoutes(file.readAll(), path);
        if (!routes) {
            err() << routes.error().message << '\n';
            return ExitUsage;
        }
        if (ns.isEmpty())
            ns = routes.value().first().ns;
    } else {
        source = QStringLiteral("cluster");
        const Result<ClusterTarget> target = clusterTarget(
            parser.value(kubeconfig), parser.value(contextOption), parser.value(namespaceOption));
        if (!target) {
            err() << target.error().message << '\n';
            return ExitUsage;
        }
        contextName = target.value().context;
        ns = target.value().ns;
        // Like kubectl, the command line runs the context's credential plugin.
        CancelFlag cancel;
        g_cancel = &cancel;
        catchInterrupts();
        routes =
            fetchRoutes(ClusterRequest{parser.value(kubeconfig), contextName, ns, true}, cancel);
        g_cancel = nullptr;
        if (!routes) {
            err() << routes.error().message << '\n';
            return ExitIncomplete;
        }
        if (routes.value().isEmpty()) {
            err() << tr("The namespace %1 has no ApigeeRoute: check the namespace (--namespace).")
                         .arg(ns)
                  << '\n';
            return ExitProblemFound;
        }
    }
    const QList<Finding> findings = routeFindings(routes.value());
    if (parser.isSet(json)) {
        out() << QJsonDocument(routesToJson(routes.value(), findings, source, contextName, ns))
                     .toJson(QJsonDocument::Indented);
    } else {
        QTextStream &o = out();
        o << tr("Verdict: %1").arg(RouteText::verdict(findings)) << "\n\n";
        QList<QStringList> rows;
        for (const ApigeeRoute &route : routes.value()) {
            rows << QStringList{
                route.name, route.state.isEmpty() ? QStringLiteral("-") : route.state,
                route.hostnames.join(QLatin1Char(',')),
                route.enableNonSniClient
                    ? (*route.enableNonSniClient ? QStringLiteral("true") : QStringLiteral("false"))
                    : QStringLiteral("-"),
                route.additionalGateways.join(QLatin1Char(','))};
        }
        printTable({tr("Route"), tr("State"), tr("Hostnames"), QStringLiteral("enableNonSniClient"),
                    QStringLiteral("additionalGateways")},
                   rows);
        o << '\n';
        // Each route's events, as kubectl describe apigeeroute ends.
        for (const ApigeeRoute &route : routes.value()) {
            if (route.events.isEmpty())
                continue;
            o << tr("Events of %1:").arg(route.name) << '\n';
            QList<QStringList> eventRows;
            for (const KubeEvent &event : route.events)
                eventRows << QStringList{event.type, event.reason, event.lastSeen,
                                         QString::number(event.count), event.message};
            printTable({tr("Type"), tr("Reason"), tr("Last seen"), tr("Count"), tr("Message")},
                       eventRows);
            o << '\n';
        }
        for (const Finding &finding : findings) {
            o << QStringLiteral("[%1] %2 (%3)\n")
                     .arg(severityId(finding.severity), RouteText::title(finding), finding.id);
            o << "    " << RouteText::detail(finding) << '\n';
        }
        o << '\n' << tr("What it means: %1").arg(RouteText::nextStep(findings)) << '\n';
    }
    out().flush();
    return hasError(findings) ? ExitProblemFound : ExitNoProblem;
}

int CommandLine::pods(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the ingress gateway pods, and reads their access logs."));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        tr("The kubeconfig to use (else KUBECONFIG, else ~/.kube/config)."),
        QStringLiteral("FILE"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), tr("The kubeconfig context (its current-context by default)."),
        QStringLiteral("NAME"));
    const QCommandLineOption namespaceOption(
        QStringLiteral("namespace"), tr("The namespace of the pods (the context's, else apigee)."),
        QStringLiteral("NS"));
    const QCommandLineOption logs(QStringLiteral("logs"),
                                  tr("Read each pod's access log and analyze it."));
    const QCommandLineOption tail(QStringLiteral("tail"),
                                  tr("Read only the last N lines of each log (all by default)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({kubeconfig, contextOption, namespaceOption, logs, tail, json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor pods")))
        return *done;
    bool ok = false;
    const int tailLines = parser.value(tail).toInt(&ok);
    if (!ok || tailLines < 0) {
        err() << tr("--tail takes a number of lines, not \"%1\".").arg(parser.value(tail)) << '\n';
        return ExitUsage;
    }
    const Result<ClusterTarget> target = clusterTarget(
        parser.value(kubeconfig), parser.value(contextOption), parser.value(namespaceOption));
    if (!target) {
        err() << target.error().message << '\n';
        return ExitUsage;
    }
    // Like kubectl, the command line runs the context's credential plugin.
    const ClusterRequest request{parser.value(kubeconfig), target.value().context,
                                 target.value().ns, true};
    CancelFlag cancel;
    g_cancel = &cancel;
    catchInterrupts();
    QList<IngressPod> podList;
    std::optional<AccessLogSummary> logSummary;
    if (parser.isSet(logs)) {
        // Each pod's log streams through one analyzer: nothing is held in memory.
        const Result<AccessLogSummary> summary =
            fetchIngressLogs(request, tailLines, cancel, &podList);
        g_cancel = nullptr;
        if (!summary) {
            err() << summary.error().message << '\n';
            return ExitIncomplete;
        }
        logSummary = summary.value();
    } else {
        const Result<QList<IngressPod>> pods = fetchIngressPods(request, cancel);
        g_cancel = nullptr;
        if (!pods) {
            err() << pods.error().message << '\n';
            return ExitIncomplete;
        }
        podList = pods.value();
    }
    const QList<Finding> findings = podFindings(podList);
    if (parser.isSet(json)) {
        QJsonArray list;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const IngressPod &pod : podList) {
            list.append(QJsonObject{{QStringLiteral("name"), pod.name},
                                    {QStringLiteral("ready"), pod.ready},
                                    {QStringLiteral("status"), pod.status},
                                    {QStringLiteral("restarts"), pod.restarts},
                                    {QStringLiteral("age"), pod.age(now)},
                                    {QStringLiteral("log_container"), pod.logContainer()}});
        }
        QJsonArray findingList;
        for (const Finding &finding : findings) {
            findingList.append(
                QJsonObject{{QStringLiteral("id"), finding.id},
                            {QStringLiteral("severity"), severityId(finding.severity)},
                            {QStringLiteral("title"), RouteText::title(finding)},
                            {QStringLiteral("detail"), RouteText::detail(finding)}});
        }
        QJsonObject report{{QStringLiteral("context"), target.value().context},
                           {QStringLiteral("namespace"), target.value().ns},
                           {QStringLiteral("pods"), list},
                           {QStringLiteral("findings"), findingList}};
        if (logSummary)
            report.insert(QStringLiteral("logs"), accessLogSummaryToJson(*logSummary));
        out() << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        QList<QStringList> rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const IngressPod &pod : podList)
            rows << QStringList{pod.name, pod.ready, pod.status, QString::number(pod.restarts),
                                pod.age(now)};
        printTable({QStringLiteral("NAME"), QStringLiteral("READY"), QStringLiteral("STATUS"),
                    QStringLiteral("RESTARTS"), QStringLiteral("AGE")},
                   rows);
        for (const Finding &finding : findings) {
            out() << '\n'
                  << QStringLiteral("[%1] %2 (%3)\n")
                         .arg(severityId(finding.severity), RouteText::title(finding), finding.id)
                  << "    " << RouteText::detail(finding) << '\n';
        }
        if (logSummary) {
            out() << '\n';
            printLogSummary(*logSummary);
        }
    }
    out().flush();
    if (logSummary && hasError(logSummary->findings))
        return ExitProblemFound;
    return ExitNoProblem;
}

int CommandLine::lab(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts a local TLS endpoint that behaves like the Apigee ingress."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on (8443 by default; 0 picks a free one)."),
                                  QStringLiteral("N"), QStringLiteral("8443"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        tr("strict: reset clients without SNI (no wildcard route); wildcard: "
           "serve them a default certificate; alert: answer unrecognized_name."),
        QStringLiteral("MODE"), QStringLiteral("strict"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Address to listen on (127.0.0.1 by default)."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption host(
        QStringLiteral("host"),
        tr("A host name the lab serves (repeatable; api-test.mydomain.com and "
           "localhost by default)."),
        QStringLiteral("NAME"));
    const QCommandLineOption caOut(
        QStringLiteral("ca-out"),
        tr("Write the lab's CA certificate to FILE, for probe --ca-file."), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({port, mode, bind, host, caOut, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor lab")))
        return *done;
    LabOptions options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        err() << tr("--port takes a number from 0 to 65535, not \"%1\".").arg(parser.value(port))
              << '\n';
        return ExitUsage;
    }
    options.port = static_cast<quint16>(portValue);
    if (!parseLabMode(parser.value(mode), options.mode)) {
        err() << tr("--mode is strict, wildcard or alert, not \"%1\".").arg(parser.value(mode))
              << '\n';
        return ExitUsage;
    }
    options.bindAddress = parser.value(bind);
    if (parser.isSet(host))
        options.hostNames = parser.values(host);

    PracticeLab lab;
    std::mutex outputMutex;
    lab.setAccessLogHandler([&outputMutex](const QByteArray &line) {
        std::lock_guard lock(outputMutex);
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    });
    catchInterrupts();
    const Result<quint16> started = lab.start(options);
    if (!started) {
        err() << started.error().message << '\n';
        return ExitIncomplete;
    }
    if (parser.isSet(caOut)) {
        QSaveFile file(parser.value(caOut));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(lab.certificates().caCertificatePem) < 0 || !file.commit()) {
            err() << tr("Cannot write %1: %2").arg(parser.value(caOut), file.errorString()) << '\n';
            return ExitUsage;
        }
    }
    {
        std::lock_guard lock(outputMutex);
        // Messages go to standard error so that standard output is a clean access log.
        err() << tr("Practice lab in %1 mode listening on %2 port %3, serving %4.")
                     .arg(labModeId(options.mode), options.bindAddress)
                     .arg(started.value())
                     .arg(options.hostNames.join(QStringLiteral(", ")))
              << '\n'
              << tr("Try: sni-doctor probe %1:%2 --connect %3")
                     .arg(options.hostNames.first())
                     .arg(started.value())
                     .arg(options.bindAddress)
              << '\n'
              << tr("One access-log line per connection follows; Ctrl+C stops the lab.") << '\n';
        err().flush();
    }
    while (!g_interrupted.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    lab.stop();
    return ExitNoProblem;
}

int CommandLine::runHeadlessDemo()
{
    err() << tr("No display found, so instead of the wizard SNI Doctor probes its practice lab, "
                "which behaves like an Apigee ingress without a wildcard route.")
          << "\n\n";
    err().flush();
    PracticeLab lab;
    LabOptions options;
    const Result<quint16> started = lab.start(options);
    if (!started) {
        err() << started.error().message << '\n';
        return ExitIncomplete;
    }
    // Trust the lab's own CA, so that the demo also shows a verified certificate.
    QTemporaryFile caFile;
    if (caFile.open()) {
        caFile.write(lab.certificates().caCertificatePem);
        caFile.flush();
    }
    ProbeTarget target;
    target.host = options.hostNames.first();
    target.port = started.value();
    target.connectAddress = options.bindAddress;
    target.timeoutMs = 5000;
    target.caFile = caFile.fileName();
    const Result<ProbeReport> result = probeUntilInterrupted(target);
    if (!result) {
        err() << result.error().message << '\n';
        return ExitIncomplete;
    }
    printReport(result.value());
    out() << '\n'
          << tr("This was the practice lab. Probe your own endpoint with: sni-doctor probe "
                "HOST[:PORT] [--connect INGRESS_IP]; start the wizard on a machine with a display.")
          << '\n';
    out().flush();
    return result.value().canceled ? ExitIncomplete : ExitNoProblem;
}

} // namespace SniDoctor

namespace SniDoctor {

int CommandLine::overrides(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Validates an overrides.yaml: syntax, structure, "
                                        "certificates, and that every virtual host lists the "
                                        "wildcard route in additionalGateways. The routes come "
                                        "from --wildcard-route, --routes-from, or the "
                                        "cluster when --kubeconfig or --context is given."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The overrides.yaml to check."));
    const QCommandLineOption wildcard(QStringLiteral("wildcard-route"),
                                      tr("The name of the wildcard (non-SNI) route."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption routesFrom(
        QStringLiteral("routes-from"),
        tr("Saved kubectl get apigeeroutes -o yaml (or -o json) output."), QStringLiteral("FILE"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        tr("Read the routes from the cluster of this kubeconfig."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"), tr("The kubeconfig context (its current-context by default)."),
        QStringLiteral("NAME"));
    const QCommandLineOption namespaceOption(
        QStringLiteral("namespace"),
        tr("The namespace of the routes (the context's, else apigee)."), QStringLiteral("NS"));
    const QCommandLineOption chart(
        QStringLiteral("chart-dir"),
        tr("Helm's apigee-virtualhost chart folder, where relative certificate paths "
           "point."),
        QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions(
        {wildcard, routesFrom, kubeconfig, contextOption, namespaceOption, chart, json, help});
    if (const auto done =
            parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor overrides")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("Give one overrides.yaml. Try sni-doctor overrides --help.") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitUsage;
    }
    // One byte past the validator's limit is enough for it to say the file is too large.
    const QByteArray text = file.read(8 * 1024 * 1024 + 1);

    OverridesContext context;
    context.wildcardRoute = parser.value(wildcard);
    context.chartDir = parser.value(chart);
    if (parser.isSet(routesFrom)) {
        QFile saved(parser.value(routesFrom));
        if (!saved.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read %1: %2").arg(saved.fileName(), saved.errorString()) << '\n';
            return ExitUsage;
        }
        const Result<QList<ApigeeRoute>> routes =
            parseApigeeRoutes(saved.readAll(), saved.fileName());
        if (!routes) {
            err() << routes.error().message << '\n';
            return ExitUsage;
        }
        context.routes = routes.value();
    } else if (parser.isSet(kubeconfig) || parser.isSet(contextOption)) {
        const Result<ClusterTarget> target = clusterTarget(
            parser.value(kubeconfig), parser.value(contextOption), parser.value(namespaceOption));
        if (!target) {
            err() << target.error().message << '\n';
            return ExitUsage;
        }
        CancelFlag cancel;
        g_cancel = &cancel;
        catchInterrupts();
        const Result<QList<ApigeeRoute>> routes =
            fetchRoutes(ClusterRequest{parser.value(kubeconfig), target.value().context,
                                       target.value().ns, true},
                        cancel);
        g_cancel = nullptr;
        if (!routes) {
            err() << routes.error().message << '\n';
            return ExitIncomplete;
        }
        context.routes = routes.value();
    }
    const OverridesReport report = validateOverrides(text, path, context);
    if (parser.isSet(json)) {
        out() << QJsonDocument(overridesReportToJson(report)).toJson(QJsonDocument::Indented);
    } else {
        // The form editors and CI logs understand: FILE:LINE:COLUMN: severity: message [code]
        QTextStream &o = out();
        for (const OverridesDiagnostic &diagnostic : report.diagnostics) {
            const QString where = diagnostic.line > 0 ? QStringLiteral("%1:%2:%3")
                                                            .arg(path)
                                                            .arg(diagnostic.line)
                                                            .arg(diagnostic.column)
                                                      : path;
            const QString severity = diagnostic.severity == Severity::Error     ? tr("error")
                                     : diagnostic.severity == Severity::Warning ? tr("warning")
                                                                                : tr("note");
            o << QStringLiteral("%1: %2: %3 [%4]\n")
                     .arg(where, severity, overridesMessage(diagnostic), diagnostic.code);
        }
        o << tr("%n error(s)", nullptr, report.count(Severity::Error)) << ", "
          << tr("%n warning(s)", nullptr, report.count(Severity::Warning)) << ", "
          << tr("%n note(s).", nullptr, report.count(Severity::Info)) << '\n';
    }
    out().flush();
    return report.count(Severity::Error) > 0 ? ExitProblemFound : ExitNoProblem;
}

} // namespace SniDoctor

namespace SniDoctor {

namespace {

// The options diagnose and bundle share: the steps to run and where their inputs are.
struct EvidenceOptions
{
    QCommandLineOption probe{QStringLiteral("probe"),
                             CommandLine::tr("Probe this endpoint with and without SNI."),
                             QStringLiteral("HOST[:PORT]")};
    QCommandLineOption connect{
        QStringLiteral("connect"),
        CommandLine::tr("Connect the probe to this address instead of resolving HOST."),
        QStringLiteral("ADDRESS")};
    QCommandLineOption logs{
        QStringLiteral("logs"),
        CommandLine::tr("An ingress access log (kubectl logs output); repeat for more."),
        QStringLiteral("FILE")};
    QCommandLineOption capture{QStringLiteral("capture"),
                               CommandLine::tr("A packet capture (pcap or pcapng)."),
                               QStringLiteral("FILE")};
    QCommandLineOption kubeconfig{
        QStringLiteral("kubeconfig"),
        CommandLine::tr("Read the routes from the cluster of this kubeconfig."),
        QStringLiteral("FILE")};
    QCommandLineOption context{
        QStringLiteral("context"),
        CommandLine::tr("The kubeconfig context (its current-context by default)."),
        QStringLiteral("NAME")};
    QCommandLineOption ns{
        QStringLiteral("namespace"),
        CommandLine::tr("The namespace of the routes (the context's, else apigee)."),
        QStringLiteral("NS")};
    QCommandLineOption routesFrom{
        QStringLiteral("routes-from"),
        CommandLine::tr("Saved kubectl get apigeeroutes -o yaml (or -o json) output."),
        QStringLiteral("FILE")};
    QCommandLineOption overrides{QStringLiteral("overrides"),
                                 CommandLine::tr("The overrides.yaml to check."),
                                 QStringLiteral("FILE")};
    QCommandLineOption routeName{
        QStringLiteral("route-name"),
        CommandLine::tr("The name of the wildcard route to create (non-sni by default)."),
        QStringLiteral("NAME"), QStringLiteral("non-sni")};
    QCommandLineOption apigeectl{
        QStringLiteral("apigeectl"),
        CommandLine::tr("Give apigeectl commands (hybrid 1.11 and earlier) instead of Helm.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({probe, connect, logs, capture, kubeconfig, context, ns, routesFrom,
                           overrides, routeName, apigeectl});
    }
};

struct Evidence
{
    DiagnosisInput input;
    RemediationOptions options;
    QByteArray overridesText;
    std::optional<QList<IngressPod>> pods;
    QString ns;
    QString context;
    bool incomplete = false;
    std::optional<Diagnosis> diagnosis;
    std::optional<Remediation> remediation;
};

// The verdict from the evidence, and the fix when it needs one.
void finishEvidence(Evidence &e)
{
    if (!e.ns.isEmpty())
        e.options.ns = e.ns;
    e.diagnosis = diagnose(e.input);
    if (diagnosisNeedsFix(*e.diagnosis))
        e.remediation =
            makeRemediation(e.input.routes, e.overridesText, e.input.overrides, e.options);
}

// Runs each step the options name; an exit code when one of them cannot.
std::optional<int> collectEvidence(const QCommandLineParser &parser, const EvidenceOptions &o,
                                   Evidence &e)
{
    CancelFlag cancel;
    g_cancel = &cancel;
    catchInterrupts();
    const auto done = [](int code) {
        g_cancel = nullptr;
        return std::optional<int>(code);
    };
    DiagnosisInput &input = e.input;
    e.options.routeName = parser.value(o.routeName);
    e.options.helm = !parser.isSet(o.apigeectl);
    if (parser.isSet(o.probe)) {
        ProbeTarget target;
        if (!parseHostPort(parser.value(o.probe), target.host, target.port)) {
            err()
                << CommandLine::tr(
                       "\"%1\" is not HOST, HOST:PORT or [IPv6]:PORT with a port from 1 to 65535.")
                       .arg(parser.value(o.probe))
                << '\n';
            return done(ExitUsage);
        }
        target.connectAddress = parser.value(o.connect);
        e.options.probeHost = parser.value(o.probe);
        e.options.probeConnect = target.connectAddress;
        const Result<ProbeReport> report = runProbe(target, cancel);
        if (!report) {
            err() << report.error().message << '\n';
            return done(ExitUsage);
        }
        input.probe = report.value();
        input.probeTime = QDateTime::currentDateTimeUtc();
        e.incomplete = e.incomplete || report.value().canceled;
    }
    if (parser.isSet(o.logs)) {
        const Result<AccessLogSummary> summary =
            analyzeAccessLogFiles(parser.values(o.logs), cancel);
        if (!summary) {
            err() << summary.error().message << '\n';
            return done(ExitUsage);
        }
        input.logs = summary.value();
        e.incomplete = e.incomplete || summary.value().canceled;
    }
    if (parser.isSet(o.capture)) {
        const Result<CaptureSummary> summary = analyzeCapture(parser.value(o.capture), cancel);
        if (!summary) {
            err() << summary.error().message << '\n';
            return done(ExitUsage);
        }
        input.capture = summary.value();
        e.incomplete = e.incomplete || summary.value().canceled;
    }
    if (parser.isSet(o.routesFrom)) {
        QFile saved(parser.value(o.routesFrom));
        if (!saved.open(QIODevice::ReadOnly)) {
            err()
                << CommandLine::tr("Cannot read %1: %2").arg(saved.fileName(), saved.errorString())
                << '\n';
            return done(ExitUsage);
        }
        const Result<QList<ApigeeRoute>> routes =
            parseApigeeRoutes(saved.readAll(), saved.fileName());
        if (!routes) {
            err() << routes.error().message << '\n';
            return done(ExitUsage);
        }
        input.routes = routes.value();
        input.routesSource = QFileInfo(saved.fileName()).fileName();
        input.routesTime = QFileInfo(saved.fileName()).lastModified().toUTC();
        e.ns = routes.value().first().ns;
    } else if (parser.isSet(o.kubeconfig) || parser.isSet(o.context)) {
        const Result<ClusterTarget> target =
            clusterTarget(parser.value(o.kubeconfig), parser.value(o.context), parser.value(o.ns));
        if (!target) {
            err() << target.error().message << '\n';
            return done(ExitUsage);
        }
        e.context = target.value().context;
        e.ns = target.value().ns;
        const Result<ClusterState> state = fetchClusterState(
            ClusterRequest{parser.value(o.kubeconfig), e.context, e.ns, true}, cancel);
        if (!state) {
            err() << state.error().message << '\n';
            return done(ExitIncomplete);
        }
        input.routes = state.value().routes;
        e.pods = state.value().pods;
        input.routesSource = QStringLiteral("cluster");
        input.routesTime = QDateTime::currentDateTimeUtc();
    }
    if (parser.isSet(o.overrides)) {
        QFile file(parser.value(o.overrides));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << CommandLine::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())
                  << '\n';
            return done(ExitUsage);
        }
        e.overridesText = file.read(8 * 1024 * 1024 + 1);
        OverridesContext context;
        context.routes = input.routes;
        if (!input.routes ||
            std::none_of(input.routes->cbegin(), input.routes->cend(),
                         [](const ApigeeRoute &route) { return route.isWildcard(); }))
            context.wildcardRoute = e.options.routeName; // the route the fix creates
        input.overrides = validateOverrides(e.overridesText, file.fileName(), context);
        e.options.overridesFile = QFileInfo(file.fileName()).fileName();
    }
    finishEvidence(e);
    g_cancel = nullptr;
    return std::nullopt;
}

} // namespace

// What diagnose prints (and review after its list of files): the verdict, its
// evidence and the fix, as text or one JSON object (with extra's keys too).
static int printDiagnosis(const Evidence &evidence, bool asJson, const QJsonObject &extra)
{
    const DiagnosisInput &input = evidence.input;
    const bool incomplete = evidence.incomplete;
    const QString ns = evidence.ns;
    const QString contextName = evidence.context;

    const Diagnosis &diagnosis = *evidence.diagnosis;
    const std::optional<Remediation> &remediation = evidence.remediation;

    if (asJson) {
        QJsonObject report = extra;
        report.insert(QStringLiteral("verdict"), diagnosisToJson(diagnosis));
        report.insert(QStringLiteral("remediation"),
                      remediation ? QJsonValue(remediationToJson(*remediation)) : QJsonValue());
        if (input.probe)
            report.insert(QStringLiteral("probe"), probeReportToJson(*input.probe));
        if (input.logs)
            report.insert(QStringLiteral("logs"), accessLogSummaryToJson(*input.logs));
        if (input.capture)
            report.insert(QStringLiteral("capture"), captureSummaryToJson(*input.capture));
        if (input.routes)
            report.insert(QStringLiteral("routes"),
                          routesToJson(*input.routes, routeFindings(*input.routes),
                                       input.routesSource == QLatin1String("cluster")
                                           ? QStringLiteral("cluster")
                                           : QStringLiteral("file"),
                                       contextName, ns));
        if (input.overrides)
            report.insert(QStringLiteral("overrides"), overridesReportToJson(*input.overrides));
        out() << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        QTextStream &o = out();
        const QString confidence = diagnosisConfidenceText(diagnosis);
        o << CommandLine::tr("Verdict: %1 [%2]").arg(diagnosisTitle(diagnosis), diagnosis.rootCause)
          << '\n'
          << CommandLine::tr("Confidence: %1").arg(confidence) << "\n\n"
          << diagnosisSummary(diagnosis) << "\n\n";
        auto printEvidence = [&o](const QList<DiagnosisEvidence> &items) {
            for (const DiagnosisEvidence &evidence : items) {
                o << "  - " << diagnosisStepName(evidence.step) << ": "
                  << diagnosisEvidenceText(evidence) << '\n';
                QString where = evidence.where;
                if (evidence.time.isValid())
                    where += (where.isEmpty() ? QString() : QStringLiteral(", ")) +
                             evidence.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
                if (!where.isEmpty())
                    o << "    (" << where << ")\n";
            }
        };
        if (!diagnosis.evidence.isEmpty()) {
            o << CommandLine::tr("Evidence:") << '\n';
            printEvidence(diagnosis.evidence);
        }
        if (!diagnosis.conflicts.isEmpty()) {
            o << '\n' << CommandLine::tr("Evidence that says otherwise:") << '\n';
            printEvidence(diagnosis.conflicts);
        }
        if (remediation) {
            if (remediation->routeNeeded)
                o << '\n'
                  << CommandLine::tr("The wildcard route (save as %1.yaml):")
                         .arg(remediation->routeName)
                  << "\n\n"
                  << QString::fromUtf8(remediation->routeYaml);
            else
                o << '\n'
                  << CommandLine::tr("The wildcard route %1 exists and enables clients without "
                                     "SNI: it stays as it is.")
                         .arg(remediation->routeName)
                  << '\n';
            if (remediation->routeNeeded && !remediation->credentialKnown)
                o << '\n'
                  << CommandLine::tr("Replace the placeholder credentialName with the TLS secret "
                                     "of a virtual host first.")
                  << '\n';
            if (!remediation->overridesDiff.isEmpty())
                o << '\n'
                  << CommandLine::tr("The overrides.yaml change:") << "\n\n"
                  << remediation->overridesDiff;
            if (!remediation->skippedHosts.isEmpty())
                o << '\n'
                  << CommandLine::tr("Add the route by hand to: %1.")
                         .arg(remediation->skippedHosts.join(QStringLiteral(", ")))
                  << '\n';
            for (const QString &problem :
                 remediation->routeProblems + remediation->overridesProblems)
                o << CommandLine::tr("Check: %1").arg(problem) << '\n';
            o << '\n' << CommandLine::tr("Apply (a dry run first), then verify:") << '\n';
            for (const QString &command : remediation->commands)
                o << "  " << command << '\n';
        }
    }
    out().flush();
    if (incomplete)
        return ExitIncomplete;
    if (diagnosis.rootCause == QLatin1String("non_sni_supported"))
        return ExitNoProblem;
    return diagnosis.rootCause == QLatin1String("inconclusive") ? ExitNoProblem : ExitProblemFound;
}

// sni-doctor diagnose: each step it is given, then the verdict from all of them.
int CommandLine::diagnoseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the runbook steps it is given (any of them) and prints one verdict with "
           "its evidence, the wildcard route and overrides.yaml change that fix it, and "
           "the commands to apply and verify them."));
    const EvidenceOptions evidenceOptions;
    evidenceOptions.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({json, help});
    if (const auto done =
            parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor diagnose")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument \"%1\". Try sni-doctor diagnose --help.")
                     .arg(parser.positionalArguments().first())
              << '\n';
        return ExitUsage;
    }
    Evidence evidence;
    if (const auto failed = collectEvidence(parser, evidenceOptions, evidence))
        return *failed;
    return printDiagnosis(evidence, parser.isSet(json), {});
}

// sni-doctor review: what diagnose prints, from collected files alone.
int CommandLine::review(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reviews collected files offline (a support bundle, any zip or tar.gz, "
           "folders or single files): recognises each file by its content, verifies a "
           "bundle's checksums, and prints the verdict as diagnose does. Nothing is "
           "executed and the network is not used."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("A bundle, an archive, a folder or a file; repeat for more."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption routeName{
        QStringLiteral("route-name"),
        tr("The name of the wildcard route to create (non-sni by default)."),
        QStringLiteral("NAME"), QStringLiteral("non-sni")};
    const QCommandLineOption apigeectl{
        QStringLiteral("apigeectl"),
        tr("Give apigeectl commands (hybrid 1.11 and earlier) instead of Helm.")};
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({routeName, apigeectl, json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor review")))
        return *done;
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("Name at least one bundle, archive, folder or file. Try sni-doctor review "
                    "--help.")
              << '\n';
        return ExitUsage;
    }
    CancelFlag cancel;
    g_cancel = &cancel;
    catchInterrupts();
    const Result<ReviewCase> reviewed = reviewPaths(parser.positionalArguments(), cancel);
    g_cancel = nullptr;
    if (!reviewed) {
        err() << reviewed.error().message << '\n';
        return reviewed.error().code == QLatin1String("canceled") ? ExitIncomplete : ExitUsage;
    }
    const ReviewCase &reviewCase = reviewed.value();
    Evidence evidence;
    evidence.input = reviewCase.state.input;
    evidence.overridesText = reviewCase.state.overridesText;
    evidence.pods = reviewCase.state.pods;
    evidence.options.routeName = parser.value(routeName);
    evidence.options.helm = !parser.isSet(apigeectl);
    if (evidence.input.probe) {
        const ProbeTarget &target = evidence.input.probe->target;
        evidence.options.probeHost =
            target.port == 443 ? target.host
                               : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
        evidence.options.probeConnect = target.connectAddress;
    }
    if (evidence.input.overrides)
        evidence.options.overridesFile =
            QFileInfo(evidence.input.overrides->file.section(QStringLiteral(": "), -1)).fileName();
    if (evidence.input.routes && !evidence.input.routes->isEmpty())
        evidence.ns = evidence.input.routes->first().ns;
    finishEvidence(evidence);

    bool refused = false;
    for (const CollectionProblem &problem : reviewCase.problems) {
        err() << (problem.severity == Severity::Error ? tr("error: %1") : tr("warning: %1"))
                     .arg(problem.message)
              << '\n';
        refused = refused || problem.severity == Severity::Error;
    }
    const QStringList missing = reviewStepsNotCollected(reviewCase);
    if (parser.isSet(json)) {
        QJsonArray files;
        for (const ReviewedFile &file : reviewCase.files)
            files.append(QJsonObject{{QStringLiteral("name"), file.name},
                                     {QStringLiteral("kind"), file.kind},
                                     {QStringLiteral("description"), reviewKindText(file)},
                                     {QStringLiteral("step"),
                                      file.step.isEmpty() ? QJsonValue() : QJsonValue(file.step)},
                                     {QStringLiteral("used"), file.used}});
        QJsonArray problems;
        for (const CollectionProblem &problem : reviewCase.problems)
            problems.append(QJsonObject{{QStringLiteral("severity"), severityId(problem.severity)},
                                        {QStringLiteral("origin"), problem.origin},
                                        {QStringLiteral("entry"), problem.entry},
                                        {QStringLiteral("code"), problem.code},
                                        {QStringLiteral("message"), problem.message}});
        QJsonArray bundles;
        for (const BundleManifest &bundle : reviewCase.bundles)
            bundles.append(QJsonObject{{QStringLiteral("archive"), bundle.origin},
                                       {QStringLiteral("version"), bundle.version},
                                       {QStringLiteral("created"), bundle.created},
                                       {QStringLiteral("host_os"), bundle.hostOs},
                                       {QStringLiteral("files"), bundle.files},
                                       {QStringLiteral("verified"), bundle.verified},
                                       {QStringLiteral("intact"), bundle.intact}});
        QJsonArray notCollected;
        for (const QString &step : missing)
            notCollected.append(QJsonObject{
                {QStringLiteral("step"), step},
                {QStringLiteral("ask_for"), QJsonArray::fromStringList(reviewCommandsFor(step))}});
        const QJsonObject extra{{QStringLiteral("files"), files},
                                {QStringLiteral("problems"), problems},
                                {QStringLiteral("bundles"), bundles},
                                {QStringLiteral("not_collected"), notCollected},
                                {QStringLiteral("notes"), reviewCase.state.notes}};
        const int code = printDiagnosis(evidence, true, extra);
        return refused ? ExitUsage : code;
    }
    QTextStream &o = out();
    o << tr("Files reviewed (%1):").arg(reviewCase.files.size()) << '\n';
    for (const ReviewedFile &file : reviewCase.files) {
        o << "  " << file.name << " - " << reviewKindText(file);
        if (file.used)
            o << " ["
              << tr("used for: %1")
                     .arg(!file.step.isEmpty()                  ? diagnosisStepName(file.step)
                          : file.kind == QLatin1String("notes") ? tr("the notes")
                                                                : tr("every step"))
              << ']';
        else if (!file.step.isEmpty())
            o << " [" << tr("not used: the step already has a result") << ']';
        o << '\n';
    }
    for (const BundleManifest &bundle : reviewCase.bundles) {
        o << '\n'
          << (bundle.intact
                  ? tr("%1: a bundle of SNI Doctor %2 made %3; all %4 files match manifest.json.")
                        .arg(bundle.origin, bundle.version, bundle.created)
                        .arg(bundle.files)
                  : tr("%1: a bundle of SNI Doctor %2 made %3; only %4 of %5 files match "
                       "manifest.json: "
                       "it was changed or damaged after it was made.")
                        .arg(bundle.origin, bundle.version, bundle.created)
                        .arg(bundle.verified)
                        .arg(bundle.files))
          << '\n';
    }
    if (!missing.isEmpty()) {
        o << '\n' << tr("Not collected (ask the admin for these):") << '\n';
        for (const QString &step : missing) {
            o << "  - " << diagnosisStepName(step) << '\n';
            for (const QString &command : reviewCommandsFor(step))
                o << "      " << command << '\n';
        }
    }
    if (!reviewCase.state.notes.isEmpty())
        o << '\n' << tr("Notes in the bundle:") << '\n' << reviewCase.state.notes.trimmed() << '\n';
    o << '\n';
    const int code = printDiagnosis(evidence, false, {});
    return refused ? ExitUsage : code;
}

} // namespace SniDoctor

namespace SniDoctor {

// sni-doctor bundle: the evidence of diagnose, written as a redacted support bundle.
int CommandLine::bundle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the steps it is given, like diagnose, and writes what support asks for "
           "into one archive: the report, overrides.yaml and its problems, the routes "
           "with their events, the pods, the environment groups, each step's results, "
           "and a manifest with checksums. Secrets are redacted."));
    const EvidenceOptions evidenceOptions;
    evidenceOptions.addTo(parser);
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The bundle to write (.zip, or .tar.gz with --tar-gz)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption envgroup(
        QStringLiteral("envgroup"),
        tr("An environment group affected; repeat for more (default: the virtual hosts)."),
        QStringLiteral("NAME"));
    const QCommandLineOption includeLogs(QStringLiteral("include-logs"),
                                         tr("Add the full logs (redacted) too."));
    const QCommandLineOption includeCapture(QStringLiteral("include-capture"),
                                            tr("Add the capture file itself too."));
    const QCommandLineOption tarGz(QStringLiteral("tar-gz"),
                                   tr("Write a .tar.gz instead of a .zip."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("This help."));
    parser.addOptions({outOption, envgroup, includeLogs, includeCapture, tarGz, force, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor bundle")))
        return *done;
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty()) {
        err() << tr("Give the bundle to write with --out FILE. Try sni-doctor bundle --help.")
              << '\n';
        return ExitUsage;
    }
    Evidence evidence;
    if (const auto failed = collectEvidence(parser, evidenceOptions, evidence))
        return *failed;
    BundleInput input;
    input.evidence = evidence.input;
    input.overridesText = evidence.overridesText;
    input.pods = evidence.pods;
    input.remediation = evidence.remediation;
    input.environmentGroups = parser.values(envgroup);
    if (input.environmentGroups.isEmpty() && evidence.input.overrides) {
        for (const OverridesVirtualHost &host : evidence.input.overrides->virtualHosts) {
            if (!host.name.isEmpty())
                input.environmentGroups << host.name;
        }
    }
    if (parser.isSet(includeLogs))
        input.logFiles = parser.values(evidenceOptions.logs);
    if (parser.isSet(includeCapture))
        input.captureFile = parser.value(evidenceOptions.capture);
    QList<Redaction> redactions;
    const QList<BundleFile> files = bundleFiles(input, redactions);
    CancelFlag cancel;
    g_cancel = &cancel;
    catchInterrupts();
    const Result<BundleResult> written = writeBundle(
        parser.value(outOption), files, redactions, evidence.diagnosis->stepsRun,
        parser.isSet(tarGz) ? BundleFormat::TarGz : BundleFormat::Zip, parser.isSet(force), cancel);
    g_cancel = nullptr;
    if (!written) {
        err() << written.error().message << '\n';
        return written.error().code == QLatin1String("bundle_canceled") ? ExitIncomplete
                                                                        : ExitUsage;
    }
    QTextStream &o = out();
    o << tr("Wrote %1: %2 files, %3 bytes, %4 secrets redacted.")
             .arg(written.value().path)
             .arg(written.value().files)
             .arg(written.value().bytes)
             .arg(written.value().redactions.size())
      << '\n';
    for (const BundleFile &file : files)
        o << "  " << file.name << " (" << file.size << ")\n";
    o << "  redactions.json\n  manifest.json\n";
    o.flush();
    return ExitNoProblem;
}

} // namespace SniDoctor
