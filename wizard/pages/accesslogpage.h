#pragma once

#include "accesslog/accesslogsummary.h"
#include "core/result.h"
#include "pagetask.h"

#include <memory>

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace SniDoctor {

class CaseSession;
class CommandBox;
class VerdictPanel;

// Runbook step 2: the ingress gateway's access logs. The admin fetches them with the
// commands shown, then opens the files (dialog or drag and drop) or pastes the text;
// the analysis runs on a worker thread and the page shows the verdict, the refused
// clients, the SNI hosts and sample lines.
class AccessLogPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccessLogPage(CaseSession *session, QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isRunning() const { return m_task->isRunning(); }
    void cleanupPage() override;

    // Analyzes files (plain or compressed); "-" is not offered here.
    void analyzeFiles(const QStringList &paths);
    void analyzeText(const QByteArray &text);
    // Reads every ingress pod's log from the cluster the routes page (or kubectl) uses.
    void fetchFromCluster();
    void setNamespace(const QString &ns);
    void cancelAnalysis();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void start(PageTask<AccessLogSummary>::Work work);
    void finished();
    void showSummary();
    void showSamples();
    void updateCommands();
    void openFiles();

    CaseSession *m_session;
    Error m_error;

    QLabel *m_intro;
    QLabel *m_namespaceLabel;
    QLineEdit *m_namespace;
    CommandBox *m_commands;
    QPushButton *m_open;
    QPushButton *m_pasteToggle;
    QPushButton *m_fetch;
    QPlainTextEdit *m_paste;
    QPushButton *m_analyzePaste;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    VerdictPanel *m_verdict;
    QTabWidget *m_tabs;
    QStandardItemModel *m_clients;
    QTableView *m_clientView;
    QStandardItemModel *m_hosts;
    QTableView *m_hostView;
    QWidget *m_samplesTab;
    QComboBox *m_sampleClass;
    QLineEdit *m_sampleFilter;
    QTextBrowser *m_samples;
    std::unique_ptr<PageTask<AccessLogSummary>> m_task;
};

} // namespace SniDoctor
