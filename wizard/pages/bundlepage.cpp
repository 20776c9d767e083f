#include "bundlepage.h"

#include "case/casemodel.h"
#include "diagnosis/diagnosis.h"
#include "overrides/overridesvalidator.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

enum Column
{
    ColumnName,
    ColumnSize,
    ColumnCount
};

QStringList groupsOf(const QString &text)
{
    QStringList groups;
    for (const QString &group : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!group.trimmed().isEmpty())
            groups << group.trimmed();
    }
    return groups;
}

} // namespace

BundlePage::BundlePage(CaseModel *model, QWidget *parent)
    : RunbookPage(model, parent)
    , m_intro(new QLabel)
    , m_groupsLabel(new QLabel)
    , m_groups(new QLineEdit)
    , m_filesLabel(new QLabel)
    , m_list(new QTreeWidget)
    , m_previewLabel(new QLabel)
    , m_preview(new QPlainTextEdit)
    , m_redactionsLabel(new QLabel)
    , m_notesLabel(new QLabel)
    , m_notes(new QPlainTextEdit)
    , m_formatLabel(new QLabel)
    , m_format(new QComboBox)
    , m_export(new QPushButton)
    , m_refreshLater(new QTimer(this))
{
    setObjectName(QStringLiteral("bundlePage"));
    m_groups->setObjectName(QStringLiteral("bundleGroups"));
    m_list->setObjectName(QStringLiteral("bundleFiles"));
    m_preview->setObjectName(QStringLiteral("bundlePreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setTabChangesFocus(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewLabel->setBuddy(m_preview);
    m_redactionsLabel->setObjectName(QStringLiteral("bundleRedactions"));
    m_notes->setObjectName(QStringLiteral("bundleNotes"));
    m_format->setObjectName(QStringLiteral("bundleFormat"));
    m_export->setObjectName(QStringLiteral("bundleExport"));
    statusLabel()->setObjectName(QStringLiteral("bundleStatus"));
    for (QLabel *label : {m_intro, m_redactionsLabel})
        label->setWordWrap(true);
    m_groupsLabel->setBuddy(m_groups);
    m_filesLabel->setBuddy(m_list);
    m_notesLabel->setBuddy(m_notes);
    m_formatLabel->setBuddy(m_format);
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ColumnName, QHeaderView::Stretch);
    m_list->setMinimumHeight(200);
    m_format->addItem(QStringLiteral(".zip"), QStringLiteral("zip"));
    m_format->addItem(QStringLiteral(".tar.gz"), QStringLiteral("tar.gz"));

    auto *groupsRow = new QHBoxLayout;
    groupsRow->addWidget(m_groupsLabel);
    groupsRow->addWidget(m_groups, 1);
    content()->addWidget(m_intro);
    content()->addLayout(groupsRow);
    // The files beside the preview of the one selected.
    auto *files = new QWidget;
    auto *filesColumn = new QVBoxLayout(files);
    filesColumn->setContentsMargins(0, 0, 0, 0);
    filesColumn->addWidget(m_filesLabel);
    filesColumn->addWidget(m_list, 1);
    auto *preview = new QWidget;
    auto *previewColumn = new QVBoxLayout(preview);
    previewColumn->setContentsMargins(0, 0, 0, 0);
    previewColumn->addWidget(m_previewLabel);
    previewColumn->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(files);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    content()->addWidget(splitter, 1);
    content()->addWidget(m_redactionsLabel);
    content()->addWidget(m_notesLabel);
    content()->addWidget(m_notes);
    addTaskRow({m_formatLabel, m_format, m_export});

    // What is typed is the case's at once (an export by keyboard sees it); the list,
    // its sizes and redactions follow when typing pauses.
    m_refreshLater->setSingleShot(true);
    m_refreshLater->setInterval(300);
    connect(m_refreshLater, &QTimer::timeout, this, &BundlePage::refresh);
    connect(m_groups, &QLineEdit::textEdited, this, [this] {
        caseModel()->setEnvironmentGroups(groupsOf(m_groups->text()));
        m_refreshLater->start();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BundlePage::showPreview);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const int index = item->data(ColumnName, Qt::UserRole).toInt();
        if (column != ColumnName || index < 0 || index >= m_files.size())
            return;
        BundleFile &file = m_files[index];
        file.included = item->checkState(ColumnName) == Qt::Checked;
        m_left.remove(file.name);
        m_added.remove(file.name);
        if (file.optional && file.included)
            m_added.insert(file.name);
        else if (!file.optional && !file.included)
            m_left.insert(file.name);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const bool tarGz = m_format->currentData().toString() == QLatin1String("tar.gz");
        const QString suggested =
            QStringLiteral("sni-doctor-%1.%2")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                     tarGz ? QStringLiteral("tar.gz") : QStringLiteral("zip"));
        // The dialog asks before replacing a file: its yes is the confirmation.
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the support bundle"), suggested,
            tarGz ? tr("tar.gz archives (*.tar.gz)") : tr("Zip archives (*.zip)"));
        if (!path.isEmpty())
            exportTo(path, true);
    });
    connect(model, &CaseModel::loaded, this, [this] {
        m_notes->setPlainText(caseModel()->data().notes);
        m_groups->setText(caseModel()->data().environmentGroups.join(QStringLiteral(", ")));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        caseModel()->setNotes(m_notes->toPlainText());
        m_refreshLater->start();
    });
    translate();
}

