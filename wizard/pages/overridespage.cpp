#include "overridespage.h"

#include "case/carryforward.h"
#include "case/casemodel.h"
#include "cluster/routesresult.h"
#include "commandbox.h"
#include "core/shellquote.h"
#include "diagnosis/remediation.h"
#include "filedialogs.h"
#include "statusicon.h"
#include "verdictpanel.h"
#include "yamleditor.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

constexpr qint64 kMaxOpenBytes = 8 * 1024 * 1024;
enum ListColumn
{
    ListLine,
    ListMessage,
    ListCode,
    ListColumnCount
};

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

YamlEditor::Level levelOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return YamlEditor::Level::Error;
    case Severity::Warning:
        return YamlEditor::Level::Warning;
    case Severity::Info:
        break;
    }
    return YamlEditor::Level::Note;
}

StatusGlyph glyphOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return StatusGlyph::Error;
    case Severity::Warning:
        return StatusGlyph::Warning;
    case Severity::Info:
        break;
    }
    return StatusGlyph::Info;
}

} // namespace

OverridesPage::OverridesPage(CaseModel *model, QWidget *parent)
    : StepPage(Step::Overrides, model, parent)
    , m_fileLabel(new QLabel)
    , m_file(new QLabel)
    , m_open(new QPushButton)
    , m_save(new QPushButton)
    , m_wildcardLabel(new QLabel)
    , m_wildcard(new QLineEdit)
    , m_wildcardNote(new QLabel)
    , m_fix(new QPushButton)
    , m_versionLabel(new QLabel)
    , m_version(new QComboBox)
    , m_editor(new YamlEditor)
    , m_listLabel(new QLabel)
    , m_list(new QTreeWidget)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("overridesPage"));
    m_open->setObjectName(QStringLiteral("overridesOpen"));
    m_file->setObjectName(QStringLiteral("overridesFile"));
    m_save->setObjectName(QStringLiteral("overridesSave"));
    m_wildcard->setObjectName(QStringLiteral("overridesWildcard"));
    m_wildcardNote->setObjectName(QStringLiteral("overridesWildcardNote"));
    m_wildcardNote->setWordWrap(true);
    m_wildcardNote->hide();
    m_fix->setObjectName(QStringLiteral("overridesFix"));
    m_version->setObjectName(QStringLiteral("overridesVersion"));
    m_versionLabel->setBuddy(m_version);
    m_version->addItem(QString(), 0);
    for (int minor = HybridVersion::kLast; minor >= 2; --minor)
        m_version->addItem(HybridVersion{minor}.text(), minor);
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editor->setObjectName(QStringLiteral("overridesEditor"));
    m_list->setObjectName(QStringLiteral("overridesDiagnostics"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setBuddy(m_open);
    m_wildcardLabel->setBuddy(m_wildcard);
    m_listLabel->setBuddy(m_list);
    for (QPushButton *button : {m_open, m_save, m_fix})
        button->setAutoDefault(false);
    m_list->setColumnCount(ListColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ListMessage, QHeaderView::Stretch);
    m_editor->setMinimumHeight(280);
    // Five rows of problems; more scroll inside the list.
    m_list->setFixedHeight(m_list->header()->sizeHint().height() +
                           5 * (m_list->fontMetrics().height() + 6) + 4);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    setAcceptDrops(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_open);
    fileRow->addWidget(m_save);
    auto *routeRow = new QHBoxLayout;
    routeRow->addWidget(m_wildcardLabel);
    routeRow->addWidget(m_wildcard);
    routeRow->addWidget(m_fix);
    routeRow->addSpacing(12);
    routeRow->addWidget(m_versionLabel);
    routeRow->addWidget(m_version);
    routeRow->addStretch(1);
    content()->addWidget(intro());
    content()->addLayout(fileRow);
    content()->addLayout(routeRow);
    content()->addWidget(m_wildcardNote);
    addTaskRow({});
    content()->addWidget(m_editor, 1);
    content()->addWidget(m_listLabel);
    content()->addWidget(m_list);
    content()->addWidget(verdictPanel());
    content()->addWidget(commandBox());

    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString file =
            askOpenFile(this, QStringLiteral("overrides/folder"), tr("Open overrides.yaml"),
                        tr("YAML (*.yaml *.yml);;All files (*)"));
        if (!file.isEmpty())
            openFile(file);
    });
    connect(m_save, &QPushButton::clicked, this, &OverridesPage::save);
    connect(m_fix, &QPushButton::clicked, this, &OverridesPage::applyFix);
    connect(m_wildcard, &QLineEdit::textEdited, this, [this] {
        m_wildcardAssumed = false; // the user's name now, not an assumption
        showWildcardNote();
    });
    connect(m_wildcard, &QLineEdit::textChanged, this, [this] {
        scheduleValidation();
        updateCommands();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateActions();
        scheduleValidation();
    });
    // Another release: the file is checked again as that release reads it.
    connect(m_version, &QComboBox::activated, this, [this] { validateNow(); });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &OverridesPage::updateFileLabel);
    connect(m_timer, &QTimer::timeout, this, &OverridesPage::validateNow);
    connect(runner(), &TaskRunner::finished, this, [this] {
        if (m_pending && !m_timer->isActive())
            validateNow(); // the text changed while this one ran
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_editor->goTo(item->data(ListLine, Qt::UserRole).toInt(),
                       item->data(ListLine, Qt::UserRole + 1).toInt());
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_editor->goTo(item->data(ListLine, Qt::UserRole).toInt(),
                       item->data(ListLine, Qt::UserRole + 1).toInt());
    });
    connect(model, &CaseModel::loaded, this, [this] {
        // The text and the report the case holds, without validating again.
        m_timer->stop();
        m_pending = false;
        m_path.clear();
        m_editor->setReadOnly(caseModel()->isReview());
        const OverridesResult *result = caseModel()->result<OverridesResult>(Step::Overrides);
        m_showing = true;
        m_editor->setPlainText(result ? QString::fromUtf8(result->text) : QString());
        m_showing = false;
        m_editor->document()->setModified(false);
        const QString name = result ? result->report.file : QString();
        m_caseFile = name;
        updateFileLabel();
        setStatus([name] { return name.isEmpty() ? QString() : tr("From %1.").arg(name); });
        // The wildcard route the review checked the file against, not an empty field.
        if (caseModel()->isReview())
            takeWildcardRoute();
        updateActions();
    });
    // Routes read later (step 5 after this page) name the wildcard route instead.
    connect(model, &CaseModel::stepChanged, this, [this](Step changed) {
        if (changed == Step::Routes && !caseModel()->isReview())
            takeWildcardRoute();
    });
    markLive({m_open, m_save, m_fix});
    markEditable({m_wildcard, m_version});
    translate();
}

