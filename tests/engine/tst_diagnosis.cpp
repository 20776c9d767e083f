// The verdict from all the evidence, scenario by scenario, and the remediation that
// turns it into non_sni_supported: real logs text, saved routes, overrides files, and
// probes against the practice lab in the matching mode.
#include "accesslog/accessloganalyzer.h"
#include "capture/capturesummary.h"
#include "case/casemodel.h"
#include "cluster/routesresult.h"
#include "core/taskcontrol.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/remediation.h"
#include "lab/practicelab.h"
#include "session/sessionfile.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;

namespace {

const QString kHost = QStringLiteral("api-test.mydomain.com");

QByteArray readData(const QString &path)
{
    QFile file(QStringLiteral(SNI_DOCTOR_TEST_DATA "/") + path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QList<ApigeeRoute> routesFrom(const QString &name)
{
    const auto routes = parseApigeeRoutes(readData(QStringLiteral("routes/") + name), name);
    if (!routes)
        qFatal("%s", qPrintable(routes.error().message()));
    return routes.value();
}

// kubectl logs of an ingress: healthy traffic, plus refused clients of the given kind.
AccessLogSummary logs(int nonSniRefused, int unknownSniRefused)
{
    QByteArray text;
    for (int i = 0; i < 20; ++i)
        text +=
            R"({"start_time":"2025-05-19T04:46:10.000Z","remote_address":"10.0.0.7:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200})"
            "\n";
    for (int i = 0; i < nonSniRefused; ++i)
        text +=
            R"({"start_time":"2025-05-19T04:46:20.117Z","remote_address":"10.138.0.28:19432","status_details":"filter_chain_not_found","request":"- - -","status":0,"upstream_response_flags":"NR","sni_host":null})"
            "\n";
    for (int i = 0; i < unknownSniRefused; ++i)
        text +=
            R"({"start_time":"2025-05-19T04:47:00.000Z","remote_address":"10.138.0.30:2000","status_details":"filter_chain_not_found","request":"- - -","status":0,"upstream_response_flags":"NR","sni_host":"old-name.mydomain.com"})"
            "\n";
    return analyzeAccessLogText(text, QStringLiteral("ingress.log"));
}

ProbeReport probeLab(LabMode mode)
{
    PracticeLab lab;
    const Result<quint16> port = lab.start(LabOptions{mode});
    if (!port)
        qFatal("%s", qPrintable(port.error().message()));
    CancelFlag control;
    const Result<ProbeReport> report =
        runProbe(ProbeTarget{kHost, port.value(), QStringLiteral("127.0.0.1"), 5000, {}}, control);
    if (!report)
        qFatal("%s", qPrintable(report.error().message()));
    return report.value();
}

OverridesReport overridesReport(const QByteArray &text, const QString &route)
{
    OverridesContext context;
    context.wildcardRoute = route;
    context.checkCertificates = false;
    return validateOverrides(text, QStringLiteral("overrides.yaml"), context);
}

QStringList steps(const QList<DiagnosisEvidence> &evidence)
{
    QStringList list;
    for (const DiagnosisEvidence &item : evidence)
        list << stepId(item.step) + QLatin1Char(':') + item.finding.id;
    return list;
}

// The steps' results of a scenario, as the case holds them.
struct Inputs
{
    std::optional<ProbeReport> probe;
    std::optional<AccessLogSummary> logs;
    std::optional<CaptureSummary> capture;
    std::optional<QList<ApigeeRoute>> routes;
    QString routesSource;
    std::optional<OverridesReport> overrides;

