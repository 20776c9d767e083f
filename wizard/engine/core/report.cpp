#include "report.h"

namespace SniDoctor {

QString reportMarkdown(const QString &title, const QList<ReportBlock> &blocks)
{
    QString out = QStringLiteral("# ") + title + QStringLiteral("\n\n");
    for (const ReportBlock &block : blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            out += QStringLiteral("## %1\n\n").arg(block.text);
            break;
        case ReportBlock::Kind::Paragraph:
            out += block.text + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Code:
            out += QStringLiteral("```\n") + block.text +
                   (block.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) +
                   QStringLiteral("```\n\n");
            break;
        case ReportBlock::Kind::List:
            for (const QString &item : block.items)
                out += QStringLiteral("- ") +
                       QString(item).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) +
                       QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table:
            for (int i = 0; i < block.rows.size(); ++i) {
                QStringList cells = block.rows[i];
                for (QString &cell : cells)
                    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
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
