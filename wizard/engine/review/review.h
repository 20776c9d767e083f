#pragma once

#include "case/casedata.h"
#include "core/result.h"
#include "core/taskcontrol.h"
#include "review/collection.h"

#include <QList>
#include <QString>

namespace SniDoctor {

// Rebuilds a case from collected files, offline: every file recognised by its content
// (never its name), and each step's analysis run on what it recognised, as the live
// steps run it. Nothing is executed (a kubeconfig is listed, never used), nothing is
// fetched. The tool's own results (a bundle's analyses, --json output, a saved
// session) are read back as they are; raw files (captures, logs, kubectl output,
// overrides.yaml) are analysed. The case has review.active set, its files, problems
// and bundles, and each step's collectedFrom. fix is the fix the case is reviewed for
// (the route name overrides.yaml is checked against). Blocking: call from a worker
// thread; control cancels it (a canceled review is an Error).
[[nodiscard]] Result<CaseData> reviewCollection(const Collection &collection, TaskControl &control,
                                                const FixOptions &fix = {});

// collectFiles then reviewCollection.
[[nodiscard]] Result<CaseData> reviewPaths(const QStringList &paths, TaskControl &control,
                                           const FixOptions &fix = {},
                                           const CollectionLimits &limits = {});

// The steps the case has no result of, in runbook order: what to ask the admin for
// (StepInfo::askFor).
[[nodiscard]] QList<Step> stepsNotCollected(const CaseData &data);

} // namespace SniDoctor