    operator CaseData() const
    {
        CaseData data;
        if (probe)
            data.setRecord(Step::Probe, StepRecord(*probe, Origin::thisMachine()));
        if (logs)
            data.setRecord(Step::Logs, StepRecord(*logs, Origin::thisMachine()));
        if (capture)
            data.setRecord(Step::Capture, StepRecord(*capture, Origin::thisMachine()));
        if (routes)
            data.setRecord(Step::Routes,
                           StepRecord(RoutesResult{*routes, std::nullopt, {}},
                                      Origin::thisMachine(routesSource.isEmpty()
                                                              ? QStringList()
                                                              : QStringList{routesSource})));
        if (overrides)
            data.setRecord(Step::Overrides,
                           StepRecord(OverridesResult{*overrides, {}}, Origin::thisMachine()));
        return data;
    }
};

QString cause(const Diagnosis &diagnosis)
{
    return rootCauseId(diagnosis.rootCause);
}

QString confidence(const Diagnosis &diagnosis)
{
    return confidenceId(diagnosis.confidence);
}

QString deciding(const Diagnosis &diagnosis)
{
    return diagnosis.decidingStep ? stepId(*diagnosis.decidingStep) : QString();
}

// What applying the remediation does to the cluster's routes: the wildcard route as
// generated, running, and every virtual-host route listing it.
QList<ApigeeRoute> applied(const QList<ApigeeRoute> &routes, const Remediation &remediation)
{
    QList<ApigeeRoute> result;
    for (ApigeeRoute route : routes) {
        if (route.isWildcard())
            continue;
        if (!route.additionalGateways.contains(remediation.routeName))
            route.additionalGateways << remediation.routeName;
        result << route;
    }
    ApigeeRoute wildcard =
        parseApigeeRoutes(remediation.routeYaml, QStringLiteral("route.yaml")).value().first();
    wildcard.state = QStringLiteral("running");
    result << wildcard;
    return result;
}

} // namespace

class tst_Diagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingRun();
    void noWildcardRoute();
    void wildcardRouteDisabled();
    void wildcardRouteNotAttached();
    void clientSendsUnknownSni();
    void nonSniSupported();
    void contradictoryEvidence();
    void withoutRoutes();
    void remediationTurnsTheVerdict();
    void verifyAfterTheFixSaysFixed();
    void verifyAfterOnlyTheProbeSaysFixed();
    void remediationWithoutCredential();
    void unifiedDiffShape();
    void unifiedDiffAgainstPatch();
    void unifiedDiffLarge();
};

void tst_Diagnosis::nothingRun()
{
    const Diagnosis diagnosis = diagnose(CaseData());
    QCOMPARE(cause(diagnosis), QStringLiteral("inconclusive"));
    QCOMPARE(deciding(diagnosis), QStringLiteral("probe"));
    QVERIFY(diagnosis.stepsRun.isEmpty());
    QVERIFY(diagnosisSummary(diagnosis).contains(QStringLiteral("Step 4")));
}

void tst_Diagnosis::noWildcardRoute()
{
    Inputs input;
    input.routes = routesFrom(QStringLiteral("no-wildcard.yaml"));
    input.routesSource = QStringLiteral("no-wildcard.yaml");
    input.logs = logs(3, 0);
    const Diagnosis diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("non_sni_client_no_wildcard_route"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("high"));
    QCOMPARE(steps(diagnosis.evidence),
             (QStringList{"routes:no_wildcard_route", "logs:log_non_sni_refused"}));
    QCOMPARE(placeText(diagnosis.evidence[1].where),
             QStringLiteral("ingress.log:21")); // the first refused line
    QCOMPARE(diagnosis.evidence[1].time.toString(Qt::ISODate),
             QStringLiteral("2025-05-19T04:46:20Z"));
    QVERIFY(!diagnosisEvidenceText(diagnosis.evidence[0]).isEmpty());
    QCOMPARE(diagnosisToJson(diagnosis)[QStringLiteral("root_cause")].toString(), cause(diagnosis));
}

void tst_Diagnosis::wildcardRouteDisabled()
{
    Inputs input;
    input.routes = routesFrom(QStringLiteral("non-sni-disabled.yaml"));
    input.probe = probeLab(LabMode::Strict);
    const Diagnosis diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("wildcard_route_non_sni_disabled"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("high"));
    QVERIFY(steps(diagnosis.evidence).contains(QStringLiteral("probe:non_sni_rejected")));
}