// The wildcard route of step 5, else the one the fix creates (non-sni by default), said
// to be assumed; never over a name the user typed.
void OverridesPage::takeWildcardRoute()
{
    if (m_wildcard->isModified())
        return;
    const WildcardRouteChoice choice = wildcardRouteFor(caseModel()->data());
    m_wildcardAssumed = choice.assumed;
    if (m_wildcard->text() != choice.name)
        m_wildcard->setText(choice.name);
    showWildcardNote();
}

void OverridesPage::showWildcardNote()
{
    m_wildcardNote->setText(
        m_wildcardAssumed
            ? tr("Note: the routes were not read (step 5), so the default wildcard route %1 "
                 "was assumed. If yours has another name, type it above.")
                  .arg(wildcardRoute())
            : QString());
    m_wildcardNote->setVisible(m_wildcardAssumed);
}

// The wildcard route known from step 5, unless the user typed one.
QString OverridesPage::unsavedEdits() const
{
    if (caseModel()->isReview() || !m_editor->document()->isModified())
        return {};
    return m_path.isEmpty() ? tr("overrides.yaml was edited and is not saved to a file")
                            : tr("%1 was edited and is not saved").arg(m_path);
}

void OverridesPage::initializePage()
{
    m_editor->setReadOnly(caseModel()->isReview());
    if (caseModel()->isReview())
        return; // the results of the collected file, as they were: nothing runs again
    takeWildcardRoute();
    scheduleValidation();
}

void OverridesPage::updateActions()
{
    m_save->setEnabled(!caseModel()->isReview() &&
                       (!m_path.isEmpty() || !m_editor->document()->isEmpty()));
    bool fixable = false;
    if (m_report) {
        for (const OverridesDiagnostic &diagnostic : m_report->diagnostics)
            fixable = fixable || diagnostic.code == QLatin1String("additional_gateway_missing");
    }
    m_fix->setEnabled(!caseModel()->isReview() && fixable);
}

void OverridesPage::showResult()
{
    const OverridesResult *result = caseModel()->result<OverridesResult>(Step::Overrides);
    m_report = result ? std::optional<OverridesReport>(result->report) : std::nullopt;
    showReport();
    updateVersionChoice();
}

