#include "overridesvalidator.h"

#include "core/yaml.h"
#include "overrides/overridescertificates.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace SniDoctor {

namespace {

constexpr qsizetype kMaxBytes = 8 * 1024 * 1024;
constexpr int kMaxFlowDepth = 64;
constexpr int kMaxTreeDepth = 64;
constexpr int kNodeBudget = 200000;
constexpr qsizetype kMaxDiagnostics = 500;

// Keys Apigee hybrid's charts and apigeectl read at the top level (1.8 to 1.14), and
// inside the sections this validator knows. Anything else is a warning, never an
// error: the schema grows with every release.
const QStringList kTopLevelKeys{QStringLiteral("ao"),
                                QStringLiteral("apigeeIngressGateway"),
                                QStringLiteral("cacheEncryptionKey"),
                                QStringLiteral("cacheEncryptionPath"),
                                QStringLiteral("cassandra"),
                                QStringLiteral("connectAgent"),
                                QStringLiteral("contractProvider"),
                                QStringLiteral("envs"),
                                QStringLiteral("gcp"),
                                QStringLiteral("httpProxy"),
                                QStringLiteral("hub"),
                                QStringLiteral("imagePullSecrets"),
                                QStringLiteral("ingressGateways"),
                                QStringLiteral("instanceID"),
                                QStringLiteral("istiod"),
                                QStringLiteral("k8sCluster"),
                                QStringLiteral("kmsEncryptionKey"),
                                QStringLiteral("kmsEncryptionPath"),
                                QStringLiteral("kvmEncryptionKey"),
                                QStringLiteral("kvmEncryptionPath"),
                                QStringLiteral("logger"),
                                QStringLiteral("mart"),
                                QStringLiteral("metrics"),
                                QStringLiteral("multiOrgCluster"),
                                QStringLiteral("namespace"),
                                QStringLiteral("nodeSelector"),
                                QStringLiteral("org"),
                                QStringLiteral("orgScopedUDCA"),
                                QStringLiteral("redis"),
                                QStringLiteral("runtime"),
                                QStringLiteral("serviceAccountSecretProviders"),
                                QStringLiteral("synchronizer"),
                                QStringLiteral("udca"),
                                QStringLiteral("virtualhosts"),
                                QStringLiteral("watcher"),
                                QStringLiteral("newDataReplication"),
                                QStringLiteral("enhanceProxyLimits"),
                                QStringLiteral("contractEnforcement"),
                                QStringLiteral("annotations"),
                                QStringLiteral("gcpProjectID"),
                                QStringLiteral("k8sClusterName"),
                                QStringLiteral("validateOrg"),
                                QStringLiteral("validateServiceAccounts"),
                                QStringLiteral("serviceAccounts"),
                                QStringLiteral("envgroup"),
                                QStringLiteral("env"),
                                QStringLiteral("axHashSalt"),
                                QStringLiteral("revision")};
const QStringList kVirtualHostKeys{QStringLiteral("name"),
                                   QStringLiteral("selector"),
                                   QStringLiteral("sslCertPath"),
                                   QStringLiteral("sslKeyPath"),
                                   QStringLiteral("sslSecret"),
                                   QStringLiteral("additionalGateways"),
                                   QStringLiteral("cipherSuites"),
                                   QStringLiteral("minTLSProtocolVersion"),
                                   QStringLiteral("maxTLSProtocolVersion"),
                                   QStringLiteral("requestTimeout"),
                                   QStringLiteral("tlsMode"),
                                   QStringLiteral("caCertPath"),
                                   QStringLiteral("hostAliases"),
                                   QStringLiteral("routingRules"),
                                   QStringLiteral("annotations")};
const QStringList kGcpKeys{QStringLiteral("projectID"),
                           QStringLiteral("region"),
                           QStringLiteral("workloadIdentity"),
                           QStringLiteral("projectIDRuntime"),
                           QStringLiteral("federatedWorkloadIdentity"),
                           QStringLiteral("name")};
const QStringList kIngressGatewayKeys{QStringLiteral("name"),
                                      QStringLiteral("replicaCountMin"),
                                      QStringLiteral("replicaCountMax"),
                                      QStringLiteral("resources"),
                                      QStringLiteral("svcType"),
                                      QStringLiteral("svcAnnotations"),
                                      QStringLiteral("svcLoadBalancerIP"),
                                      QStringLiteral("targetCPUUtilizationPercentage"),
                                      QStringLiteral("nodeSelector"),
                                      QStringLiteral("tolerations"),
                                      QStringLiteral("image"),
                                      QStringLiteral("annotations"),
                                      QStringLiteral("labels"),
                                      QStringLiteral("terminationGracePeriodSeconds"),
                                      QStringLiteral("svcExternalTrafficPolicy"),
                                      QStringLiteral("serviceAccountRef")};

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The Levenshtein distance (case-insensitive), for "did you mean".
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        const QChar left = a[i - 1].toLower();
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j) - 1] + (left == b[j - 1].toLower() ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j) - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QString closest(const QString &key, const QStringList &known)
{
    if (key.size() > 64)
        return {}; // no key is that long: nothing to suggest
    QString best;
    int bestDistance = std::max(2, int(key.size()) / 4) + 1;
    for (const QString &candidate : known) {
        if (std::abs(int(candidate.size()) - int(key.size())) >= bestDistance)
            continue; // the length difference alone is too far
        const int distance = editDistance(key, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

class Validator
{
public:
    Validator(const QByteArray &text, const QString &fileName, const OverridesContext &context)
        : m_text(text)
        , m_context(context)
    {
        m_report.file = fileName;
        m_wildcard = context.wildcardRoute;
        if (context.routes) {
            for (const ApigeeRoute &route : *context.routes) {
                m_knownRoutes << route.name;
                if (m_wildcard.isEmpty() && route.isWildcard())
                    m_wildcard = route.name;
            }
        }
        m_lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
        for (QString &line : m_lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }

    OverridesReport run();

private:
    struct Span
    {
        int line = 0;
        int column = 0;
        int endColumn = 0;
    };

    void add(Severity severity, const Span &span, const QString &path, const char *code,
             const Args &args = {})
    {
        // A file with this many problems is not an overrides.yaml worth listing further.
        if (m_report.diagnostics.size() >= kMaxDiagnostics) {
            if (m_report.diagnostics.size() == kMaxDiagnostics)
                m_report.diagnostics.append(
                    OverridesDiagnostic{Severity::Error,
                                        0,
                                        0,
                                        0,
                                        QString(),
                                        QStringLiteral("too_many_problems"),
                                        {{"limit", QString::number(kMaxDiagnostics)}}});
            return;
        }
        m_report.diagnostics.append(OverridesDiagnostic{severity, span.line, span.column,
                                                        span.endColumn, path,
                                                        QString::fromLatin1(code), args});
    }
    Span spanOf(const YAML::Node &node) const;
    Span keySpan(const YAML::Node &key) const { return spanOf(key); }
    static Span fileSpan() { return {}; }

    bool preChecks();
    void checkTabs();
    void walk(const YAML::Node &node, const QString &path, int depth);
    void checkQuoteClosed(const YAML::Node &node, const QString &path);
    void checkStructure(const YAML::Node &root);
    void checkKeys(const YAML::Node &map, const QString &path, const QStringList &known);
    void checkVirtualHost(const YAML::Node &host, int index, const QSet<QString> &gatewayNames,
                          QSet<QString> &names);
    void checkIngressGateways(const YAML::Node &gateways, QSet<QString> &names);
    void checkNonSni();
    void checkCertificates(const YAML::Node &host, const QString &path,
                           const OverridesVirtualHost &info);
    void scanPrivateKeys();

    // The key node of map[key] (for positions) and its value; undefined when absent.
    static YAML::Node keyNode(const YAML::Node &map, const char *key)
    {
        return Yaml::entry(map, key).first;
    }
    static YAML::Node valueNode(const YAML::Node &map, const char *key)
    {
        return Yaml::entry(map, key).second;
    }
    bool expectString(const YAML::Node &map, const char *key, const QString &path, bool required);
    static bool isPlain(const YAML::Node &node) { return node.Tag() == "?"; }

    QByteArray m_text;
    OverridesContext m_context;
    OverridesReport m_report;
    QStringList m_lines;
    int m_visited = 0;
    bool m_budgetExceeded = false;
    QList<std::pair<YAML::Node, QString>> m_hostNodes; // virtual host nodes and their paths
    QString m_wildcard;
    QStringList m_knownRoutes;
    QSet<quint64> m_walked; // maps and lists already walked, by their mark
};

Validator::Span Validator::spanOf(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    Span span{mark.line + 1, mark.column + 1, 0};
    if (mark.line < 0 || mark.line >= m_lines.size())
        return span;
    const QString &line = m_lines.at(mark.line);
    const int start = mark.column;
    if (node.IsScalar()) {
        const QString scalar = fromStd(node.Scalar());
        if (start < line.size() &&
            (line[start] == QLatin1Char('"') || line[start] == QLatin1Char('\''))) {
            const QChar quote = line[start];
            for (int i = start + 1; i < line.size(); ++i) {
                if (quote == QLatin1Char('"') && line[i] == QLatin1Char('\\')) {
                    ++i;
                } else if (line[i] == quote) {
                    if (quote == QLatin1Char('\'') && i + 1 < line.size() && line[i + 1] == quote) {
                        ++i;
                        continue;
                    }
                    span.endColumn = i + 2;
                    break;
                }
            }
        } else if (!scalar.isEmpty() && line.mid(start).startsWith(scalar)) {
            span.endColumn = start + int(scalar.size()) + 1;
        }
    } else if (start < line.size()) {
        span.endColumn = start + 2; // the opening [ { or -
    }
    return span;
}

bool Validator::preChecks()
{
    if (m_text.size() > kMaxBytes) {
        add(Severity::Error, fileSpan(), {}, "file_too_large",
            {{"size", QString::number(m_text.size())}, {"limit", QString::number(kMaxBytes)}});
        return false;
    }
    if (const qsizetype nul = m_text.indexOf('\0'); nul >= 0) {
        const int line = int(m_text.left(nul).count('\n')) + 1;
        add(Severity::Error, Span{line, 1, 0}, {}, "not_text");
        return false;
    }
    // Flow nesting is bounded before yaml-cpp sees it (its own guard stops deeper
    // recursion but names the problem poorly).
    int depth = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const QString &line = m_lines.at(row);
        QChar quote;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (!quote.isNull()) {
                if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                    ++i;
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace()))
                break;
            if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && depth > 0)
                quote = c;
            if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
                if (++depth > kMaxFlowDepth) {
                    add(Severity::Error, Span{row + 1, i + 1, i + 2}, {}, "too_deep",
                        {{"depth", QString::number(kMaxFlowDepth)}});
                    return false;
                }
            } else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && depth > 0) {
                --depth;
            }
        }
    }
    return true;
}

