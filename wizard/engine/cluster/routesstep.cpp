#include "cluster/routesstep.h"

#include "case/stepmodule.h"
#include "cluster/routesjson.h"
#include "cluster/routesresult.h"
#include "cluster/routetext.h"
#include "core/yaml.h"

#include <QCoreApplication>

#include <QFileInfo>
#include <QSet>
#include <any>

namespace SniDoctor {

namespace {

QString nonSniText(const ApigeeRoute &route, const QString &unset)
{
    return route.enableNonSniClient
               ? (*route.enableNonSniClient ? QStringLiteral("true") : QStringLiteral("false"))
               : unset;
}

// Columns as wide as their widest cell, three spaces apart: kubectl's tables.
QByteArray kubectlTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (int column = 0; column < headers.size(); ++column) {
        qsizetype width = headers[column].size();
        for (const QStringList &row : rows)
            width = std::max(width, row.value(column).size());
        widths << width + 3;
    }
    QString out;
    for (const QStringList &row : QList<QStringList>{headers} + rows) {
        QString line;
        for (int column = 0; column < row.size(); ++column)
            line += row[column].leftJustified(int(widths[column]));
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out.toUtf8();
}

// A route as `kubectl describe` would have it: its fields and its events, as YAML.
QByteArray describeRoute(const ApigeeRoute &route)
{
    QStringList quoted;
    for (const QString &host : route.hostnames)
        quoted << QLatin1Char('"') + host + QLatin1Char('"');
    QString text =
        QStringLiteral("name: %1\nnamespace: %2\ncreationTimestamp: %8\nstate: %3\nhostnames: "
                       "[%4]\nenableNonSniClient: %5\n"
                       "additionalGateways: [%6]\ncredentialNames: [%7]\nselector:\n")
            .arg(route.name, route.ns, route.state.isEmpty() ? QStringLiteral("null") : route.state,
                 quoted.join(QStringLiteral(", ")), nonSniText(route, QStringLiteral("null")),
                 route.additionalGateways.join(QStringLiteral(", ")),
                 route.credentialNames.join(QStringLiteral(", ")),
                 route.created.isValid()
                     ? QStringLiteral("\"%1\"").arg(route.created.toString(Qt::ISODate))
                     : QStringLiteral("null"));
    for (auto it = route.selector.cbegin(); it != route.selector.cend(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key(), it.value());
    text += QStringLiteral("events:\n");
    if (route.events.isEmpty())
        text += QStringLiteral("  []\n");
    for (const KubeEvent &event : route.events)
        text += QStringLiteral("- {type: %1, reason: %2, count: %3, lastSeen: \"%4\", message: "
                               "\"%5\"}\n")
                    .arg(event.type, event.reason)
                    .arg(event.count)
                    .arg(event.lastSeen,
                         QString(event.message).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
    return text.toUtf8();
}

// The routes a file holds, parsed once per review (recognition, then loading): from
// the YAML documents the review already parsed, else from the text (JSON, or YAML the
// review did not parse: too large, or a syntax error to report).
const Result<QList<ApigeeRoute>> *routesIn(FileSniff &file)
{
    std::any &memo = file.memo("routes");
    if (!memo.has_value()) {
        if (const std::vector<YAML::Node> &documents = file.yaml(); !documents.empty())
            memo = parseApigeeRoutes(documents, file.file().name);
        else if (const QByteArray *text = file.text(qint64(256) << 20))
            memo = parseApigeeRoutes(*text, file.file().name);
        else
            return nullptr;
    }
    return std::any_cast<Result<QList<ApigeeRoute>>>(&memo);
}

// Several files of routes make one list: a route named twice (the same namespace and
// name) counts once, the first time.
void mergeRoutes(QList<ApigeeRoute> &into, QSet<QString> &seen, const QList<ApigeeRoute> &routes)
{
    for (const ApigeeRoute &route : routes) {
        const QString key = route.ns + QChar(0) + route.name;
        if (!seen.contains(key)) {
            seen.insert(key);
            into.append(route);
        }
    }
}

class RoutesStep final : public StepModule
{
public:
    QJsonObject resultJson(const StepRecord &record) const override
    {
        const RoutesResult &result = record.as<RoutesResult>();
        const bool cluster = record.origin().kind == Origin::Kind::Cluster;
        // The namespace read, else the routes' own.
        const QString ns = !result.cluster.ns.isEmpty() || result.routes.isEmpty()
                               ? result.cluster.ns
                               : result.routes.first().ns;
        QJsonObject json =
            routesToJson(result.routes, routeFindings(result.routes),
                         cluster ? QStringLiteral("cluster") : QStringLiteral("file"),
                         result.cluster.context, ns);
        if (result.pods)
            json.insert(QStringLiteral("pods"), podsToJson(*result.pods));
        return json;
    }

    QJsonObject sessionJson(const StepRecord &record) const override
    {
        QJsonObject json = resultJson(record);
        const QString kubeconfig = record.as<RoutesResult>().cluster.kubeconfig;
        if (!kubeconfig.isEmpty())
            json.insert(QStringLiteral("kubeconfig"), kubeconfig);
        return json;
    }

    StepRecord fromJson(const QJsonObject &json) const override
    {
        std::optional<QList<ApigeeRoute>> routes = routesFromJson(json);
        if (!routes)
            return {};
        RoutesResult result;
        result.routes = std::move(*routes);
        if (json.value(QLatin1String("pods")).isArray())
            result.pods = podsFromJson(json.value(QLatin1String("pods")).toArray());
        result.cluster.kubeconfig = json.value(QLatin1String("kubeconfig")).toString();
        result.cluster.context = json.value(QLatin1String("context")).toString();
        result.cluster.ns = json.value(QLatin1String("namespace")).toString();
        const bool cluster =
            json.value(QLatin1String("source")).toString() == QLatin1String("cluster");
        Origin origin = cluster ? Origin::cluster() : Origin::thisMachine();
        if (!cluster && !result.routes.isEmpty() && !result.routes.first().file.isEmpty())
            origin.files = {QFileInfo(result.routes.first().file).fileName()};
        return StepRecord(std::move(result), origin, QDateTime());
    }

    bool isResultJson(const QJsonObject &json) const override { return isRoutesJson(json); }

    QList<Finding> findings(const StepRecord &record) const override
    {
        const RoutesResult &result = record.as<RoutesResult>();
        QList<Finding> findings = routeFindings(result.routes);
        if (result.pods)
            findings += podFindings(*result.pods);
        return findings;
    }

    QString verdict(const StepRecord &record) const override
    {
        return RouteText::verdict(routeFindings(record.as<RoutesResult>().routes));
    }

    QString findingTitle(const Finding &finding) const override
    {
        return RouteText::title(finding);
    }
    QString findingDetail(const Finding &finding) const override
    {
        return RouteText::detail(finding);
    }

    void addFacts(const StepRecord &record, QList<Fact> &facts) const override
    {
        const Place where =
            record.origin().kind == Origin::Kind::Cluster || record.origin().files.isEmpty()
                ? Place::cluster()
                : Place::inFiles(record.origin().files);
        for (const Finding &finding : routeFindings(record.as<RoutesResult>().routes)) {
            FactKind kind = FactKind::OtherRouteProblem;
            if (finding.id == QLatin1String("non_sni_enabled"))
                kind = FactKind::RoutesServeNonSni;
            else if (finding.severity != Severity::Error)
                continue;
            else if (finding.id == QLatin1String("no_wildcard_route"))
                kind = FactKind::NoWildcardRoute;
            else if (finding.id == QLatin1String("wildcard_route_non_sni_disabled"))
                kind = FactKind::WildcardNonSniDisabled;
            else if (finding.id == QLatin1String("wildcard_route_not_attached"))
                kind = FactKind::WildcardNotAttached;
            facts << Fact{kind, finding, where, record.time()};
        }
    }

    bool recognize(FileSniff &file, RecognitionPhase phase, Args &detail) const override
    {
        if (phase == RecognitionPhase::Yaml) {
            const std::vector<YAML::Node> &documents = file.yaml();
            if (documents.empty() || !documents.front().IsMap())
                return false;
            const QString kind = Yaml::text(Yaml::child(documents.front(), "kind"));
            if (kind != QLatin1String("ApigeeRoute") && kind != QLatin1String("List") &&
                kind != QLatin1String("ApigeeRouteList"))
                return false;
        } else if (phase != RecognitionPhase::Json) {
            return false;
        }
        const Result<QList<ApigeeRoute>> *routes = routesIn(file);
        if (!routes || !*routes)
            return false;
        detail.insert("count", QString::number(routes->value().size()));
        return true;
    }

    QString inputKindId() const override { return QStringLiteral("routes"); }

    QString inputKindText(const Args &detail) const override
    {
        const int count = int(detail.number("count"));
        return QCoreApplication::translate("SniDoctor::ReviewText",
                                           "ApigeeRoutes (kubectl get apigeeroutes): %n route(s)",
                                           nullptr, count);
    }

    QString resultKindText() const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText", "SNI Doctor routes result");
    }

    StepRecord review(StepCollected &collected, const CaseData &, TaskControl &) const override
    {
        for (const CollectedResult &result : collected.results) {
            StepRecord record = fromJson(result.json);
            if (record.isNull())
                continue;
            collected.used << result.file;
            if (record.origin().kind != Origin::Kind::Cluster)
                record.setOrigin(Origin::collected(record.origin().files.isEmpty()
                                                       ? QStringList{result.file->name}
                                                       : record.origin().files));
            return record;
        }
        RoutesResult result;
        QSet<QString> seen;
        QStringList names;
        for (FileSniff *input : std::as_const(collected.inputs)) {
            const Result<QList<ApigeeRoute>> *routes = routesIn(*input);
            if (!routes)
                continue;
            if (!*routes) {
                collected.problems.insert(&input->file(), routes->error());
                continue;
            }
            mergeRoutes(result.routes, seen, routes->value());
            collected.used << &input->file();
            names << input->file().name;
        }
        if (names.isEmpty())
            return {};
        return StepRecord(std::move(result), Origin::collected(names), QDateTime());
    }

    void addToBundle(const StepRecord &record, BundleContent &content) const override
    {
        const RoutesResult &result = record.as<RoutesResult>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // As kubectl get apigeeroutes prints them (the CRD's columns: state, age).
        QList<QStringList> rows;
        for (const ApigeeRoute &route : result.routes)
            rows << QStringList{route.name,
                                route.state.isEmpty() ? QStringLiteral("<none>") : route.state,
                                kubectlAge(route.created, now)};
        content.addFile(
            QStringLiteral("routes/kubectl-get-apigeeroutes.txt"),
            kubectlTable({QStringLiteral("NAME"), QStringLiteral("STATE"), QStringLiteral("AGE")},
                         rows));
        for (const ApigeeRoute &route : result.routes)
            content.addFile(QStringLiteral("routes/describe-%1.yaml").arg(route.name),
                            describeRoute(route));
        content.addFile(QStringLiteral("routes/routes.json"), jsonBytes(resultJson(record)));
        if (result.pods) {
            QList<QStringList> pods;
            for (const IngressPod &pod : *result.pods)
                pods << QStringList{pod.name, pod.ready, pod.status, QString::number(pod.restarts),
                                    pod.age(now)};
            content.addFile(QStringLiteral("routes/kubectl-get-pods.txt"),
                            kubectlTable({QStringLiteral("NAME"), QStringLiteral("READY"),
                                          QStringLiteral("STATUS"), QStringLiteral("RESTARTS"),
                                          QStringLiteral("AGE")},
                                         pods));
        }
        const auto text = [](const char *source) {
            return QCoreApplication::translate("SniDoctor::BundleText", source);
        };
        QList<QStringList> table{{text(QT_TRANSLATE_NOOP("SniDoctor::BundleText", "Route")),
                                  text(QT_TRANSLATE_NOOP("SniDoctor::BundleText", "State")),
                                  text(QT_TRANSLATE_NOOP("SniDoctor::BundleText", "Hostnames")),
                                  QStringLiteral("enableNonSniClient"),
                                  QStringLiteral("additionalGateways")}};
        for (const ApigeeRoute &route : result.routes)
            table << QStringList{route.name, route.state,
                                 route.hostnames.join(QStringLiteral(", ")),
                                 nonSniText(route, QStringLiteral("-")),
                                 route.additionalGateways.join(QStringLiteral(", "))};
        content.addReport(ReportBlock::paragraph(verdict(record)));
        content.addReport(ReportBlock::table(table));
    }
};

} // namespace

const StepModule &routesStepModule()
{
    static const RoutesStep module;
    return module;
}

} // namespace SniDoctor