void tst_Diagnosis::wildcardRouteNotAttached()
{
    Inputs input;
    input.routes = routesFrom(QStringLiteral("not-attached.yaml"));
    input.overrides = overridesReport(readData(QStringLiteral("overrides/helm-two-envgroups.yaml")),
                                      QStringLiteral("non-sni"));
    input.capture = std::nullopt;
    input.logs = logs(2, 0);
    const Diagnosis diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("wildcard_route_not_attached"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("high"));
    QCOMPARE(steps(diagnosis.evidence),
             (QStringList{"routes:wildcard_route_not_attached",
                          "overrides:additional_gateway_missing", "logs:log_non_sni_refused"}));
    QCOMPARE(placeText(diagnosis.evidence[1].where), QStringLiteral("overrides.yaml:45:3"));
    QVERIFY(diagnosisEvidenceText(diagnosis.evidence[1]).contains(QStringLiteral("test-grp")));
}

void tst_Diagnosis::clientSendsUnknownSni()
{
    Inputs input;
    input.routes = routesFrom(QStringLiteral("healthy.yaml"));
    input.logs = logs(0, 4);
    const Diagnosis diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("client_sends_unknown_sni"));
    QCOMPARE(steps(diagnosis.evidence).first(), QStringLiteral("logs:log_unknown_sni_refused"));
    QVERIFY(diagnosisEvidenceText(diagnosis.evidence.first())
                .contains(QStringLiteral("old-name.mydomain.com")));
}

void tst_Diagnosis::nonSniSupported()
{
    Inputs input;
    input.routes = routesFrom(QStringLiteral("healthy.yaml"));
    input.probe = probeLab(LabMode::Wildcard);
    input.logs = logs(0, 0);
    const Diagnosis diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("non_sni_supported"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("high"));
    QVERIFY(steps(diagnosis.evidence).contains(QStringLiteral("probe:non_sni_accepted")));
    QVERIFY(diagnosis.conflicts.isEmpty());
}

