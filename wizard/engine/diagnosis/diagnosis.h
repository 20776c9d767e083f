#pragma once

#include "accesslog/accesslogsummary.h"
#include "capture/capturesummary.h"
#include "cluster/apigeeroute.h"
#include "core/finding.h"
#include "overrides/overridesvalidator.h"
#include "probe/tlsprobe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SniDoctor {

// The results of whichever runbook steps were run: any subset, none included.
struct DiagnosisInput
{
    std::optional<ProbeReport> probe;
    QDateTime probeTime;
    std::optional<AccessLogSummary> logs; // its own record times say when
    std::optional<CaptureSummary> capture;
    std::optional<QList<ApigeeRoute>> routes;
    QString routesSource; // "cluster" or the file they were read from
    QDateTime routesTime;
    std::optional<OverridesReport> overrides;
};

// One piece of evidence: which step, which finding, where (file:line, frame, route)
// and when. The finding is language-neutral; diagnosisEvidenceText() says it.
struct DiagnosisEvidence
{
    QString step; // probe, logs, capture, routes, overrides
    Finding finding;
    QString where;
    QDateTime time;                 // invalid when unknown
    OverridesDiagnostic diagnostic; // for step "overrides": the validator's own diagnostic
};

// The root cause and why: stable ids, in the shapes of issue 7.
struct Diagnosis
{
    // non_sni_client_no_wildcard_route, wildcard_route_non_sni_disabled,
    // wildcard_route_not_attached, client_sends_unknown_sni, non_sni_supported,
    // inconclusive
    QString rootCause;
    QString confidence;                 // high, medium, low
    QList<DiagnosisEvidence> evidence;  // for the verdict, most decisive first
    QList<DiagnosisEvidence> conflicts; // evidence that says otherwise: stated, never hidden
    QString decidingStep; // for inconclusive or low confidence: the step that would decide
    QStringList stepsRun;
};

// Combines the findings of every step that was run. Pure.
[[nodiscard]] Diagnosis diagnose(const DiagnosisInput &input);

// Derived from the root cause: whether the generated route and overrides change fix
// it, and the severity the verdict is shown with (info, warning for inconclusive, error).
[[nodiscard]] bool diagnosisNeedsFix(const Diagnosis &diagnosis);
[[nodiscard]] Severity diagnosisSeverity(const Diagnosis &diagnosis);

// In the user's language.
[[nodiscard]] QString diagnosisConfidenceText(const Diagnosis &diagnosis); // high, medium, low
[[nodiscard]] QString diagnosisTitle(const Diagnosis &diagnosis);
[[nodiscard]] QString diagnosisSummary(const Diagnosis &diagnosis);
[[nodiscard]] QString diagnosisEvidenceText(const DiagnosisEvidence &evidence);
[[nodiscard]] QString diagnosisStepName(const QString &step);

// verdict {root_cause, confidence, summary, evidence [ {step, finding, detail, where, time} ],
// conflicts, deciding_step}
[[nodiscard]] QJsonObject diagnosisToJson(const Diagnosis &diagnosis);

} // namespace SniDoctor
