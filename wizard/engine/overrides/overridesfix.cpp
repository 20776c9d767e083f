#include "overridesvalidator.h"

#include "core/yaml.h"
#include "core/yamlscan.h"

#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace SniDoctor {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

YAML::Node keyOf(const YAML::Node &map, const char *key)
{
    return Yaml::entry(map, key).first;
}

YAML::Node valueOf(const YAML::Node &map, const char *key)
{
    return Yaml::entry(map, key).second;
}

// One change to the text: insert at (line, column), or a whole new line after line.
struct Edit
{
    int line = 0;    // 0-based
    int column = -1; // -1: a new line after `line`
    int replace = 0; // characters replaced at column
    QString text;
};

// The position of the ] that closes the flow sequence opened at (line, column).
std::pair<int, int> closingBracket(const QStringList &lines, int line, int column)
{
    int depth = 0;
    YamlLineScanner scanner;
    for (int row = line; row < lines.size(); ++row) {
        int closing = -1;
        scanner.scan(lines.at(row), row == line ? column : 0, [&](int i, QChar c) {
            if (c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++depth;
            else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && --depth == 0)
                closing = i;
            return closing < 0;
        });
        if (closing >= 0)
            return {row, closing};
    }
    return {-1, -1};
}

// What a node's text starts with: yaml-cpp marks a node with an anchor or a tag where
// that property starts (&vh {...}), so both are skipped.
QString nodeText(const QStringList &lines, const YAML::Mark &mark)
{
    QString text = lines.value(mark.line).mid(mark.column);
    while (text.startsWith(QLatin1Char('&')) || text.startsWith(QLatin1Char('!'))) {
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        text = space < 0 ? QString() : text.mid(space).trimmed();
    }
    return text;
}

QChar charAt(const QString &text, int column)
{
    return column >= 0 && column < text.size() ? text[column] : QChar();
}

QString quotedLike(const QString &route, QChar quote)
{
    if (quote == QLatin1Char('"') || quote == QLatin1Char('\''))
        return quote + route + quote;
    return route;
}

} // namespace