// The routes say non-SNI clients are enabled, the probe is reset without SNI: said,
// not hidden, and the verdict waits for a probe of the ingress itself.
void tst_Diagnosis::contradictoryEvidence()
{
    Inputs input;
    input.routes = routesFrom(QStringLiteral("healthy.yaml"));
    input.probe = probeLab(LabMode::Strict);
    Diagnosis diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("inconclusive"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("low"));
    QCOMPARE(steps(diagnosis.conflicts), QStringList{QStringLiteral("routes:non_sni_enabled")});
    QVERIFY(diagnosisSummary(diagnosis).contains(QStringLiteral("says otherwise")));

    // The probe gets a certificate without SNI, yet the logs show refusals.
    Inputs mixed;
    mixed.probe = probeLab(LabMode::Wildcard);
    mixed.logs = logs(5, 0);
    diagnosis = diagnose(mixed);
    QCOMPARE(cause(diagnosis), QStringLiteral("non_sni_client_no_wildcard_route"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("low"));
    QCOMPARE(steps(diagnosis.conflicts), QStringList{QStringLiteral("probe:non_sni_accepted")});
}

void tst_Diagnosis::withoutRoutes()
{
    Inputs input;
    input.probe = probeLab(LabMode::Strict);
    Diagnosis diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("non_sni_client_no_wildcard_route"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("medium"));
    QCOMPARE(deciding(diagnosis), QStringLiteral("routes"));

    input.overrides = overridesReport(readData(QStringLiteral("overrides/helm-two-envgroups.yaml")),
                                      QStringLiteral("non-sni"));
    diagnosis = diagnose(input);
    QCOMPARE(cause(diagnosis), QStringLiteral("wildcard_route_not_attached"));
    QCOMPARE(confidence(diagnosis), QStringLiteral("high"));

    Inputs served;
    served.probe = probeLab(LabMode::Wildcard);
    QCOMPARE(cause(diagnose(served)), QStringLiteral("non_sni_supported"));
}

// The generated route and overrides change validate clean, and applied (to the
// routes, and to the lab: wildcard mode) the verdict becomes non_sni_supported.
void tst_Diagnosis::remediationTurnsTheVerdict()
{
    const QList<ApigeeRoute> routes = routesFrom(QStringLiteral("no-wildcard.yaml"));
    const QByteArray overrides = readData(QStringLiteral("overrides/helm-two-envgroups.yaml"));
    const OverridesReport report = overridesReport(overrides, QStringLiteral("non-sni"));
    const Remediation remediation =
        makeRemediation(routes, overrides, report, RemediationOptions{});
    QCOMPARE(remediation.routeName, QStringLiteral("non-sni"));
    QVERIFY(remediation.credentialKnown);
    QVERIFY2(remediation.routeProblems.isEmpty(),
             qPrintable(remediation.routeProblems.join(QLatin1Char(' '))));
    QVERIFY2(remediation.overridesProblems.isEmpty(),
             qPrintable(remediation.overridesProblems.join(QLatin1Char(' '))));
    QVERIFY(remediation.routeYaml.contains("enableNonSniClient: true"));
    QVERIFY(
        remediation.routeYaml.contains("ingress_name: ext-ingress")); // the virtual hosts' selector
    QVERIFY(remediation.overridesDiff.contains(
        QStringLiteral("+  additionalGateways:\n+  - non-sni\n")));
    QVERIFY(remediation.routeNeeded);
    QVERIFY(remediation.commands.first().contains(QStringLiteral("--dry-run=server")));
    // A working wildcard route that is only not attached stays as it is.
    const Remediation attachOnly =
        makeRemediation(routesFrom(QStringLiteral("not-attached.yaml")), overrides, report, {});
    QVERIFY(!attachOnly.routeNeeded);
    QVERIFY(!attachOnly.commands.join(QLatin1Char(' ')).contains(QStringLiteral("kubectl apply")));
    QVERIFY(!attachOnly.overridesDiff.isEmpty());
    QVERIFY(validateOverrides(remediation.overridesAfter, QStringLiteral("o.yaml"),
                              [] {
                                  OverridesContext context;
                                  context.wildcardRoute = QStringLiteral("non-sni");
                                  return context;
                              }())
                .count(Severity::Error) == 0);

    Inputs after;
    after.routes = applied(routes, remediation);
    after.overrides = overridesReport(remediation.overridesAfter, QStringLiteral("non-sni"));
    after.probe = probeLab(LabMode::Wildcard);
    const Diagnosis diagnosis = diagnose(after);
    QCOMPARE(cause(diagnosis), QStringLiteral("non_sni_supported"));

    // An existing wildcard route that does not enable non-SNI clients keeps its name.
    const QList<ApigeeRoute> disabled = routesFrom(QStringLiteral("non-sni-disabled.yaml"));
    const Remediation enable = makeRemediation(disabled, {}, std::nullopt, RemediationOptions{});
    QVERIFY(enable.routeYaml.contains("enableNonSniClient: true"));
    Inputs enabled;
    enabled.routes = applied(disabled, enable);
    QCOMPARE(cause(diagnose(enabled)), QStringLiteral("non_sni_supported"));
}

// Step 7's Verify after the fix: its probe serves a client without SNI, the routes,
// overrides.yaml and logs were read before it. The verdict is fixed (info), and what
// the steps found is stated as the state before the fix; a step read again after the
// Verify that still shows the problem, or a plain probe on step 4, is no verification.
void tst_Diagnosis::verifyAfterTheFixSaysFixed()
{
    const QDateTime read = QDateTime::currentDateTimeUtc().addSecs(-600);
    Inputs input;
    input.routes = routesFrom(QStringLiteral("no-wildcard.yaml"));
    input.overrides = overridesReport(readData(QStringLiteral("overrides/helm-two-envgroups.yaml")),
                                      QStringLiteral("non-sni"));
    input.logs = logs(3, 0);
    input.probe = probeLab(LabMode::Strict);
    CaseData data = input;
    for (Step step : data.stepsRun()) {
        StepRecord record = *data.record(step);
        record.setTime(read);
        data.setRecord(step, record);
    }
    const Diagnosis broken = diagnose(data);
    QCOMPARE(cause(broken), QStringLiteral("non_sni_client_no_wildcard_route"));
    QCOMPARE(confidence(broken), QStringLiteral("high"));

    // Verify, against the endpoint that now serves clients without SNI.
    const StepRecord verification(probeLab(LabMode::Wildcard), Origin::thisMachine(),
                                  read.addSecs(300));
    data.setRecord(Step::Probe, verification);
    // Step 4's probe alone is not a verification: the routes still say the fix is missing.
    QCOMPARE(cause(diagnose(data)), QStringLiteral("non_sni_client_no_wildcard_route"));
    data.fixVerified = verification.time();
    Diagnosis fixed = diagnose(data);
    QCOMPARE(cause(fixed), QStringLiteral("fixed"));
    QCOMPARE(confidence(fixed), QStringLiteral("high"));
    QCOMPARE(diagnosisSeverity(fixed), Severity::Info);
    QVERIFY(!diagnosisNeedsFix(fixed));
    QVERIFY(!remediationFor(data, fixed));
    QVERIFY(steps(fixed.evidence).contains(QStringLiteral("probe:non_sni_accepted")));
    const QStringList before = steps(fixed.conflicts);
    QVERIFY2(before.contains(QStringLiteral("routes:no_wildcard_route")),
             qPrintable(before.join(QLatin1Char(' '))));
    QVERIFY(before.contains(QStringLiteral("overrides:additional_gateway_missing")));
    QVERIFY(before.contains(QStringLiteral("logs:log_non_sni_refused")));
    QVERIFY(diagnosisTitle(fixed).startsWith(QStringLiteral("Fixed")));
    QCOMPARE(diagnosisToJson(fixed)[QStringLiteral("root_cause")].toString(),
             QStringLiteral("fixed"));

    // Saved as a session and reopened: still the verification.
    const Result<CaseData> reopened =
        sessionFromJson(sessionToJson(data), QStringLiteral("case.sni-doctor.json"));
    QVERIFY(reopened.ok());
    QCOMPARE(cause(diagnose(reopened.value())), QStringLiteral("fixed"));

    // The routes read again after Verify still lack the wildcard route: not fixed.
    CaseData reread = data;
    StepRecord routes = *reread.record(Step::Routes);
    routes.setTime(verification.time().addSecs(60));
    reread.setRecord(Step::Routes, routes);
    QCOMPARE(cause(diagnose(reread)), QStringLiteral("non_sni_client_no_wildcard_route"));

    // A probe run on step 4 after Verify: a probe again, weighed as before.
    CaseData probedAgain = data;
    probedAgain.setRecord(Step::Probe,
                          StepRecord(verification.as<ProbeReport>(), Origin::thisMachine(),
                                     verification.time().addSecs(60)));
    QCOMPARE(cause(diagnose(probedAgain)), QStringLiteral("non_sni_client_no_wildcard_route"));

    // Verify still refused: not fixed.
    CaseData refused = data;
    const StepRecord strict(probeLab(LabMode::Strict), Origin::thisMachine(), read.addSecs(400));
    refused.setRecord(Step::Probe, strict);
    refused.fixVerified = strict.time();
    QCOMPARE(cause(diagnose(refused)), QStringLiteral("non_sni_client_no_wildcard_route"));
}

// Only step 4 run, then the fix and Verify: the probe Verify replaced (refused) is the
// state before the fix, so the verdict is fixed, not "served: another cause"; kept in a
// session.
void tst_Diagnosis::verifyAfterOnlyTheProbeSaysFixed()
{
    CaseModel model;
    const QDateTime probed = QDateTime::currentDateTimeUtc().addSecs(-600);
    model.setRecord(Step::Probe,
                    StepRecord(probeLab(LabMode::Strict), Origin::thisMachine(), probed));
    QCOMPARE(cause(diagnose(model.data())), QStringLiteral("non_sni_client_no_wildcard_route"));
    model.setVerification(
        StepRecord(probeLab(LabMode::Wildcard), Origin::thisMachine(), probed.addSecs(300)));
    const Diagnosis fixed = diagnose(model.data());
    QCOMPARE(cause(fixed), QStringLiteral("fixed"));
    const QStringList before = steps(fixed.conflicts);
    QVERIFY2(!before.isEmpty() && before.first().startsWith(QStringLiteral("probe:")),
             qPrintable(before.join(QLatin1Char(' '))));
    const Result<CaseData> reopened =
        sessionFromJson(sessionToJson(model.data()), QStringLiteral("case.sni-doctor.json"));
    QVERIFY(reopened.ok());
    QCOMPARE(cause(diagnose(reopened.value())), QStringLiteral("fixed"));
    // A second Verify keeps the probe of before the fix, not the first Verify.
    model.setVerification(
        StepRecord(probeLab(LabMode::Wildcard), Origin::thisMachine(), probed.addSecs(400)));
    QCOMPARE(cause(diagnose(model.data())), QStringLiteral("fixed"));
    QCOMPARE(model.data().probeBeforeFix.time(), probed);
}

void tst_Diagnosis::remediationWithoutCredential()
{
    const Remediation remediation =
        makeRemediation(std::nullopt, {}, std::nullopt, RemediationOptions{});
    QVERIFY(!remediation.credentialKnown);
    QVERIFY(remediation.routeYaml.contains("REPLACE-WITH-THE-TLS-SECRET-NAME"));
    QVERIFY(remediation.routeYaml.contains("app: apigee-ingressgateway"));
    QVERIFY(remediation.routeProblems.isEmpty()); // still a valid route, once the name is filled in
    QVERIFY(remediation.overridesDiff.isEmpty());
    RemediationOptions apigeectl;
    apigeectl.helm = false;
    const Remediation old = makeRemediation(std::nullopt, {}, std::nullopt, apigeectl);
    QVERIFY(
        old.commands.join(QLatin1Char('\n'))
            .contains(QStringLiteral("apigeectl apply -f overrides.yaml --settings virtualhosts")));
}

void tst_Diagnosis::unifiedDiffShape()
{
    QCOMPARE(unifiedDiff("a\nb\n", "a\nb\n", QStringLiteral("x"), QStringLiteral("y")), QString());
    QCOMPARE(unifiedDiff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nnew\n5\n6\n7\n8\n",
                         QStringLiteral("a/o"), QStringLiteral("b/o")),
             QStringLiteral("--- a/o\n+++ b/o\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n"));
    QCOMPARE(
        unifiedDiff("a\n", "a\nb", QStringLiteral("x"), QStringLiteral("y")),
        QStringLiteral("--- x\n+++ y\n@@ -1,1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n"));
}

