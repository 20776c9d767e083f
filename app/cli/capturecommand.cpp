#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/printers.h"

#include "capture/captureanalyzer.h"
#include "capture/capturejson.h"

namespace SniDoctor::Cli {

int captureCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Reads a packet capture and says which ClientHellos carry no SNI and "
                        "what the server answered."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), CommandLine::tr("A pcap or pcapng file, as tcpdump -w writes it."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption list(
        QStringLiteral("list"),
        CommandLine::tr("Print one line per ClientHello (frame, SNI, reaction), for scripts."));
    const QCommandLineOption help = helpOption();
    parser.addOptions({json, list, help});
    if (const auto done =
            parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor capture")))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return fail(
            CommandLine::tr("Give exactly one capture FILE. Try sni-doctor capture --help."),
            ExitUsage);
    Interruptible interruptible;
    std::function<void(const CaptureHello &)> sink;
    if (parser.isSet(list)) {
        // Every hello, as soon as its answer is known: no cap, constant memory.
        sink = [](const CaptureHello &hello) {
            // One string per line, written once: the stream's work per field is the
            // slowest part of a dense capture's listing.
            const QLatin1Char tab('\t');
            QString line;
            line.reserve(160);
            line += QString::number(hello.frame);
            line += tab;
            line += hello.sni;
            line += tab;
            line += serverReactionId(hello.reaction);
            line += tab;
            line += QString::number(hello.reactionFrame);
            line += tab;
            line += hello.client;
            line += tab;
            line += hello.ja4;
            line += tab;
            line += hello.complete ? QStringLiteral("complete") : hello.incompleteReason;
            line += tab;
            line += hello.proxiedClient;
            line += QLatin1Char('\n');
            out() << line;
        };
    }
    const Result<CaptureSummary> result = analyzeCaptureWithSink(
        parser.positionalArguments().first(), interruptible.control(), CaptureLimits{}, sink);
    if (!result)
        return fail(result.error(), ExitUsage);
    if (parser.isSet(list))
        out().flush();
    else if (parser.isSet(json))
        printJson(captureSummaryToJson(result.value()));
    else
        printCaptureSummary(result.value());
    if (result.value().canceled)
        return ExitIncomplete;
    return hasError(result.value().findings) ? ExitProblemFound : ExitNoProblem;
}

} // namespace SniDoctor::Cli
