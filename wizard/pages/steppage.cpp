#include "steppage.h"

#include "case/casemodel.h"
#include "case/stepmodule.h"
#include "commandbox.h"
#include "verdictpanel.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace SniDoctor {

StepPage::StepPage(Step step, CaseModel *model, QWidget *parent)
    : RunbookPage(model, parent)
    , m_step(step)
    , m_intro(new QLabel)
    , m_reviewIntro(new QLabel)
    , m_verdict(new VerdictPanel(stepId(step)))
    , m_commands(new CommandBox)
{
    const QString id = stepId(step);
    statusLabel()->setObjectName(id + QStringLiteral("Status"));
    stopButton()->setObjectName(id + QStringLiteral("Cancel"));
    statusDetails()->setObjectName(id + QStringLiteral("StatusDetails"));
    statusDetailsButton()->setObjectName(id + QStringLiteral("StatusDetailsButton"));
    m_commands->setObjectName(id + QStringLiteral("Commands"));
    m_intro->setWordWrap(true);
    m_reviewIntro->setWordWrap(true);
    m_reviewIntro->setObjectName(id + QStringLiteral("ReviewIntro"));
    // First on the page; shown in review only, where the live instructions (what to
    // run, where), the equivalent commands and Stop are hidden.
    content()->addWidget(m_reviewIntro);
    markLiveOnly({m_intro, m_commands, stopButton()});
    retranslateStep();
    connect(model, &CaseModel::stepChanged, this, [this](Step changed) {
        if (changed == m_step)
            showResult();
    });
}

void StepPage::setResult(const StepRecord &record)
{
    caseModel()->setRecord(m_step, record);
}

void StepPage::clearResult()
{
    caseModel()->clear(m_step);
    clearStatus();
}

const StepRecord *StepPage::record() const
{
    return caseModel()->data().record(m_step);
}

void StepPage::showFindings(const QString &verdict, const QList<Finding> &findings,
                            const QString &nextStep)
{
    const StepModule &module = stepModule(m_step);
    QList<VerdictPanel::Item> items;
    for (const Finding &finding : findings)
        items << VerdictPanel::Item{module.findingTitle(finding), module.findingDetail(finding)};
    m_verdict->showVerdict(verdict, leadingFinding(findings), items, nextStep);
}

void StepPage::changeEvent(QEvent *event)
{
    RunbookPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateStep();
}

void StepPage::reviewStateChanged(bool review)
{
    m_reviewIntro->setVisible(review);
    if (review && !record()) {
        m_notCollectedShown = true;
        retranslateStep();
    } else if (m_notCollectedShown) {
        m_notCollectedShown = false;
        showResult();
    }
}

void StepPage::retranslateStep()
{
    m_reviewIntro->setText(tr("What this step checks: %1").arg(stepChecks(m_step)));
    if (m_notCollectedShown)
        m_verdict->showPlaceholder(
            tr("Not collected: the files hold no result of this step (the subtitle above says "
               "what to ask the admin for)."));
}

QString StepPage::reviewSubTitle() const
{
    const StepRecord *found = record();
    if (found) {
        const QStringList from =
            found->collectedFrom().isEmpty() ? found->origin().files : found->collectedFrom();
        if (!from.isEmpty())
            return tr("Review (read-only): from %1.").arg(from.join(QStringLiteral(", ")));
        return tr("Review (read-only).");
    }
    return tr("Not collected. Ask the admin for: %1")
        .arg(stepInfo(m_step).askFor.join(QStringLiteral("  ·  ")));
}

} // namespace SniDoctor
