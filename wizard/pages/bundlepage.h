#pragma once

#include "bundle/bundle.h"
#include "runbookpage.h"

#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace SniDoctor {

// The end of the runbook when the problem persists: the support bundle. Lists every
// file the case gives (bundleFiles) with its size (the optional ones can be left out),
// the environment groups and the notes (both the case's), what will be redacted where,
// and exports a .zip or .tar.gz of the case as it is at that moment, on a worker thread
// with progress and Stop.
class BundlePage final : public RunbookPage
{
    Q_OBJECT

public:
    explicit BundlePage(CaseModel *model, QWidget *parent = nullptr);

    void initializePage() override;

    void refresh();
    // Writes the bundle; overwrite as the user confirmed in the save dialog.
    void exportTo(const QString &path, bool overwrite);
    [[nodiscard]] bool isExporting() const { return isRunning(); }

protected:
    void retranslate() override;
    [[nodiscard]] QString reviewSubTitle() const override;

private:
    void showFiles();
    // The selected file as the archive will hold it: redacted, the capture described.
    void showPreview();
    // Applies the user's ticks to a fresh list of the bundle's files.
    void choose(QList<BundleFile> &files) const;

    QList<BundleFile> m_files;
    QList<Redaction> m_redactions;
    QSet<QString> m_left;  // files the user unticked
    QSet<QString> m_added; // optional files the user ticked
    QLabel *m_intro;
    QLabel *m_groupsLabel;
    QLineEdit *m_groups;
    QLabel *m_filesLabel;
    QTreeWidget *m_list;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QLabel *m_redactionsLabel;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QPushButton *m_export;
    QTimer *m_refreshLater; // the list again once typing pauses
};

} // namespace SniDoctor
