#include "yamleditor.h"

#include "core/yamlscan.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

namespace SniDoctor {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor levelColor(YamlEditor::Level level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case YamlEditor::Level::Error:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xd3, 0x2f, 0x2f);
    case YamlEditor::Level::Warning:
        return dark ? QColor(0xff, 0xca, 0x28) : QColor(0xe6, 0x8a, 0x00);
    case YamlEditor::Level::Note:
        break;
    }
    return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2);
}

// YAML colours: keys, quoted strings, numbers and booleans, anchors and aliases,
// comments, document markers. Line by line, as YAML's own tokens allow.
class YamlHighlighter final : public QSyntaxHighlighter
{
public:
    explicit YamlHighlighter(QTextDocument *document, const QWidget *owner)
        : QSyntaxHighlighter(document)
        , m_owner(owner)
    {}

protected:
    void highlightBlock(const QString &text) override
    {
        const bool dark = isDark(m_owner->palette());
        QTextCharFormat key;
        key.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x4f, 0x9c));
        key.setFontWeight(QFont::DemiBold);
        QTextCharFormat string;
        string.setForeground(dark ? QColor(0x9c, 0xcc, 0x65) : QColor(0x2e, 0x7d, 0x32));
        QTextCharFormat literal;
        literal.setForeground(dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2));
        QTextCharFormat anchor;
        anchor.setForeground(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4c, 0x00));
        QTextCharFormat comment;
        comment.setForeground(m_owner->palette().color(QPalette::PlaceholderText));
        comment.setFontItalic(true);

        // Where the comment starts, outside quotes and block scalars; the state carries
        // an open quote or a block scalar to the next line.
        YamlLineScanner scanner = YamlLineScanner::fromState(previousBlockState());
        if (scanner.isBlockText(text)) {
            setFormat(0, int(text.size()), string); // a block scalar's text
            (void)scanner.scan(text, 0, [](int, QChar) { return true; });
            setCurrentBlockState(scanner.state());
            return;
        }
        QString code = text;
        if (!scanner.openQuote().isNull()) {
            // The rest of a quoted scalar begun on a line above.
            YamlLineScanner rest = scanner;
            const int close = rest.skipQuoted(text, 0);
            const int end = close < 0 ? int(text.size()) : close + 1;
            setFormat(0, end, string);
            code.replace(0, end, QString(end, QLatin1Char(' ')));
        }
        const int stop = scanner.scan(text, 0, [](int, QChar) { return true; });
        setCurrentBlockState(scanner.state());
        const int commentAt = stop < text.size() ? stop : -1;
        if (commentAt >= 0)
            code = code.left(commentAt);

        static const QRegularExpression document(QStringLiteral(R"(^(---|\.\.\.)(\s|$))"));
        if (document.match(code).hasMatch())
            setFormat(0, 3, anchor);
        static const QRegularExpression keyPattern(QStringLiteral(
            R"(^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[^\s#'"\-{\[][^#]*?|-[^\s][^#]*?)\s*:(?=\s|$))"));
        if (const auto match = keyPattern.match(code); match.hasMatch())
            setFormat(int(match.capturedStart(2)), int(match.capturedLength(2)), key);
        static const QRegularExpression literalPattern(
            QStringLiteral(
                R"((?<=[:\-\[,]\s|[\[,])\s*(true|false|yes|no|on|off|null|~|-?\d+(\.\d+)?)(?=\s*($|[,\]}])))"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = literalPattern.globalMatch(code); it.hasNext();) {
            const auto match = it.next();
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), literal);
        }
        static const QRegularExpression anchorPattern(
            QStringLiteral(R"((?<=\s|^)[&*][^\s,\[\]{}]+)"));
        for (auto it = anchorPattern.globalMatch(code); it.hasNext();) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), anchor);
        }
        static const QRegularExpression stringPattern(
            QStringLiteral(R"("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)"));
        for (auto it = stringPattern.globalMatch(code); it.hasNext();) {
            const auto match = it.next();
            // A quoted key keeps the key colour.
            if (format(int(match.capturedStart())).fontWeight() != QFont::DemiBold)
                setFormat(int(match.capturedStart()), int(match.capturedLength()), string);
        }
        if (commentAt >= 0)
            setFormat(commentAt, int(text.size()) - commentAt, comment);
    }

private:
    const QWidget *m_owner;
};

} // namespace

