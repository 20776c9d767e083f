#include "case/casemodel.h"

namespace SniDoctor {

CaseModel::CaseModel(QObject *parent)
    : QObject(parent)
{
    connect(this, &CaseModel::changed, this, [this] { m_unsaved = true; });
}

bool CaseModel::hasUnsavedWork() const
{
    return m_unsaved && (!m_data.stepsRun().isEmpty() || !m_data.notes.trimmed().isEmpty() ||
                         !m_data.probeMatrix.isNull() || m_data.review.active);
}

void CaseModel::setRecord(Step step, StepRecord record)
{
    m_data.setRecord(step, std::move(record));
    Q_EMIT stepChanged(step);
    Q_EMIT changed();
}

void CaseModel::setVerification(StepRecord probe)
{
    // The probe it replaces said how things were before the fix: kept for the verdict.
    if (const StepRecord *replaced = m_data.record(Step::Probe);
        replaced && !m_data.probeIsVerification())
        m_data.probeBeforeFix = *replaced;
    m_data.fixVerified = probe.time();
    m_data.setRecord(Step::Probe, std::move(probe));
    Q_EMIT stepChanged(Step::Probe);
    Q_EMIT changed();
}

void CaseModel::clear(Step step)
{
    if (!m_data.has(step))
        return;
    m_data.clear(step);
    Q_EMIT stepChanged(step);
    Q_EMIT changed();
}

void CaseModel::setProbeMatrix(StepRecord matrix, StepRecord before)
{
    m_data.probeMatrix = std::move(matrix);
    m_data.probeMatrixBefore = std::move(before);
    Q_EMIT stepChanged(Step::Probe);
    Q_EMIT changed();
}

void CaseModel::setEndpoint(const ProbeTarget &endpoint)
{
    m_data.endpoint = endpoint;
    Q_EMIT changed();
}

void CaseModel::setCluster(const ClusterTarget &cluster)
{
    if (m_data.cluster == cluster)
        return;
    m_data.cluster = cluster;
    Q_EMIT changed();
}

void CaseModel::setFix(const FixOptions &fix)
{
    if (m_data.fix == fix)
        return;
    m_data.fix = fix;
    Q_EMIT changed();
}

void CaseModel::setNotes(const QString &notes)
{
    if (m_data.notes == notes)
        return;
    m_data.notes = notes;
    Q_EMIT changed();
}

void CaseModel::setEnvironmentGroups(const QStringList &groups)
{
    if (m_data.environmentGroups == groups)
        return;
    m_data.environmentGroups = groups;
    Q_EMIT changed();
}

void CaseModel::load(const CaseData &data)
{
    m_data = data;
    for (Step step : kSteps)
        Q_EMIT stepChanged(step);
    Q_EMIT changed();
    Q_EMIT loaded();
}

} // namespace SniDoctor