// Tabs may not indent YAML; yaml-cpp's own message for them is obscure.
void Validator::checkTabs()
{
    bool inBlockScalar = false;
    int blockIndent = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const QString &line = m_lines.at(row);
        int indent = 0;
        while (indent < line.size() &&
               (line[indent] == QLatin1Char(' ') || line[indent] == QLatin1Char('\t')))
            ++indent;
        if (inBlockScalar) {
            if (indent == line.size() || indent > blockIndent)
                continue; // blank lines and the block's own text
            inBlockScalar = false;
        }
        const int tab = int(line.left(indent).indexOf(QLatin1Char('\t')));
        if (tab >= 0 && indent < line.size())
            add(Severity::Error, Span{row + 1, tab + 1, tab + 2}, {}, "tab_indentation");
        static const QRegularExpression blockStart(QStringLiteral(R"(:\s*[|>][-+0-9]*\s*(#.*)?$)"));
        if (blockStart.match(line).hasMatch()) {
            inBlockScalar = true;
            blockIndent = indent;
        }
    }
}

// Every map, at any depth, for duplicate keys and sensitive values; bounded in depth
// and in nodes visited (aliases are shared nodes: an alias bomb revisits them).
void Validator::walk(const YAML::Node &node, const QString &path, int depth)
{
    if (m_budgetExceeded)
        return;
    if (++m_visited > kNodeBudget) {
        m_budgetExceeded = true;
        add(Severity::Error, spanOf(node), path, "too_many_nodes",
            {{"limit", QString::number(kNodeBudget)}});
        return;
    }
    if (depth > kMaxTreeDepth) {
        m_budgetExceeded = true;
        add(Severity::Error, spanOf(node), path, "too_deep",
            {{"depth", QString::number(kMaxTreeDepth)}});
        return;
    }
    // An alias is the anchored node again, at the anchor's mark: walk each map or list
    // once, so that aliases of aliases cost nothing.
    if (node.IsMap() || node.IsSequence()) {
        const YAML::Mark mark = node.Mark();
        const quint64 id = (quint64(quint32(mark.line)) << 33) |
                           (quint64(quint32(mark.column)) << 1) | (node.IsMap() ? 1 : 0);
        if (m_walked.contains(id))
            return;
        m_walked.insert(id);
    }
    if (node.IsMap()) {
        QHash<QString, int> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = it->first.IsScalar() ? fromStd(it->first.Scalar()) : QString();
            const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (it->first.IsScalar()) {
                if (const auto first = seen.constFind(key); first != seen.constEnd()) {
                    add(Severity::Error, keySpan(it->first), childPath, "duplicate_key",
                        {{"key", key}, {"first_line", QString::number(first.value())}});
                } else {
                    seen.insert(key, it->first.Mark().line + 1);
                }
                // Values that must be redacted before anything leaves the machine.
                QString kind;
                if (key.endsWith(QLatin1String("EncryptionKey")))
                    kind = QStringLiteral("encryption_key");
                else if (key == QLatin1String("password") ||
                         key.endsWith(QLatin1String("Password")))
                    kind = QStringLiteral("password");
                else if (key == QLatin1String("axHashSalt"))
                    kind = QStringLiteral("hash_salt");
                if (!kind.isEmpty() && it->second.IsScalar() && !it->second.Scalar().empty()) {
                    const int line = it->second.Mark().line + 1;
                    m_report.sensitive.append(SensitiveValue{line, line, childPath, kind});
                    add(Severity::Info, keySpan(it->first), childPath, "sensitive_value",
                        {{"kind", kind}});
                }
            }
            walk(it->second, childPath, depth + 1);
        }
    } else if (node.IsSequence()) {
        int index = 0;
        for (const YAML::Node &item : node)
            walk(item, path + QStringLiteral("[%1]").arg(index++), depth + 1);
    } else if (node.IsScalar() && node.Tag() == "!") {
        checkQuoteClosed(node, path);
    }
}

