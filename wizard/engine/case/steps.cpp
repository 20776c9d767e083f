#include "case/step.h"

#include "accesslog/accesslogstep.h"
#include "capture/capturestep.h"
#include "cluster/routesstep.h"
#include "overrides/overridesstep.h"
#include "probe/probestep.h"

#include <QCoreApplication>

namespace SniDoctor {

namespace {

// The step table: one row per runbook step, in the runbook's order. A new step is a
// new enumerator, a row here, its engine folder and its page.
const StepInfo &row(Step step)
{
    static const std::array<StepInfo, kStepCount> table{{
        {Step::Logs,
         2,
         1,
         "logs",
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Ingress access logs"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Step 2 (ingress access logs)"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText",
                           "Refused clients in the ingress gateway's access logs (kubectl logs)."),
         {QStringLiteral("kubectl -n apigee logs -l app=apigee-ingressgateway --all-containers "
                         "--prefix --timestamps --tail=-1 > ingress.log")},
         &accessLogStepModule()},
        {Step::Capture,
         3,
         2,
         "capture",
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Packet capture"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Step 3 (packet capture)"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText",
                           "ClientHellos without SNI and the ingress's answer, from a tcpdump "
                           "file."),
         {QStringLiteral("sudo tcpdump -n -i any -s 0 'host CLIENT_IP' -w non-sni.pcap")},
         &captureStepModule()},
        {Step::Probe,
         4,
         0,
         "probe",
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Probe the endpoint"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Step 4 (probe without SNI)"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText",
                           "Handshakes with and without SNI, like openssl s_client "
                           "-noservername."),
         {QStringLiteral("sni-doctor probe HOST:443 --json > probe.json"),
          QStringLiteral("openssl s_client -connect HOST:443 -noservername </dev/null")},
         &probeStepModule()},
        {Step::Routes,
         5,
         3,
         "routes",
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Apigee routes"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Step 5 (Apigee routes)"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText",
                           "The ApigeeRoutes: a wildcard route, enabled and attached."),
         {QStringLiteral("kubectl -n apigee get apigeeroutes -o yaml > apigeeroutes.yaml")},
         &routesStepModule()},
        {Step::Overrides,
         6,
         4,
         "overrides",
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "overrides.yaml"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText", "Step 6 (overrides.yaml)"),
         QT_TRANSLATE_NOOP("SniDoctor::StepText",
                           "overrides.yaml: every virtual host lists the wildcard route in "
                           "additionalGateways."),
         {QStringLiteral("helm get values ENV_GROUP -n apigee -o yaml > overrides.yaml")},
         &overridesStepModule()},
    }};
    return table[size_t(step)];
}

} // namespace

const StepInfo &stepInfo(Step step)
{
    return row(step);
}

const StepModule &stepModule(Step step)
{
    return *row(step).module;
}

QString stepId(Step step)
{
    return QString::fromLatin1(row(step).id);
}

std::optional<Step> stepFromId(const QString &id)
{
    for (Step step : kSteps) {
        if (id == QLatin1String(row(step).id))
            return step;
    }
    return std::nullopt;
}

QString stepName(Step step)
{
    return QCoreApplication::translate("SniDoctor::StepText", row(step).name);
}

QString stepLabel(Step step)
{
    return QCoreApplication::translate("SniDoctor::StepText", row(step).label);
}

QString stepChecks(Step step)
{
    return QCoreApplication::translate("SniDoctor::StepText", row(step).checks);
}

} // namespace SniDoctor
