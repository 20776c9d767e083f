#include "verdictpanel.h"

#include "statusicon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

StatusGlyph glyphFor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return StatusGlyph::Error;
    case Severity::Warning:
        return StatusGlyph::Warning;
    case Severity::Info:
        return StatusGlyph::Info;
    }
    return StatusGlyph::Info;
}

} // namespace

VerdictPanel::VerdictPanel(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_findings(new QLabel(this))
    , m_nextStep(new QLabel(this))
    , m_staleNote(new QLabel(this))
{
    m_staleNote->setObjectName(objectPrefix + QStringLiteral("Stale"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setVisible(false);
    m_staleNote->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_verdict->setObjectName(objectPrefix + QStringLiteral("Verdict"));
    m_findings->setObjectName(objectPrefix + QStringLiteral("Findings"));
    m_nextStep->setObjectName(objectPrefix + QStringLiteral("NextStep"));
    for (QLabel *label : {m_verdict, m_findings, m_nextStep}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_findings->setTextFormat(Qt::RichText);
    m_verdict->setTextFormat(Qt::PlainText);
    m_nextStep->setTextFormat(Qt::PlainText);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_verdict->setFont(bold);
    m_icon->setFixedSize(28, 28);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_verdict, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_staleNote);
    layout->addLayout(top);
    layout->addWidget(m_findings);
    layout->addWidget(m_nextStep);
    retranslate();
}

void VerdictPanel::setStale(bool stale)
{
    m_stale = stale;
    m_staleNote->setVisible(stale);
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_icon, m_verdict, m_findings, m_nextStep})
        part->setEnabled(!stale); // dimmed: not the answer to what the page shows now
    retranslate();
}

void VerdictPanel::showVerdict(const QString &verdict, const Finding *lead,
                               const QList<Item> &findings, const QString &nextStep)
{
    m_verdict->setText(verdict);
    if (lead) {
        m_icon->setPixmap(statusIcon(glyphFor(lead->severity)).pixmap(QSize(24, 24)));
        m_icon->setAccessibleName(severityId(lead->severity));
    } else {
        m_icon->clear();
    }
    QString html;
    for (const Item &item : findings) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(item.title.toHtmlEscaped(), item.detail.toHtmlEscaped());
    }
    m_findings->setText(html);
    m_nextStep->setText(nextStep.isEmpty() ? QString() : tr("What it means: %1").arg(nextStep));
}

void VerdictPanel::showPlaceholder(const QString &text)
{
    m_icon->clear();
    m_verdict->setText(text);
    m_findings->clear();
    m_nextStep->clear();
}

void VerdictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VerdictPanel::retranslate()
{
    m_verdict->setAccessibleName(tr("Verdict"));
    m_findings->setAccessibleName(tr("Findings"));
    m_nextStep->setAccessibleName(tr("What it means"));
    m_staleNote->setText(tr("The inputs were changed after this result: it is the answer to "
                            "the earlier ones. Run the step again for these."));
}

} // namespace SniDoctor