// yaml-cpp accepts a quoted string that runs to the end of the file; Helm's parser
// does not.
void Validator::checkQuoteClosed(const YAML::Node &node, const QString &path)
{
    const YAML::Mark mark = node.Mark();
    if (mark.line < 0 || mark.line >= m_lines.size())
        return;
    const QString &quoteLine = m_lines.at(mark.line);
    const QChar quote = mark.column < quoteLine.size() ? quoteLine[mark.column] : QChar();
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
        return;
    for (int row = mark.line; row < m_lines.size(); ++row) {
        const QString &line = m_lines.at(row);
        for (int i = row == mark.line ? mark.column + 1 : 0; i < line.size(); ++i) {
            if (quote == QLatin1Char('"') && line[i] == QLatin1Char('\\')) {
                ++i;
            } else if (line[i] == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < line.size() && line[i + 1] == quote) {
                    ++i;
                    continue;
                }
                return;
            }
        }
    }
    add(Severity::Error, Span{mark.line + 1, mark.column + 1, mark.column + 2}, path,
        "unterminated_quote");
}

void Validator::scanPrivateKeys()
{
    static const QRegularExpression begin(
        QStringLiteral(R"(-----BEGIN ([A-Z ]*)PRIVATE KEY-----)"));
    for (int row = 0; row < m_lines.size(); ++row) {
        const QRegularExpressionMatch match = begin.match(m_lines.at(row));
        if (!match.hasMatch())
            continue;
        int end = row;
        while (end + 1 < m_lines.size() && !m_lines.at(end).contains(QLatin1String("-----END")))
            ++end;
        m_report.sensitive.append(
            SensitiveValue{row + 1, end + 1, QString(), QStringLiteral("private_key")});
        add(Severity::Info,
            Span{row + 1, int(match.capturedStart()) + 1, int(match.capturedEnd()) + 1}, {},
            "sensitive_value", {{"kind", QStringLiteral("private_key")}});
        row = end;
    }
}

