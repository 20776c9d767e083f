#pragma once

#include "probe/tlsprobe.h"
#include "steppage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;

namespace SniDoctor {

// Runbook step 4: probe the endpoint with and without SNI. The probe runs on a worker
// thread; the page only starts, stops and shows it.
class ProbePage final : public StepPage
{
    Q_OBJECT

public:
    explicit ProbePage(CaseModel *model, QWidget *parent = nullptr);

    void startProbe();
    void cancelProbe() { stop(); }

protected:
    void retranslate() override;
    void showResult() override;
    void updateActions() override;

private:
    void updateCommands();
    void updateStale();
    // Says at the field what the host field holds that is not a host name; with apply,
    // a URL or HOST:PORT is split into the fields (and the note says what was left out).
    void checkHost(bool apply);
    // An empty host field takes the first host name of step 5's routes.
    void takeHostFromRoutes();
    void reviewStateChanged(bool review) override;
    void showHostOrigin();
    void browseCaFile();
    [[nodiscard]] ProbeTarget targetFromFields() const;
    void loadSettings();
    void saveSettings() const;

    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_hostNote;
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
    QTableWidget *m_table;
    QStringListModel *m_knownHosts; // step 5's host names, offered as the host is typed
    int m_hostFromRoutes = 0;       // host names the routes offered when the field was prefilled
};

} // namespace SniDoctor
