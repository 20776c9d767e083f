#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/printers.h"

#include "core/savefile.h"
#include "lab/practicelab.h"

#include <QFileInfo>
#include <QTemporaryFile>

#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

namespace SniDoctor {

namespace Cli {

int labCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Starts a local TLS endpoint that behaves like the Apigee ingress."));
    const QCommandLineOption port(
        QStringLiteral("port"),
        CommandLine::tr("Port to listen on (8443 by default; 0 picks a free one)."),
        QStringLiteral("N"), QStringLiteral("8443"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        CommandLine::tr("strict: reset clients without SNI (no wildcard route); wildcard: "
                        "serve them a default certificate; alert: answer unrecognized_name."),
        QStringLiteral("MODE"), QStringLiteral("strict"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  CommandLine::tr("Address to listen on (127.0.0.1 by default)."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption host(
        QStringLiteral("host"),
        CommandLine::tr("A host name the lab serves (repeatable; api-test.mydomain.com and "
                        "localhost by default)."),
        QStringLiteral("NAME"));
    const QCommandLineOption caOut(
        QStringLiteral("ca-out"),
        CommandLine::tr("Write the lab's CA certificate to FILE, for probe --ca-file."),
        QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   CommandLine::tr("Replace FILE if it exists."));
    const QCommandLineOption help = Cli::helpOption();
    parser.addOptions({port, mode, bind, host, caOut, force, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor lab")))
        return *done;
    LabOptions options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        err() << CommandLine::tr("--port takes a number from 0 to 65535, not \"%1\".")
                     .arg(parser.value(port))
              << '\n';
        return ExitUsage;
    }
    options.port = static_cast<quint16>(portValue);
    if (!parseLabMode(parser.value(mode), options.mode)) {
        err() << CommandLine::tr("--mode is strict, wildcard or alert, not \"%1\".")
                     .arg(parser.value(mode))
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
    Interruptible interruptible;
    const Result<quint16> started = lab.start(options);
    if (!started) {
        err() << started.error().message() << '\n';
        return ExitIncomplete;
    }
    if (parser.isSet(caOut)) {
        // Written beside it and renamed (a link planted at FILE is replaced, never
        // followed), and an existing file only with --force.
        if (pathTaken(parser.value(caOut)) && !parser.isSet(force)) {
            err() << CommandLine::tr("%1 exists already: choose another name, or add --force "
                                     "to replace it.")
                         .arg(parser.value(caOut))
                  << '\n';
            return ExitUsage;
        }
        // A certificate: public, readable by all as a CA file usually is.
        if (const QString why =
                writeFileReplacing(parser.value(caOut), lab.certificates().caCertificatePem,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadGroup | QFileDevice::ReadOther);
            !why.isEmpty()) {
            err() << CommandLine::tr("Cannot write %1: %2").arg(parser.value(caOut), why) << '\n';
            return ExitUsage;
        }
    }
    {
        std::lock_guard lock(outputMutex);
        // Messages go to standard error so that standard output is a clean access log.
        err() << CommandLine::tr("Practice lab in %1 mode listening on %2 port %3, serving %4.")
                     .arg(labModeId(options.mode), options.bindAddress)
                     .arg(started.value())
                     .arg(options.hostNames.join(QStringLiteral(", ")))
              << '\n'
              << CommandLine::tr("Try: sni-doctor probe %1:%2 --connect %3")
                     .arg(options.hostNames.first())
                     .arg(started.value())
                     .arg(options.bindAddress)
              << '\n'
              << CommandLine::tr(
                     "One access-log line per connection follows; Ctrl+C stops the lab.")
              << '\n';
        err().flush();
    }
    while (!Interruptible::interrupted())
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    lab.stop();
    return ExitNoProblem;
}

} // namespace Cli

int CommandLine::runHeadlessDemo()
{
    Cli::err()
        << CommandLine::tr(
               "No display found, so instead of the wizard SNI Doctor probes its practice lab, "
               "which behaves like an Apigee ingress without a wildcard route.")
        << "\n\n";
    Cli::err().flush();
    PracticeLab lab;
    LabOptions options;
    const Result<quint16> started = lab.start(options);
    if (!started) {
        Cli::err() << started.error().message() << '\n';
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
    Cli::Interruptible interruptible;
    const Result<ProbeReport> result = runProbe(target, interruptible.control());
    if (!result) {
        Cli::err() << result.error().message() << '\n';
        return ExitIncomplete;
    }
    Cli::printProbeReport(result.value());
    Cli::out()
        << '\n'
        << CommandLine::tr(
               "This was the practice lab. Probe your own endpoint with: sni-doctor probe "
               "HOST[:PORT] [--connect INGRESS_IP]; start the wizard on a machine with a display.")
        << '\n';
    Cli::out().flush();
    return result.value().canceled ? ExitIncomplete : ExitNoProblem;
}

} // namespace SniDoctor
