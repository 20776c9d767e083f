#pragma once

#include "core/result.h"
#include "core/taskcontrol.h"
#include "review/collection.h"
#include "session/sessionfile.h"

#include <QHash>
#include <QList>
#include <QString>

namespace SniDoctor {

// How review recognised one collected file (by its content, never its name) and
// what it did with it.
struct ReviewedFile
{
    QString name;
    // capture, access_log, routes, overrides, kubeconfig, certificate, private_key,
    // probe_result, logs_result, capture_result, routes_result, overrides_result,
    // diagnose_result, verdict, session, manifest, redactions, remediation,
    // route_description, kubectl_table, notes, report, empty, unrecognised
    QString kind;
    QString detail; // language-neutral detail: a count, a name, a reason code
    QString
        step; // the runbook step it feeds (probe, logs, capture, routes, overrides); empty: none
    bool used =
        false; // its content is in the results (a second copy of a step is listed, not used)
};

// A case rebuilt from collected files: the same results as the live wizard, with
// where each came from.
struct ReviewCase
{
    SessionState state;        // review = true; notes from a bundle's notes.txt or a saved session
    QList<ReviewedFile> files; // every collected file, in collection order
    QList<CollectionProblem> problems;
    QList<BundleManifest> bundles;
    QHash<QString, QStringList> sources; // step -> the files its results came from
};

// The kind in the user's language ("Packet capture (pcap)", "kubeconfig: never used").
[[nodiscard]] QString reviewKindText(const ReviewedFile &file);
// What to ask the admin for when a step has no file: the exact commands.
[[nodiscard]] QStringList reviewCommandsFor(const QString &step);
// One sentence per step that has no file: "not collected".
[[nodiscard]] QStringList reviewStepsNotCollected(const ReviewCase &reviewCase);

// Recognises the collected files and runs each step's analysis on them, offline:
// nothing is executed (a kubeconfig is listed, never used), nothing is fetched. The
// tool's own result files (a bundle's analyses, --json output, a saved session) are
// read back as they are; raw files (captures, logs, kubectl output, overrides.yaml)
// are analysed as the live steps analyse them. Blocking: call from a worker thread.
[[nodiscard]] Result<ReviewCase> reviewCollection(const Collection &collection,
                                                  TaskControl &control);

// collectFiles then reviewCollection.
[[nodiscard]] Result<ReviewCase> reviewPaths(const QStringList &paths, TaskControl &control,
                                             const CollectionLimits &limits = {});

} // namespace SniDoctor
