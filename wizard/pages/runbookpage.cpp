#include "runbookpage.h"

#include "case/casemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace SniDoctor {

RunbookPage::RunbookPage(CaseModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_content(nullptr)
    , m_runner(new TaskRunner(this))
    , m_stop(new QPushButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
{
    auto *widget = new QWidget;
    m_content = new QVBoxLayout(widget);
    m_content->setContentsMargins(0, 0, 8, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidget(widget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_stop->setAutoDefault(false);
    m_stop->setEnabled(false);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_stop, &QPushButton::clicked, this, &RunbookPage::stop);
    connect(m_runner, &TaskRunner::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_runner, &TaskRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &TaskRunner::runningChanged, this, [this](bool running) {
        m_stop->setEnabled(running);
        m_progress->setVisible(running);
        if (running)
            m_progress->setRange(0, 0);
        applyState();
        Q_EMIT runningChanged(running);
        Q_EMIT completeChanged();
    });
    connect(m_runner, &TaskRunner::finished, this, [this](bool canceled) {
        if (canceled)
            setStatus([] { return tr("Canceled: no result."); });
    });
    connect(m_model, &CaseModel::loaded, this, [this] {
        applyState();
        setTexts(title(), m_liveSubTitle);
    });
}

QHBoxLayout *RunbookPage::addTaskRow(std::initializer_list<QWidget *> actions)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : actions) {
        if (auto *button = qobject_cast<QPushButton *>(widget))
            button->setAutoDefault(false);
        row->addWidget(widget);
    }
    row->addWidget(m_stop);
    row->addWidget(m_progress, 1);
    row->addWidget(m_status, 2);
    m_content->addLayout(row);
    return row;
}

void RunbookPage::stop()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    setStatus([] { return tr("Canceling…"); });
}

void RunbookPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void RunbookPage::markLive(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *widget : widgets)
        m_live << widget;
    applyState();
}

void RunbookPage::markEditable(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *widget : widgets)
        m_editable << widget;
    applyState();
}

void RunbookPage::applyState()
{
    const bool live = !m_model->isReview();
    for (QWidget *widget : std::as_const(m_live))
        widget->setEnabled(live && !isRunning());
    for (QWidget *widget : std::as_const(m_editable))
        widget->setEnabled(live);
    if (live && !isRunning())
        updateActions();
}

void RunbookPage::setTexts(const QString &title, const QString &subTitle)
{
    setTitle(title);
    m_liveSubTitle = subTitle;
    const QString review = m_model->isReview() ? reviewSubTitle() : QString();
    setSubTitle(review.isEmpty() ? subTitle : review);
}

void RunbookPage::translate()
{
    m_stop->setText(tr("&Stop"));
    m_stop->setAccessibleName(tr("Stop"));
    m_progress->setAccessibleName(tr("Progress"));
    retranslate();
    if (m_statusText)
        m_status->setText(m_statusText());
}

void RunbookPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translate();
    QWizardPage::changeEvent(event);
}

} // namespace SniDoctor
