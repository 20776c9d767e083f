#include "case/casedata.h"

namespace SniDoctor {

QString Origin::id() const
{
    switch (kind) {
    case Kind::ThisMachine:
        return QStringLiteral("this_machine");
    case Kind::Cluster:
        return QStringLiteral("cluster");
    case Kind::Files:
        return QStringLiteral("files");
    }
    return {};
}

Origin Origin::fromId(const QString &id, const QStringList &files)
{
    if (id == QLatin1String("cluster"))
        return {Kind::Cluster, files};
    if (id == QLatin1String("files"))
        return {Kind::Files, files};
    return {Kind::ThisMachine, files};
}

QList<Step> CaseData::stepsRun() const
{
    QList<Step> steps;
    for (Step step : kSteps) {
        if (has(step))
            steps << step;
    }
    return steps;
}

ProbeTarget caseEndpoint(const CaseData &data)
{
    if (!data.endpoint.host.isEmpty())
        return data.endpoint;
    if (const ProbeReport *report = data.result<ProbeReport>(Step::Probe))
        return report->target;
    return data.endpoint;
}

} // namespace SniDoctor
