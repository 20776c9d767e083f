#include "overridesvalidator.h"

#include "core/logging.h"
#include "core/yamlscan.h"
#include "overridescheck.h"

#include <QRegularExpression>

#include <algorithm>
#include <yaml-cpp/depthguard.h>

namespace SniDoctor {

namespace OverridesCheck {

Validator::Validator(const QByteArray &text, const QString &fileName,
                     const OverridesContext &context)
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

void Validator::add(Severity severity, const Span &span, const QString &path, const char *code,
                    const Args &args)
{
    // A map merged into several places (<<: *defaults) says a thing once, where it is.
    const QString key =
        QStringLiteral("%1:%2:%3").arg(span.line).arg(span.column).arg(QLatin1String(code));
    if (span.line > 0 && m_reported.contains(key))
        return;
    m_reported.insert(key);
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
    m_report.diagnostics.append(OverridesDiagnostic{
        severity, span.line, span.column, span.endColumn, path, QString::fromLatin1(code), args});
}

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

quint64 Validator::nodeId(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return (quint64(quint32(mark.line)) << 33) | (quint64(quint32(mark.column)) << 1) |
           (node.IsMap() ? 1 : 0);
}

const MapEntries &Validator::entriesOf(const YAML::Node &map)
{
    static const MapEntries none;
    if (!map || !map.IsMap())
        return none;
    const quint64 id = nodeId(map);
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        auto entries = std::make_shared<MapEntries>();
        entries->list = Yaml::entries(map);
        for (int i = 0; i < int(entries->list.size()); ++i) {
            if (entries->list[size_t(i)].first.IsScalar())
                entries->index.insert(fromStd(entries->list[size_t(i)].first.Scalar()), i);
        }
        it = m_entries.insert(id, entries);
    }
    return *it.value();
}

YAML::Node Validator::keyNode(const YAML::Node &map, const char *key)
{
    const MapEntries &entries = entriesOf(map);
    const auto found = entries.index.constFind(QString::fromLatin1(key));
    return found == entries.index.constEnd() ? YAML::Node(YAML::NodeType::Undefined)
                                             : entries.list[size_t(found.value())].first;
}

YAML::Node Validator::valueNode(const YAML::Node &map, const char *key)
{
    const MapEntries &entries = entriesOf(map);
    const auto found = entries.index.constFind(QString::fromLatin1(key));
    return found == entries.index.constEnd() ? YAML::Node(YAML::NodeType::Undefined)
                                             : entries.list[size_t(found.value())].second;
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
    if (!checkEncoding())
        return false;
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

// Helm reads values files as UTF-8: a Latin-1 "é" is no character at all to it.
bool Validator::checkEncoding()
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_text.constData());
    const qsizetype size = m_text.size();
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = bytes[i];
        if (c == '\n') {
            ++line;
            lineStart = ++i;
            continue;
        }
        int length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xc2 && c <= 0xdf)
            length = 2;
        else if (c >= 0xe0 && c <= 0xef)
            length = 3;
        else if (c >= 0xf0 && c <= 0xf4)
            length = 4;
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k)
            valid = (bytes[i + k] & 0xc0) == 0x80;
        if (valid && length == 3) {
            const int code = ((c & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6);
            valid = code >= 0x800 && !(code >= 0xd800 && code <= 0xdfff);
        } else if (valid && length == 4) {
            const int code = ((c & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12);
            valid = code >= 0x10000 && code <= 0x10ffff;
        }
        if (!valid) {
            // The column in characters, as an editor counts them up to the bad byte.
            const int column =
                int(QString::fromUtf8(m_text.mid(lineStart, i - lineStart)).size()) + 1;
            add(Severity::Error, Span{line, column, column + 1}, {}, "not_utf8",
                {{"byte", QStringLiteral("0x%1").arg(int(c), 2, 16, QLatin1Char('0'))}});
            return false;
        }
        i += length;
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

// "{{ ORG }}" or "{% if %}" left from a template: Helm takes them for text (quoted) or
// for a map whose key is a map (unquoted); either way the placeholder was never filled.
void Validator::checkPlaceholders()
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{.*?\}\}|\{%.*?%\}|\{\{|\{%)"));
    YamlLineScanner scanner;
    for (int row = 0; row < m_lines.size(); ++row) {
        const QString &line = m_lines.at(row);
        const bool blockText = scanner.isBlockText(line);
        const int comment = scanner.scan(line, 0, [](int, QChar) { return true; });
        if (blockText)
            continue; // a block scalar's text is the user's (a certificate, a script)
        const QString code = line.left(comment);
        const QRegularExpressionMatch match = placeholder.match(code);
        if (!match.hasMatch())
            continue;
        const int column = int(match.capturedStart()) + 1;
        add(Severity::Error, Span{row + 1, column, int(match.capturedEnd()) + 1}, {},
            "template_placeholder", {{"text", match.captured().left(60)}});
        if (m_syntaxCauseLine == 0)
            m_syntaxCauseLine = row + 1;
    }
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

// yaml-cpp's words ("illegal map value") in an admin's, at the line where the cause
// starts: a quote opened lines before the parser gave up, a placeholder, a bad indent.
void Validator::explainSyntaxError(const YAML::Exception &error)
{
    const int line = std::max(1, error.mark.line + 1);
    const int column = error.mark.column + 1;
    const QString message = fromStd(error.msg);
    // A tab or a placeholder already explains the failure.
    for (const OverridesDiagnostic &d : std::as_const(m_report.diagnostics)) {
        if ((d.code == QLatin1String("tab_indentation") && d.line == line) ||
            (d.code == QLatin1String("template_placeholder") && d.line <= line))
            return;
    }
    // A quoted text left open on its line, before the place yaml-cpp stopped.
    YamlLineScanner scanner;
    int quoteLine = 0;
    int quoteColumn = 0;
    // The lines before the one the parser stopped on (a quote still open there reached
    // it), and that line too when the parser ran off the end of the text.
    const bool atEnd = message.contains(QLatin1String("EOF"));
    for (int row = 0; row < std::min(atEnd ? line : line - 1, int(m_lines.size())); ++row) {
        const bool wasOpen = !scanner.openQuote().isNull();
        (void)scanner.scan(m_lines.at(row), 0, [](int, QChar) { return true; });
        if (scanner.openQuote().isNull()) {
            quoteLine = 0;
        } else if (!wasOpen) {
            quoteLine = row + 1;
            quoteColumn = scanner.quoteColumn() + 1;
        }
    }
    if (quoteLine > 0) {
        add(Severity::Error, Span{quoteLine, quoteColumn, quoteColumn + 1}, {}, "yaml_syntax",
            {{"kind", QStringLiteral("unterminated_quote")},
             {"error", message},
             {"error_line", QString::number(line)}});
        return;
    }
    static const QList<std::pair<const char *, const char *>> kinds{
        {"illegal map value", "map_value"},
        {"end of map not found", "indentation"},
        {"end of sequence not found", "indentation"},
        {"end of map flow not found", "flow_unclosed"},
        {"end of sequence flow not found", "flow_unclosed"},
        {"unknown token", "unknown_token"},
        {"block sequence entries are not allowed", "sequence_here"},
        {"illegal EOF in scalar", "unterminated_quote"},
        {"unknown escape character", "escape"},
        {"anchor", "anchor"},
        {"alias", "anchor"},
        {"map keys are not allowed", "key_here"},
        {"where a document should start", "document_start"},
    };
    QString kind = QStringLiteral("other");
    for (const auto &[text, id] : kinds) {
        if (message.contains(QLatin1String(text))) {
            kind = QString::fromLatin1(id);
            break;
        }
    }
    add(Severity::Error, Span{line, column, column + 1}, {}, "yaml_syntax",
        {{"kind", kind}, {"error", message}, {"error_line", QString::number(line)}});
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
    // once, so that aliases of aliases cost nothing; one met again is an anchor.
    if (node.IsMap() || node.IsSequence()) {
        const quint64 id = nodeId(node);
        if (m_walked.contains(id)) {
            m_aliased.insert(id);
            return;
        }
        m_walked.insert(id);
    }
    if (node.IsMap()) {
        QHash<QString, int> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = it->first.IsScalar() ? fromStd(it->first.Scalar()) : QString();
            const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (it->first.IsScalar() && !Yaml::isMergeKey(it->first)) {
                // Helm keeps the last of duplicate keys: say which one it uses.
                if (const auto first = seen.constFind(key); first != seen.constEnd()) {
                    add(Severity::Warning, keySpan(it->first), childPath, "duplicate_key",
                        {{"key", key},
                         {"first_line", QString::number(first.value())},
                         {"line", QString::number(it->first.Mark().line + 1)}});
                }
                seen.insert(key, it->first.Mark().line + 1);
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

OverridesReport Validator::run()
{
    if (!preChecks())
        return m_report;
    checkTabs();
    checkPlaceholders();
    scanPrivateKeys();
    std::vector<YAML::Node> documents;
    std::vector<YAML::Mark> starts;
    try {
        documents = Yaml::loadAllDocuments(m_text.toStdString(), &starts);
    } catch (const YAML::DeepRecursion &error) {
        add(Severity::Error,
            Span{error.mark.line + 1, error.mark.column + 1, error.mark.column + 2}, {}, "too_deep",
            {{"depth", QString::number(error.depth())}});
        return m_report;
    } catch (const YAML::Exception &error) {
        explainSyntaxError(error);
        return m_report;
    }
    // Helm reads the first document of a values file and nothing else.
    const auto present = [](const YAML::Node &document) { return document && !document.IsNull(); };
    const auto startOf = [&](size_t index) {
        const YAML::Mark mark = index < starts.size() ? starts[index] : documents[index].Mark();
        return Span{std::max(1, mark.line + 1), mark.column + 1, mark.column + 2};
    };
    const auto later =
        std::find_if(documents.begin() + (documents.empty() ? 0 : 1), documents.end(), present);
    if (documents.empty() || !present(documents.front())) {
        if (later == documents.end()) {
            add(Severity::Error, fileSpan(), {}, "empty_file");
        } else {
            const size_t index = size_t(later - documents.begin());
            add(Severity::Error, startOf(index), {}, "first_document_empty",
                {{"line", QString::number(startOf(index).line)}});
        }
        return m_report;
    }
    if (later != documents.end()) {
        const int count = int(std::count_if(documents.begin(), documents.end(), present));
        add(Severity::Warning, startOf(size_t(later - documents.begin())), {}, "multiple_documents",
            {{"count", QString::number(count)}});
    }
    const YAML::Node root = documents.front();
    walk(root, {}, 0);
    if (m_budgetExceeded)
        return m_report;
    if (!root.IsMap()) {
        add(Severity::Error, spanOf(root), {}, "not_a_map");
        return m_report;
    }
    chooseVersion(root);
    m_visited = 0;
    checkKeys(root, {}, {}, 0);
    if (m_budgetExceeded)
        return m_report;
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
                          << report.virtualHosts.size() << "virtual hosts, as"
                          << report.version.text() << hybridLayoutId(report.layout);
    return report;
}

} // namespace SniDoctor
