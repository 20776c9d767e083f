#pragma once

#include "case/step.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/remediation.h"
#include "runbookpage.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace SniDoctor {

class CommandBox;
class ProbeMatrixView;
class VerdictPanel;
class WatchPanel;

// Runbook step 7: one verdict from every step that was run, the evidence behind it
// (each row leads back to its step), the generated wildcard route and overrides.yaml
// change (already checked by the project's validators) to copy or save, the commands
// to apply them (a dry run first), and Verify: the probe again without SNI. The verdict
// and the fix are the case's (Watch live: the client run again while the ingress logs are
// followed, what was seen going to step 2's evidence) (diagnose, remediationFor); the route name
// and the tool typed here are the case's fix options, which the bundle uses too.
class ResolutionPage final : public RunbookPage
{
    Q_OBJECT

public:
    explicit ResolutionPage(CaseModel *model, QWidget *parent = nullptr);

    void initializePage() override;

    void refresh();
    void verify();
    // The automatic diagnosis again (the case's cluster), the probe matrix before and
    // after side by side: what Verify does for a case diagnosed automatically, and what
    // follows Apply.
    void verifyAutomatically();
    [[nodiscard]] bool isVerifying() const { return isRunning(); }
    bool saveRoute(const QString &path);
    // The route into the cluster step 5 read: a server-side dry run, or (after the
    // user's yes) the apply itself.
    void applyToCluster(bool dryRun);
    [[nodiscard]] bool isApplying() const { return isRunning(); }
    bool saveDiff(const QString &path);

Q_SIGNALS:
    // The user asked to see a step's page again (an evidence row was activated).
    void showStep(SniDoctor::Step step);

protected:
    void retranslate() override;
    void updateActions() override;
    [[nodiscard]] QString reviewSubTitle() const override;

private:
    void showDiagnosis();
    bool saveText(const QString &path, const QByteArray &data);
    void updateFixOptions();

    std::optional<Diagnosis> m_diagnosis;
    std::optional<Remediation> m_remediation;
    QLabel *m_intro;
    VerdictPanel *m_verdict;
    QLabel *m_confidence;
    QLabel *m_evidenceLabel;
    QTextBrowser *m_evidence;
    QLabel *m_nameLabel;
    QLineEdit *m_routeName;
    QLabel *m_toolLabel;
    QComboBox *m_tool;
    QTabWidget *m_files;
    QPlainTextEdit *m_routeText;
    QPlainTextEdit *m_diffText;
    QPushButton *m_copyRoute;
    QPushButton *m_saveRoute;
    QPushButton *m_copyDiff;
    QPushButton *m_saveDiff;
    QLabel *m_checks;
    CommandBox *m_commands;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_verify;
    QLabel *m_matrixLabel;
    ProbeMatrixView *m_matrix;
    WatchPanel *m_watchPanel;
};

} // namespace SniDoctor
