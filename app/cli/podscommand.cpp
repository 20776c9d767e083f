#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/printers.h"

#include "accesslog/accesslogjson.h"
#include "case/stepmodule.h"
#include "cluster/clusterfetch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace SniDoctor::Cli {

namespace {

QJsonObject podsReport(const ClusterRequest &request, const QList<IngressPod> &pods,
                       const QList<Finding> &findings)
{
    QJsonArray list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const IngressPod &pod : pods) {
        list.append(QJsonObject{{QStringLiteral("name"), pod.name},
                                {QStringLiteral("ready"), pod.ready},
                                {QStringLiteral("status"), pod.status},
                                {QStringLiteral("restarts"), pod.restarts},
                                {QStringLiteral("age"), pod.age(now)},
                                {QStringLiteral("log_container"), pod.logContainer()}});
    }
    const StepModule &routes = stepModule(Step::Routes);
    QJsonArray findingList;
    for (const Finding &finding : findings) {
        findingList.append(QJsonObject{{QStringLiteral("id"), finding.id},
                                       {QStringLiteral("severity"), severityId(finding.severity)},
                                       {QStringLiteral("title"), routes.findingTitle(finding)},
                                       {QStringLiteral("detail"), routes.findingDetail(finding)}});
    }
    return QJsonObject{{QStringLiteral("context"), request.context},
                       {QStringLiteral("namespace"), request.ns},
                       {QStringLiteral("pods"), list},
                       {QStringLiteral("findings"), findingList}};
}

} // namespace

int podsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Lists the ingress gateway pods, and reads their access logs."));
    const ClusterOptions cluster(
        CommandLine::tr("The kubeconfig to use (else KUBECONFIG, else ~/.kube/config)."),
        CommandLine::tr("The namespace of the pods (the context's, else apigee)."));
    const QCommandLineOption logs(QStringLiteral("logs"),
                                  CommandLine::tr("Read each pod's access log and analyze it."));
    const PodLogCliOptions logOptions;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    cluster.addTo(parser);
    parser.addOption(logs);
    logOptions.addTo(parser);
    parser.addOptions({json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor pods")))
        return *done;
    ClusterTarget target = cluster.target(parser);
    PodLogOptions podLogs;
    if (const auto failed = logOptions.read(parser, podLogs, target))
        return *failed;
    const Result<ClusterRequest> request = resolvedCluster(target);
    if (!request)
        return fail(request.error(), ExitUsage);
    Interruptible interruptible;
    QList<IngressPod> podList;
    std::optional<AccessLogSummary> logSummary;
    if (parser.isSet(logs)) {
        // Each pod's log streams through one analyzer: nothing is held in memory.
        const Result<AccessLogSummary> summary =
            fetchIngressLogs(request.value(), podLogs, interruptible.control(), &podList);
        if (!summary)
            return fail(summary.error(), ExitIncomplete);
        logSummary = summary.value();
    } else {
        const Result<QList<IngressPod>> pods =
            fetchIngressPods(request.value(), interruptible.control());
        if (!pods)
            return fail(pods.error(), ExitIncomplete);
        podList = pods.value();
    }
    const QList<Finding> findings = podFindings(podList);
    if (parser.isSet(json)) {
        QJsonObject report = podsReport(request.value(), podList, findings);
        if (logSummary)
            report.insert(QStringLiteral("logs"), accessLogSummaryToJson(*logSummary));
        printJson(report);
    } else {
        QList<QStringList> rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const IngressPod &pod : podList)
            rows << QStringList{pod.name, pod.ready, pod.status, QString::number(pod.restarts),
                                pod.age(now)};
        printTable({QStringLiteral("NAME"), QStringLiteral("READY"), QStringLiteral("STATUS"),
                    QStringLiteral("RESTARTS"), QStringLiteral("AGE")},
                   rows);
        printFindings(Step::Routes, findings, "\n");
        if (logSummary) {
            out() << '\n';
            printLogSummary(*logSummary);
        }
    }
    out().flush();
    if (logSummary && hasError(logSummary->findings))
        return ExitProblemFound;
    return ExitNoProblem;
}

} // namespace SniDoctor::Cli