namespace {

// patch(1) applied to `before` with `diff`: the text it writes.
QByteArray patched(const QByteArray &before, const QString &diff)
{
    QTemporaryDir dir;
    QFile in(dir.filePath(QStringLiteral("before")));
    in.open(QIODevice::WriteOnly);
    in.write(before);
    in.close();
    QProcess patch;
    patch.setWorkingDirectory(dir.path());
    patch.start(QStringLiteral("patch"), {QStringLiteral("--quiet"), QStringLiteral("-o"),
                                          QStringLiteral("after"), QStringLiteral("before")});
    patch.write(diff.toUtf8());
    patch.closeWriteChannel();
    if (!patch.waitForFinished(30000) || patch.exitCode() != 0)
        return "patch failed: " + patch.readAllStandardError() + patch.readAllStandardOutput();
    QFile out(dir.filePath(QStringLiteral("after")));
    out.open(QIODevice::ReadOnly);
    return out.readAll();
}

// Lines GNU diff --minimal marks as removed or added: the size of the shortest script.
int minimalChanges(const QByteArray &before, const QByteArray &after)
{
    QTemporaryDir dir;
    for (const auto &[name, text] : {std::pair{"a", before}, std::pair{"b", after}}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        file.open(QIODevice::WriteOnly);
        file.write(text);
    }
    QProcess diff;
    diff.setWorkingDirectory(dir.path());
    diff.start(QStringLiteral("diff"), {QStringLiteral("--minimal"), QStringLiteral("-u"),
                                        QStringLiteral("a"), QStringLiteral("b")});
    diff.waitForFinished(30000);
    int count = 0;
    for (const QByteArray &line : diff.readAllStandardOutput().split('\n'))
        count += (line.startsWith('+') && !line.startsWith("+++")) ||
                 (line.startsWith('-') && !line.startsWith("---"));
    return count;
}

int changes(const QString &diff)
{
    int count = 0;
    for (const QString &line : diff.split(QLatin1Char('\n')))
        count += (line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1String("+++"))) ||
                 (line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1String("---")));
    return count;
}

} // namespace