void Validator::checkKeys(const YAML::Node &map, const QString &path, const QStringList &known)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        const QString key = fromStd(it->first.Scalar());
        const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (key == QLatin1String("hostAliases") || key == QLatin1String("routingRules")) {
            add(Severity::Warning, keySpan(it->first), childPath, "obsolete_key", {{"key", key}});
        } else if (!known.contains(key)) {
            add(Severity::Warning, keySpan(it->first), childPath, "unknown_key",
                {{"key", key}, {"suggestion", closest(key, known)}});
        }
    }
}

// A scalar that YAML reads as something other than a string.
QString nonStringType(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return QStringLiteral("null");
    if (node.IsMap())
        return QStringLiteral("map");
    if (node.IsSequence())
        return QStringLiteral("list");
    if (node.Tag() != "?")
        return {}; // quoted or tagged: a string
    static const QStringList booleans{QStringLiteral("true"), QStringLiteral("false"),
                                      QStringLiteral("yes"),  QStringLiteral("no"),
                                      QStringLiteral("on"),   QStringLiteral("off")};
    const QString text = fromStd(node.Scalar());
    if (booleans.contains(text.toLower()))
        return QStringLiteral("boolean");
    if (text == QLatin1String("~") || text.toLower() == QLatin1String("null"))
        return QStringLiteral("null");
    return {};
}

bool Validator::expectString(const YAML::Node &map, const char *key, const QString &path,
                             bool required)
{
    const YAML::Node keyNodeFound = keyNode(map, key);
    const QString childPath =
        path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    if (!keyNodeFound) {
        if (required)
            add(Severity::Error, spanOf(map), childPath, "missing_key",
                {{"key", QString::fromLatin1(key)}, {"parent", path}});
        return false;
    }
    const YAML::Node value = valueNode(map, key);
    const QString type = nonStringType(value);
    if (!type.isEmpty()) {
        add(Severity::Error, value.IsNull() ? keySpan(keyNodeFound) : spanOf(value), childPath,
            "wrong_type",
            {{"key", QString::fromLatin1(key)},
             {"expected", QStringLiteral("string")},
             {"actual", type}});
        return false;
    }
    return true;
}

void Validator::checkIngressGateways(const YAML::Node &gateways, QSet<QString> &names)
{
    if (!gateways.IsSequence()) {
        add(Severity::Error, spanOf(gateways), QStringLiteral("ingressGateways"), "wrong_type",
            {{"key", QStringLiteral("ingressGateways")},
             {"expected", QStringLiteral("list")},
             {"actual", nonStringType(gateways).isEmpty() ? QStringLiteral("string")
                                                          : nonStringType(gateways)}});
        return;
    }
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9.-]{1,17}$"));
    int index = 0;
    for (const YAML::Node &gateway : gateways) {
        const QString path = QStringLiteral("ingressGateways[%1]").arg(index++);
        if (!gateway.IsMap()) {
            add(Severity::Error, spanOf(gateway), path, "wrong_type",
                {{"key", path},
                 {"expected", QStringLiteral("map")},
                 {"actual", nonStringType(gateway).isEmpty() ? QStringLiteral("string")
                                                             : nonStringType(gateway)}});
            continue;
        }
        checkKeys(gateway, path, kIngressGatewayKeys);
        if (!expectString(gateway, "name", path, true))
            continue;
        const YAML::Node name = valueNode(gateway, "name");
        const QString text = fromStd(name.Scalar());
        if (!valid.match(text).hasMatch())
            add(Severity::Error, spanOf(name), path + QStringLiteral(".name"),
                "invalid_ingress_gateway_name", {{"name", text}});
        names.insert(text);
    }
}

