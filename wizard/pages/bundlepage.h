#pragma once

#include "bundle/bundle.h"
#include "pagetask.h"

#include <QWizardPage>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace SniDoctor {

class CaseSession;

// The end of the runbook when the problem persists: the support bundle. Lists every
// file with its size (the optional ones can be left out), the environment groups,
// what will be redacted where, and exports a .zip or .tar.gz on a worker thread with
// progress and Stop.
class BundlePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit BundlePage(CaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return !m_task->isRunning(); }
    void cleanupPage() override { m_task->cancel(); }

    void refresh();
    // Writes the bundle; overwrite as the user confirmed in the save dialog.
    void exportTo(const QString &path, bool overwrite);
    [[nodiscard]] bool isExporting() const { return m_task->isRunning(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exported();
    void setStatus(std::function<QString()> text);
    [[nodiscard]] BundleInput input() const;

    CaseSession *m_session;
    QList<BundleFile> m_files;
    QList<Redaction> m_redactions;
    QLabel *m_intro;
    QLabel *m_groupsLabel;
    QLineEdit *m_groups;
    QLabel *m_filesLabel;
    QTreeWidget *m_list;
    QLabel *m_redactionsLabel;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QPushButton *m_export;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    std::function<QString()> m_statusText;
    std::unique_ptr<PageTask<BundleResult>> m_task;
};

} // namespace SniDoctor
