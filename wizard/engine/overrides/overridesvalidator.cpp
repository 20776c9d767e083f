#include "overridesvalidator.h"

#include "core/logging.h"
#include "core/yamlscan.h"
#include "overridescheck.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
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
    m_nodeBudget = kNodeBudget + int(std::min<qsizetype>(text.size(), kMaxBytes));
    m_lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString &line : m_lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
}

void Validator::add(Severity severity, const Span &span, const QString &path, const char *code,
                    const Args &args)
{
    if (m_report.diagnostics.size() > kMaxDiagnostics)
        return; // too_many_problems said it
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

const MapEntries &Validator::entriesOf(const YAML::Node &map)
{
    static const MapEntries none;
    if (!map || !map.IsMap() || m_budgetExceeded)
        return none;
    const quint64 id = Yaml::nodeIdentity(map);
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        auto entries = std::make_shared<MapEntries>();
        entries->list = Yaml::entries(map);
        m_mergeWork += qsizetype(entries->list.size());
        if (m_mergeWork > 4 * qsizetype(m_nodeBudget)) {
            // Maps merged into maps merged into ...: more than any overrides.yaml holds.
            m_budgetExceeded = true;
            add(Severity::Error, spanOf(map), {}, "too_many_nodes",
                {{"limit", QString::number(m_nodeBudget)}});
            return none;
        }
        for (int i = 0; i < int(entries->list.size()); ++i) {
            if (entries->list[size_t(i)].first.IsScalar())
                entries->index.insert(fromStd(entries->list[size_t(i)].first.Scalar()), i);
        }
        it = m_entries.insert(id, entries);
    }
    return *it.value();
}

bool Validator::spend(qint64 units, const YAML::Node &where)
{
    if (m_budgetExceeded)
        return false;
    m_work += units;
    if (m_work <= 8 * qint64(m_nodeBudget))
        return true;
    m_budgetExceeded = true;
    add(Severity::Error, spanOf(where), {}, "too_many_nodes",
        {{"limit", QString::number(m_nodeBudget)}});
    return false;
}

const Validator::FlatMap &Validator::flatOf(const YAML::Node &map)
{
    // The least recently used of a few slots: a host and the maps inside it stay flat
    // while that host is checked.
    const quint64 id = Yaml::nodeIdentity(map);
    FlatMap *oldest = &m_flat[0];
    for (FlatMap &flat : m_flat) {
        if (flat.id == id) {
            flat.used = ++m_flatClock;
            return flat;
        }
        if (flat.used < oldest->used)
            oldest = &flat;
    }
    ++m_flatMisses;
    FlatMap &flat = *oldest;
    flat.used = ++m_flatClock;
    flat.id = id;
    flat.entries.clear();
    flat.index.clear();
    forEachEntry(map, [&flat](const YAML::Node &key, const YAML::Node &value) {
        if (key.IsScalar())
            flat.entries.emplace_back(key.Scalar(), key, value);
    });
    spend(qint64(flat.entries.size()), map);
    if (flat.entries.size() > 16) {
        for (size_t i = 0; i < flat.entries.size(); ++i)
            flat.index.emplace(std::get<0>(flat.entries[i]), i);
    }
    return flat;
}

