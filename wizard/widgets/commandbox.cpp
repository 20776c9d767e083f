#include "commandbox.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace SniDoctor {

CommandBox::CommandBox(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
{
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    m_caption->setBuddy(m_text);
    connect(m_copy, &QPushButton::clicked, this, &CommandBox::copy);

    auto *header = new QHBoxLayout;
    header->addWidget(m_caption, 1);
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text);
    retranslate();
}

void CommandBox::setCommands(const QStringList &commands)
{
    m_commands = commands;
    m_text->setPlainText(commands.join(QLatin1Char('\n')));
    const QFontMetrics metrics(m_text->font());
    m_text->setFixedHeight(metrics.lineSpacing() * int(std::max<qsizetype>(1, commands.size())) +
                           2 * m_text->frameWidth() + 12 +
                           m_text->horizontalScrollBar()->sizeHint().height());
}

void CommandBox::setCaption(const char *sourceText)
{
    m_captionSource = sourceText;
    retranslate();
}

void CommandBox::copy()
{
    QApplication::clipboard()->setText(m_commands.join(QLatin1Char('\n')));
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { retranslate(); });
}

void CommandBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommandBox::retranslate()
{
    m_caption->setText(m_captionSource ? tr(m_captionSource)
                                       : tr("&Equivalent commands, to run them yourself:"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy the commands to the clipboard"));
    m_copy->setAccessibleName(tr("Copy commands"));
    m_text->setAccessibleName(tr("Equivalent commands"));
}

} // namespace SniDoctor