// "From the file (1.12, Helm)": the release the last check assumed, or the one chosen.
void OverridesPage::updateVersionChoice()
{
    const QString layout = m_report && m_report->layout == HybridLayout::Apigeectl
                               ? QStringLiteral("apigeectl")
                               : QStringLiteral("Helm");
    m_version->setItemText(0,
                           m_report && m_report->version.isValid() && !m_report->versionGiven
                               ? tr("From the file (%1, %2)").arg(m_report->version.text(), layout)
                               : tr("From the file"));
    if (m_report && m_report->versionGiven) {
        const int index = m_version->findData(m_report->version.minor);
        if (index >= 0 && index != m_version->currentIndex())
            m_version->setCurrentIndex(index);
    }
}

QString OverridesPage::wildcardRoute() const
{
    return m_wildcard->text().trimmed();
}

bool OverridesPage::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(
            [path, why = file.errorString()] { return tr("Cannot read %1: %2").arg(path, why); });
        return false;
    }
    if (file.size() > kMaxOpenBytes) {
        setStatus([path, size = file.size()] {
            return tr("%1 has %2 bytes: too large for an overrides.yaml, not opened.")
                .arg(path)
                .arg(size);
        });
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.contains('\0')) {
        setStatus([path] { return tr("%1 is a binary file, not YAML: not opened.").arg(path); });
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_caseFile.clear();
    m_diskHash = sha256(data);
    m_editor->setPlainText(QString::fromUtf8(data));
    m_editor->document()->setModified(false);
    updateFileLabel();
    updateActions();
    setStatus([name = QFileInfo(path).fileName()] { return tr("Opened %1.").arg(name); });
    updateCommands();
    validateNow();
    return true;
}

void OverridesPage::scheduleValidation()
{
    if (m_showing || caseModel()->isReview() ||
        (m_path.isEmpty() && m_editor->document()->isEmpty()))
        return;
    m_pending = true;
    m_timer->start();
}

