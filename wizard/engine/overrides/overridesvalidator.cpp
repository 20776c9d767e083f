#include "overridesvalidator.h"

#include "core/logging.h"
#include "core/yamlscan.h"
#include "overridescheck.h"

#include <QRegularExpression>

#include <algorithm>
#include <yaml-cpp/depthguard.h>

namespace SniDoctor {

namespace OverridesCheck {

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
            const auto [row, close] = closingQuote(m_lines, mark.line, start, 1);
            if (row == mark.line)
                span.endColumn = close + 2;
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
    YamlLineScanner scanner;
    for (int row = 0; row < m_lines.size(); ++row) {
        bool tooDeep = false;
        scanner.scan(m_lines.at(row), 0, [&](int column, QChar c) {
            if ((c == QLatin1Char('[') || c == QLatin1Char('{')) &&
                scanner.flowDepth() >= kMaxFlowDepth) {
                add(Severity::Error, Span{row + 1, column + 1, column + 2}, {}, "too_deep",
                    {{"depth", QString::number(kMaxFlowDepth)}});
                tooDeep = true;
            }
            return !tooDeep;
        });
        if (tooDeep)
            return false;
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
    const QString &line = m_lines.at(mark.line);
    const QChar quote = mark.column < line.size() ? line[mark.column] : QChar();
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
        return;
    if (closingQuote(m_lines, mark.line, mark.column).first >= 0)
        return;
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

} // namespace OverridesCheck

int OverridesReport::count(Severity severity) const
{
    return int(
        std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                      [severity](const OverridesDiagnostic &d) { return d.severity == severity; }));
}

OverridesReport validateOverrides(const QByteArray &text, const QString &fileName,
                                  const OverridesContext &context)
{
    OverridesReport report = OverridesCheck::Validator(text, fileName, context).run();
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const OverridesDiagnostic &a, const OverridesDiagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    qCDebug(logOverrides) << "validated" << fileName << text.size()
                          << "bytes:" << report.count(Severity::Error) << "errors,"
                          << report.count(Severity::Warning) << "warnings,"
                          << report.virtualHosts.size() << "virtual hosts";
    return report;
}

} // namespace SniDoctor
