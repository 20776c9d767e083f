#pragma once

#include "core/result.h"
#include "pagetask.h"

#include "probe/tlsprobe.h"
#include <memory>

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace SniDoctor {

class CaseSession;
class CommandBox;
class VerdictPanel;

// Runbook step 4: probe the endpoint with and without SNI. The probe runs on a
// worker thread (QtConcurrent); the page only starts, cancels and shows it.
class ProbePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProbePage(CaseSession *session, QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isRunning() const;
    void cleanupPage() override; // Back: cancel a running probe

    void startProbe();
    void cancelProbe();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void probeFinished();
    void showReport();
    void updateCommands();
    void browseCaFile();
    [[nodiscard]] ProbeTarget targetFromFields() const;
    void loadSettings();
    void saveSettings() const;

    CaseSession *m_session;
    Error m_inputError;

    QLabel *m_intro;
    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_connectLabel;
    QLineEdit *m_connect;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_caLabel;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    VerdictPanel *m_verdict;
    CommandBox *m_commands;
    std::unique_ptr<PageTask<ProbeReport>> m_task;
};

} // namespace SniDoctor
