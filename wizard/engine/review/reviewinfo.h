#pragma once

#include "case/step.h"
#include "core/args.h"
#include "core/error.h"
#include "review/collection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

// What review made of one collected file, recognised by its content (never its name).
enum class ReviewKind
{
    StepInput,      // a step's raw input (a capture, a log, kubectl output, overrides.yaml)
    StepResult,     // a step's result as this tool writes it (--json, a bundle's analysis)
    DiagnoseResult, // diagnose --json: a result of each step it ran
    Verdict,        // a bundle's diagnosis.json
    Session,        // a saved session: every step as it was
    Manifest,
    Redactions,
    Kubeconfig, // listed, never used to connect, its plugin never run
    Certificate,
    PrivateKey, // not read
    Remediation,
    RouteDescription,
    KubectlTable,
    Notes,
    Report,
    EnvironmentGroups,
    Empty,
    Unrecognised,
};

struct ReviewedFile
{
    QString name; // as the user knows it: "case.zip: logs/ingress.log"
    ReviewKind kind = ReviewKind::Unrecognised;
    std::optional<Step> step; // StepInput, StepResult: the step it belongs to
    Args detail;              // language-neutral: a count, a name, a date
    Error problem;            // why it could not be used, when it could not
    bool used = false;        // its content is in the results (a second copy is listed, not used)
};

// What an offline review opened and made of it.
struct ReviewInfo
{
    bool active = false; // the case's results came from collected files, not this machine
    QStringList paths;   // what was opened
    QList<ReviewedFile> files;
    QList<CollectionProblem> problems;
    QList<BundleManifest> bundles;
};

// The stable id of a file's kind for review --json: "capture", "access_log",
// "probe_result", "session", ...
[[nodiscard]] QString reviewKindId(const ReviewedFile &file);
// The kind in the user's language ("Packet capture (pcap or pcapng)").
[[nodiscard]] QString reviewKindText(const ReviewedFile &file);
// What a used file went into, in the user's language: "Step 3 (packet capture)", "the
// notes", "the environment groups", "every step" (a saved session, a verdict).
[[nodiscard]] QString reviewUseText(const ReviewedFile &file);

} // namespace SniDoctor
