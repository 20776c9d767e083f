#pragma once

#include "pagetask.h"
#include "review/review.h"

#include <QTemporaryDir>
#include <QWizardPage>

#include <memory>

class QLabel;
class QCheckBox;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace SniDoctor {

class CaseSession;

// What the tool diagnoses and how the user wants to work: a live endpoint, or offline
// review of collected files (a bundle, an archive, a folder, files, a saved session,
// or the sample case).
class WelcomePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(CaseSession *session, QWidget *parent = nullptr);

    [[nodiscard]] bool reviewMode() const;
    // Reviews these paths on a worker thread; reviewReady() when the session holds them.
    void review(const QStringList &paths);
    // The sample case that ships with the application.
    void openSampleCase();
    [[nodiscard]] bool isRunning() const { return m_task->isRunning(); }

Q_SIGNALS:
    void reviewReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void finished();
    void openFiles();
    void openFolder();
    void updateStatus();

    CaseSession *m_session;
    QLabel *m_intro;
    QLabel *m_cause;
    QLabel *m_choice;
    QRadioButton *m_live;
    QRadioButton *m_review;
    QLabel *m_reviewNote;
    QPushButton *m_openFiles;
    QPushButton *m_openFolder;
    QPushButton *m_sample;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    QCheckBox *m_knownNoSni;
    std::unique_ptr<PageTask<ReviewCase>> m_task;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
    Error m_error;
    bool m_sampleRequested = false;
};

} // namespace SniDoctor
