#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QString>

namespace SniDoctor {

// A YAML text editor for files the user knows by line numbers: a gutter with line
// numbers and a marker on each line with a problem, YAML colouring, wavy underlines
// under each marked span (red for errors, amber for warnings, blue for notes), and the
// mark's message as a tooltip over the span or the marker. Tab inserts spaces to the
// next step of two (or indents the selected lines), Shift+Tab dedents; Ctrl+Tab and
// Ctrl+Shift+Tab move the focus on, as in Qt's other text editors.
class YamlEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Level
    {
        Note,
        Warning,
        Error
    };
    struct Mark
    {
        int line = 0;      // 1-based; 0 marks nothing in the text
        int column = 1;    // 1-based
        int endColumn = 0; // one past the span; 0: to the end of the word at column
        Level level = Level::Error;
        QString message;
    };

    explicit YamlEditor(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    [[nodiscard]] const QList<Mark> &marks() const { return m_marks; }
    // Moves the cursor to (line, column), 1-based, and shows it.
    void goTo(int line, int column);
    // Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back).
    void replaceAllText(const QString &text);

    [[nodiscard]] int gutterWidth() const;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class YamlEditorGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);
    void applyMarks();
    void indentLines(QTextCursor cursor, int by);
    static constexpr int kIndent = 2; // spaces per indentation step
    [[nodiscard]] const Mark *markAt(const QTextCursor &cursor) const;
    [[nodiscard]] const Mark *markOnLine(int line) const;

    QWidget *m_gutter;
    QList<Mark> m_marks;
};

} // namespace SniDoctor
