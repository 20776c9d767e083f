#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/evidence.h"

#include "review/review.h"

#include <QJsonArray>

namespace SniDoctor::Cli {

namespace {

QJsonObject reviewJson(const CaseData &data)
{
    const ReviewInfo &review = data.review;
    QJsonArray files;
    for (const ReviewedFile &file : review.files) {
        QJsonObject entry{
            {QStringLiteral("name"), file.name},
            {QStringLiteral("kind"), reviewKindId(file)},
            {QStringLiteral("description"), reviewKindText(file)},
            {QStringLiteral("step"), file.step ? QJsonValue(stepId(*file.step)) : QJsonValue()},
            {QStringLiteral("used"), file.used}};
        if (!file.problem.isNull())
            entry.insert(QStringLiteral("problem"), file.problem.message());
        files.append(entry);
    }
    QJsonArray problems;
    for (const CollectionProblem &problem : review.problems)
        problems.append(QJsonObject{{QStringLiteral("severity"), severityId(problem.severity)},
                                    {QStringLiteral("origin"), problem.origin},
                                    {QStringLiteral("entry"), problem.entry},
                                    {QStringLiteral("code"), problem.id()},
                                    {QStringLiteral("message"), problem.message()}});
    QJsonArray bundles;
    for (const BundleManifest &bundle : review.bundles)
        bundles.append(QJsonObject{{QStringLiteral("archive"), bundle.origin},
                                   {QStringLiteral("version"), bundle.version},
                                   {QStringLiteral("created"), bundle.created},
                                   {QStringLiteral("host_os"), bundle.hostOs},
                                   {QStringLiteral("files"), bundle.files},
                                   {QStringLiteral("verified"), bundle.verified},
                                   {QStringLiteral("intact"), bundle.intact}});
    QJsonArray notCollected;
    for (Step step : stepsNotCollected(data))
        notCollected.append(QJsonObject{
            {QStringLiteral("step"), stepId(step)},
            {QStringLiteral("ask_for"), QJsonArray::fromStringList(stepInfo(step).askFor)}});
    return QJsonObject{{QStringLiteral("files"), files},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("bundles"), bundles},
                       {QStringLiteral("not_collected"), notCollected},
                       {QStringLiteral("notes"), data.notes}};
}

void printReview(const CaseData &data)
{
    const ReviewInfo &review = data.review;
    QTextStream &o = out();
    o << CommandLine::tr("Files reviewed (%1):").arg(review.files.size()) << '\n';
    for (const ReviewedFile &file : review.files) {
        o << "  " << file.name << " - " << reviewKindText(file);
        if (file.used)
            o << " [" << CommandLine::tr("used for: %1").arg(reviewUseText(file)) << ']';
        else if (file.step)
            o << " [" << CommandLine::tr("not used: the step already has a result") << ']';
        if (!file.problem.isNull())
            o << " (" << file.problem.message() << ')';
        o << '\n';
    }
    for (const BundleManifest &bundle : review.bundles) {
        o << '\n'
          << (bundle.intact
                  ? CommandLine::tr("%1: a bundle of SNI Doctor %2 made %3; all %4 files match "
                                    "manifest.json.")
                        .arg(bundle.origin, bundle.version, bundle.created)
                        .arg(bundle.files)
                  : CommandLine::tr("%1: a bundle of SNI Doctor %2 made %3; only %4 of %5 files "
                                    "match manifest.json: it was changed or damaged after it was "
                                    "made.")
                        .arg(bundle.origin, bundle.version, bundle.created)
                        .arg(bundle.verified)
                        .arg(bundle.files))
          << '\n';
    }
    const QList<Step> missing = stepsNotCollected(data);
    if (!missing.isEmpty()) {
        o << '\n' << CommandLine::tr("Not collected (ask the admin for these):") << '\n';
        for (Step step : missing) {
            o << "  - " << stepLabel(step) << '\n';
            for (const QString &command : stepInfo(step).askFor)
                o << "      " << command << '\n';
        }
    }
    if (!data.notes.isEmpty())
        o << '\n'
          << CommandLine::tr("Notes in the bundle:") << '\n'
          << data.notes.trimmed() << '\n';
    o << '\n';
}

} // namespace

// sni-doctor review: what diagnose prints, from collected files alone.
int reviewCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Reviews collected files offline (a support bundle, any zip or tar.gz, folders or single "
        "files): recognises each file by its content, verifies a bundle's checksums, and prints "
        "the verdict as diagnose does. Nothing is executed and the network is not used."));
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        CommandLine::tr("A bundle, an archive, a folder or a file; repeat for more."),
        QStringLiteral("PATH..."));
    const EvidenceOptions evidence; // for --route-name and --apigeectl
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({evidence.routeName, evidence.apigeectl, json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor review")))
        return *done;
    if (parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("Name at least one bundle, archive, folder or file. Try "
                                    "sni-doctor review --help."),
                    ExitUsage);
    Interruptible interruptible;
    const FixOptions fix = evidence.fix(parser);
    Result<CaseData> reviewed =
        reviewPaths(parser.positionalArguments(), interruptible.control(), fix);
    if (!reviewed)
        return fail(reviewed.error(), reviewed.error().isCanceled() ? ExitIncomplete : ExitUsage);
    CaseData data = std::move(reviewed).value();
    data.fix = fix;

    bool refused = false;
    for (const CollectionProblem &problem : data.review.problems) {
        err() << (problem.severity == Severity::Error ? CommandLine::tr("error: %1")
                                                      : CommandLine::tr("warning: %1"))
                     .arg(problem.message())
              << '\n';
        refused = refused || problem.severity == Severity::Error;
    }
    if (!parser.isSet(json))
        printReview(data);
    const int code = printDiagnosis(data, false, parser.isSet(json),
                                    parser.isSet(json) ? reviewJson(data) : QJsonObject());
    return refused ? ExitUsage : code;
}

} // namespace SniDoctor::Cli