YAML::Node Validator::keyNode(const YAML::Node &map, const char *key)
{
    if (map && map.IsMap()) {
        const FlatMap &flat = flatOf(map);
        if (!flat.index.empty()) {
            const auto found = flat.index.find(key);
            return found == flat.index.end() ? YAML::Node(YAML::NodeType::Undefined)
                                             : std::get<1>(flat.entries[found->second]);
        }
        for (const auto &[name, keyFound, value] : flat.entries) {
            if (name == key)
                return keyFound;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node Validator::valueNode(const YAML::Node &map, const char *key)
{
    if (map && map.IsMap()) {
        const FlatMap &flat = flatOf(map);
        if (!flat.index.empty()) {
            const auto found = flat.index.find(key);
            return found == flat.index.end() ? YAML::Node(YAML::NodeType::Undefined)
                                             : std::get<2>(flat.entries[found->second]);
        }
        for (const auto &[name, keyFound, value] : flat.entries) {
            if (name == key)
                return value;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
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
        if ((line.contains(QLatin1Char('|')) || line.contains(QLatin1Char('>'))) &&
            blockStart.match(line).hasMatch()) {
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
        if (!line.contains(QLatin1String("{{")) && !line.contains(QLatin1String("{%")))
            continue;
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
        if (!m_lines.at(row).contains(QLatin1String("PRIVATE KEY")))
            continue;
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

QString Validator::PathLink::text() const
{
    QStringList parts;
    for (const PathLink *link = this; link; link = link->parent) {
        if (link->key)
            parts.prepend(fromStd(*link->key));
        else if (link->index >= 0)
            parts.prepend(QStringLiteral("[%1]").arg(link->index));
    }
    QString path;
    for (const QString &part : std::as_const(parts)) {
        if (!path.isEmpty() && !part.startsWith(QLatin1Char('[')))
            path += QLatin1Char('.');
        path += part;
    }
    return path;
}

// Every map, at any depth, for duplicate keys and sensitive values; bounded in depth
// and in nodes visited (aliases are shared nodes: an alias bomb revisits them).
void Validator::walk(const YAML::Node &node, const PathLink *path, int depth)
{
    if (m_budgetExceeded)
        return;
    const auto pathText = [path] { return path ? path->text() : QString(); };
    if (++m_visited > m_nodeBudget) {
        m_budgetExceeded = true;
        add(Severity::Error, spanOf(node), pathText(), "too_many_nodes",
            {{"limit", QString::number(m_nodeBudget)}});
        return;
    }
    if (depth > kMaxTreeDepth) {
        m_budgetExceeded = true;
        add(Severity::Error, spanOf(node), pathText(), "too_deep",
            {{"depth", QString::number(kMaxTreeDepth)}});
        return;
    }
    // An alias is the anchored node again, at the anchor's mark: walk each map or list
    // once, so that aliases of aliases cost nothing; one met again is an anchor.
    if (node.IsMap() || node.IsSequence()) {
        const quint64 id = Yaml::nodeIdentity(node);
        if (m_walked.contains(id)) {
            m_aliased.insert(id);
            return;
        }
        m_walked.insert(id);
    }
    if (node.IsMap()) {
        // key -> its line: a short scan for the few keys of most maps, a hash past that
        std::vector<std::pair<const std::string *, int>> few;
        std::unordered_map<std::string, int> many;
        const auto remember = [&few, &many](const std::string &name,
                                            int line) -> std::pair<int *, bool> {
            if (many.empty()) {
                for (auto &[known, first] : few) {
                    if (*known == name)
                        return {&first, false};
                }
                if (few.size() < 16) {
                    few.emplace_back(&name, line);
                    return {&few.back().second, true};
                }
                for (const auto &[known, first] : few)
                    many.emplace(*known, first);
            }
            const auto [found, inserted] = many.emplace(name, line);
            return {&found->second, inserted};
        };
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = it->first;
            PathLink child{path, nullptr, -1};
            if (key.IsScalar()) {
                const std::string &name = key.Scalar();
                child.key = &name;
                if (Yaml::isMergeKey(key)) {
                    m_special.insert(Yaml::nodeIdentity(node));
                } else {
                    // Helm keeps the last of duplicate keys: say which one it uses.
                    const auto [first, inserted] = remember(name, key.Mark().line + 1);
                    if (!inserted) {
                        m_special.insert(Yaml::nodeIdentity(node));
                        add(Severity::Warning, keySpan(key), child.text(), "duplicate_key",
                            {{"key", fromStd(name)},
                             {"first_line", QString::number(*first)},
                             {"line", QString::number(key.Mark().line + 1)}});
                        *first = key.Mark().line + 1;
                    }
                    // Values that must be redacted before anything leaves the machine.
                    const auto endsWith = [&name](const char *suffix) {
                        const size_t length = std::char_traits<char>::length(suffix);
                        return name.size() >= length &&
                               name.compare(name.size() - length, length, suffix) == 0;
                    };
                    const char *kind = endsWith("EncryptionKey") ? "encryption_key"
                                       : name == "password" || endsWith("Password") ? "password"
                                       : name == "axHashSalt"                       ? "hash_salt"
                                                                                    : nullptr;
                    const YAML::Node value = it->second;
                    if (kind && value.IsScalar() && !value.Scalar().empty()) {
                        const int line = value.Mark().line + 1;
                        m_report.sensitive.append(
                            SensitiveValue{line, line, child.text(), QString::fromLatin1(kind)});
                        add(Severity::Info, keySpan(key), child.text(), "sensitive_value",
                            {{"kind", QString::fromLatin1(kind)}});
                    }
                }
            }
            walk(it->second, &child, depth + 1);
        }
    } else if (node.IsSequence()) {
        int index = 0;
        for (const YAML::Node &item : node) {
            const PathLink child{path, nullptr, index++};
            walk(item, &child, depth + 1);
        }
    } else if (node.IsScalar() && node.Tag() == "!") {
        checkQuoteClosed(node, pathText());
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
    QElapsedTimer clock;
    clock.start();
    const auto phase = [&clock](const char *name) {
        qCDebug(logOverrides) << name << clock.restart() << "ms";
    };
    if (!preChecks())
        return m_report;
    checkTabs();
    checkPlaceholders();
    scanPrivateKeys();
    phase("text checks");
    // Helm reads the first document of a values file and nothing else: the text is
    // cut where the second document starts ("---" or "..." at the start of a line,
    // which no scalar may hold there), and only the first part is parsed, once.
    int split = -1;       // the line (0-based) that ends the first document
    int documents = 0;    // documents with content
    bool content = false; // the current document has some
    bool started = false; // a line other than a comment, a directive or blank was seen
    for (int row = 0; row < m_lines.size(); ++row) {
        const QString &line = m_lines.at(row);
        const bool marker =
            (line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("..."))) &&
            (line.size() == 3 || line.at(3).isSpace());
        const QString trimmed = line.trimmed();
        const bool blank = trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
                           (!started && line.startsWith(QLatin1Char('%')));
        if (marker) {
            // A "---" before anything else opens the first document; any later marker
            // ends the current one.
            if (started || line.startsWith(QLatin1String("..."))) {
                if (content)
                    ++documents;
                if (split < 0)
                    split = row;
                content = false;
            }
            started = true;
            // "--- value": a document that starts on the marker's line.
            if (line.size() > 4 && !line.mid(4).trimmed().startsWith(QLatin1Char('#')) &&
                !line.mid(4).trimmed().isEmpty())
                content = true;
            continue;
        }
        if (!blank) {
            started = true;
            content = true;
        }
    }
    if (content)
        ++documents;
    qsizetype cut = m_text.size();
    if (split >= 0) {
        cut = 0;
        for (int row = 0; row < split; ++row)
            cut = m_text.indexOf('\n', cut) + 1;
    }
    YAML::Node root;
    try {
        root = YAML::Load(std::string(m_text.constData(), size_t(cut)));
    } catch (const YAML::DeepRecursion &error) {
        add(Severity::Error,
            Span{error.mark.line + 1, error.mark.column + 1, error.mark.column + 2}, {}, "too_deep",
            {{"depth", QString::number(error.depth())}});
        return m_report;
    } catch (const YAML::Exception &error) {
        explainSyntaxError(error);
        return m_report;
    }
    phase("YAML parsed");
    const Span splitSpan{split + 1, 1, 4};
    const bool firstHasContent = root && !root.IsNull();
    if (!firstHasContent) {
        if (documents == 0) {
            add(Severity::Error, fileSpan(), {}, "empty_file");
        } else if (split >= 0) {
            add(Severity::Error, splitSpan, {}, "first_document_empty",
                {{"line", QString::number(split + 1)}});
        } else {
            // Text that yaml-cpp read as no document at all: a stray character first.
            add(Severity::Error, Span{1, 1, 2}, {}, "yaml_syntax",
                {{"kind", QStringLiteral("document_start")},
                 {"error", QStringLiteral("no document")},
                 {"error_line", QStringLiteral("1")}});
        }
        return m_report;
    }
    if (documents > 1 && split >= 0)
        add(Severity::Warning, splitSpan, {}, "multiple_documents",
            {{"count", QString::number(documents)}});
    walk(root, nullptr, 0);
    phase("tree walked");
    if (m_budgetExceeded)
        return m_report;
    if (!root.IsMap()) {
        add(Severity::Error, spanOf(root), {}, "not_a_map");
        return m_report;
    }
    chooseVersion(root);
    phase("release chosen");
    checkKeys(root, {}, {}, 0);
    phase("keys checked");
    if (m_budgetExceeded)
        return m_report;
    checkStructure(root);
    checkNonSni();
    for (const PendingCertificates &check : std::as_const(m_certificateChecks)) {
        if (m_report.diagnostics.size() > kMaxDiagnostics)
            break; // nothing more would be listed
        checkCertificates(check.host, check.path, m_report.virtualHosts.at(check.info),
                          check.pathsUsed);
    }
    phase("structure checked");
    qCDebug(logOverrides) << "maps flattened:" << m_flatMisses << "work:" << m_work;
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
    QElapsedTimer clock;
    clock.start();
    auto validator = std::make_unique<OverridesCheck::Validator>(text, fileName, context);
    OverridesReport report = validator->run();
    // Freeing a parsed tree of megabytes takes a fifth of the time the checks take
    // (yaml-cpp frees node by node): for large files another thread does it while the
    // report is shown. The validator owns nothing else anyone waits for.
    if (text.size() > 256 * 1024)
        std::thread([done = std::move(validator)] {}).detach();
    else
        validator.reset();
    qCDebug(logOverrides) << "validator done" << clock.elapsed() << "ms";
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
