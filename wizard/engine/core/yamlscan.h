#pragma once

// YAML text read as its parser reads quotes, comments and block scalars, for the places
// that look at lines rather than nodes: the flow-depth pre-check and the quote checks
// of the overrides validator, the overrides fix (where a flow sequence closes) and the
// editor's highlighting (where a comment starts). One scanner, so the three agree.

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <utility>

namespace SniDoctor {

// Walks YAML one line at a time, in order; its state carries from line to line.
// - A quote opens a quoted scalar only where a scalar can start (the line's start,
//   after "[", "{" or ",", after ": ", "- " or "? ", or right after ":" inside a flow
//   collection), so the apostrophe of `don't` is text. "" escapes with a backslash, ''
//   by doubling. A quoted scalar left open carries on to the next line.
// - A "#" at the line's start or after a space starts a comment.
// - The lines of a block scalar (after "key: |" or "- >-") are text: nothing in them
//   is visited, not even a "#".
class YamlLineScanner
{
public:
    YamlLineScanner() = default;

    // Calls visit(index, character) for each character of line, from index from on,
    // that is outside quoted scalars, block scalars and comments (quotes and blanks are
    // not visited). visit returns false to stop. Returns where the scan stopped: the
    // index visit stopped at, the comment's "#", or line.size(). A scan from a column
    // other than 0 looks at that part of the line only (no block scalar is entered or
    // left).
    template <typename Visit> int scan(QStringView line, int from, Visit &&visit)
    {
        if (from == 0 && m_blockParent >= 0) {
            if (isBlockText(line))
                return int(line.size()); // the block scalar's own text (or a blank line)
            m_blockParent = -1;
        }
        bool scalarStart = true; // a quote here would open a quoted scalar
        bool indicator = false;  // the last character was ":", "-" or "?"
        int wordStart = -1;      // where the last run of non-blank characters starts
        bool inWord = false;
        int keyColumn = -1; // the first character after the line's "- " indicators
        int stop = int(line.size());
        for (int i = from; i < line.size(); ++i) {
            if (!m_quote.isNull()) {
                i = skipQuoted(line, i);
                if (i < 0)
                    return int(line.size());
                scalarStart = false;
                continue;
            }
            const QChar c = line[i];
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                scalarStart = scalarStart || indicator;
                indicator = false;
                inWord = false;
                continue;
            }
            if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace())) {
                stop = i;
                break;
            }
            if (keyColumn < 0 &&
                !(c == QLatin1Char('-') && (i + 1 == line.size() || line[i + 1].isSpace())))
                keyColumn = i;
            if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && scalarStart) {
                m_quote = c;
                m_quoteColumn = i;
                continue;
            }
            if (!visit(i, c))
                return i;
            if (!inWord)
                wordStart = i;
            inWord = true;
            if (c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++m_flowDepth;
            else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && m_flowDepth > 0)
                --m_flowDepth;
            indicator = c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('?');
            // In a flow collection a value may follow its key's ":" directly ({"a":"b"}).
            scalarStart = c == QLatin1Char('[') || c == QLatin1Char('{') || c == QLatin1Char(',') ||
                          (c == QLatin1Char(':') && m_flowDepth > 0);
        }
        // A line ending in a block scalar's header (| or >, then chomping and
        // indentation indicators): the lines indented further are its text.
        if (from == 0 && wordStart >= 0 && m_quote.isNull() && m_flowDepth == 0 &&
            isBlockHeader(line.mid(wordStart, stop - wordStart).trimmed()) &&
            followsIndicator(line, wordStart))
            m_blockParent = keyColumn == wordStart ? lastDashBefore(line, wordStart) : keyColumn;
        return stop;
    }

    // Inside a quoted scalar: the index of the quote that closes it, from index from on
    // (the scanner is then outside it), or -1 when it is still open at the line's end.
    int skipQuoted(QStringView line, int from)
    {
        for (int i = from; i < line.size(); ++i) {
            const QChar c = line[i];
            if (m_quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
                ++i;
            } else if (c == m_quote) {
                if (m_quote == QLatin1Char('\'') && i + 1 < line.size() && line[i + 1] == m_quote) {
                    ++i; // '' inside single quotes
                    continue;
                }
                m_quote = QChar();
                return i;
            }
        }
        return -1;
    }

    // The quote of a quoted scalar still open at the end of the last line scanned, and
    // its column in the line where it opened.
    [[nodiscard]] QChar openQuote() const { return m_quote; }
    [[nodiscard]] int quoteColumn() const { return m_quoteColumn; }
    void setOpenQuote(QChar quote) { m_quote = quote; }
    // How many flow collections ([ or {) are open after what was scanned.
    [[nodiscard]] int flowDepth() const { return m_flowDepth; }
    // Whether the next lines, while indented further, are a block scalar's text.
    [[nodiscard]] bool inBlockScalar() const { return m_blockParent >= 0; }
    // Whether line, scanned next, is a block scalar's text (or a blank line inside one).
    [[nodiscard]] bool isBlockText(QStringView line) const
    {
        const int indent = indentOf(line);
        return m_blockParent >= 0 && (indent == line.size() || indent > m_blockParent);
    }

    // The state as one non-negative int (for QSyntaxHighlighter's block state), and
    // back. Depths and indents beyond what a real file uses are clamped.
    [[nodiscard]] int state() const
    {
        const int quote = m_quote == QLatin1Char('"') ? 1 : m_quote == QLatin1Char('\'') ? 2 : 0;
        return quote | std::min(m_flowDepth, 255) << 2 | (std::min(m_blockParent, 4094) + 1) << 10;
    }
    [[nodiscard]] static YamlLineScanner fromState(int state)
    {
        YamlLineScanner scanner;
        if (state < 0)
            return scanner;
        scanner.m_quote = (state & 3) == 1   ? QChar(QLatin1Char('"'))
                          : (state & 3) == 2 ? QChar(QLatin1Char('\''))
                                             : QChar();
        scanner.m_flowDepth = (state >> 2) & 255;
        scanner.m_blockParent = ((state >> 10) & 4095) - 1;
        return scanner;
    }

