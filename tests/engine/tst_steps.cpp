// The step table, walked: every runbook step has its row (id, number, names, what it
// checks, what to ask for), its module (the JSON it writes and reads back the same,
// its findings and their words, its facts), its review recogniser (its raw input, or
// its own result file, recognised by content among others and read back to the same
// result), and its part of the support bundle. A step added without one of them fails
// here; the wizard's test checks that each has its page.
#include "accesslog/accessloganalyzer.h"
#include "bundle/bundle.h"
#include "capture/captureanalyzer.h"
#include "case/stepmodule.h"
#include "cluster/routesresult.h"
#include "core/taskcontrol.h"
#include "lab/practicelab.h"
#include "overrides/overridesvalidator.h"
#include "probe/tlsprobe.h"
#include "review/review.h"
#include "session/sessionfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;

namespace {

const QString kSample = QStringLiteral(SNI_DOCTOR_SAMPLE_CASE);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A real result of each step, made as the live step makes it. A new step must add its
// sample here: the switch has no default, so the compiler says when one is missing.
StepRecord sample(Step step, PracticeLab &lab)
{
    CancelFlag control;
    switch (step) {
    case Step::Logs:
        return StepRecord(
            analyzeAccessLogFiles({kSample + "/ingress-gateway.log"}, control).value(),
            Origin::thisMachine());
    case Step::Capture:
        return StepRecord(analyzeCapture(kSample + "/non-sni.pcap", control).value(),
                          Origin::thisMachine());
    case Step::Probe: {
        const quint16 port = lab.start(LabOptions{LabMode::Strict}).value();
        return StepRecord(runProbe(ProbeTarget{QStringLiteral("api-test.mydomain.com"),
                                               port,
                                               QStringLiteral("127.0.0.1"),
                                               5000,
                                               {}},
                                   control)
                              .value(),
                          Origin::thisMachine());
    }
    case Step::Routes:
        return StepRecord(RoutesResult{parseApigeeRoutes(readFile(kSample + "/apigeeroutes.yaml"),
                                                         QStringLiteral("apigeeroutes.yaml"))
                                           .value(),
                                       std::nullopt,
                                       {}},
                          Origin::thisMachine({QStringLiteral("apigeeroutes.yaml")}));
    case Step::Overrides: {
        const QByteArray text = readFile(kSample + "/overrides.yaml");
        OverridesContext context;
        context.wildcardRoute = QStringLiteral("non-sni");
        context.checkCertificates = false; // as review checks it: certificates are not collected
        return StepRecord(
            OverridesResult{validateOverrides(text, QStringLiteral("overrides.yaml"), context),
                            text},
            Origin::thisMachine());
    }
    }
    return {};
}

// The file an admin would collect for the step: its raw input where it has one.
QString rawInput(Step step)
{
    switch (step) {
    case Step::Logs:
        return kSample + "/ingress-gateway.log";
    case Step::Capture:
        return kSample + "/non-sni.pcap";
    case Step::Routes:
        return kSample + "/apigeeroutes.yaml";
    case Step::Overrides:
        return kSample + "/overrides.yaml";
    case Step::Probe:
        break; // collected as `sni-doctor probe --json` output only
    }
    return {};
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_Steps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStepHasItsRow();
    void everyStepWritesAndReadsItsJson_data();
    void everyStepWritesAndReadsItsJson();
    void everyStepIsRecognisedInReview_data();
    void everyStepIsRecognisedInReview();
    void everyStepGoesIntoTheBundle();
    void caseDataKeepsTypes();

private:
    void addSteps();
    PracticeLab m_lab;
    QHash<int, StepRecord> m_samples;
};

void tst_Steps::initTestCase()
{
    for (Step step : kSteps) {
        m_samples.insert(int(step), sample(step, m_lab));
        QVERIFY2(!m_samples.value(int(step)).isNull(), qPrintable(stepId(step)));
    }
}

void tst_Steps::addSteps()
{
    QTest::addColumn<int>("step");
    for (Step step : kSteps)
        QTest::newRow(qPrintable(stepId(step))) << int(step);
}

void tst_Steps::everyStepHasItsRow()
{
    QSet<QString> ids;
    int previousNumber = 1;
    for (int i = 0; i < kStepCount; ++i) {
        const Step step = kSteps[size_t(i)];
        const StepInfo &info = stepInfo(step);
        QCOMPARE(int(info.step), i); // the table's rows in the enum's order
        QVERIFY(info.module);
        QVERIFY(!stepId(step).isEmpty());
        QVERIFY2(!ids.contains(stepId(step)), qPrintable(stepId(step)));
        ids.insert(stepId(step));
        QCOMPARE(stepFromId(stepId(step)), std::optional<Step>(step));
        QVERIFY(info.runbookNumber > previousNumber && info.runbookNumber < 7);
        previousNumber = info.runbookNumber;
        QVERIFY(!stepName(step).isEmpty());
        QVERIFY(stepLabel(step).contains(QString::number(info.runbookNumber)));
        QVERIFY(!stepChecks(step).isEmpty());
        QVERIFY2(!info.askFor.isEmpty(), qPrintable(stepId(step)));
        QVERIFY(!stepModule(step).resultKindText().isEmpty());
    }
    QCOMPARE(stepFromId(QStringLiteral("nonsense")), std::nullopt);
}

void tst_Steps::everyStepWritesAndReadsItsJson_data()
{
    addSteps();
}

void tst_Steps::everyStepWritesAndReadsItsJson()
{
    QFETCH(int, step);
    const StepModule &module = stepModule(Step(step));
    const StepRecord &record = m_samples.value(step);
    // What `sni-doctor STEP --json` prints reads back to the same result.
    const QJsonObject json = module.resultJson(record);
    QVERIFY(module.isResultJson(json));
    const StepRecord back = module.fromJson(json);
    QVERIFY(!back.isNull());
    QCOMPARE(compact(module.resultJson(back)), compact(json));
    // No other step takes it for its own.
    for (Step other : kSteps) {
        if (int(other) != step)
            QVERIFY2(!stepModule(other).isResultJson(json), qPrintable(stepId(other)));
    }
    // What a session keeps does too, and a session file carries it with its origin.
    const StepRecord session = module.fromJson(module.sessionJson(record));
    QCOMPARE(compact(module.sessionJson(session)), compact(module.sessionJson(record)));
    CaseData data;
    data.setRecord(Step(step), record);
    const Result<CaseData> reopened = sessionFromJson(sessionToJson(data), QStringLiteral("s"));
    QVERIFY(reopened);
    QVERIFY(reopened.value().has(Step(step)));
    QCOMPARE(reopened.value().record(Step(step))->origin().kind, record.origin().kind);
    QCOMPARE(compact(module.resultJson(*reopened.value().record(Step(step)))), compact(json));
    // Its findings have words, and the diagnosis reads its facts without a crash.
    const QList<Finding> findings = module.findings(record);
    QVERIFY(!findings.isEmpty());
    for (const Finding &finding : findings) {
        QVERIFY2(!module.findingTitle(finding).isEmpty(), qPrintable(finding.id));
        QVERIFY2(!module.findingDetail(finding).isEmpty(), qPrintable(finding.id));
    }
    QVERIFY(!module.verdict(record).isEmpty());
    QList<Fact> facts;
    module.addFacts(record, facts);
    for (const Fact &fact : std::as_const(facts))
        QVERIFY(!module.findingDetail(fact.finding).isEmpty());
}

void tst_Steps::everyStepIsRecognisedInReview_data()
{
    addSteps();
}

void tst_Steps::everyStepIsRecognisedInReview()
{
    QFETCH(int, step);
    const StepModule &module = stepModule(Step(step));
    QTemporaryDir dir;
    // The step's own result file, under a name that says nothing.
    const QString result = dir.filePath(QStringLiteral("a"));
    QFile file(result);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(module.resultJson(m_samples.value(step))).toJson());
    file.close();
    QStringList paths{result};
    // And its raw input, where it has one, under another such name.
    const QString raw = rawInput(Step(step));
    if (!raw.isEmpty()) {
        QVERIFY(!module.inputKindId().isEmpty());
        QVERIFY(!module.inputKindText({}).isEmpty());
        QVERIFY(QFile::copy(raw, dir.filePath(QStringLiteral("b"))));
        paths << dir.filePath(QStringLiteral("b"));
    }
    CancelFlag control;
    const Result<CaseData> reviewed = reviewPaths(paths, control);
    QVERIFY(reviewed);
    const QList<ReviewedFile> &files = reviewed.value().review.files;
    QCOMPARE(files.size(), paths.size());
    QCOMPARE(files[0].kind, ReviewKind::StepResult);
    QCOMPARE(files[0].step, std::optional<Step>(Step(step)));
    QVERIFY(files[0].used);
    if (!raw.isEmpty()) {
        QCOMPARE(files[1].kind, ReviewKind::StepInput);
        QCOMPARE(files[1].step, std::optional<Step>(Step(step)));
        QCOMPARE(reviewKindId(files[1]), module.inputKindId());
    }
    QVERIFY(reviewed.value().has(Step(step)));
    QCOMPARE(compact(module.resultJson(*reviewed.value().record(Step(step)))),
             compact(module.resultJson(m_samples.value(step))));
    // The raw input alone makes the step's result too, as the live step would.
    if (!raw.isEmpty()) {
        const Result<CaseData> alone = reviewPaths({dir.filePath(QStringLiteral("b"))}, control);
        QVERIFY(alone && alone.value().has(Step(step)));
        QCOMPARE(module.findings(*alone.value().record(Step(step))).size(),
                 module.findings(m_samples.value(step)).size());
    }
}

