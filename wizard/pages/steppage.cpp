#include "steppage.h"

#include "case/casemodel.h"
#include "case/stepmodule.h"
#include "commandbox.h"
#include "verdictpanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace SniDoctor {

StepPage::StepPage(Step step, CaseModel *model, QWidget *parent)
    : RunbookPage(model, parent)
    , m_step(step)
    , m_intro(new QLabel)
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
