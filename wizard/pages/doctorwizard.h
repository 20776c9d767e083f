#pragma once

#include "case/step.h"
#include "core/result.h"

#include <QWizard>

namespace SniDoctor {

class CaseModel;
class StepList;
class StepPage;
class WelcomePage;

// The runbook as a wizard: the start page, one page per row of the step table, the
// verdict and the bundle. The wizard owns the one case (CaseModel) every page reads and
// writes; the side list shows each step's state from it.
class DoctorWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId = 0,
        FirstStepPageId = 1, // then one id per step, in the step table's order
        ResolutionPageId = FirstStepPageId + kStepCount,
        BundlePageId,
        ReviewSummaryPageId, // where a review opens, before its first step
    };
    [[nodiscard]] static int pageId(Step step) { return FirstStepPageId + int(step); }
    // The side list's rows: the start, each step, the verdict and bundle.
    [[nodiscard]] static int listRow(Step step) { return 1 + int(step); }
    static constexpr int kStartRow = 0;
    static constexpr int kResolutionRow = 1 + kStepCount;

    explicit DoctorWizard(QWidget *parent = nullptr);

    [[nodiscard]] CaseModel *caseModel() const { return m_case; }
    [[nodiscard]] StepList *stepList() const { return m_steps; }
    [[nodiscard]] StepPage *stepPage(Step step) const;
    [[nodiscard]] WelcomePage *welcomePage() const { return m_welcome; }
    [[nodiscard]] int nextId() const override;
    // Back to a page already visited (the evidence of step 7 leads back to its step;
    // the side list's rows).
    void returnToPage(int pageId);
    // The side list's row of a page.
    [[nodiscard]] static int rowOfPage(int pageId);
    // Saves the case (inputs, results, notes) to a file; reopens one saved before.
    [[nodiscard]] Result<> saveSession(const QString &path);
    [[nodiscard]] Result<> openSession(const QString &path);
    // What closing now would lose, in words for the question (empty: nothing).
    [[nodiscard]] QStringList unsavedWork() const;
    // Esc and Cancel: closeRequested(), for the window to ask and close.
    void reject() override;

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSteps();
    void startReview();
    void showAutoDiagnosis();
    void walkFromStart();

    CaseModel *m_case;
    WelcomePage *m_welcome;
    StepList *m_steps;
};

} // namespace SniDoctor
