#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/evidence.h"

#include "bundle/bundle.h"
#include "diagnosis/diagnosis.h"

namespace SniDoctor::Cli {

// sni-doctor bundle: the evidence of diagnose, written as a redacted support bundle.
int bundleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Runs the steps it is given, like diagnose, and writes what support asks for into one "
        "archive: the report, overrides.yaml and its problems, the routes with their events, the "
        "pods, the environment groups, each step's results, and a manifest with checksums. "
        "Secrets are redacted."));
    const EvidenceOptions evidence;
    evidence.addTo(parser);
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        CommandLine::tr("The bundle to write (.zip, or .tar.gz with --tar-gz)."),
        QStringLiteral("FILE"));
    const QCommandLineOption envgroup(
        QStringLiteral("envgroup"),
        CommandLine::tr("An environment group affected; repeat for more (default: the virtual "
                        "hosts)."),
        QStringLiteral("NAME"));
    const QCommandLineOption includeLogs(QStringLiteral("include-logs"),
                                         CommandLine::tr("Add the full logs (redacted) too."));
    const QCommandLineOption includeCapture(
        QStringLiteral("include-capture"),
        CommandLine::tr("Add the capture too, reduced to its frame headers and TLS handshakes (no "
                        "application data)."));
    const QCommandLineOption tarGz(QStringLiteral("tar-gz"),
                                   CommandLine::tr("Write a .tar.gz instead of a .zip."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   CommandLine::tr("Replace FILE if it exists."));
    const QCommandLineOption help = helpOption();
    parser.addOptions({outOption, envgroup, includeLogs, includeCapture, tarGz, force, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor bundle")))
        return *done;
    if (!parser.isSet(outOption) || !parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("Give the bundle to write with --out FILE. Try sni-doctor "
                                    "bundle --help."),
                    ExitUsage);
    CaseData data;
    bool incomplete = false;
    if (const auto failed = collectEvidence(parser, evidence, data, incomplete))
        return *failed;
    data.environmentGroups = parser.values(envgroup);
    QList<Redaction> redactions;
    QList<BundleFile> files = bundleFiles(data, redactions);
    // The user's own files only when asked for.
    for (BundleFile &file : files) {
        if (file.optional)
            file.included =
                (file.kind == BundleFile::Kind::Text && parser.isSet(includeLogs)) ||
                (file.kind == BundleFile::Kind::Capture && parser.isSet(includeCapture));
    }
    Interruptible interruptible;
    const Result<BundleResult> written =
        writeBundle(parser.value(outOption), files, redactions, diagnose(data).stepsRun,
                    parser.isSet(tarGz) ? BundleFormat::TarGz : BundleFormat::Zip,
                    parser.isSet(force), interruptible.control());
    if (!written)
        return fail(written.error(), written.error().isCanceled() ? ExitIncomplete : ExitUsage);
    QTextStream &o = out();
    o << CommandLine::tr("Wrote %1: %2 files, %3 bytes, %4 secrets redacted.")
             .arg(written.value().path)
             .arg(written.value().files)
             .arg(written.value().bytes)
             .arg(written.value().redactions.size())
      << '\n';
    for (const auto &[name, size] : written.value().entries) {
        if (name == QLatin1String("redactions.json") || name == QLatin1String("manifest.json"))
            o << "  " << name << '\n';
        else
            o << "  " << name << " (" << size << ")\n";
    }
    o.flush();
    return ExitNoProblem;
}

} // namespace SniDoctor::Cli
