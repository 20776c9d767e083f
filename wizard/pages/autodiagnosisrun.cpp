#include "autodiagnosisrun.h"

#include "case/casemodel.h"

namespace SniDoctor {

AutoDiagnosisRequest autoDiagnosisRequest(const ClusterRequest &cluster)
{
    AutoDiagnosisRequest request;
    request.cluster = cluster;
    return request;
}

void applyAutoDiagnosis(CaseModel *model, const AutoDiagnosis &found, bool keepBefore)
{
    CaseData data = model->data();
    addAutoDiagnosis(data, found, keepBefore);
    model->setCluster(data.cluster);
    model->setEndpoint(data.endpoint);
    for (Step step : {Step::Routes, Step::Logs, Step::Probe}) {
        if (const StepRecord *record = data.record(step);
            record &&
            (!model->data().record(step) || record->time() != model->data().record(step)->time()))
            model->setRecord(step, *record);
    }
    model->setProbeMatrix(data.probeMatrix, data.probeMatrixBefore);
}

} // namespace SniDoctor