void Validator::checkVirtualHost(const YAML::Node &host, int index,
                                 const QSet<QString> &gatewayNames, QSet<QString> &names)
{
    const QString path = QStringLiteral("virtualhosts[%1]").arg(index);
    if (!host.IsMap()) {
        add(Severity::Error, spanOf(host), path, "wrong_type",
            {{"key", path},
             {"expected", QStringLiteral("map")},
             {"actual",
              nonStringType(host).isEmpty() ? QStringLiteral("string") : nonStringType(host)}});
        return;
    }
    m_hostNodes.append({host, path});
    checkKeys(host, path, kVirtualHostKeys);
    OverridesVirtualHost info;
    info.index = index;
    const Span hostSpan = spanOf(host);
    info.line = hostSpan.line;
    info.column = hostSpan.column;
    if (expectString(host, "name", path, true)) {
        const YAML::Node name = valueNode(host, "name");
        info.name = fromStd(name.Scalar());
        const Span span = keySpan(keyNode(host, "name"));
        info.line = span.line;
        info.column = span.column;
        if (names.contains(info.name))
            add(Severity::Error, spanOf(name), path + QStringLiteral(".name"),
                "duplicate_virtualhost_name", {{"name", info.name}});
        names.insert(info.name);
    }
    // selector: a map, default app: apigee-ingressgateway; ingress_name names a gateway.
    if (const YAML::Node selector = valueNode(host, "selector"); !keyNode(host, "selector")) {
        add(Severity::Error, hostSpan, path + QStringLiteral(".selector"), "missing_key",
            {{"key", QStringLiteral("selector")}, {"parent", path}});
    } else if (!selector.IsMap()) {
        add(Severity::Error,
            selector.IsNull() ? keySpan(keyNode(host, "selector")) : spanOf(selector),
            path + QStringLiteral(".selector"), "wrong_type",
            {{"key", QStringLiteral("selector")},
             {"expected", QStringLiteral("map")},
             {"actual", nonStringType(selector).isEmpty() ? QStringLiteral("string")
                                                          : nonStringType(selector)}});
    } else {
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            if (it->first.IsScalar() && it->second.IsScalar())
                info.selector.insert(fromStd(it->first.Scalar()), fromStd(it->second.Scalar()));
        }
        if (const YAML::Node ingress = valueNode(selector, "ingress_name");
            ingress && ingress.IsScalar()) {
            const QString name = fromStd(ingress.Scalar());
            if (!gatewayNames.contains(name))
                add(Severity::Error, spanOf(ingress),
                    path + QStringLiteral(".selector.ingress_name"), "unknown_ingress_name",
                    {{"name", name},
                     {"gateways", QStringList(gatewayNames.values()).join(QStringLiteral(", "))}});
        }
    }
    // TLS credentials: sslCertPath + sslKeyPath, or sslSecret; not both.
    const bool cert = bool(keyNode(host, "sslCertPath"));
    const bool key = bool(keyNode(host, "sslKeyPath"));
    const bool secret = bool(keyNode(host, "sslSecret"));
    if (cert)
        expectString(host, "sslCertPath", path, true);
    if (key)
        expectString(host, "sslKeyPath", path, true);
    if (secret && expectString(host, "sslSecret", path, true))
        info.sslSecret = fromStd(valueNode(host, "sslSecret").Scalar());
    if (!cert && !key && !secret) {
        add(Severity::Error, Span{info.line, info.column, 0}, path, "tls_credentials_missing",
            {{"host", info.name}});
    } else if (secret && (cert || key)) {
        add(Severity::Error, keySpan(keyNode(host, "sslSecret")),
            path + QStringLiteral(".sslSecret"), "tls_credentials_conflict", {{"host", info.name}});
    } else if (cert != key) {
        const char *present = cert ? "sslCertPath" : "sslKeyPath";
        add(Severity::Error, keySpan(keyNode(host, present)),
            path + QLatin1Char('.') + QLatin1String(present), "tls_pair_incomplete",
            {{"key", QString::fromLatin1(present)},
             {"missing", QString::fromLatin1(cert ? "sslKeyPath" : "sslCertPath")}});
    }
    // Lists of strings.
    for (const char *listKey : {"additionalGateways", "cipherSuites"}) {
        const YAML::Node keyFound = keyNode(host, listKey);
        if (!keyFound)
            continue;
        const QString listPath = path + QLatin1Char('.') + QLatin1String(listKey);
        const YAML::Node list = valueNode(host, listKey);
        const bool isGateways = QLatin1String(listKey) == QLatin1String("additionalGateways");
        if (isGateways)
            info.hasAdditionalGateways = true;
        if (list.IsNull())
            continue; // an empty value: an empty list
        if (!list.IsSequence()) {
            add(Severity::Error, spanOf(list), listPath, "wrong_type",
                {{"key", QString::fromLatin1(listKey)},
                 {"expected", QStringLiteral("list")},
                 {"actual",
                  nonStringType(list).isEmpty() ? QStringLiteral("string") : nonStringType(list)}});
            continue;
        }
        int item = 0;
        for (const YAML::Node &entry : list) {
            const QString type = nonStringType(entry);
            if (!type.isEmpty())
                add(Severity::Error, spanOf(entry), listPath + QStringLiteral("[%1]").arg(item),
                    "wrong_type",
                    {{"key", QStringLiteral("%1[%2]").arg(QLatin1String(listKey)).arg(item)},
                     {"expected", QStringLiteral("string")},
                     {"actual", type}});
            else if (isGateways)
                info.additionalGateways << fromStd(entry.Scalar());
            ++item;
        }
    }
    // TLS versions: "1.1", "1.2" or "1.3", quoted (a plain 1.2 is a number to Helm).
    for (const char *versionKey : {"minTLSProtocolVersion", "maxTLSProtocolVersion"}) {
        const YAML::Node value = valueNode(host, versionKey);
        if (!keyNode(host, versionKey))
            continue;
        const QString versionPath = path + QLatin1Char('.') + QLatin1String(versionKey);
        const QString text = value.IsScalar() ? fromStd(value.Scalar()) : QString();
        static const QStringList versions{QStringLiteral("1.1"), QStringLiteral("1.2"),
                                          QStringLiteral("1.3")};
        if (!versions.contains(text)) {
            add(Severity::Error,
                value.IsNull() ? keySpan(keyNode(host, versionKey)) : spanOf(value), versionPath,
                "tls_version_invalid", {{"key", QString::fromLatin1(versionKey)}, {"value", text}});
        } else if (isPlain(value)) {
            add(Severity::Warning, spanOf(value), versionPath, "tls_version_unquoted",
                {{"key", QString::fromLatin1(versionKey)}, {"value", text}});
        }
    }
    if (const YAML::Node timeout = valueNode(host, "requestTimeout");
        keyNode(host, "requestTimeout")) {
        bool ok = false;
        const int seconds =
            timeout.IsScalar() && isPlain(timeout) ? fromStd(timeout.Scalar()).toInt(&ok) : 0;
        if (!ok || seconds < 1)
            add(Severity::Error,
                timeout.IsNull() ? keySpan(keyNode(host, "requestTimeout")) : spanOf(timeout),
                path + QStringLiteral(".requestTimeout"), "request_timeout_invalid",
                {{"value", timeout.IsScalar() ? fromStd(timeout.Scalar()) : QString()}});
    }
    if (const YAML::Node mode = valueNode(host, "tlsMode"); keyNode(host, "tlsMode")) {
        const QString text = mode.IsScalar() ? fromStd(mode.Scalar()) : QString();
        if (text != QLatin1String("SIMPLE") && text != QLatin1String("MUTUAL"))
            add(Severity::Error, mode.IsNull() ? keySpan(keyNode(host, "tlsMode")) : spanOf(mode),
                path + QStringLiteral(".tlsMode"), "tls_mode_invalid", {{"value", text}});
        else if (text == QLatin1String("MUTUAL") && !keyNode(host, "caCertPath"))
            add(Severity::Error, spanOf(mode), path + QStringLiteral(".tlsMode"), "missing_key",
                {{"key", QStringLiteral("caCertPath")}, {"parent", path}});
    }
    if (keyNode(host, "caCertPath"))
        expectString(host, "caCertPath", path, true);
    m_report.virtualHosts.append(info);
    if (m_context.checkCertificates)
        checkCertificates(host, path, info);
}

