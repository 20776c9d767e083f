#pragma once

#include "cluster/clusterfetch.h"
#include "pagetask.h"

#include <QWizardPage>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace SniDoctor {

class CaseSession;
class CommandBox;
class VerdictPanel;

// Runbook step 5: the ApigeeRoutes. From the cluster (kubeconfig, context,
// namespace; an exec plugin runs only after the user agreed to the exact command) or
// from saved kubectl output; the page shows the routes and what is missing.
class RoutesPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit RoutesPage(CaseSession *session, QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override { return !isRunning(); }
    [[nodiscard]] bool isRunning() const { return m_task->isRunning(); }
    void cleanupPage() override { cancel(); }

    void setKubeconfig(const QString &path); // loads its contexts
    void connectToCluster();
    void loadFile(const QString &path);
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    // "Fetch ingress logs": the logs page should read the ingress pods' logs of the
    // cluster just connected (kubeconfig and context are in QSettings cluster/).
    void fetchLogsRequested(const QString &ns);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setStatus(std::function<QString()> text);
    void finished();
    void showRoutes();
    void showEvents();
    void showPods();
    void updateCommands();
    void loadContexts();
    void startFetch(const QString &kubeconfig, const QString &context, const QString &ns,
                    bool runPlugin);

    CaseSession *m_session;
    Error m_error;

    QLabel *m_intro;
    QLabel *m_kubeconfigLabel;
    QLineEdit *m_kubeconfig;
    QPushButton *m_browse;
    QLabel *m_contextLabel;
    QComboBox *m_context;
    QLabel *m_namespaceLabel;
    QLineEdit *m_namespace;
    QPushButton *m_connect;
    QPushButton *m_loadFile;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    std::function<QString()> m_statusText;
    QTableWidget *m_table;
    QLabel *m_warning; // insecure-skip-tls-verify, pods that could not be listed
    QLabel *m_eventsLabel;
    QTableWidget *m_events;
    QLabel *m_podsLabel;
    QTableWidget *m_pods;
    QPushButton *m_fetchLogs;
    ClusterState m_state;         // of the last successful connection: for the warnings
    QString m_connectedNamespace; // of the last successful connection; empty when the routes came
                                  // from a file
    VerdictPanel *m_verdict;
    CommandBox *m_commands;
    std::unique_ptr<PageTask<ClusterState>> m_task;
};

} // namespace SniDoctor
