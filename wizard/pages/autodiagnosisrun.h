#pragma once

#include "diagnosis/autodiagnosis.h"

#include <functional>

class QWidget;

namespace SniDoctor {

class CaseModel;

// What the start page ("Diagnose automatically") and step 7 (verify after the fix)
// share: the request for the case's cluster, and the result put into the case.
[[nodiscard]] AutoDiagnosisRequest autoDiagnosisRequest(const ClusterRequest &cluster);
// Steps 2, 4 and 5, the probe matrix (the one before kept when keepBefore), the cluster
// and the endpoint, into the wizard's case. GUI thread.
void applyAutoDiagnosis(CaseModel *model, const AutoDiagnosis &found, bool keepBefore);

} // namespace SniDoctor
