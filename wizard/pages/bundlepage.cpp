#include "bundlepage.h"

#include "reviewmode.h"
#include "session/casesession.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
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

} // namespace

BundlePage::BundlePage(CaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel)
    , m_groupsLabel(new QLabel)
    , m_groups(new QLineEdit)
    , m_filesLabel(new QLabel)
    , m_list(new QTreeWidget)
    , m_redactionsLabel(new QLabel)
    , m_notesLabel(new QLabel)
    , m_notes(new QPlainTextEdit)
    , m_formatLabel(new QLabel)
    , m_format(new QComboBox)
    , m_export(new QPushButton)
    , m_stop(new QPushButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("bundlePage"));
    m_groups->setObjectName(QStringLiteral("bundleGroups"));
    m_list->setObjectName(QStringLiteral("bundleFiles"));
    m_redactionsLabel->setObjectName(QStringLiteral("bundleRedactions"));
    m_notes->setObjectName(QStringLiteral("bundleNotes"));
    m_format->setObjectName(QStringLiteral("bundleFormat"));
    m_export->setObjectName(QStringLiteral("bundleExport"));
    m_status->setObjectName(QStringLiteral("bundleStatus"));
    for (QLabel *label : {m_intro, m_redactionsLabel, m_status})
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
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    for (QPushButton *button : {m_export, m_stop})
        button->setAutoDefault(false);

    auto *groupsRow = new QHBoxLayout;
    groupsRow->addWidget(m_groupsLabel);
    groupsRow->addWidget(m_groups, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_formatLabel);
    exportRow->addWidget(m_format);
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_stop);
    exportRow->addWidget(m_progress, 1);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_intro);
    layout->addLayout(groupsRow);
    layout->addWidget(m_filesLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_redactionsLabel);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes);
    layout->addLayout(exportRow);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_task =
        std::make_unique<PageTask<BundleResult>>(this, m_progress, m_stop, [this] { exported(); });
    connect(m_stop, &QPushButton::clicked, this, [this] { m_task->cancel(); });
    connect(m_groups, &QLineEdit::editingFinished, this, &BundlePage::refresh);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != ColumnName)
            return;
        const int index = item->data(ColumnName, Qt::UserRole).toInt();
        if (index >= 0 && index < m_files.size())
            m_files[index].included = item->checkState(ColumnName) == Qt::Checked;
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
    connect(m_session, &CaseSession::loaded, this,
            [this] { m_notes->setPlainText(m_session->notes()); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { m_session->setNotes(m_notes->toPlainText()); });
    retranslate();
}

void BundlePage::initializePage()
{
    if (m_groups->text().isEmpty()) {
        QStringList groups;
        if (const auto &report = m_session->overridesReport()) {
            for (const OverridesVirtualHost &host : report->virtualHosts) {
                if (!host.name.isEmpty())
                    groups << host.name;
            }
        }
        m_groups->setText(groups.join(QStringLiteral(", ")));
    }
    refresh();
}

