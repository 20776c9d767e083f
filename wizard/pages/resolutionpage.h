#pragma once

#include "diagnosis/diagnosis.h"
#include "diagnosis/remediation.h"
#include "pagetask.h"

#include <QWizardPage>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace SniDoctor {

class CaseSession;
class CommandBox;
class VerdictPanel;

// Runbook step 7: one verdict from every step that was run, the evidence behind it
// (each row leads back to its step), the generated wildcard route and overrides.yaml
// change (already checked by the project's validators) to copy or save, the commands
// to apply them (a dry run first; nothing is applied from here), and Verify: the probe
// again without SNI.
class ResolutionPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResolutionPage(CaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override
    {
        return !m_task->isRunning() && !m_applyTask->isRunning();
    }
    void cleanupPage() override
    {
        m_task->cancel();
        m_applyTask->cancel();
    }

    void refresh();
    void verify();
    [[nodiscard]] bool isVerifying() const { return m_task->isRunning(); }
    bool saveRoute(const QString &path);
    // The route into the cluster step 5 read: a server-side dry run, or (after the
    // user's yes) the apply itself.
    void applyToCluster(bool dryRun);
    [[nodiscard]] bool isApplying() const { return m_applyTask->isRunning(); }
    bool saveDiff(const QString &path);

Q_SIGNALS:
    // The user asked to see a step's page again (an evidence row was activated).
    void showStep(const QString &step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void verified();
    void applied();
    void setVerifyText(std::function<QString()> text);
    bool saveText(const QString &path, const QByteArray &data);

    CaseSession *m_session;
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
    bool m_lastApplyWasDryRun = true;
    QPushButton *m_verify;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_verifyResult;
    std::function<QString()> m_verifyText;
    std::unique_ptr<PageTask<ProbeReport>> m_task;
    std::unique_ptr<PageTask<QString>> m_applyTask;
};

} // namespace SniDoctor
