#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SniDoctor {

// A small document, rendered as Markdown and as HTML: the support bundle's report,
// to which each step adds its section.
struct ReportBlock
{
    enum class Kind
    {
        Heading,
        Paragraph,
        Code,
        List,
        Table,
    };
    Kind kind = Kind::Paragraph;
    QString text;            // Heading, Paragraph, Code
    QStringList items;       // List
    QList<QStringList> rows; // Table, the first row the header

    [[nodiscard]] static ReportBlock heading(const QString &text)
    {
        return {Kind::Heading, text, {}, {}};
    }
    [[nodiscard]] static ReportBlock paragraph(const QString &text)
    {
        return {Kind::Paragraph, text, {}, {}};
    }
    [[nodiscard]] static ReportBlock code(const QString &text)
    {
        return {Kind::Code, text, {}, {}};
    }
    [[nodiscard]] static ReportBlock list(const QStringList &items)
    {
        return {Kind::List, {}, items, {}};
    }
    [[nodiscard]] static ReportBlock table(const QList<QStringList> &rows)
    {
        return {Kind::Table, {}, {}, rows};
    }
};

[[nodiscard]] QString reportMarkdown(const QString &title, const QList<ReportBlock> &blocks);
// A whole HTML page; lang is the document's language ("en", "es").
[[nodiscard]] QString reportHtml(const QString &title, const QList<ReportBlock> &blocks,
                                 const QString &lang);

} // namespace SniDoctor