// Validates a copy of the text through the page's runner; a result for a text that
// has changed since is dropped (the newer text is validated next).
void OverridesPage::validateNow()
{
    m_timer->stop();
    if (isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    OverridesContext context;
    context.wildcardRoute = wildcardRoute();
    if (const int minor = m_version->currentData().toInt(); minor > 0)
        context.version = HybridVersion{minor};
    if (const RoutesResult *routes = caseModel()->result<RoutesResult>(Step::Routes))
        context.routes = routes->routes;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const QString name = m_path.isEmpty() ? QStringLiteral("overrides.yaml") : m_path;
    const Origin origin = Origin::thisMachine({name});
    const int chosen = m_version->currentData().toInt();
    run<OverridesResult>(
        [text, name, context](TaskControl &) -> Result<OverridesResult> {
            return OverridesResult{validateOverrides(text, name, context), text};
        },
        [this, origin, chosen](const Result<OverridesResult> &result) {
            // Stale when the text or the release changed meanwhile: validate them as
            // they are now (and never put the picker back to an older choice).
            if (!result || result.value().text != m_editor->toPlainText().toUtf8() ||
                chosen != m_version->currentData().toInt()) {
                m_pending = true;
                return;
            }
            setResult(StepRecord(result.value(), origin));
        });
}

void OverridesPage::showReport()
{
    m_list->clear();
    QList<YamlEditor::Mark> marks;
    if (!m_report) {
        m_editor->setMarks({});
        updateActions();
        verdictPanel()->showPlaceholder(
            tr("Open your overrides.yaml (or drop it here) to check it."));
        return;
    }
    bool fixable = false;
    QList<VerdictPanel::Item> items;
    const Finding *lead = nullptr;
    Finding leadFinding;
    for (const OverridesDiagnostic &diagnostic : m_report->diagnostics) {
        const QString message = overridesMessage(diagnostic);
        marks << YamlEditor::Mark{diagnostic.line, diagnostic.column, diagnostic.endColumn,
                                  levelOf(diagnostic.severity), message};
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(ListLine, statusIcon(glyphOf(diagnostic.severity)));
        item->setText(ListLine,
                      diagnostic.line > 0
                          ? QStringLiteral("%1:%2").arg(diagnostic.line).arg(diagnostic.column)
                          : tr("file"));
        item->setData(ListLine, Qt::UserRole, diagnostic.line);
        item->setData(ListLine, Qt::UserRole + 1, diagnostic.column);
        item->setData(ListLine, Qt::AccessibleTextRole, severityId(diagnostic.severity));
        item->setText(ListMessage, message);
        item->setToolTip(ListMessage, message);
        item->setText(ListCode, diagnostic.code);
        fixable = fixable || diagnostic.code == QLatin1String("additional_gateway_missing");
        if (diagnostic.severity != Severity::Info && items.size() < 2) {
            items << VerdictPanel::Item{
                diagnostic.line > 0 ? tr("Line %1").arg(diagnostic.line) : tr("The file"), message};
        }
        if (!lead || diagnostic.severity > leadFinding.severity) {
            leadFinding = Finding{diagnostic.code, diagnostic.severity, {}};
            lead = &leadFinding;
        }
    }
    m_editor->setMarks(marks);
    m_list->resizeColumnToContents(ListLine);
    m_list->resizeColumnToContents(ListCode);
    updateActions();
    const int errors = m_report->count(Severity::Error);
    const int warnings = m_report->count(Severity::Warning);
    const QString verdict = overridesVerdict(*m_report, !wildcardRoute().isEmpty() ||
                                                            caseModel()->data().has(Step::Routes));
    QString next;
    if (errors > 0)
        next = fixable ? tr("Use Fix for the missing wildcard route, correct the rest, save, then "
                            "apply the virtual hosts with the commands below and probe again "
                            "without SNI (step 4).")
                       : tr("Correct the file, save it, then apply the virtual hosts with the "
                            "commands below.");
    else if (warnings > 0)
        next = tr("Save, then apply the virtual hosts with the commands below and probe again "
                  "without SNI (step 4).");
    else if (!wildcardRoute().isEmpty() || caseModel()->data().has(Step::Routes))
        next = tr("If the cluster does not match the file yet, apply the virtual hosts with the "
                  "commands below and probe again without SNI (step 4).");
    verdictPanel()->showVerdict(verdict, lead, items, next);
    updateCommands(); // the environment groups of this file
}

void OverridesPage::applyFix()
{
    QString name = wildcardRoute();
    if (name.isEmpty() && m_report) {
        for (const OverridesDiagnostic &diagnostic : m_report->diagnostics) {
            if (diagnostic.code == QLatin1String("additional_gateway_missing"))
                name = diagnostic.args.value("route");
        }
    }
    if (name.isEmpty())
        return;
    const OverridesFix fix = addAdditionalGateway(m_editor->toPlainText().toUtf8(), name);
    if (!fix.fixedHosts.isEmpty())
        m_editor->replaceAllText(QString::fromUtf8(fix.text));
    setStatus([fix, name] {
        QString text = tr("Added %1 to additionalGateways of: %2.")
                           .arg(name, fix.fixedHosts.join(QStringLiteral(", ")));
        if (!fix.skippedHosts.isEmpty())
            text += QLatin1Char(' ') + tr("Not changed (edit them by hand): %1.")
                                           .arg(fix.skippedHosts.join(QStringLiteral(", ")));
        return text;
    });
    validateNow();
}

// Temporary file renamed over the original, a backup of the original the first time,
// and a question when someone else changed the file since it was read.
bool OverridesPage::save()
{
    if (m_path.isEmpty()) {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save overrides.yaml"),
                                                          QStringLiteral("overrides.yaml"),
                                                          tr("YAML (*.yaml *.yml);;All files (*)"));
        if (file.isEmpty())
            return false;
        m_path = file;
    }
    QFile current(m_path);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly)) {
            setStatus([path = m_path, why = current.errorString()] {
                return tr("Cannot read %1: %2").arg(path, why);
            });
            return false;
        }
        const QByteArray onDisk = current.read(kMaxOpenBytes + 1);
        current.close();
        if (!m_diskHash.isEmpty() && sha256(onDisk) != m_diskHash) {
            QMessageBox question(
                QMessageBox::Warning, tr("The file changed on disk"),
                tr("%1 was changed by another program since SNI Doctor read it. Overwrite those "
                   "changes with the text shown here?")
                    .arg(m_path),
                QMessageBox::Save | QMessageBox::Cancel, this);
            question.setObjectName(QStringLiteral("overridesChangedOnDisk"));
            question.setDefaultButton(QMessageBox::Cancel);
            if (question.exec() != QMessageBox::Save) {
                setStatus([] { return tr("Not saved: the file on disk was left as it is."); });
                return false;
            }
        }
        // The original, kept once: an existing backup is the oldest original, never replaced.
        if (!QFile::exists(backupPath(m_path)) && !QFile::copy(m_path, backupPath(m_path))) {
            setStatus([path = backupPath(m_path)] {
                return tr("Not saved: the backup %1 could not be written.").arg(path);
            });
            return false;
        }
    }
    const QByteArray data = m_editor->toPlainText().toUtf8();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        setStatus([path = m_path, why = file.errorString()] {
            return tr("Not saved: %1: %2").arg(path, why);
        });
        return false;
    }
    m_diskHash = sha256(data);
    m_editor->document()->setModified(false);
    updateFileLabel();
    setStatus([path = m_path] {
        return QFile::exists(backupPath(path))
                   ? tr("Saved %1 (the original is kept as %2).")
                         .arg(path, QFileInfo(backupPath(path)).fileName())
                   : tr("Saved %1.").arg(path);
    });
    updateCommands();
    return true;
}

