#pragma once

#include "case/casedata.h"
#include "runbookpage.h"

class QLabel;

namespace SniDoctor {

class CommandBox;
class VerdictPanel;

// The page of one runbook step (its row of the step table): what it checks and why,
// the equivalent commands, the action, the result and what it means. The result is the
// case's: a new run clears the step's old result first, so that a failed or stopped
// run never leaves a stale verdict beside its error; in review the subtitle says which
// collected file the result came from, or which command to ask the admin for.
class StepPage : public RunbookPage
{
    Q_OBJECT

public:
    [[nodiscard]] Step step() const { return m_step; }
    // Edits of the user's that only this page holds (an edited overrides.yaml), in
    // words for the question before closing; empty when there are none.
    [[nodiscard]] virtual QString unsavedEdits() const { return {}; }

protected:
    StepPage(Step step, CaseModel *model, QWidget *parent);

    // Runs the step's work; its result becomes the step's record (with origin and the
    // time it ended) and showResult() shows it. An Error is said on the status line.
    template <typename T>
    bool runStep(std::function<Result<T>(TaskControl &)> work, Origin origin,
                 std::function<QString()> runningText)
    {
        if (isRunning())
            return false;
        clearResult();
        return run<T>(
            std::move(work),
            [this, origin](const Result<T> &result) {
                if (result)
                    setResult(StepRecord(result.value(), origin));
                else
                    setStatus([error = result.error()] { return error.message(); });
            },
            std::move(runningText));
    }
    void setResult(const StepRecord &record);
    void clearResult();
    [[nodiscard]] const StepRecord *record() const;

    // Shows what the case holds for this step (nothing yet, or its result).
    virtual void showResult() = 0;
    // The verdict panel with the step's findings in their words.
    void showFindings(const QString &verdict, const QList<Finding> &findings,
                      const QString &nextStep);

    [[nodiscard]] QLabel *intro() const { return m_intro; }
    [[nodiscard]] VerdictPanel *verdictPanel() const { return m_verdict; }
    [[nodiscard]] CommandBox *commandBox() const { return m_commands; }
    [[nodiscard]] QString reviewSubTitle() const override;
    void changeEvent(QEvent *event) override;
    // In review, a step without a result says it was not collected (not "run it").
    void reviewStateChanged(bool review) override;

private:
    void retranslateStep();

    Step m_step;
    QLabel *m_intro;
    QLabel *m_reviewIntro;
    bool m_notCollectedShown =
        false; // in review, instead of the live instructions: what the step checks
    VerdictPanel *m_verdict;
    CommandBox *m_commands;
};

} // namespace SniDoctor