OverridesFix addAdditionalGateway(const QByteArray &text, const QString &route)
{
    OverridesFix fix;
    fix.text = text;
    const QString eol = text.contains("\r\n") ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    YAML::Node root;
    try {
        for (const YAML::Node &document : Yaml::loadAllDocuments(text.toStdString())) {
            if (document && !document.IsNull()) {
                root = document;
                break;
            }
        }
    } catch (const YAML::Exception &) {
        return fix; // not YAML: nothing can be placed safely
    }
    if (!root || !root.IsMap())
        return fix;
    const YAML::Node hosts = valueOf(root, "virtualhosts");
    if (!hosts || !hosts.IsSequence())
        return fix;
    // How this file indents list items under their key: "- " at the key's column, or
    // two spaces further.
    int itemOffset = 0;
    if (const YAML::Node key = keyOf(root, "virtualhosts");
        hosts.size() > 0 && hosts[0].Mark().line > key.Mark().line) {
        const QString &line = lines.value(hosts[0].Mark().line);
        const int dash = int(line.left(hosts[0].Mark().column).lastIndexOf(QLatin1Char('-')));
        itemOffset = std::max(0, dash - key.Mark().column);
    }

    QList<Edit> edits;
    int index = 0;
    // A host written once and repeated by an alias (*vh) is one place in the text: it is
    // looked at once, so that a large map aliased many times costs what its text costs.
    QSet<quint64> seen;
    for (const YAML::Node &host : hosts) {
        const int hostIndex = index++;
        const quint64 at = Yaml::nodeIdentity(host);
        if (!host.IsNull() && seen.contains(at))
            continue;
        seen.insert(at);
        const QString name = host.IsMap() && valueOf(host, "name").IsScalar()
                                 ? fromStd(valueOf(host, "name").Scalar())
                                 : QStringLiteral("virtualhosts[%1]").arg(hostIndex);
        if (!host.IsMap() || nodeText(lines, host.Mark()).startsWith(QLatin1Char('{'))) {
            fix.skippedHosts << name;
            continue;
        }
        const YAML::Node key = keyOf(host, "additionalGateways");
        const YAML::Node list = valueOf(host, "additionalGateways");
        if (key && list.IsSequence()) {
            bool present = false;
            for (const YAML::Node &entry : list)
                present = present || (entry.IsScalar() && fromStd(entry.Scalar()) == route);
            if (present)
                continue;
            const int line = list.Mark().line;
            const int column = list.Mark().column;
            if (nodeText(lines, list.Mark()).startsWith(QLatin1Char('['))) {
                const auto [closeLine, closeColumn] = closingBracket(lines, line, column);
                if (closeLine < 0) {
                    fix.skippedHosts << name;
                    continue;
                }
                // After the last item, before any space in front of the bracket.
                int at = closeColumn;
                const QString &closing = lines.at(closeLine);
                while (at > 0 && closing[at - 1].isSpace())
                    --at;
                const bool empty = list.size() == 0;
                QChar quote;
                if (!empty) {
                    const YAML::Node last = list[list.size() - 1];
                    quote = charAt(lines.value(last.Mark().line), last.Mark().column);
                }
                edits.append(
                    Edit{closeLine, at, 0,
                         (empty ? QString() : QStringLiteral(", ")) + quotedLike(route, quote)});
            } else if (list.size() > 0) {
                const YAML::Node last = list[list.size() - 1];
                const QString &lastLine = lines.value(last.Mark().line);
                const int dash =
                    int(lastLine.left(last.Mark().column).lastIndexOf(QLatin1Char('-')));
                if (dash < 0) {
                    fix.skippedHosts << name;
                    continue;
                }
                edits.append(Edit{last.Mark().line, -1, 0,
                                  QString(dash, QLatin1Char(' ')) + QStringLiteral("- ") +
                                      quotedLike(route, charAt(lastLine, last.Mark().column))});
            } else {
                fix.skippedHosts << name;
                continue;
            }
        } else if (key && list.IsNull()) {
            // "additionalGateways:" with nothing, null or ~ after it.
            const int line = key.Mark().line;
            const QString &text = lines.at(line);
            const int colon =
                int(text.indexOf(QLatin1Char(':'), key.Mark().column + int(key.Scalar().size())));
            if (colon < 0) {
                fix.skippedHosts << name;
                continue;
            }
            // "null" or "~" is replaced; nothing (or only a comment) gets " [route]"
            // right after the colon, the comment staying where it was.
            int at = colon + 1;
            while (at < text.size() && text[at] == QLatin1Char(' '))
                ++at;
            int replace = 0;
            for (const QString &token : {QStringLiteral("null"), QStringLiteral("Null"),
                                         QStringLiteral("NULL"), QStringLiteral("~")}) {
                if (text.mid(at).startsWith(token))
                    replace = int(token.size());
            }
            if (replace > 0)
                edits.append(Edit{line, at, replace, QLatin1Char('[') + route + QLatin1Char(']')});
            else
                edits.append(
                    Edit{line, colon + 1, 0, QStringLiteral(" [") + route + QLatin1Char(']')});
        } else if (!key) {
            const YAML::Node nameKey = keyOf(host, "name");
            const YAML::Node nameValue = valueOf(host, "name");
            if (!nameKey || !nameValue.IsScalar() || nameValue.Mark().line != nameKey.Mark().line) {
                fix.skippedHosts << name;
                continue;
            }
            const QString indent(nameKey.Mark().column, QLatin1Char(' '));
            edits.append(Edit{nameKey.Mark().line, -1, 0,
                              indent + QStringLiteral("additionalGateways:") + eol + indent +
                                  QString(itemOffset, QLatin1Char(' ')) + QStringLiteral("- ") +
                                  route});
        } else {
            fix.skippedHosts << name; // a scalar where the list belongs: the user decides
            continue;
        }
        fix.fixedHosts << name;
    }
    if (edits.isEmpty())
        return fix;
    // Bottom-up, right to left: earlier positions stay valid. Hosts that merge one base
    // (<<: *vh) share its list: one edit there, not one per host.
    const auto position = [](const Edit &edit) {
        return std::pair(edit.line, edit.column == -1 ? INT_MAX : edit.column);
    };
    std::stable_sort(edits.begin(), edits.end(), [&position](const Edit &a, const Edit &b) {
        return position(a) > position(b);
    });
    edits.erase(std::unique(edits.begin(), edits.end(),
                            [&position](const Edit &a, const Edit &b) {
                                return position(a) == position(b) && a.text == b.text;
                            }),
                edits.end());
    for (const Edit &edit : std::as_const(edits)) {
        if (edit.column < 0)
            lines.insert(edit.line + 1, edit.text);
        else
            lines[edit.line].replace(edit.column, edit.replace, edit.text);
    }
    fix.text = lines.join(eol).toUtf8();
    return fix;
}

} // namespace SniDoctor
