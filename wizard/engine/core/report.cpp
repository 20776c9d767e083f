#include "report.h"

#include <algorithm>

namespace SniDoctor {

namespace {

// Text as Markdown shows it and no viewer runs: HTML's < > & as entities, Markdown's
// own marks with a backslash (a route named <script> or *x* is shown as written).
QString markdownText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // Inside a word _ is no emphasis (CommonMark): finding_ids stay as they are.
        if (c == u'_' && i > 0 && i + 1 < text.size() && text[i - 1].isLetterOrNumber() &&
            text[i + 1].isLetterOrNumber()) {
            out += c;
            continue;
        }
        // # only starts a heading at a line's start.
        if (c == u'#' && i > 0 && text[i - 1] != u'\n') {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A fence longer than any run of backticks in the code: the code cannot close it.
QString fenceFor(const QString &code)
{
    int longest = 0;
    int run = 0;
    for (QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

} // namespace

QString reportMarkdown(const QString &title, const QList<ReportBlock> &blocks)
{
    QString out = QStringLiteral("# ") + markdownText(title) + QStringLiteral("\n\n");
    for (const ReportBlock &block : blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            out += QStringLiteral("## %1\n\n").arg(markdownText(block.text));
            break;
        case ReportBlock::Kind::Paragraph:
            out += markdownText(block.text) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Code: {
            const QString fence = fenceFor(block.text);
            out += fence + QLatin1Char('\n') + block.text +
                   (block.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) +
                   fence + QStringLiteral("\n\n");
            break;
        }
        case ReportBlock::Kind::List:
            for (const QString &item : block.items)
                out += QStringLiteral("- ") +
                       markdownText(item).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) +
                       QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table:
            for (int i = 0; i < block.rows.size(); ++i) {
                QStringList cells = block.rows[i];
                for (QString &cell : cells)
                    cell = markdownText(cell).replace(QLatin1Char('\n'), QLatin1Char(' '));
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) +
                       QStringLiteral(" |\n");
                if (i == 0)
                    out += QStringLiteral("|") + QStringLiteral("---|").repeated(cells.size()) +
                           QLatin1Char('\n');
            }
            out += QLatin1Char('\n');
            break;
        }
    }
    return out;
}

QString reportHtml(const QString &title, const QList<ReportBlock> &blocks, const QString &lang)
{
    QString body;
    for (const ReportBlock &block : blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            body += QStringLiteral("<h2>%1</h2>\n").arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Paragraph:
            body += QStringLiteral("<p>%1</p>\n").arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Code:
            body += QStringLiteral("<pre>%1</pre>\n").arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::List:
            body += QStringLiteral("<ul>\n");
            for (const QString &item : block.items)
                body += QStringLiteral("<li>%1</li>\n")
                            .arg(item.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                              QStringLiteral("<br>")));
            body += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Table:
            body += QStringLiteral("<table>\n");
            for (int i = 0; i < block.rows.size(); ++i) {
                body += QStringLiteral("<tr>");
                for (const QString &cell : block.rows[i])
                    body += QString::fromLatin1(i == 0 ? "<th>%1</th>" : "<td>%1</td>")
                                .arg(cell.toHtmlEscaped());
                body += QStringLiteral("</tr>\n");
            }
            body += QStringLiteral("</table>\n");
            break;
        }
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta "
               "charset=\"utf-8\"><title>%2</title>\n"
               "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
               "pre{background:#f4f4f4;padding:.6em;overflow:auto}table{border-collapse:collapse}"
               "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style></head>\n"
               "<body>\n<h1>%2</h1>\n%3</body></html>\n")
        .arg(lang, title.toHtmlEscaped(), body);
}

} // namespace SniDoctor