// Random edits of random texts: patch(1) turns the before into the after with our
// diff, and the script is as short as GNU diff --minimal's.
void tst_Diagnosis::unifiedDiffAgainstPatch()
{
    if (QStandardPaths::findExecutable(QStringLiteral("patch")).isEmpty())
        QFAIL("patch is not installed: installer/setup-debian.sh installs it");
    QRandomGenerator random(14);
    for (int round = 0; round < 60; ++round) {
        QByteArray before;
        const int lines = int(random.bounded(0, 40));
        for (int i = 0; i < lines; ++i)
            before += "line " + QByteArray::number(random.bounded(0, 8)) + "\n";
        QList<QByteArray> edited = before.split('\n');
        edited.removeLast();
        const int edits = int(random.bounded(0, 6));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(qsizetype(0), edited.size() + 1);
            switch (random.bounded(0, 3)) {
            case 0:
                edited.insert(at, "new " + QByteArray::number(random.bounded(0, 8)));
                break;
            case 1:
                if (at < edited.size())
                    edited.removeAt(at);
                break;
            default:
                if (at < edited.size())
                    edited[at] = "changed";
            }
        }
        QByteArray after = edited.join('\n');
        if (!edited.isEmpty() && random.bounded(0, 4) != 0)
            after += '\n'; // sometimes no final newline
        const QString diff =
            unifiedDiff(before, after, QStringLiteral("a/o"), QStringLiteral("b/o"));
        if (before == after) {
            QVERIFY(diff.isEmpty());
            continue;
        }
        QCOMPARE(patched(before, diff), after);
        QCOMPARE(changes(diff), minimalChanges(before, after));
    }
}

