#pragma once

#include "cluster/clusterfetch.h"
#include "core/error.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <initializer_list>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace SniDoctor {

class CaseModel;
class IngressWatch;
struct WatchedConnection;

// Watch, on steps 2 and 7: follows every ingress pod's access log (IngressWatch) while
// the admin runs the failing client, and lists each refused or failed connection as it
// is logged (time, pod, client, SNI or none, class), the client typed here highlighted.
// Stop (or the page going away) ends it; what was seen becomes step 2's result in the
// case. The cluster is the case's (step 5's, else kubectl's) with the namespace the
// page gives; connecting (which may run the credential plugin, after the user's yes)
// happens on a worker thread: the GUI thread never waits.
class WatchPanel final : public QWidget
{
    Q_OBJECT

public:
    WatchPanel(CaseModel *model, std::function<QString()> namespaceName, QWidget *parent = nullptr);
    ~WatchPanel() override;

    void startWatch();
    void stopWatch();
    [[nodiscard]] bool isWatching() const;
    // The client to highlight (an IP address); empty: none.
    void setClient(const QString &ip);
    // At most this many rows are kept, the oldest dropped first.
    static constexpr int kMaxRows = 2000;

Q_SIGNALS:
    void watchingChanged(bool watching);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connected(const Result<ClusterConnection> &connection);
    void addRow(const WatchedConnection &seen);
    void finish();
    void highlight();
    void fitColumns(std::initializer_list<int> columns);
    void updateActions();
    void retranslate();
    void setStatus(std::function<QString()> text);

    CaseModel *m_model;
    std::function<QString()> m_namespace;
    QPushButton *m_watch;
    QPushButton *m_stop;
    QLabel *m_clientLabel;
    QLineEdit *m_client;
    QLabel *m_status;
    QStandardItemModel *m_rows;
    QTableView *m_view;
    QFutureWatcher<Result<ClusterConnection>> m_connecting;
    QPointer<IngressWatch> m_watchJob;
    Error m_error;
    bool m_dropConnection = false; // Stop came while connecting
    std::function<QString()> m_statusText;
};

} // namespace SniDoctor
