#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/printers.h"

#include "probe/probejson.h"

namespace SniDoctor::Cli {

namespace {

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

} // namespace

int probeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Probes an endpoint with and without SNI."));
    parser.addPositionalArgument(QStringLiteral("HOST[:PORT]"),
                                 CommandLine::tr("The API host name and port (443 by default)."));
    const QCommandLineOption connect(
        QStringLiteral("connect"),
        CommandLine::tr("Connect to ADDRESS instead of the host's address (like curl --resolve)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CommandLine::tr("Seconds per attempt (10 by default)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        CommandLine::tr("PEM file of CA certificates to verify against (system CAs by default)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({connect, timeout, caFile, json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor probe")))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr("Give exactly one HOST[:PORT]. Try sni-doctor probe --help."),
                    ExitUsage);
    const std::optional<HostPort> hostPort = parseHostPort(parser.positionalArguments().first());
    if (!hostPort)
        return fail(CommandLine::tr("\"%1\" is not HOST, HOST:PORT or [IPv6]:PORT with a port from "
                                    "1 to 65535.")
                        .arg(parser.positionalArguments().first()),
                    ExitUsage);
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds < 1 || seconds > 600)
        return fail(CommandLine::tr("--timeout takes seconds from 1 to 600, not \"%1\".")
                        .arg(parser.value(timeout)),
                    ExitUsage);
    ProbeTarget target;
    target.host = hostPort->host;
    target.port = hostPort->port;
    target.timeoutMs = static_cast<int>(seconds * 1000);
    target.connectAddress = parser.value(connect);
    target.caFile = parser.value(caFile);

    Interruptible interruptible;
    const Result<ProbeReport> result = runProbe(target, interruptible.control());
    if (!result)
        return fail(result.error(), ExitUsage);
    if (parser.isSet(json))
        printJson(probeReportToJson(result.value()));
    else
        printProbeReport(result.value());
    return exitCodeFor(result.value());
}

} // namespace SniDoctor::Cli
