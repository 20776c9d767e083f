#include "steplist.h"

#include <QKeyEvent>

namespace SniDoctor {

StepList::StepList(QWidget *parent)
    : QListWidget(parent)
{
    // It shows progress, and goes back to a step reached before: clicked, or with the
    // arrow keys and Enter (Tab reaches it).
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT rowActivated(row(item)); });

    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(18, 18));
    setSpacing(2);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void StepList::keyPressEvent(QKeyEvent *event)
{
    // Enter goes to the step, and is not the wizard's Next as well.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0) {
        Q_EMIT rowActivated(currentRow());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void StepList::setStepNames(const QStringList &names)
{
    while (count() < names.size()) {
        addItem(new QListWidgetItem);
        m_states << State::Pending;
    }
    for (int i = 0; i < names.size(); ++i) {
        item(i)->setText(names.at(i));
        refresh(i);
    }
    // The whole name must show in either language: size the list to its longest name.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (const QString &name : names)
        width = std::max(width, metrics.horizontalAdvance(name));
    setMinimumWidth(width + iconSize().width() + 6 * spacing() + 2 * frameWidth() + 24);
    updateGeometry();
}

void StepList::setState(int step, State state)
{
    if (step < 0 || step >= m_states.size())
        return;
    m_states[step] = state;
    refresh(step);
}

StepList::State StepList::state(int step) const
{
    return m_states.value(step, State::Pending);
}

void StepList::setStepToolTip(int step, const QString &text)
{
    if (QListWidgetItem *entry = item(step))
        entry->setToolTip(text);
}

void StepList::refresh(int step)
{
    QListWidgetItem *entry = item(step);
    const State state = m_states.at(step);
    static const QHash<State, StatusGlyph> glyphs{
        {State::Pending, StatusGlyph::Pending}, {State::Current, StatusGlyph::Current},
        {State::Ok, StatusGlyph::Ok},           {State::Info, StatusGlyph::Info},
        {State::Warning, StatusGlyph::Warning}, {State::Error, StatusGlyph::Error},
        {State::Running, StatusGlyph::Running}};
    entry->setIcon(statusIcon(glyphs.value(state)));
    QFont font = this->font();
    font.setBold(state == State::Current);
    entry->setFont(font);
    entry->setFlags(Qt::ItemIsEnabled);
}

QSize StepList::sizeHint() const
{
    return QSize(minimumWidth(), QListWidget::sizeHint().height());
}

} // namespace SniDoctor
