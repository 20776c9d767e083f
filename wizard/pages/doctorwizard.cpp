#include "doctorwizard.h"

#include "accesslogpage.h"
#include "bundlepage.h"
#include "case/casemodel.h"
#include "case/stepmodule.h"
#include "diagnosis/diagnosis.h"
#include "resolutionpage.h"
#include "reviewsummarypage.h"
#include "routespage.h"
#include "session/sessionfile.h"
#include "steplist.h"
#include "steppages.h"
#include "welcomepage.h"

#include <QEvent>

namespace SniDoctor {

DoctorWizard::DoctorWizard(QWidget *parent)
    : QWizard(parent)
    , m_case(new CaseModel(this))
    , m_steps(new StepList(this))
{
    setObjectName(QStringLiteral("doctorWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setSideWidget(m_steps);
    m_steps->setObjectName(QStringLiteral("stepList"));

    m_welcome = new WelcomePage(m_case, this);
    setPage(WelcomePageId, m_welcome);
    connect(m_welcome, &WelcomePage::reviewReady, this, &DoctorWizard::startReview);
    connect(m_welcome, &WelcomePage::autoDiagnosisReady, this, &DoctorWizard::showAutoDiagnosis);
    for (Step step : kSteps) {
        StepPage *page = createStepPage(step, m_case, this);
        setPage(pageId(step), page);
        connect(page, &RunbookPage::runningChanged, this, &DoctorWizard::updateSteps);
    }
    auto *resolution = new ResolutionPage(m_case, this);
    setPage(ResolutionPageId, resolution);
    setPage(BundlePageId, new BundlePage(m_case, this));
    setPage(ReviewSummaryPageId, new ReviewSummaryPage(m_case, this));
    // Verify, Dry run and Apply run on step 7: its row says so, and the verdict after.
    connect(resolution, &RunbookPage::runningChanged, this, &DoctorWizard::updateSteps);
    connect(resolution, &ResolutionPage::showStep, this,
            [this](Step step) { returnToPage(pageId(step)); });
    // The side list goes back to any step reached before.
    connect(m_steps, &StepList::rowActivated, this, [this](int row) {
        int id = -1;
        if (row == kStartRow)
            id = WelcomePageId;
        else if (row == kResolutionRow)
            id = ResolutionPageId;
        else if (row > kStartRow && row < kResolutionRow)
            id = FirstStepPageId + (row - 1);
        if (id >= 0)
            returnToPage(id);
        m_steps->setCurrentRow(rowOfPage(currentId()));
    });
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { m_steps->setCurrentRow(rowOfPage(id)); });
    setStartId(WelcomePageId);

    // The routes page's "Fetch ingress logs": back to step 2 (through the start page
    // when the runbook's shortcut skipped it), which reads the logs of the case's cluster.
    auto *routes = qobject_cast<RoutesPage *>(stepPage(Step::Routes));
    auto *logs = qobject_cast<AccessLogPage *>(stepPage(Step::Logs));
    connect(routes, &RoutesPage::fetchLogsRequested, this, [this, logs](const QString &ns) {
        while (currentId() != pageId(Step::Logs) && currentId() != WelcomePageId) {
            const int before = currentId();
            back();
            if (currentId() == before)
                break;
        }
        if (currentId() == WelcomePageId) {
            setField(QStringLiteral("knownNoSni"), false);
            next();
        }
        logs->setNamespace(ns);
        logs->fetchFromCluster();
    });

    retranslate(); // creates the side list's entries
    connect(this, &QWizard::currentIdChanged, this, &DoctorWizard::updateSteps);
    connect(m_case, &CaseModel::changed, this, &DoctorWizard::updateSteps);
    updateSteps();
}

StepPage *DoctorWizard::stepPage(Step step) const
{
    return qobject_cast<StepPage *>(page(pageId(step)));
}

int DoctorWizard::nextId() const
{
    const int current = currentId();
    if (current == WelcomePageId) {
        // A review opens on what the files hold (the start page's Next waits for them),
        // then shows every step, collected or not.
        if (m_welcome->reviewMode())
            return ReviewSummaryPageId;
        // The runbook's own shortcut: "if you already know the client sends no SNI, go to
        // step 4".
        return field(QStringLiteral("knownNoSni")).toBool() ? pageId(Step::Probe)
                                                            : pageId(kSteps.front());
    }
    if (current >= FirstStepPageId && current < ResolutionPageId)
        return current + 1; // the next step, or the verdict after the last one
    if (current == ResolutionPageId)
        return BundlePageId;
    if (current == ReviewSummaryPageId)
        return pageId(kSteps.front());
    return -1;
}

int DoctorWizard::rowOfPage(int id)
{
    if (id == WelcomePageId || id == ReviewSummaryPageId)
        return kStartRow;
    if (id >= FirstStepPageId && id < ResolutionPageId)
        return 1 + (id - FirstStepPageId);
    if (id == ResolutionPageId || id == BundlePageId)
        return kResolutionRow;
    return -1;
}

void DoctorWizard::returnToPage(int pageId)
{
    if (!visitedIds().contains(pageId))
        return;
    while (currentId() != pageId) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
}

// Back to the start, then through the steps: every page shows what the case holds.
void DoctorWizard::walkFromStart()
{
    while (currentId() != WelcomePageId && currentId() != -1) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
    if (currentId() == WelcomePageId)
        next();
}

// The collected files are in the case: to the summary of what they hold (from a step
// page too: a second review replaces the case).
void DoctorWizard::startReview()
{
    walkFromStart();
}

// The automatic diagnosis filled steps 2, 4 and 5: through every step's page (each shows
// what the case holds, and the evidence of step 7 leads back to it) to the verdict.
void DoctorWizard::showAutoDiagnosis()
{
    if (currentId() != WelcomePageId)
        return;
    setField(QStringLiteral("knownNoSni"), false);
    for (int i = 0; i <= kStepCount && currentId() != ResolutionPageId; ++i) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

Result<> DoctorWizard::saveSession(const QString &path)
{
    Result<> saved = SniDoctor::saveSession(path, m_case->data());
    if (saved)
        m_case->markSaved();
    return saved;
}

void DoctorWizard::reject()
{
    // Esc and Cancel close the window as File > Quit does: asking first when there is
    // unsaved work (the window's close asks).
    Q_EMIT closeRequested();
}

QStringList DoctorWizard::unsavedWork() const
{
    QStringList work;
    if (m_case->hasUnsavedWork())
        work << tr("the case's results and notes are not saved as a session");
    for (int id : pageIds()) {
        if (const auto *step = qobject_cast<const StepPage *>(page(id))) {
            const QString edits = step->unsavedEdits();
            if (!edits.isEmpty())
                work << edits;
        }
    }
    return work;
}

Result<> DoctorWizard::openSession(const QString &path)
{
    Result<CaseData> loaded = loadSession(path);
    if (!loaded)
        return loaded.error();
    CaseData data = std::move(loaded).value();
    data.review.paths = {path};
    m_case->load(data);
    m_case->markSaved(); // all of it is in that file
    walkFromStart();
    return {};
}

void DoctorWizard::updateSteps()
{
    if (m_steps->count() == 0)
        return;
    const int current = currentId();
    m_steps->setState(kStartRow, current == WelcomePageId || current == ReviewSummaryPageId
                                     ? StepList::State::Current
                                     : StepList::State::Ok);
    const auto worst = [](const QList<Finding> &findings) {
        StepList::State state = StepList::State::Ok;
        for (const Finding &finding : findings) {
            if (finding.severity == Severity::Error)
                state = StepList::State::Error;
            else if (finding.severity == Severity::Warning && state != StepList::State::Error)
                state = StepList::State::Warning;
        }
        return state;
    };
    const CaseData &data = m_case->data();
    for (Step step : kSteps) {
        const StepPage *page = stepPage(step);
        StepList::State state =
            current == pageId(step) ? StepList::State::Current : StepList::State::Pending;
        if (page && page->isRunning())
            state = StepList::State::Running;
        else if (const StepRecord *record = data.record(step))
            state = worst(stepModule(step).findings(*record));
        m_steps->setState(listRow(step), state);
    }
    // Step 7: the verdict's own severity once any step has evidence.
    const Diagnosis diagnosis = diagnose(data);
    const auto *resolution = qobject_cast<const RunbookPage *>(page(ResolutionPageId));
    if (resolution && resolution->isRunning())
        m_steps->setState(kResolutionRow, StepList::State::Running);
    else if (diagnosis.stepsRun.isEmpty())
        m_steps->setState(kResolutionRow, current == ResolutionPageId ? StepList::State::Current
                                                                      : StepList::State::Pending);
    else
        m_steps->setState(
            kResolutionRow,
            worst({Finding{rootCauseId(diagnosis.rootCause), diagnosisSeverity(diagnosis), {}}}));
}

void DoctorWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void DoctorWizard::retranslate()
{
    setWindowTitle(tr("SNI Doctor"));
    // QWizard sets its button texts once and ignores QEvent::LanguageChange: set them
    // again from Qt's own catalogue (qtbase_<lang>), in QWizard's context. The context
    // is a variable so that lupdate does not copy Qt's strings into ours.
    static const char *const qtContext = "QWizard";
    setButtonText(QWizard::BackButton, QCoreApplication::translate(qtContext, "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate(qtContext, "&Next >"));
    setButtonText(QWizard::CommitButton, QCoreApplication::translate(qtContext, "Commit"));
    // Ours, not Qt's: Qt's "&Finish" takes the File menu's Alt+F.
    setButtonText(QWizard::FinishButton, tr("F&inish"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate(qtContext, "Cancel"));
    setButtonText(QWizard::HelpButton, QCoreApplication::translate(qtContext, "&Help"));
    QStringList names{tr("1. Start")};
    for (Step step : kSteps)
        names << tr("%1. %2").arg(stepInfo(step).runbookNumber).arg(stepName(step));
    names << tr("7. Resolution and bundle");
    m_steps->setStepNames(names);
    m_steps->setAccessibleName(tr("Runbook steps"));
    m_steps->setStepToolTip(kStartRow, tr("What the tool does and how you want to work."));
    for (Step step : kSteps)
        m_steps->setStepToolTip(listRow(step), stepChecks(step));
    m_steps->setStepToolTip(kResolutionRow, tr("One verdict from all the evidence, and the fix."));
}

} // namespace SniDoctor