void Validator::checkStructure(const YAML::Node &root)
{
    checkKeys(root, {}, kTopLevelKeys);
    if (expectString(root, "org", {}, true))
        m_report.org = fromStd(valueNode(root, "org").Scalar());
    if (expectString(root, "instanceID", {}, true)) {
        const YAML::Node id = valueNode(root, "instanceID");
        if (QString text = fromStd(id.Scalar()); text.size() > 63)
            add(Severity::Error, spanOf(id), QStringLiteral("instanceID"), "instance_id_too_long",
                {{"length", QString::number(text.size())}});
    }
    if (!keyNode(root, "gcp")) {
        add(Severity::Error, Span{1, 1, 0}, QStringLiteral("gcp"), "missing_key",
            {{"key", QStringLiteral("gcp")}, {"parent", QString()}});
    } else if (const YAML::Node gcp = valueNode(root, "gcp"); !gcp.IsMap()) {
        add(Severity::Error, gcp.IsNull() ? keySpan(keyNode(root, "gcp")) : spanOf(gcp),
            QStringLiteral("gcp"), "wrong_type",
            {{"key", QStringLiteral("gcp")},
             {"expected", QStringLiteral("map")},
             {"actual",
              nonStringType(gcp).isEmpty() ? QStringLiteral("string") : nonStringType(gcp)}});
    } else {
        checkKeys(gcp, QStringLiteral("gcp"), kGcpKeys);
        if (!keyNode(gcp, "projectID"))
            add(Severity::Error, keySpan(keyNode(root, "gcp")), QStringLiteral("gcp.projectID"),
                "missing_key",
                {{"key", QStringLiteral("projectID")}, {"parent", QStringLiteral("gcp")}});
        else
            expectString(gcp, "projectID", QStringLiteral("gcp"), true);
    }
    // envs: a list of environments, each with a name.
    if (const YAML::Node envs = valueNode(root, "envs"); keyNode(root, "envs") && !envs.IsNull()) {
        if (!envs.IsSequence()) {
            add(Severity::Error, spanOf(envs), QStringLiteral("envs"), "wrong_type",
                {{"key", QStringLiteral("envs")},
                 {"expected", QStringLiteral("list")},
                 {"actual",
                  nonStringType(envs).isEmpty() ? QStringLiteral("string") : nonStringType(envs)}});
        } else {
            int index = 0;
            for (const YAML::Node &env : envs) {
                const QString path = QStringLiteral("envs[%1]").arg(index++);
                if (!env.IsMap())
                    add(Severity::Error, spanOf(env), path, "wrong_type",
                        {{"key", path},
                         {"expected", QStringLiteral("map")},
                         {"actual", nonStringType(env).isEmpty() ? QStringLiteral("string")
                                                                 : nonStringType(env)}});
                else
                    expectString(env, "name", path, true);
            }
        }
    }
    QSet<QString> gatewayNames;
    if (keyNode(root, "ingressGateways"))
        checkIngressGateways(valueNode(root, "ingressGateways"), gatewayNames);
    if (!keyNode(root, "virtualhosts")) {
        add(Severity::Error, Span{1, 1, 0}, QStringLiteral("virtualhosts"), "missing_key",
            {{"key", QStringLiteral("virtualhosts")}, {"parent", QString()}});
        return;
    }
    const YAML::Node hosts = valueNode(root, "virtualhosts");
    if (!hosts.IsSequence()) {
        add(Severity::Error,
            hosts.IsNull() ? keySpan(keyNode(root, "virtualhosts")) : spanOf(hosts),
            QStringLiteral("virtualhosts"), "wrong_type",
            {{"key", QStringLiteral("virtualhosts")},
             {"expected", QStringLiteral("list")},
             {"actual",
              nonStringType(hosts).isEmpty() ? QStringLiteral("string") : nonStringType(hosts)}});
        return;
    }
    if (hosts.size() == 0)
        add(Severity::Error, spanOf(hosts), QStringLiteral("virtualhosts"), "no_virtualhosts");
    QSet<QString> names;
    int index = 0;
    for (const YAML::Node &host : hosts)
        checkVirtualHost(host, index++, gatewayNames, names);
}

