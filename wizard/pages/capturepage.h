#pragma once

#include "steppage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace SniDoctor {

// Runbook step 3: a packet capture taken on the ingress node. The page gives the
// tcpdump command for the client's address, reads the file on a worker thread, and
// shows each ClientHello, whether it carries SNI, and what the server answered.
class CapturePage final : public StepPage
{
    Q_OBJECT

public:
    explicit CapturePage(CaseModel *model, QWidget *parent = nullptr);

    void analyzeFile(const QString &path);
    void cancelAnalysis() { stop(); }

protected:
    void retranslate() override;
    void showResult() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyFilter();
    void updateCommands();
    void openFile();
    void takeClientFromLogs();
    void showClientWarning();

    QLabel *m_where;
    QLabel *m_clientLabel;
    QLineEdit *m_client;
    QPushButton *m_open;
    QLabel *m_clientWarning;
    QLabel *m_wiresharkLabel;
    QLineEdit *m_wiresharkFilter;
    QPushButton *m_copyFilter;
    QComboBox *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_compareLabel;
    QPlainTextEdit *m_withSni;
    QPlainTextEdit *m_withoutSni;
};

} // namespace SniDoctor
