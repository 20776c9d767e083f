#include "runbookpage.h"

#include "case/casemodel.h"
#include "tableheight.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
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
    , m_detailsButton(new QPushButton)
    , m_details(new QPlainTextEdit)
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
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoDefault(false);
    m_detailsButton->hide();
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(QFontMetrics(m_details->font()).lineSpacing() * 8);
    m_details->hide();
    connect(m_detailsButton, &QPushButton::toggled, this, &RunbookPage::showStatus);

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
    row->addWidget(m_detailsButton);
    m_content->addLayout(row);
    m_content->addWidget(m_details);
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
    m_detailsButton->setChecked(false);
    showStatus();
}

void RunbookPage::showStatus()
{
    const QString text = m_statusText ? m_statusText().trimmed() : QString();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const bool more = end >= 0;
    // One line beside the buttons, whatever a plugin wrote: the row keeps its height.
    m_status->setText(more ? text.left(end).trimmed() + QStringLiteral(" …") : text);
    m_status->setToolTip(more ? text : QString());
    m_detailsButton->setVisible(more);
    if (m_details->toPlainText() != (more ? text : QString()))
        m_details->setPlainText(more ? text : QString());
    m_details->setVisible(more && m_detailsButton->isChecked());
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

void RunbookPage::markLiveOnly(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *widget : widgets)
        m_liveOnly << widget;
    applyState();
}

namespace {

bool holds(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget || holds(item->layout(), widget))
            return true;
    }
    return false;
}

// The form and its row whose field is widget or a layout holding it; row -1 when none.
std::pair<QFormLayout *, int> formRowOf(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (!parent)
        return {nullptr, -1};
    for (QFormLayout *form : parent->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (field && (field->widget() == widget || holds(field->layout(), widget)))
                return {form, row};
        }
    }
    return {nullptr, -1};
}

} // namespace

// Review hides what acts on or asks about the live system (a form's row when its field
// is hidden); leaving review shows again exactly what it hid.
void RunbookPage::applyReviewVisibility(bool review)
{
    if (review == m_reviewShown)
        return;
    m_reviewShown = review;
    if (!review) {
        for (QWidget *widget : std::as_const(m_hiddenForReview))
            widget->show();
        for (const auto &[form, row] : std::as_const(m_rowsHiddenForReview)) {
            if (form)
                form->setRowVisible(row, true);
        }
        m_hiddenForReview.clear();
        m_rowsHiddenForReview.clear();
        return;
    }
    QList<QWidget *> hide = m_liveOnly;
    for (QWidget *widget : std::as_const(m_live)) {
        if (qobject_cast<QAbstractButton *>(widget))
            hide << widget;
    }
    for (QWidget *widget : std::as_const(hide)) {
        if (widget->isHidden())
            continue;
        widget->hide();
        m_hiddenForReview << widget;
    }
    // A row whose field shows nothing any more goes with its label.
    for (QWidget *widget : std::as_const(m_hiddenForReview)) {
        const auto [form, row] = formRowOf(widget);
        if (!form || !form->isRowVisible(row))
            continue;
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        bool empty = true;
        if (field->widget()) {
            empty = field->widget()->isHidden();
        } else if (QLayout *layout = field->layout()) {
            for (int i = 0; i < layout->count(); ++i) {
                if (QWidget *w = layout->itemAt(i)->widget(); w && !w->isHidden())
                    empty = false;
            }
        }
        if (empty) {
            form->setRowVisible(row, false);
            m_rowsHiddenForReview << std::pair{QPointer<QFormLayout>(form), row};
        }
    }
}

void RunbookPage::applyState()
{
    const bool live = !m_model->isReview();
    applyReviewVisibility(!live);
    for (QWidget *widget : std::as_const(m_live))
        widget->setEnabled(live && !isRunning());
    for (QWidget *widget : std::as_const(m_editable))
        widget->setEnabled(live);
    if (live && !isRunning())
        updateActions();
    reviewStateChanged(!live);
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
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show the whole message"));
    m_details->setAccessibleName(tr("The whole message"));
    retranslate();
    showStatus();
}

void RunbookPage::showEvent(QShowEvent *event)
{
    for (QTableView *view : findChildren<QTableView *>())
        keepHeadersWhole(view);
    QWizardPage::showEvent(event);
}

void RunbookPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translate();
    QWizardPage::changeEvent(event);
}

} // namespace SniDoctor