// The reason for runbook step 6: each virtual host lists the wildcard route in
// additionalGateways, and names only routes that exist.
void Validator::checkNonSni()
{
    if (m_wildcard.isEmpty()) {
        if (!m_report.virtualHosts.isEmpty())
            add(Severity::Info, fileSpan(), QStringLiteral("virtualhosts"),
                m_context.routes ? "wildcard_route_absent" : "wildcard_route_unknown");
        return;
    }
    for (const auto &[host, path] : std::as_const(m_hostNodes)) {
        const OverridesVirtualHost *info = nullptr;
        for (const OverridesVirtualHost &candidate : std::as_const(m_report.virtualHosts)) {
            if (QStringLiteral("virtualhosts[%1]").arg(candidate.index) == path)
                info = &candidate;
        }
        if (!info)
            continue;
        const QString name = info->name.isEmpty() ? path : info->name;
        if (!info->additionalGateways.contains(m_wildcard)) {
            const YAML::Node key = keyNode(host, "additionalGateways");
            const Span span = key ? keySpan(key) : Span{info->line, info->column, 0};
            Span where = span;
            if (!key) {
                // On the name key itself, as far as "name" goes.
                where.endColumn = info->column > 0 ? info->column + 4 : 0;
            }
            add(Severity::Error, where, path + QStringLiteral(".additionalGateways"),
                "additional_gateway_missing", {{"host", name}, {"route", m_wildcard}});
        }
        if (m_knownRoutes.isEmpty())
            continue;
        const YAML::Node list = valueNode(host, "additionalGateways");
        if (!list.IsSequence())
            continue;
        int item = 0;
        for (const YAML::Node &entry : list) {
            if (entry.IsScalar() && !m_knownRoutes.contains(fromStd(entry.Scalar())))
                add(Severity::Warning, spanOf(entry),
                    path + QStringLiteral(".additionalGateways[%1]").arg(item),
                    "unknown_additional_gateway", {{"route", fromStd(entry.Scalar())}});
            ++item;
        }
    }
}