// Large files: a few changed lines in 30,000 give a short diff (the common start and
// end are not compared line against line); a change past the edit cap is shown
// removed and added whole, and still applies.
void tst_Diagnosis::unifiedDiffLarge()
{
    QByteArray before;
    for (int i = 0; i < 30000; ++i)
        before += "# comment " + QByteArray::number(i) + "\n";
    QByteArray after = before;
    after.insert(before.indexOf("# comment 15000\n"), "  additionalGateways: [non-sni]\n");
    const QString small = unifiedDiff(before, after, QStringLiteral("a/o"), QStringLiteral("b/o"));
    QCOMPARE(changes(small), 1);
    QCOMPARE(small.count(QLatin1Char('\n')), 10); // two headers, the hunk's, 3 + 1 + 3 lines

    QByteArray left, right;
    for (int i = 0; i < 3000; ++i) {
        left += "left " + QByteArray::number(i) + "\n";
        right += "right " + QByteArray::number(i) + "\n";
    }
    const QString whole = unifiedDiff(left, right, QStringLiteral("a/o"), QStringLiteral("b/o"));
    QCOMPARE(changes(whole), 6000);
    QCOMPARE(patched(left, whole), right);
}

QTEST_GUILESS_MAIN(tst_Diagnosis)
#include "tst_diagnosis.moc"