void OverridesPage::updateCommands()
{
    const QString ns = remediationOptions(caseModel()->data()).ns;
    const QString file =
        m_path.isEmpty() ? QStringLiteral("overrides.yaml") : QFileInfo(m_path).fileName();
    QStringList groups;
    if (m_report) {
        for (const OverridesVirtualHost &host : m_report->virtualHosts) {
            if (!host.name.isEmpty())
                groups << host.name;
        }
    }
    if (groups.isEmpty())
        groups << QStringLiteral("ENV_GROUP");
    QStringList commands{
        tr("# Helm (hybrid 1.12 and later), in the folder that holds the charts:")};
    for (const QString &group : std::as_const(groups))
        commands << QStringLiteral("helm upgrade %1 apigee-virtualhost/ --namespace %2 --atomic "
                                   "--set %3 -f %4")
                        .arg(shellQuote(group), shellQuote(ns),
                             shellQuote(QStringLiteral("envgroup=") + group), shellQuote(file));
    commands
        << tr("# apigeectl (hybrid 1.11 and earlier):")
        << QStringLiteral("apigeectl apply -f %1 --settings virtualhosts").arg(shellQuote(file));
    commandBox()->setCommands(commands);
}

void OverridesPage::updateFileLabel()
{
    QString shown = !m_path.isEmpty() ? m_path : !m_caseFile.isEmpty() ? m_caseFile : tr("(none)");
    if (m_editor->document()->isModified())
        shown += QLatin1Char(' ') + tr("(modified)");
    m_file->setText(shown);
}

void OverridesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void OverridesPage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

void OverridesPage::retranslate()
{
    setTexts(
        tr("Step 6: Check overrides.yaml"),

        tr("Every virtual host must list the wildcard route in additionalGateways, or Apigee keeps "
           "refusing clients without SNI after the route exists."));
    intro()->setText(tr(
        "Open the overrides.yaml you install Apigee hybrid with. SNI Doctor checks it as you type, "
        "underlines each problem where it is, and can add the wildcard route where it is missing. "
        "Saving keeps a copy of the original next to it."));
    m_fileLabel->setText(tr("F&ile:"));
    updateFileLabel();
    m_open->setText(tr("&Open…"));
    m_open->setAccessibleName(tr("Open an overrides.yaml"));
    m_save->setText(tr("Sa&ve"));
    m_save->setAccessibleName(tr("Save overrides.yaml"));
    m_wildcardLabel->setText(tr("&Wildcard route:"));
    m_wildcard->setPlaceholderText(tr("e.g. non-sni"));
    m_wildcard->setAccessibleName(tr("Name of the wildcard route"));
    showWildcardNote();
    m_fix->setText(tr("Fi&x: add it to additionalGateways"));
    m_fix->setAccessibleName(
        tr("Add the wildcard route to additionalGateways of every virtual host"));
    m_versionLabel->setText(tr("Hybrid &release:"));
    m_version->setAccessibleName(tr("Apigee hybrid release the file is checked as"));
    m_version->setToolTip(tr("The release whose keys and rules apply. From the file: the newest "
                             "release that reads every key of the file."));
    updateVersionChoice();
    m_editor->setAccessibleName(tr("overrides.yaml text"));
    m_editor->setAccessibleDescription(tr("Tab indents with two spaces and Shift+Tab dedents; "
                                          "Ctrl+Tab moves to the next control."));
    m_listLabel->setText(tr("&Problems (click one to go to it):"));
    m_list->setHeaderLabels({tr("Line"), tr("Problem"), tr("Code")});
    m_list->setAccessibleName(tr("Problems found in overrides.yaml"));
    updateCommands();
    showReport();
}

} // namespace SniDoctor
