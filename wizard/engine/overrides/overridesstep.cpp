#include "overrides/overridesstep.h"

#include "case/stepmodule.h"
#include "cluster/routesresult.h"
#include "core/yaml.h"
#include "overrides/overridesjson.h"
#include "overrides/overridesvalidator.h"

#include <QCoreApplication>

namespace SniDoctor {

namespace {

bool hasKeys(const YAML::Node &map, std::initializer_list<const char *> keys, int atLeast)
{
    int found = 0;
    for (const char *key : keys) {
        if (Yaml::entry(map, key).first)
            ++found;
    }
    return found >= atLeast;
}

class OverridesStep final : public StepModule
{
public:
    QJsonObject resultJson(const StepRecord &record) const override
    {
        return overridesReportToJson(record.as<OverridesResult>().report);
    }

    QJsonObject sessionJson(const StepRecord &record) const override
    {
        QJsonObject json = resultJson(record);
        json.insert(QStringLiteral("text"), QString::fromUtf8(record.as<OverridesResult>().text));
        return json;
    }

    StepRecord fromJson(const QJsonObject &json) const override
    {
        std::optional<OverridesReport> report = overridesReportFromJson(json);
        if (!report)
            return {};
        OverridesResult result{std::move(*report),
                               json.value(QLatin1String("text")).toString().toUtf8()};
        return StepRecord(std::move(result), Origin::thisMachine(), QDateTime());
    }

    bool isResultJson(const QJsonObject &json) const override
    {
        return isOverridesReportJson(json);
    }

    QList<Finding> findings(const StepRecord &record) const override
    {
        QList<Finding> findings;
        for (const OverridesDiagnostic &diagnostic :
             record.as<OverridesResult>().report.diagnostics) {
            if (diagnostic.severity != Severity::Info)
                findings.append(Finding{diagnostic.code, diagnostic.severity, diagnostic.args});
        }
        return findings;
    }

    QString verdict(const StepRecord &record) const override
    {
        const OverridesReport &report = record.as<OverridesResult>().report;
        bool unknown = false;
        for (const OverridesDiagnostic &diagnostic : report.diagnostics)
            unknown = unknown || diagnostic.code == QLatin1String("wildcard_route_unknown");
        return overridesVerdict(report, !unknown);
    }

    QString findingTitle(const Finding &finding) const override
    {
        return overridesMessage(finding.id, finding.args);
    }

    QString findingDetail(const Finding &finding) const override
    {
        return overridesMessage(finding.id, finding.args);
    }

    void addFacts(const StepRecord &record, QList<Fact> &facts) const override
    {
        const OverridesReport &report = record.as<OverridesResult>().report;
        for (const OverridesDiagnostic &diagnostic : report.diagnostics) {
            if (diagnostic.code == QLatin1String("additional_gateway_missing"))
                facts << Fact{FactKind::OverridesNotAttached,
                              Finding{diagnostic.code, diagnostic.severity, diagnostic.args},
                              Place::inFile(report.file, diagnostic.line, diagnostic.column),
                              {}};
        }
    }

    bool recognize(FileSniff &file, RecognitionPhase phase, Args &) const override
    {
        if (phase != RecognitionPhase::Yaml)
            return false;
        const std::vector<YAML::Node> &documents = file.yaml();
        return !documents.empty() && documents.front().IsMap() &&
               hasKeys(documents.front(),
                       {"org", "instanceID", "virtualhosts", "envs", "ingressGateways", "gcp",
                        "k8sCluster", "cassandra", "runtime", "synchronizer", "udca", "mart",
                        "watcher", "connectAgent"},
                       2);
    }

    QString inputKindId() const override { return QStringLiteral("overrides"); }

    QString inputKindText(const Args &) const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText", "overrides.yaml");
    }

    QString resultKindText() const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText",
                                           "SNI Doctor overrides.yaml check");
    }

    StepRecord review(StepCollected &collected, const CaseData &soFar, TaskControl &) const override
    {
        for (const CollectedResult &result : collected.results) {
            StepRecord record = fromJson(result.json);
            if (record.isNull())
                continue;
            collected.used << result.file;
            // The text it was made from: a bundle keeps it beside its diagnostics.
            OverridesResult withText = record.as<OverridesResult>();
            QStringList files{result.file->name};
            for (FileSniff *input : std::as_const(collected.inputs)) {
                const QByteArray *text = input->text(qint64(8) << 20);
                if (input->file().origin == result.file->origin && text) {
                    withText.text = *text;
                    collected.used << &input->file();
                    files << input->file().name;
                    break;
                }
            }
            return StepRecord(std::move(withText), Origin::collected(files), QDateTime());
        }
        for (FileSniff *input : std::as_const(collected.inputs)) {
            const QByteArray *text = input->text(qint64(8) << 20);
            if (!text)
                continue;
            OverridesContext context;
            const RoutesResult *routes = soFar.result<RoutesResult>(Step::Routes);
            if (routes)
                context.routes = routes->routes;
            if (!routes ||
                std::none_of(routes->routes.cbegin(), routes->routes.cend(),
                             [](const ApigeeRoute &route) { return route.isWildcard(); }))
                context.wildcardRoute = soFar.fix.routeName; // the route the fix creates
            // Certificate files are not part of what was collected.
            context.checkCertificates = false;
            OverridesResult result{validateOverrides(*text, input->file().name, context), *text};
            collected.used << &input->file();
            return StepRecord(std::move(result), Origin::collected({input->file().name}),
                              QDateTime());
        }
        return {};
    }

    void addToBundle(const StepRecord &record, BundleContent &content) const override
    {
        const OverridesResult &result = record.as<OverridesResult>();
        if (!result.text.isEmpty())
            content.addFile(QStringLiteral("overrides/overrides.yaml"), result.text);
        content.addFile(QStringLiteral("overrides/diagnostics.json"),
                        jsonBytes(resultJson(record)));
        QStringList items;
        for (const OverridesDiagnostic &diagnostic : result.report.diagnostics) {
            if (diagnostic.severity != Severity::Info)
                items << QStringLiteral("%1:%2: %3 [%4]")
                             .arg(diagnostic.line)
                             .arg(diagnostic.column)
                             .arg(overridesMessage(diagnostic), diagnostic.code);
        }
        if (items.isEmpty())
            items << QCoreApplication::translate("SniDoctor::BundleText", "No errors or warnings.");
        content.addReport(ReportBlock::list(items));
    }
};

} // namespace

const StepModule &overridesStepModule()
{
    static const OverridesStep module;
    return module;
}

} // namespace SniDoctor