void Validator::checkCertificates(const YAML::Node &host, const QString &path,
                                  const OverridesVirtualHost &info)
{
    const QString base = QFileInfo(m_report.file).absolutePath();
    auto resolve = [&](const QString &relative, QStringList &tried) -> QString {
        QStringList candidates;
        if (QDir::isAbsolutePath(relative)) {
            candidates << relative;
        } else {
            candidates << QDir(base).filePath(relative);
            if (!m_context.chartDir.isEmpty())
                candidates << QDir(m_context.chartDir).filePath(relative);
            // Helm resolves against the chart: overrides.yaml often sits beside it.
            candidates << QDir(base).filePath(QStringLiteral("apigee-virtualhost/") + relative);
        }
        for (const QString &candidate : std::as_const(candidates)) {
            tried << QDir::cleanPath(candidate);
            if (QFileInfo(candidate).isFile())
                return QDir::cleanPath(candidate);
        }
        return {};
    };
    // The environment group's host names: those of its virtual-host route.
    QStringList hostNames;
    if (m_context.routes && !info.name.isEmpty()) {
        const QString prefix = m_report.org + QLatin1Char('-') + info.name + QLatin1Char('-');
        for (const ApigeeRoute &route : *m_context.routes) {
            if (!route.isWildcard() && route.name.startsWith(prefix))
                hostNames += route.hostnames;
        }
    }
    const QDateTime now = m_context.now.isValid() ? m_context.now : QDateTime::currentDateTimeUtc();
    const YAML::Node certKey = keyNode(host, "sslCertPath");
    const YAML::Node keyKey = keyNode(host, "sslKeyPath");
    const YAML::Node certValue = valueNode(host, "sslCertPath");
    const YAML::Node keyValue = valueNode(host, "sslKeyPath");
    QString certFile;
    if (certKey && certValue.IsScalar()) {
        QStringList tried;
        certFile = resolve(fromStd(certValue.Scalar()), tried);
        if (certFile.isEmpty()) {
            add(Severity::Error, spanOf(certValue), path + QStringLiteral(".sslCertPath"),
                "certificate_unreadable",
                {{"file", fromStd(certValue.Scalar())},
                 {"tried", tried.join(QStringLiteral(", "))}});
        }
    }
    QString keyFile;
    if (keyKey && keyValue.IsScalar()) {
        QStringList tried;
        keyFile = resolve(fromStd(keyValue.Scalar()), tried);
        if (keyFile.isEmpty())
            add(Severity::Error, spanOf(keyValue), path + QStringLiteral(".sslKeyPath"),
                "key_unreadable",
                {{"file", fromStd(keyValue.Scalar())},
                 {"tried", tried.join(QStringLiteral(", "))}});
    }
    if (!certFile.isEmpty()) {
        const CertificateCheck check = checkCertificateFiles(certFile, keyFile, hostNames, now);
        const Span certSpan = spanOf(certValue);
        const QString certPath = path + QStringLiteral(".sslCertPath");
        for (const CertificateProblem &problem : check.problems) {
            const bool aboutKey = problem.code.startsWith(QLatin1String("key_"));
            add(problem.severity, aboutKey && keyValue ? spanOf(keyValue) : certSpan,
                aboutKey ? path + QStringLiteral(".sslKeyPath") : certPath,
                problem.code.toLatin1().constData(), problem.args);
        }
        if (!check.chain.isEmpty()) {
            m_report.certificates.append(OverridesCertificate{certPath, certFile, check.chain});
            const CertificateInfo &leaf = check.chain.first();
            add(Severity::Info, certSpan, certPath, "certificate_info",
                {{"subject", leaf.subject},
                 {"names", leaf.sans.join(QStringLiteral(", "))},
                 {"from", leaf.notBefore.toString(Qt::ISODate)},
                 {"until", leaf.notAfter.toString(Qt::ISODate)}});
        }
    }
    if (const YAML::Node ca = valueNode(host, "caCertPath");
        keyNode(host, "caCertPath") && ca.IsScalar()) {
        QStringList tried;
        const QString caFile = resolve(fromStd(ca.Scalar()), tried);
        const QString caPath = path + QStringLiteral(".caCertPath");
        if (caFile.isEmpty()) {
            add(Severity::Error, spanOf(ca), caPath, "certificate_unreadable",
                {{"file", fromStd(ca.Scalar())}, {"tried", tried.join(QStringLiteral(", "))}});
        } else {
            const CertificateCheck check = checkCertificateFiles(caFile, {}, {}, now);
            for (const CertificateProblem &problem : check.problems) {
                if (problem.code != QLatin1String("chain_out_of_order")) // a CA bundle has no order
                    add(problem.severity, spanOf(ca), caPath, problem.code.toLatin1().constData(),
                        problem.args);
            }
        }
    }
}

OverridesReport Validator::run()
{
    if (!preChecks())
        return m_report;
    checkTabs();
    scanPrivateKeys();
    std::vector<YAML::Node> documents;
    try {
        documents = Yaml::loadAllDocuments(m_text.toStdString());
    } catch (const YAML::DeepRecursion &error) {
        add(Severity::Error,
            Span{error.mark.line + 1, error.mark.column + 1, error.mark.column + 2}, {}, "too_deep",
            {{"depth", QString::number(error.depth())}});
        return m_report;
    } catch (const YAML::Exception &error) {
        const int line = error.mark.line + 1;
        // A tab already explains the failure on its line.
        const bool explained =
            std::any_of(m_report.diagnostics.cbegin(), m_report.diagnostics.cend(),
                        [line](const OverridesDiagnostic &d) {
                            return d.code == QLatin1String("tab_indentation") && d.line == line;
                        });
        if (!explained)
            add(Severity::Error,
                Span{std::max(1, line), error.mark.column + 1, error.mark.column + 2}, {},
                "yaml_syntax", {{"error", fromStd(error.msg)}});
        return m_report;
    }
    std::vector<YAML::Node> present;
    for (const YAML::Node &document : documents) {
        if (document && !document.IsNull())
            present.push_back(document);
    }
    if (present.empty()) {
        add(Severity::Error, fileSpan(), {}, "empty_file");
        return m_report;
    }
    if (present.size() > 1)
        add(Severity::Error, spanOf(present[1]), {}, "multiple_documents",
            {{"count", QString::number(present.size())}});
    const YAML::Node root = present.front();
    walk(root, {}, 0);
    if (m_budgetExceeded)
        return m_report;
    if (!root.IsMap()) {
        add(Severity::Error, spanOf(root), {}, "not_a_map");
        return m_report;
    }
    checkStructure(root);
    checkNonSni();
    return m_report;
}

} // namespace

int OverridesReport::count(Severity severity) const
{
    return int(
        std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                      [severity](const OverridesDiagnostic &d) { return d.severity == severity; }));
}

OverridesReport validateOverrides(const QByteArray &text, const QString &fileName,
                                  const OverridesContext &context)
{
    OverridesReport report = Validator(text, fileName, context).run();
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const OverridesDiagnostic &a, const OverridesDiagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return report;
}

} // namespace SniDoctor
