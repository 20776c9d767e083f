#pragma once

#include <atomic>
#include <memory>

#include "steppage.h"

#include <QDateTime>

#include <optional>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace SniDoctor {

class WatchPanel;

// Runbook step 2: the ingress gateway's access logs. The admin fetches them with the
// commands shown, then opens the files (dialog or drag and drop) or pastes the text, or
// lets SNI Doctor read every ingress pod's log from the cluster; the analysis runs on a
// worker thread and the page shows the verdict, the refused clients, the SNI hosts and
// sample lines. Watch follows the pods' logs live while the admin runs the client.
class AccessLogPage final : public StepPage
{
    Q_OBJECT

public:
    explicit AccessLogPage(CaseModel *model, QWidget *parent = nullptr);

    // Analyzes files (plain or compressed); "-" is not offered here.
    void analyzeFiles(const QStringList &paths);
    void analyzeText(const QByteArray &text);
    // Reads every ingress pod's log from the case's cluster (step 5's, else kubectl's).
    void fetchFromCluster();
    void setNamespace(const QString &ns);
    void cancelAnalysis() { stop(); }

protected:
    void retranslate() override;
    void showResult() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showSamples();
    void updateCommands();
    void openFiles();
    [[nodiscard]] QString namespaceName() const;
    void updateStale();

    // What a fetch from the cluster read (the namespace, the previous logs or not), for
    // the record it made (its time): the fields naming others mark that result.
    struct FetchInputs
    {
        QString ns;
        bool previous = false;
        QDateTime time; // of the record; invalid while the fetch runs
    };
    std::optional<FetchInputs> m_fetched;

    QLabel *m_namespaceLabel;
    QLineEdit *m_namespace;
    QPushButton *m_open;
    QPushButton *m_pasteToggle;
    QPushButton *m_fetch;
    QCheckBox *m_previous; // offered once a fetch found pods that restarted
    std::shared_ptr<std::atomic_int> m_restartedPods = std::make_shared<std::atomic_int>(0);
    QPlainTextEdit *m_paste;
    QPushButton *m_analyzePaste;
    QTabWidget *m_tabs;
    QStandardItemModel *m_clients;
    QTableView *m_clientView;
    QStandardItemModel *m_hosts;
    QTableView *m_hostView;
    QWidget *m_samplesTab;
    QComboBox *m_sampleClass;
    QLineEdit *m_sampleFilter;
    QTextBrowser *m_samples;
    WatchPanel *m_watchPanel;
};

} // namespace SniDoctor
