#pragma once

#include "capture/capturesummary.h"
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
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace SniDoctor {

class CaseSession;
class CommandBox;
class VerdictPanel;

// Runbook step 3: a packet capture taken on the ingress node. The page gives the
// tcpdump command for the client's address, reads the file on a worker thread, and
// shows each ClientHello, whether it carries SNI, and what the server answered.
class CapturePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CapturePage(CaseSession *session, QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isRunning() const { return m_task->isRunning(); }
    void cleanupPage() override;

    void analyzeFile(const QString &path);
    void cancelAnalysis();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void finished();
    void showSummary();
    void applyFilter();
    void updateCommands();
    void openFile();

    CaseSession *m_session;
    Error m_error;

    QLabel *m_intro;
    QLabel *m_where;
    QLabel *m_clientLabel;
    QLineEdit *m_client;
    CommandBox *m_commands;
    QPushButton *m_open;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    VerdictPanel *m_verdict;
    QComboBox *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_compareLabel;
    QPlainTextEdit *m_withSni;
    QPlainTextEdit *m_withoutSni;
    std::unique_ptr<PageTask<CaptureSummary>> m_task;
};

} // namespace SniDoctor
