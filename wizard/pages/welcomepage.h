#pragma once

#include "runbookpage.h"

#include <QTemporaryDir>

#include <memory>

class QLabel;
class QCheckBox;
class QPushButton;
class QRadioButton;

namespace SniDoctor {

// What the tool diagnoses and how the user wants to work: a live endpoint, or offline
// review of collected files (a bundle, an archive, a folder, files, a saved session,
// or the sample case).
class WelcomePage final : public RunbookPage
{
    Q_OBJECT

public:
    explicit WelcomePage(CaseModel *model, QWidget *parent = nullptr);

    [[nodiscard]] bool reviewMode() const;
    // Review waits for collected files: Next never enters the live flow from it.
    [[nodiscard]] bool isComplete() const override;
    // Live from a reviewed case asks first: a live diagnosis starts a new, empty case.
    bool validatePage() override;
    // Reviews these paths on a worker thread; reviewReady() when the case holds them.
    void review(const QStringList &paths);
    // The sample case that ships with the application.
    void openSampleCase();
    // Diagnose automatically: steps 2, 4 and 5 from the case's cluster (else the one
    // last connected to, else the kubeconfig's current context), every host through
    // every ingress; autoDiagnosisReady() when the case holds them.
    void diagnoseAutomatically();

Q_SIGNALS:
    void reviewReady();
    void autoDiagnosisReady();

protected:
    void retranslate() override;

private:
    void openFiles();
    void updateReviewHint();
    void openFolder();
    [[nodiscard]] QString reviewSummary() const;

    QLabel *m_intro;
    QLabel *m_cause;
    QLabel *m_choice;
    QRadioButton *m_live;
    QRadioButton *m_review;
    QLabel *m_reviewNote;
    QLabel *m_reviewHint;
    QPushButton *m_openFiles;
    QPushButton *m_openFolder;
    QPushButton *m_sample;
    QCheckBox *m_knownNoSni;
    QLabel *m_autoNote;
    QPushButton *m_auto;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
};

} // namespace SniDoctor
