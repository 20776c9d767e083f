#pragma once

#include "case/casedata.h"
#include "core/finding.h"
#include "core/place.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace SniDoctor {

// Why clients are reset, as the diagnosis concludes it.
enum class RootCause
{
    NonSniClientNoWildcardRoute, // non_sni_client_no_wildcard_route
    WildcardRouteNonSniDisabled, // wildcard_route_non_sni_disabled
    WildcardRouteNotAttached,    // wildcard_route_not_attached
    ClientSendsUnknownSni,       // client_sends_unknown_sni
    NonSniSupported,             // non_sni_supported
    Inconclusive,                // inconclusive
    // Step 7's Verify served a client without SNI after the steps that found the problem
    // were read: what they found is the state before the fix.
    Fixed, // fixed
};
inline constexpr int kRootCauseCount = 7;

enum class Confidence
{
    High,
    Medium,
    Low,
};

[[nodiscard]] QString rootCauseId(RootCause cause); // the stable ids above
[[nodiscard]] std::optional<RootCause> rootCauseFromId(const QString &id);
[[nodiscard]] QString confidenceId(Confidence confidence); // high, medium, low

// One piece of evidence: which step, which finding, where (a file and line, a frame,
// the cluster, the endpoint) and when. Language-neutral; diagnosisEvidenceText() and
// placeText() say it.
struct DiagnosisEvidence
{
    Step step = Step::Probe;
    Finding finding;
    Place where;
    QDateTime time; // invalid when unknown
};

struct Diagnosis
{
    RootCause rootCause = RootCause::Inconclusive;
    Confidence confidence = Confidence::Low;
    QList<DiagnosisEvidence> evidence;  // for the verdict, most decisive first
    QList<DiagnosisEvidence> conflicts; // evidence that says otherwise: stated, never hidden
    std::optional<Step> decidingStep;   // inconclusive or not sure: the step that would decide
    QList<Step> stepsRun;
};

// Weighs the facts of every step the case has a result of (any subset, none included).
// Pure.
[[nodiscard]] Diagnosis diagnose(const CaseData &data);

// Derived from the root cause: whether the generated route and overrides change fix
// it, and the severity the verdict is shown with (info, warning for inconclusive, error).
[[nodiscard]] bool diagnosisNeedsFix(const Diagnosis &diagnosis);
[[nodiscard]] Severity diagnosisSeverity(const Diagnosis &diagnosis);

// In the user's language.
[[nodiscard]] QString diagnosisConfidenceText(const Diagnosis &diagnosis); // high, medium, low
[[nodiscard]] QString diagnosisTitle(const Diagnosis &diagnosis);
[[nodiscard]] QString diagnosisSummary(const Diagnosis &diagnosis);
[[nodiscard]] QString diagnosisEvidenceText(const DiagnosisEvidence &evidence);
// "where" and "when" as one line: "ingress.log:12, 2025-05-19 04:46:20 UTC".
[[nodiscard]] QString diagnosisEvidencePlace(const DiagnosisEvidence &evidence,
                                             const QString &timeFormat);

// verdict {root_cause, confidence, title, summary, evidence [ {step, finding, detail,
// where, time} ], conflicts, deciding_step, steps_run}
[[nodiscard]] QJsonObject diagnosisToJson(const Diagnosis &diagnosis);

} // namespace SniDoctor
