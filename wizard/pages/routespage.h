#pragma once

#include "cluster/clusterfetch.h"
#include "steppage.h"

#include <QDateTime>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace SniDoctor {

// Runbook step 5: the ApigeeRoutes. From the cluster (kubeconfig, context, namespace;
// a credential plugin runs only after the user agreed to the exact command) or from
// saved kubectl output; the page shows the routes, their events, the ingress pods and
// what is missing.
class RoutesPage final : public StepPage
{
    Q_OBJECT

public:
    explicit RoutesPage(CaseModel *model, QWidget *parent = nullptr);

    void setKubeconfig(const QString &path); // loads its contexts
    void connectToCluster();
    void loadFile(const QString &path);
    void cancel() { stop(); }

Q_SIGNALS:
    // "Fetch ingress logs": the logs page should read the ingress pods' logs of the
    // cluster just connected (the case's cluster).
    void fetchLogsRequested(const QString &ns);

protected:
    void retranslate() override;
    void showResult() override;
    void updateActions() override;

private:
    void startFetch(const ClusterRequest &request);
    void showEvents();
    void showPods();
    void updateCommands();
    void loadContexts();
    void updateStale();

    QLabel *m_kubeconfigLabel;
    QLineEdit *m_kubeconfig;
    QPushButton *m_browse;
    QLabel *m_contextLabel;
    QComboBox *m_context;
    QList<Error> m_contextProblems; // of each context in the list; null when usable
    QLabel *m_namespaceLabel;
    QLineEdit *m_namespace;
    QPushButton *m_connect;
    QPushButton *m_loadFile;
    QTableWidget *m_table;
    QLabel *m_warning; // insecure-skip-tls-verify, pods that could not be listed
    QLabel *m_eventsLabel;
    QTableWidget *m_events;
    QLabel *m_podsLabel;
    QTableWidget *m_pods;
    QPushButton *m_fetchLogs;
    ClusterState m_state;         // of the last successful connection: for the warnings
    QString m_connectedNamespace; // of the last successful connection; empty from a file
    QDateTime m_stateTime;        // the time of the record that connection made
};

} // namespace SniDoctor