private:
    static int indentOf(QStringView line)
    {
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        return indent;
    }
    static bool isBlockHeader(QStringView word)
    {
        if (word.isEmpty() || (word[0] != QLatin1Char('|') && word[0] != QLatin1Char('>')) ||
            word.size() > 3)
            return false;
        for (qsizetype i = 1; i < word.size(); ++i) {
            if (word[i] != QLatin1Char('-') && word[i] != QLatin1Char('+') &&
                !(word[i] >= QLatin1Char('1') && word[i] <= QLatin1Char('9')))
                return false;
        }
        return true;
    }
    // "key: |", "- |", "key: !!str |", "key: &anchor |" or "|" alone start a block
    // scalar; "key: a |" is the plain scalar "a |".
    static bool followsIndicator(QStringView line, int at)
    {
        for (int i = at - 1;; --i) {
            while (i >= 0 && line[i].isSpace())
                --i;
            if (i < 0)
                return true;
            if (line[i] == QLatin1Char(':') || line[i] == QLatin1Char('-') ||
                line[i] == QLatin1Char('?'))
                return true;
            while (i > 0 && !line[i - 1].isSpace())
                --i; // the start of the word before
            if (line[i] != QLatin1Char('!') && line[i] != QLatin1Char('&'))
                return false; // not a tag or an anchor: a plain scalar's text
        }
    }
    // "- |": the block belongs to the sequence item, whose "-" is the parent's column.
    static int lastDashBefore(QStringView line, int end)
    {
        for (int i = end - 1; i >= 0; --i) {
            if (line[i] == QLatin1Char('-'))
                return i;
        }
        return indentOf(line);
    }

    QChar m_quote;
    int m_quoteColumn = -1;
    int m_flowDepth = 0;
    int m_blockParent = -1; // inside a block scalar: its parent's column; else -1
};

// Where the quoted scalar whose opening quote is at (row, column) closes: the closing
// quote's row and column, or {-1, -1} when it runs to the end of lines (or when no
// quote is at that place). Looks at most maxRows rows down (all when negative).
[[nodiscard]] std::pair<int, int> closingQuote(const QStringList &lines, int row, int column,
                                               int maxRows = -1);

} // namespace SniDoctor
