#pragma once

#include <QStringList>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace SniDoctor {

// The equivalent shell commands of a step, read-only and selectable, in a monospace
// font, with a button that copies them all to the clipboard.
class CommandBox final : public QWidget
{
    Q_OBJECT

public:
    explicit CommandBox(QWidget *parent = nullptr);

    void setCommands(const QStringList &commands);
    [[nodiscard]] QStringList commands() const { return m_commands; }
    // The caption above the commands, untranslated (QT_TRANSLATE_NOOP in the context
    // "SniDoctor::CommandBox"); the default says they are the step's equivalent commands.
    void setCaption(const char *sourceText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copy();

    QStringList m_commands;
    const char *m_captionSource = nullptr;
    QLabel *m_caption;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

} // namespace SniDoctor
