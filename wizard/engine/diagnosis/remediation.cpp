#include "remediation.h"

#include "case/carryforward.h"
#include "cluster/routesresult.h"
#include "core/shellquote.h"

#include <QFileInfo>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <vector>

namespace SniDoctor {

namespace {

const char *const kCredentialPlaceholder = "REPLACE-WITH-THE-TLS-SECRET-NAME";

// A YAML plain scalar when it is one, else a double-quoted string.
QString scalar(const QString &text)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");
    bool plain = !text.isEmpty() && text[0] != QLatin1Char('-') && text[0] != QLatin1Char('.');
    for (const QChar c : text)
        plain = plain && safe.contains(c);
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

struct Lines
{
    QList<QByteArray> lines;
    bool finalNewline = true;
};

Lines splitLines(const QByteArray &text)
{
    Lines result;
    result.lines = text.split('\n');
    if (!text.isEmpty() && text.endsWith('\n'))
        result.lines.removeLast();
    else if (text.isEmpty())
        result.lines.clear();
    else
        result.finalNewline = false;
    return result;
}

struct DiffOp
{
    char kind;   // ' ', '-', '+'
    qsizetype a; // index in a (for ' ' and '-')
    qsizetype b; // index in b (for ' ' and '+')
};

// At most this many lines added or removed are placed one by one (Myers' O(ND)
// diff: time (N + M) * D, memory D * D); past it the changed middle is shown as
// removed and added whole, still a diff that patch applies.
constexpr qsizetype kMaxDiffEdits = 1000;

// The edit script from a to b: the common start and end as they are, the middle by
// Myers' greedy algorithm (the shortest script; deletions before insertions).
std::vector<DiffOp> diffLines(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
        ++suffix;
    const qsizetype na = n - prefix - suffix; // the middles: a[prefix, prefix + na)
    const qsizetype nb = m - prefix - suffix;
    std::vector<DiffOp> ops;
    ops.reserve(size_t(n + nb));
    for (qsizetype i = 0; i < prefix; ++i)
        ops.push_back({' ', i, i});

    std::vector<DiffOp> middle;
    const qsizetype maxD = std::min(na + nb, kMaxDiffEdits);
    // v[k] for diagonal k = x - y, offset by maxD + 1; trace[d] keeps v[-d-1 .. d+1]
    // as it was when round d began.
    std::vector<qsizetype> v(size_t(2 * maxD + 3), 0);
    const qsizetype offset = maxD + 1;
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= maxD && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x =
                (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                    ? v[size_t(offset + k + 1)]
                    : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < na && y < nb && a[prefix + x] == b[prefix + y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= na && y >= nb) {
                found = d;
                break;
            }
        }
    }
    if (found >= 0) {
        qsizetype x = na;
        qsizetype y = nb;
        for (qsizetype d = found; d >= 0; --d) {
            const std::vector<qsizetype> &round = trace[size_t(d)];
            const auto at = [&round, d](qsizetype k) { return round[size_t(k + d + 1)]; };
            const qsizetype k = x - y;
            const qsizetype previousK =
                (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
            const qsizetype previousX = d == 0 ? 0 : at(previousK);
            const qsizetype previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY) {
                --x;
                --y;
                middle.push_back({' ', prefix + x, prefix + y});
            }
            if (d == 0)
                break;
            if (x == previousX)
                middle.push_back({'+', prefix + x, prefix + y - 1});
            else
                middle.push_back({'-', prefix + x - 1, prefix + y});
            x = previousX;
            y = previousY;
        }
        std::reverse(middle.begin(), middle.end());
    } else {
        for (qsizetype i = 0; i < na; ++i)
            middle.push_back({'-', prefix + i, prefix});
        for (qsizetype j = 0; j < nb; ++j)
            middle.push_back({'+', prefix + na, prefix + j});
    }
    ops.insert(ops.end(), middle.begin(), middle.end());
    for (qsizetype i = 0; i < suffix; ++i)
        ops.push_back({' ', n - suffix + i, m - suffix + i});
    return ops;
}

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &nameBefore,
                    const QString &nameAfter)
{
    if (before == after)
        return {};
    const Lines a = splitLines(before);
    const Lines b = splitLines(after);
    const qsizetype n = a.lines.size();
    const qsizetype m = b.lines.size();
    // A last line with a newline and the same without are different lines in diff -u:
    // a newline (which no line holds) marks the one without.
    QList<QByteArray> linesA = a.lines;
    QList<QByteArray> linesB = b.lines;
    if (!a.finalNewline && !linesA.isEmpty())
        linesA.last() += '\n';
    if (!b.finalNewline && !linesB.isEmpty())
        linesB.last() += '\n';
    const std::vector<DiffOp> ops = diffLines(linesA, linesB);
    auto lineText = [&](const DiffOp &op) {
        const bool fromA = op.kind == '-' || op.kind == ' ';
        const QByteArray &line = fromA ? a.lines[op.a] : b.lines[op.b];
        QString text = QLatin1Char(op.kind) + QString::fromUtf8(line) + QLatin1Char('\n');
        // A context line is the last of both only when both lack the newline.
        if (fromA ? op.a == n - 1 && !a.finalNewline : op.b == m - 1 && !b.finalNewline)
            text += QStringLiteral("\\ No newline at end of file\n");
        return text;
    };
    QString diff = QStringLiteral("--- %1\n+++ %2\n").arg(nameBefore, nameAfter);
    const int context = 3;
    size_t k = 0;
    while (k < ops.size()) {
        if (ops[k].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` after the last
        // change closer than 2 * context lines.
        size_t start = k >= size_t(context) ? k - context : 0;
        while (start < k && ops[start].kind != ' ')
            ++start;
        size_t end = k;
        size_t lastChange = k;
        while (end < ops.size()) {
            if (ops[end].kind != ' ')
                lastChange = end;
            else if (end - lastChange > size_t(2 * context))
                break;
            ++end;
        }
        end = std::min(ops.size(), lastChange + context + 1);
        qsizetype aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        QString body;
        for (size_t x = start; x < end; ++x) {
            const DiffOp &op = ops[x];
            if (op.kind != '+') {
                if (aStart < 0)
                    aStart = op.a;
                ++aCount;
            }
            if (op.kind != '-') {
                if (bStart < 0)
                    bStart = op.b;
                ++bCount;
            }
            body += lineText(op);
        }
        if (aStart < 0)
            aStart = ops[start].a; // pure insertion: the line before which it goes
        if (bStart < 0)
            bStart = ops[start].b;
        diff += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                    .arg(aCount == 0 ? aStart : aStart + 1)
                    .arg(aCount)
                    .arg(bCount == 0 ? bStart : bStart + 1)
                    .arg(bCount) +
                body;
        k = end;
    }
    return diff;
}

Remediation makeRemediation(const std::optional<QList<ApigeeRoute>> &routes,
                            const QByteArray &overridesText,
                            const std::optional<OverridesReport> &overrides,
                            const RemediationOptions &options)
{
    Remediation remediation;
    const ApigeeRoute *existing = nullptr;
    const ApigeeRoute *hostRoute = nullptr;
    if (routes) {
        for (const ApigeeRoute &route : *routes) {
            if (route.isWildcard() && !existing)
                existing = &route;
            else if (!route.isWildcard() && !route.credentialNames.isEmpty() && !hostRoute)
                hostRoute = &route;
        }
    }
    remediation.routeName = existing ? existing->name : options.routeName;
    remediation.routeNeeded =
        !existing || existing->enableNonSniClient != std::optional<bool>(true);
    QString credential;
    if (existing && !existing->credentialNames.isEmpty()) {
        credential = existing->credentialNames.first();
        remediation.credentialSource = existing->name;
    } else if (hostRoute) {
        credential = hostRoute->credentialNames.first();
        remediation.credentialSource = hostRoute->name;
    }
    remediation.credentialKnown = !credential.isEmpty();
    // The selector: the existing route's, else the virtual hosts' (ingress_name
    // included), else a virtual-host route's, else Apigee's default.
    QMap<QString, QString> selector;
    if (existing && !existing->selector.isEmpty())
        selector = existing->selector;
    else if (overrides && !overrides->virtualHosts.isEmpty() &&
             !overrides->virtualHosts.first().selector.isEmpty()) {
        const QHash<QString, QString> &hostSelector = overrides->virtualHosts.first().selector;
        for (auto it = hostSelector.cbegin(); it != hostSelector.cend(); ++it)
            selector.insert(it.key(), it.value());
    } else if (hostRoute && !hostRoute->selector.isEmpty())
        selector = hostRoute->selector;
    else
        selector.insert(QStringLiteral("app"), QStringLiteral("apigee-ingressgateway"));
    const QStringList selectorKeys = selector.keys(); // sorted: a QMap

    QString yaml;
    yaml += QStringLiteral(
        "# The wildcard ApigeeRoute for clients that send no SNI (made by SNI Doctor).\n");
    yaml += QStringLiteral(
        "apiVersion: apigee.cloud.google.com/v1alpha1\nkind: ApigeeRoute\nmetadata:\n");
    yaml += QStringLiteral("  name: %1\n  namespace: %2\n")
                .arg(scalar(remediation.routeName), scalar(options.ns));
    yaml += QStringLiteral("spec:\n  hostnames:\n  - \"*\"\n  ports:\n  - number: 443\n    "
                           "protocol: HTTPS\n    tls:\n");
    if (remediation.credentialKnown)
        yaml += QStringLiteral("      credentialName: %1 # as the route %2 uses\n")
                    .arg(scalar(credential), remediation.credentialSource);
    else
        yaml += QStringLiteral("      credentialName: %1 # find it: kubectl -n %2 get apigeeroutes "
                               "-o yaml | grep credentialName\n")
                    .arg(QLatin1String(kCredentialPlaceholder), options.ns);
    yaml += QStringLiteral("      mode: SIMPLE\n  selector:\n");
    for (const QString &key : selectorKeys)
        yaml += QStringLiteral("    %1: %2\n").arg(scalar(key), scalar(selector.value(key)));
    yaml += QStringLiteral("  enableNonSniClient: true\n");
    remediation.routeYaml = yaml.toUtf8();

    // Checked by the route reader and the route rules, as if applied.
    const Result<QList<ApigeeRoute>> parsed =
        parseApigeeRoutes(remediation.routeYaml, QStringLiteral("route.yaml"));
    if (!parsed) {
        remediation.routeProblems << parsed.error().message();
    } else if (parsed.value().size() != 1 || !parsed.value().first().isWildcard() ||
               parsed.value().first().enableNonSniClient != std::optional<bool>(true)) {
        remediation.routeProblems << QStringLiteral(
            "not a wildcard route with enableNonSniClient: true");
    } else {
        QList<ApigeeRoute> applied{parsed.value().first()};
        applied.first().state = QStringLiteral("running");
        for (const Finding &finding : routeFindings(applied)) {
            if (finding.severity == Severity::Error)
                remediation.routeProblems << finding.id;
        }
    }

    // overrides.yaml: the route in additionalGateways of every virtual host.
    if (!overridesText.isEmpty()) {
        remediation.overridesBefore = overridesText;
        const OverridesFix fix = addAdditionalGateway(overridesText, remediation.routeName);
        remediation.skippedHosts = fix.skippedHosts;
        if (fix.text != overridesText) {
            remediation.overridesAfter = fix.text;
            remediation.overridesDiff =
                unifiedDiff(overridesText, fix.text, QStringLiteral("a/") + options.overridesFile,
                            QStringLiteral("b/") + options.overridesFile);
        }
        OverridesContext context;
        context.wildcardRoute = remediation.routeName;
        context.checkCertificates = false; // the change touches no certificate
        const QString file = overrides ? overrides->file : options.overridesFile;
        auto errors = [&](const QByteArray &text) {
            QSet<QString> found;
            for (const OverridesDiagnostic &diagnostic :
                 validateOverrides(text, file, context).diagnostics) {
                if (diagnostic.severity == Severity::Error)
                    found.insert(diagnostic.code + QLatin1Char('@') + diagnostic.path);
            }
            return found;
        };
        const QSet<QString> before = errors(overridesText);
        for (const QString &error : errors(fix.text)) {
            // Problems the change itself left or made; older ones are the validator's to show.
            if (!before.contains(error) ||
                error.startsWith(QLatin1String("additional_gateway_missing")))
                remediation.overridesProblems << error;
        }
        remediation.overridesProblems.sort();
    }

    // The commands, a dry run first; nothing runs without the user. Every kubectl
    // command addresses the case's cluster.
    const QString routeFile = remediation.routeName + QStringLiteral(".yaml");
    const QString kubectl = kubectlPrefix(options.kubectl);
    const QString ns = shellQuote(options.ns);
    if (remediation.routeNeeded)
        remediation.commands
            << QStringLiteral("%1 apply --dry-run=server -f %2 -n %3")
                   .arg(kubectl, shellQuote(routeFile), ns)
            << QStringLiteral("%1 apply -f %2 -n %3").arg(kubectl, shellQuote(routeFile), ns);
    remediation.commands << QStringLiteral(
                                "%1 -n %2 get apigeeroute %3 -o jsonpath='{.status.state}'")
                                .arg(kubectl, ns, shellQuote(remediation.routeName));
    QStringList groups;
    if (overrides) {
        for (const OverridesVirtualHost &host : overrides->virtualHosts) {
            if (!host.name.isEmpty())
                groups << host.name;
        }
    }
    if (groups.isEmpty())
        groups << QStringLiteral("ENV_GROUP");
    const QString file = shellQuote(options.overridesFile);
    if (options.helm) {
        for (const QString &group : std::as_const(groups)) {
            const QString upgrade =
                QStringLiteral("helm upgrade %1 apigee-virtualhost/ --namespace %2 --atomic --set "
                               "%3 -f %4")
                    .arg(shellQuote(group), ns, shellQuote(QStringLiteral("envgroup=") + group),
                         file);
            remediation.commands << upgrade + QStringLiteral(" --dry-run") << upgrade;
        }
    } else {
        remediation.commands
            << QStringLiteral("apigeectl apply -f %1 --settings virtualhosts --dry-run=client")
                   .arg(file)
            << QStringLiteral("apigeectl apply -f %1 --settings virtualhosts").arg(file);
    }
    QString verify =
        QStringLiteral("sni-doctor probe ") +
        (options.probeHost.isEmpty() ? QStringLiteral("HOST") : shellQuote(options.probeHost));
    if (!options.probeConnect.isEmpty())
        verify += QStringLiteral(" --connect ") + shellQuote(options.probeConnect);
    if (!options.probeCaFile.isEmpty())
        verify += QStringLiteral(" --ca-file ") + shellQuote(options.probeCaFile);
    remediation.commands << verify;
    return remediation;
}

RemediationOptions remediationOptions(const CaseData &data)
{
    RemediationOptions options;
    const QString name = data.fix.routeName.trimmed();
    if (!name.isEmpty())
        options.routeName = name;
    options.helm = data.fix.tool == InstallTool::Helm;
    const RoutesResult *routes = data.result<RoutesResult>(Step::Routes);
    if (routes && !routes->cluster.ns.isEmpty())
        options.ns = routes->cluster.ns;
    else if (routes && !routes->routes.isEmpty() && !routes->routes.first().ns.isEmpty())
        options.ns = routes->routes.first().ns;
    else if (!data.cluster.ns.isEmpty())
        options.ns = data.cluster.ns;
    if (const OverridesResult *overrides = data.result<OverridesResult>(Step::Overrides))
        options.overridesFile =
            QFileInfo(overrides->report.file.section(QStringLiteral(": "), -1)).fileName();
    const ProbeTarget endpoint = caseEndpoint(data);
    if (!endpoint.host.isEmpty()) {
        options.probeHost = endpoint.port == 443
                                ? endpoint.host
                                : QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
        options.probeConnect = endpoint.connectAddress;
        options.probeCaFile = endpoint.caFile;
    }
    options.kubectl = caseKubectlScope(data, defaultKubeconfigFile());
    options.kubectl.ns = options.ns;
    return options;
}

std::optional<Remediation> remediationFor(const CaseData &data, const Diagnosis &diagnosis)
{
    if (!diagnosisNeedsFix(diagnosis))
        return std::nullopt;
    const RoutesResult *routes = data.result<RoutesResult>(Step::Routes);
    const OverridesResult *overrides = data.result<OverridesResult>(Step::Overrides);
    Remediation remediation = makeRemediation(
        routes ? std::optional<QList<ApigeeRoute>>(routes->routes) : std::nullopt,
        overrides ? overrides->text : QByteArray(),
        overrides ? std::optional<OverridesReport>(overrides->report) : std::nullopt,
        remediationOptions(data));
    // A case diagnosed automatically is verified the same way: every host through every
    // ingress, not one probe.
    if (!data.probeMatrix.isNull() && !remediation.commands.isEmpty()) {
        const RemediationOptions options = remediationOptions(data);
        QString verify = QStringLiteral("sni-doctor diagnose --cluster");
        if (!options.kubectl.kubeconfig.isEmpty())
            verify += QStringLiteral(" --kubeconfig ") + shellQuote(options.kubectl.kubeconfig);
        if (!options.kubectl.context.isEmpty())
            verify += QStringLiteral(" --context ") + shellQuote(options.kubectl.context);
        verify += QStringLiteral(" -n ") + shellQuote(options.ns);
        remediation.commands.last() = verify;
    }
    return remediation;
}

std::optional<Remediation> remediationFor(const CaseData &data)
{
    return remediationFor(data, diagnose(data));
}

QJsonObject remediationToJson(const Remediation &remediation)
{
    return QJsonObject{
        {QStringLiteral("route_name"), remediation.routeName},
        {QStringLiteral("route_needed"), remediation.routeNeeded},
        {QStringLiteral("apigee_route_yaml"), QString::fromUtf8(remediation.routeYaml)},
        {QStringLiteral("credential_known"), remediation.credentialKnown},
        {QStringLiteral("overrides_diff"), remediation.overridesDiff.isEmpty()
                                               ? QJsonValue()
                                               : QJsonValue(remediation.overridesDiff)},
        {QStringLiteral("skipped_virtual_hosts"),
         QJsonArray::fromStringList(remediation.skippedHosts)},
        {QStringLiteral("problems"),
         QJsonArray::fromStringList(remediation.routeProblems + remediation.overridesProblems)},
        {QStringLiteral("commands"), QJsonArray::fromStringList(remediation.commands)}};
}

} // namespace SniDoctor
