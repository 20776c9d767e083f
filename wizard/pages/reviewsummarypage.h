#pragma once

#include "runbookpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace SniDoctor {

class CommandBox;

// Where an offline review opens: every file opened, what it was recognised as and for
// which step, each bundle's checksum check, what was refused, the steps not collected
// with the exact commands to ask the admin for, the admin's notes and the verdict, with
// a one-page printable verdict (print or PDF) for the support case. Read-only.
class ReviewSummaryPage final : public RunbookPage
{
    Q_OBJECT

public:
    explicit ReviewSummaryPage(CaseModel *model, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;
    void retranslate() override;

private:
    void refresh();

    QLabel *m_verdict;
    QLabel *m_filesLabel;
    QTableWidget *m_files;
    QLabel *m_checks;
    QLabel *m_missingLabel;
    CommandBox *m_missing;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QPushButton *m_print;
    QPushButton *m_pdf;
    bool m_outdated = true; // the case changed while the page was not shown
};

} // namespace SniDoctor