class YamlEditorGutter final : public QWidget
{
public:
    explicit YamlEditorGutter(YamlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
    QSize sizeHint() const override { return QSize(m_editor->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextCursor cursor = m_editor->cursorForPosition(QPoint(0, help->pos().y()));
            if (const YamlEditor::Mark *mark = m_editor->markOnLine(cursor.blockNumber() + 1))
                QToolTip::showText(help->globalPos(), mark->message, this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    YamlEditor *m_editor;
};

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new YamlEditorGutter(this))
{
    new YamlHighlighter(document(), this);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab indents with spaces (YAML forbids tab characters), Shift+Tab dedents; Ctrl+Tab
    // and Ctrl+Shift+Tab leave the editor (keyPressEvent).
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlEditor::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int YamlEditor::gutterWidth() const
{
    int digits = 1;
    for (int lines = std::max(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    const int marker = fontMetrics().height();
    return marker + 6 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void YamlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        if (auto *highlighter = document()->findChild<QSyntaxHighlighter *>())
            highlighter->rehighlight();
        applyMarks();
        setViewportMargins(gutterWidth(), 0, 0, 0);
    }
}

void YamlEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void YamlEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setRenderHint(QPainter::Antialiasing);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool current = block.blockNumber() == textCursor().blockNumber();
            painter.setPen(current ? palette().color(QPalette::Text)
                                   : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 4, lineHeight,
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            if (const Mark *mark = markOnLine(line)) {
                const int size = lineHeight * 6 / 10;
                painter.setPen(Qt::NoPen);
                painter.setBrush(levelColor(mark->level, palette()));
                painter.drawEllipse(QRectF(3, top + (lineHeight - size) / 2.0, size, size));
            }
        }
        block = block.next();
        top = bottom;
    }
}

// The most serious mark on a line, for the gutter.
const YamlEditor::Mark *YamlEditor::markOnLine(int line) const
{
    const Mark *found = nullptr;
    for (const Mark &mark : m_marks) {
        if (mark.line == line && (!found || mark.level > found->level))
            found = &mark;
    }
    return found;
}

void YamlEditor::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    applyMarks();
    m_gutter->update();
}

void YamlEditor::applyMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.line <= 0)
            continue;
        const QTextBlock block = document()->findBlockByNumber(mark.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        int start = std::clamp(mark.column - 1, 0, int(text.size()));
        int end = mark.endColumn > 0 ? std::min(mark.endColumn - 1, int(text.size())) : start;
        if (mark.endColumn <= 0) {
            while (end < text.size() && !text[end].isSpace())
                ++end;
        }
        if (end <= start) {
            // A mark at the end of a line, or on an empty one: the last character, or
            // the line itself.
            start = std::max(0, int(text.size()) - 1);
            end = int(text.size());
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(block.position() + start);
        selection.cursor.setPosition(block.position() + std::max(end, start + 1),
                                     QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(levelColor(mark.level, palette()));
        selection.format.setToolTip(mark.message);
        selections << selection;
    }
    setExtraSelections(selections);
}

const YamlEditor::Mark *YamlEditor::markAt(const QTextCursor &cursor) const
{
    const int line = cursor.blockNumber() + 1;
    const int column = cursor.positionInBlock() + 1;
    const Mark *found = nullptr;
    for (const Mark &mark : m_marks) {
        if (mark.line != line)
            continue;
        const int end = mark.endColumn > 0 ? mark.endColumn : mark.column + 1;
        if (column >= mark.column && column <= end && (!found || mark.level > found->level))
            found = &mark;
    }
    return found;
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFrom(this, help->pos()));
        if (const Mark *mark = markAt(cursor))
            QToolTip::showText(help->globalPos(), mark->message, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool tab = event->key() == Qt::Key_Tab;
    const bool backtab =
        event->key() == Qt::Key_Backtab || (tab && modifiers.testFlag(Qt::ShiftModifier));
    if (!tab && !backtab) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    // Ctrl+Tab and Ctrl+Shift+Tab leave the editor, as in Qt's other text editors: the
    // keyboard reaches every control of the page.
    if (modifiers.testFlag(Qt::ControlModifier)) {
        QWidget::focusNextPrevChild(!backtab);
        return;
    }
    if (isReadOnly() || (modifiers | Qt::ShiftModifier) != Qt::ShiftModifier) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    QTextCursor cursor = textCursor();
    const bool lines = cursor.hasSelection() && document()->findBlock(cursor.selectionStart()) !=
                                                    document()->findBlock(cursor.selectionEnd());
    if (tab && !lines) {
        // Spaces to the next indentation step of 2 (YAML forbids tab characters).
        const int column = cursor.positionInBlock();
        cursor.insertText(QString(2 - column % 2, QLatin1Char(' ')));
        return;
    }
    indentLines(cursor, tab ? kIndent : -kIndent);
}

// Indents (by > 0) or dedents (by < 0, only the spaces there are) every line the
// cursor's selection touches, as one undoable edit; the selection keeps its lines.
void YamlEditor::indentLines(QTextCursor cursor, int by)
{
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection that ends at the start of a line does not take that line.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor line(block);
        if (by > 0) {
            line.insertText(QString(by, QLatin1Char(' ')));
        } else {
            const QString text = block.text();
            int spaces = 0;
            while (spaces < -by && spaces < text.size() && text.at(spaces) == QLatin1Char(' '))
                ++spaces;
            line.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, spaces);
            line.removeSelectedText();
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void YamlEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, int(block.text().size())));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void YamlEditor::replaceAllText(const QString &text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

} // namespace SniDoctor