void BundlePage::initializePage()
{
    if (m_groups->text().isEmpty()) {
        QStringList groups = caseModel()->data().environmentGroups;
        if (groups.isEmpty()) {
            if (const OverridesResult *overrides =
                    caseModel()->result<OverridesResult>(Step::Overrides)) {
                for (const OverridesVirtualHost &host : overrides->report.virtualHosts) {
                    if (!host.name.isEmpty())
                        groups << host.name;
                }
            }
        }
        m_groups->setText(groups.join(QStringLiteral(", ")));
        caseModel()->setEnvironmentGroups(groups);
    }
    refresh();
}

QString BundlePage::reviewSubTitle() const
{
    return tr("Review: export the collected case again, with your notes for support.");
}

void BundlePage::choose(QList<BundleFile> &files) const
{
    for (BundleFile &file : files)
        file.included = file.optional ? m_added.contains(file.name) : !m_left.contains(file.name);
}

// The list as the case is now: what the export would write (the user's own files are
// redacted only when written).
void BundlePage::refresh()
{
    m_redactions.clear();
    m_files = bundleFiles(caseModel()->data(), m_redactions);
    choose(m_files);
    showFiles();
}

void BundlePage::exportTo(const QString &path, bool overwrite)
{
    if (isRunning())
        return;
    // The case at this moment (notes typed a second ago included), made into files on
    // the worker thread: the report and the redactions agree with what is written.
    const CaseData data = caseModel()->data();
    const QSet<QString> left = m_left;
    const QSet<QString> added = m_added;
    const BundleFormat format = m_format->currentData().toString() == QLatin1String("tar.gz")
                                    ? BundleFormat::TarGz
                                    : BundleFormat::Zip;
    run<BundleResult>(
        [data, left, added, path, format, overwrite](TaskControl &control) {
            QList<Redaction> redactions;
            QList<BundleFile> files = bundleFiles(data, redactions);
            for (BundleFile &file : files)
                file.included =
                    file.optional ? added.contains(file.name) : !left.contains(file.name);
            return writeBundle(path, files, redactions, diagnose(data).stepsRun, format, overwrite,
                               control);
        },
        [this](const Result<BundleResult> &result) {
            if (!result) {
                setStatus([error = result.error()] { return error.message(); });
                return;
            }
            const BundleResult written = result.value();
            setStatus([written] {
                return tr("Wrote %1 (%2, %n file(s)). Send it to support with the case number.",
                          nullptr, written.files)
                    .arg(written.path, QLocale().formattedDataSize(written.bytes));
            });
            refresh();
        },
        [path] { return tr("Writing %1…").arg(path); });
}

