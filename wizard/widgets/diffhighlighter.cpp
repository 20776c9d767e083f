#include "diffhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace SniDoctor {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

QColor DiffHighlighter::addedBackground()
{
    return QColor(46, 160, 67, 70);
}

QColor DiffHighlighter::removedBackground()
{
    return QColor(248, 81, 73, 70);
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")) ||
        text.startsWith(QLatin1String("@@"))) {
        // The palette's own muted text colour: readable on light and dark alike.
        format.setForeground(QGuiApplication::palette().color(QPalette::PlaceholderText));
        if (!text.startsWith(QLatin1String("@@")))
            format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setBackground(addedBackground());
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setBackground(removedBackground());
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace SniDoctor