void tst_Steps::everyStepGoesIntoTheBundle()
{
    CaseData data;
    for (Step step : kSteps)
        data.setRecord(step, m_samples.value(int(step)));
    QList<Redaction> redactions;
    const QList<BundleFile> files = bundleFiles(data, redactions);
    QByteArray report;
    for (const BundleFile &file : files) {
        if (file.name == QLatin1String("report.md"))
            report = file.data;
    }
    for (Step step : kSteps) {
        // Its section in the report, and its analysis among the files.
        QVERIFY2(report.contains(("## " + stepLabel(step)).toUtf8()), qPrintable(stepId(step)));
        BundleContent content;
        stepModule(step).addToBundle(*data.record(step), content);
        QVERIFY(!content.files().isEmpty());
        for (const BundleFile &file : content.files()) {
            QVERIFY2(std::any_of(files.cbegin(), files.cend(),
                                 [&file](const BundleFile &f) { return f.name == file.name; }),
                     qPrintable(file.name));
        }
    }
}

void tst_Steps::caseDataKeepsTypes()
{
    CaseData data;
    QVERIFY(!data.has(Step::Probe));
    QCOMPARE(data.result<ProbeReport>(Step::Probe), nullptr);
    data.setRecord(Step::Probe, m_samples.value(int(Step::Probe)));
    QVERIFY(data.result<ProbeReport>(Step::Probe));
    QCOMPARE(data.stepsRun(), QList<Step>{Step::Probe});
    const CaseData copy = data; // shared, not copied deeply
    QCOMPARE(copy.result<ProbeReport>(Step::Probe), data.result<ProbeReport>(Step::Probe));
    data.clear(Step::Probe);
    QVERIFY(!data.has(Step::Probe));
    QVERIFY(copy.has(Step::Probe));
    QCOMPARE(caseEndpoint(copy).host, QStringLiteral("api-test.mydomain.com"));
}

QTEST_GUILESS_MAIN(tst_Steps)
#include "tst_steps.moc"
