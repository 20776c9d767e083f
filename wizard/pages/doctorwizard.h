#pragma once

#include <QWizard>

namespace SniDoctor {

class CaseSession;
class StepList;

// The runbook as a wizard. Pages of later versions are not added; the side list
// shows them as coming steps.
class DoctorWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId,
        AccessLogPageId,
        CapturePageId,
        ProbePageId,
        RoutesPageId,
        OverridesPageId,
        ResolutionPageId,
        BundlePageId
    };
    // The runbook's steps as the side list shows them (shared/domain.md section 2).
    enum Step
    {
        StepStart,
        StepAccessLogs,
        StepCapture,
        StepProbe,
        StepRoutes,
        StepOverrides,
        StepResolution,
        StepCount
    };

    explicit DoctorWizard(QWidget *parent = nullptr);

    [[nodiscard]] CaseSession *session() const { return m_session; }
    [[nodiscard]] StepList *stepList() const { return m_steps; }
    [[nodiscard]] int nextId() const override;
    // Back to a page already visited (the evidence of step 7 leads back to its step).
    void returnToPage(int pageId);
    // Saves the session (inputs, results, notes) to a file; reopens one saved before.
    // An error message, empty when it worked.
    [[nodiscard]] QString saveSession(const QString &path);
    [[nodiscard]] QString openSession(const QString &path);
    [[nodiscard]] class WelcomePage *welcomePage() const { return m_welcome; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSteps();
    // In review mode: each step says where its results came from (or what to ask
    // for), and the widgets that act on the live system are disabled.
    void applyReviewMode();
    void startReview();

    CaseSession *m_session;
    class WelcomePage *m_welcome;
    StepList *m_steps;
    bool m_probeRunning = false;
    bool m_reviewApplied = false;
    bool m_logsRunning = false;
    bool m_captureRunning = false;
    bool m_routesRunning = false;
};

} // namespace SniDoctor