BundleInput BundlePage::input() const
{
    BundleInput input;
    input.evidence = m_session->diagnosisInput();
    input.overridesText = m_session->overridesText();
    input.pods = m_session->ingressPods();
    const Diagnosis diagnosis = diagnose(input.evidence);
    if (diagnosisNeedsFix(diagnosis)) {
        RemediationOptions options;
        options.ns = QSettings()
                         .value(QStringLiteral("cluster/namespace"), QStringLiteral("apigee"))
                         .toString();
        options.helm = QSettings().value(QStringLiteral("resolution/tool")).toString() !=
                       QLatin1String("apigeectl");
        input.remediation = makeRemediation(input.evidence.routes, input.overridesText,
                                            input.evidence.overrides, options);
    }
    for (const QString &group : m_groups->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        input.environmentGroups << group.trimmed();
    // The full logs and the capture are offered; the user opts in.
    if (const auto &logs = m_session->accessLogSummary()) {
        for (const QString &file : logs->inputs) {
            if (QFileInfo(file).isFile())
                input.logFiles << file;
        }
    }
    if (const auto &capture = m_session->captureSummary();
        capture && QFileInfo(capture->file).isFile())
        input.captureFile = capture->file;
    input.notes = m_notes->toPlainText().trimmed();
    return input;
}

void BundlePage::refresh()
{
    QHash<QString, bool> chosen;
    for (const BundleFile &file : std::as_const(m_files))
        chosen.insert(file.name, file.included);
    m_redactions.clear();
    m_files = bundleFiles(input(), m_redactions);
    for (BundleFile &file : m_files)
        file.included = chosen.value(file.name, !file.optional); // optional files only when asked
    retranslate();
}

void BundlePage::exportTo(const QString &path, bool overwrite)
{
    // The notes as they are now.
    const QString notes = m_notes->toPlainText().trimmed();
    bool notesListed = false;
    for (BundleFile &file : m_files) {
        if (file.name == QLatin1String("notes.txt")) {
            QList<Redaction> noteRedactions;
            file.data = redactSecrets(notes.toUtf8(), file.name, noteRedactions);
            file.size = file.data.size();
            notesListed = true;
        }
    }
    if (!notesListed && !notes.isEmpty()) {
        QList<Redaction> noteRedactions;
        const QByteArray clean =
            redactSecrets(notes.toUtf8(), QStringLiteral("notes.txt"), noteRedactions);
        m_redactions += noteRedactions;
        m_files.append(
            BundleFile{QStringLiteral("notes.txt"), clean, {}, clean.size(), false, true});
        std::stable_sort(m_files.begin(), m_files.end(),
                         [](const BundleFile &a, const BundleFile &b) { return a.name < b.name; });
        retranslate();
    }
    const bool tarGz = m_format->currentData().toString() == QLatin1String("tar.gz");
    const QList<BundleFile> files = m_files;
    const QList<Redaction> redactions = m_redactions;
    const QStringList steps = diagnose(m_session->diagnosisInput()).stepsRun;
    if (!m_task->start([path, files, redactions, steps, tarGz, overwrite](TaskControl &control) {
            return writeBundle(path, files, redactions, steps,
                               tarGz ? BundleFormat::TarGz : BundleFormat::Zip, overwrite, control);
        }))
        return;
    m_export->setEnabled(false);
    setStatus([path] { return tr("Writing %1…").arg(path); });
    Q_EMIT completeChanged();
}

void BundlePage::exported()
{
    m_export->setEnabled(true);
    if (const auto result = m_task->result(); result && *result) {
        const BundleResult written = result->value();
        setStatus([written] {
            return tr("Wrote %1 (%2, %n file(s)). Send it to support with the case number.",
                      nullptr, written.files)
                .arg(written.path, QLocale().formattedDataSize(written.bytes));
        });
    } else if (result) {
        setStatus([message = result->error().message] { return message; });
    } else {
        setStatus([] { return tr("Canceled: no bundle was written."); });
    }
    Q_EMIT completeChanged();
}

void BundlePage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void BundlePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void BundlePage::retranslate()
{
    setTitle(tr("Step 7: Support bundle"));
    setSubTitle(
        tr("If the problem persists, send support everything the runbook asks for, in one file."));
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
    m_notesLabel->setText(tr("&Notes for support:"));
    m_notes->setAccessibleName(tr("Notes for support"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setAccessibleName(tr("Archive format"));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the support bundle"));
    m_stop->setText(tr("&Stop"));
    m_stop->setAccessibleName(tr("Stop exporting"));
    m_progress->setAccessibleName(tr("Export progress"));
    if (m_statusText)
        m_status->setText(m_statusText());

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const BundleFile &file = m_files[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ColumnName, file.optional ? tr("%1 (optional)").arg(file.name) : file.name);
        item->setData(ColumnName, Qt::UserRole, i);
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
    }
    m_list->resizeColumnToContents(ColumnSize);
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
