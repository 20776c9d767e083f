#include "probe/probestep.h"

#include "case/stepmodule.h"
#include "probe/probejson.h"
#include "probe/probematrix.h"
#include "probe/probematrixtext.h"
#include "probe/probetext.h"

#include <QCoreApplication>

namespace SniDoctor {

namespace {

class ProbeStep final
    : public JsonStepModule<ProbeReport, probeReportToJson, probeReportFromJson, isProbeReportJson>
{
public:
    QString verdict(const StepRecord &record) const override
    {
        return ProbeText::verdict(record.as<ProbeReport>());
    }

    // The probe matrix's findings are step 4's evidence too.
    QString findingTitle(const Finding &finding) const override
    {
        const QString title = ProbeText::title(finding);
        return title.isEmpty() ? ProbeMatrixText::title(finding) : title;
    }
    QString findingDetail(const Finding &finding) const override
    {
        const QString detail = ProbeText::detail(finding);
        return detail.isEmpty() ? ProbeMatrixText::detail(finding) : detail;
    }

    void addFacts(const StepRecord &record, QList<Fact> &facts) const override
    {
        const ProbeReport &report = record.as<ProbeReport>();
        const Place where = Place::atEndpoint(
            QStringLiteral("%1:%2").arg(report.target.host).arg(report.target.port),
            report.address);
        for (const Finding &finding : report.findings) {
            if (finding.id == QLatin1String("non_sni_rejected"))
                facts << Fact{FactKind::NonSniRefused, finding, where, record.time()};
            else if (finding.id == QLatin1String("non_sni_accepted"))
                facts << Fact{FactKind::NonSniServed, finding, where, record.time()};
            else if (finding.id == QLatin1String("sni_rejected") ||
                     finding.id == QLatin1String("endpoint_unreachable"))
                facts << Fact{FactKind::EndpointProblem, finding, where, record.time()};
        }
    }

    // The automatic diagnosis's probe matrix is step 4's result too (review() skips it:
    // reviewCollection puts it in the case's probeMatrix).
    bool isResultJson(const QJsonObject &json) const override
    {
        return isProbeReportJson(json) || isProbeMatrixJson(json);
    }

    // The probe has no raw form to collect: only what `sni-doctor probe --json` wrote.
    bool recognize(FileSniff &, RecognitionPhase, Args &) const override { return false; }
    QString inputKindId() const override { return {}; }
    QString inputKindText(const Args &) const override { return {}; }

    QString resultKindText() const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText", "SNI Doctor probe result");
    }

    StepRecord review(StepCollected &collected, const CaseData &, TaskControl &) const override
    {
        for (const CollectedResult &result : collected.results) {
            StepRecord record = fromJson(result.json);
            if (!record.isNull()) {
                collected.used << result.file;
                return record;
            }
        }
        return {};
    }

    void addToBundle(const StepRecord &record, BundleContent &content) const override
    {
        const ProbeReport &report = record.as<ProbeReport>();
        content.addFile(QStringLiteral("probe.json"), jsonBytes(resultJson(record)));
        const auto text = [](const char *source) {
            return QCoreApplication::translate("SniDoctor::BundleText", source);
        };
        QList<QStringList> rows{{text(QT_TRANSLATE_NOOP("SniDoctor::BundleText", "SNI sent")),
                                 text(QT_TRANSLATE_NOOP("SniDoctor::BundleText", "Outcome")),
                                 text(QT_TRANSLATE_NOOP("SniDoctor::BundleText", "Protocol")),
                                 text(QT_TRANSLATE_NOOP("SniDoctor::BundleText", "Certificate"))}};
        for (const ProbeAttempt &attempt : report.attempts)
            rows << QStringList{
                ProbeText::sniLabel(attempt), ProbeText::outcomeLabel(attempt), attempt.protocol,
                attempt.chain.isEmpty() ? QStringLiteral("-") : attempt.chain.first().subject};
        content.addReport(ReportBlock::paragraph(ProbeText::verdict(report)));
        content.addReport(ReportBlock::table(rows));
    }
};

} // namespace

const StepModule &probeStepModule()
{
    static const ProbeStep module;
    return module;
}

} // namespace SniDoctor