void BundlePage::retranslate()
{
    setTexts(tr("Step 7: Support bundle"),
             tr("If the problem persists, send support everything the runbook asks for, in one "
                "file."));
    m_intro->setText(
        tr("The bundle holds the report, overrides.yaml and its problems, the routes with their "
           "events, "
           "the ingress pods, the environment groups, and each step's results, with a manifest of "
           "checksums. Private keys, tokens and passwords are redacted first; certificates stay."));
    m_groupsLabel->setText(tr("&Environment groups affected:"));
    m_groups->setPlaceholderText(tr("e.g. dev-grp, test-grp"));
    m_groups->setAccessibleName(tr("Environment groups affected, separated by commas"));
    m_filesLabel->setText(tr("&Contents (untick what should not go):"));
    m_list->setHeaderLabels({tr("File"), tr("Size")});
    m_list->setAccessibleName(tr("Files of the bundle"));
    m_previewLabel->setText(tr("Pre&view, as the archive will hold it:"));
    m_preview->setAccessibleName(tr("Preview of the selected file, redacted"));
    m_notesLabel->setText(tr("&Notes for support:"));
    m_notes->setAccessibleName(tr("Notes for support"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setAccessibleName(tr("Archive format"));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the support bundle"));
    stopButton()->setAccessibleName(tr("Stop exporting"));
    showFiles();
}

void BundlePage::showPreview()
{
    constexpr qint64 kPreviewBytes = 256 * 1024;
    const QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(ColumnName, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_files.size()) {
        m_preview->clear();
        return;
    }
    const BundleFile &file = m_files[index];
    if (file.kind == BundleFile::Kind::Capture) {
        m_preview->setPlainText(
            tr("A capture goes in reduced: every frame with its headers, and of its payload only "
               "the TLS handshake up to the server's first answer on each connection. No "
               "application data, no plaintext. A capture without TLS is left out."));
        return;
    }
    if (file.kind == BundleFile::Kind::Binary) {
        m_preview->setPlainText(
            tr("A binary file of %1.").arg(QLocale().formattedDataSize(file.size)));
        return;
    }
    QByteArray text = file.data;
    bool cut = false;
    if (!file.sourcePath.isEmpty()) {
        // The user's own file: its start, redacted as the export will redact it.
        QFile source(file.sourcePath);
        if (!source.open(QIODevice::ReadOnly)) {
            m_preview->setPlainText(
                tr("Cannot read %1: %2").arg(file.sourcePath, source.errorString()));
            return;
        }
        QString why;
        text = sourceText(source, kPreviewBytes + 1, &why);
        cut = text.size() > kPreviewBytes;
        if (cut)
            text.truncate(text.lastIndexOf('\n') + 1);
        QList<Redaction> ignored;
        text = redactSecrets(text, file.name, ignored);
    } else if (text.size() > kPreviewBytes) {
        text.truncate(text.lastIndexOf('\n', kPreviewBytes) + 1);
        cut = true;
    }
    QString shown = QString::fromUtf8(text);
    if (cut)
        shown += QLatin1Char('\n') +
                 tr("(the first %1 only)").arg(QLocale().formattedDataSize(text.size()));
    m_preview->setPlainText(shown);
}

void BundlePage::showFiles()
{
    const QSignalBlocker blocker(m_list);
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(ColumnName, Qt::UserRole + 1).toString()
                              : QString();
    m_list->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const BundleFile &file = m_files[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ColumnName, file.optional ? tr("%1 (optional)").arg(file.name) : file.name);
        item->setData(ColumnName, Qt::UserRole, i);
        item->setData(ColumnName, Qt::UserRole + 1, file.name);
        if (file.name == current || (current.isEmpty() && file.name == QLatin1String("report.md")))
            m_list->setCurrentItem(item);
        item->setText(ColumnSize, QLocale().formattedDataSize(file.size));
        item->setTextAlignment(ColumnSize, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ColumnName, file.included ? Qt::Checked : Qt::Unchecked);
        if (file.name.startsWith(QLatin1String("capture/")) && file.size > 50LL * 1024 * 1024)
            item->setToolTip(
                ColumnName,
                tr("Large: %1. Support may not need the capture itself; its analysis is in the "
                   "bundle anyway.")
                    .arg(QLocale().formattedDataSize(file.size)));
        else if (file.optional && file.kind == BundleFile::Kind::Text)
            item->setToolTip(ColumnName, tr("Your own file: its secrets are redacted as it is "
                                            "written into the bundle."));
    }
    m_list->resizeColumnToContents(ColumnSize);
    showPreview();
    QStringList where;
    for (const Redaction &redaction : std::as_const(m_redactions)) {
        if (where.size() < 6)
            where
                << tr("%1 in %2, line %3").arg(redaction.kind, redaction.file).arg(redaction.line);
    }
    m_redactionsLabel->setText(
        m_redactions.isEmpty()
            ? tr("Redaction: no secret found in these files.")
            : tr("Redaction: %n secret(s) will be replaced by REDACTED: %1%2.", nullptr,
                 int(m_redactions.size()))
                  .arg(where.join(QStringLiteral("; ")),
                       m_redactions.size() > where.size() ? QStringLiteral("; …") : QString()));
}

} // namespace SniDoctor
