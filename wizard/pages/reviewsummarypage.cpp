#include "reviewsummarypage.h"

#include "case/casemodel.h"
#include "case/stepmodule.h"
#include "commandbox.h"
#include "diagnosis/diagnosis.h"
#include "review/review.h"
#include "verdictprint.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

enum Column
{
    FileColumn,
    KindColumn,
    UseColumn,
    ColumnCount,
};

QString colored(const QString &color, const QString &text)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(color, text.toHtmlEscaped());
}

} // namespace

ReviewSummaryPage::ReviewSummaryPage(CaseModel *model, QWidget *parent)
    : RunbookPage(model, parent)
    , m_verdict(new QLabel(this))
    , m_filesLabel(new QLabel(this))
    , m_files(new QTableWidget(0, ColumnCount, this))
    , m_checks(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_missing(new CommandBox(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewSummaryPage"));
    m_verdict->setObjectName(QStringLiteral("reviewVerdict"));
    m_files->setObjectName(QStringLiteral("reviewFiles"));
    m_checks->setObjectName(QStringLiteral("reviewChecks"));
    m_missing->setObjectName(QStringLiteral("reviewMissing"));
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_print->setObjectName(QStringLiteral("reviewPrint"));
    m_pdf->setObjectName(QStringLiteral("reviewPdf"));
    for (QLabel *label : {m_verdict, m_checks}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setTabKeyNavigation(false);
    m_files->setWordWrap(false);
    m_files->setTextElideMode(Qt::ElideMiddle);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_files->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_files->horizontalHeader()->setSectionResizeMode(UseColumn, QHeaderView::Interactive);
    m_files->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filesLabel->setBuddy(m_files);
    m_missing->setCaption(
        QT_TRANSLATE_NOOP("SniDoctor::CommandBox",
                          "Not collected: ask the &admin for the output of these commands:"));
    m_notes->setReadOnly(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(90);
    m_notesLabel->setBuddy(m_notes);

    content()->addWidget(m_verdict);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_print, m_pdf}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    content()->addLayout(buttons);
    content()->addSpacing(6);
    content()->addWidget(m_filesLabel);
    content()->addWidget(m_files);
    content()->addWidget(m_checks);
    content()->addSpacing(6);
    content()->addWidget(m_missingLabel);
    content()->addWidget(m_missing);
    content()->addWidget(m_notesLabel);
    content()->addWidget(m_notes);
    content()->addStretch(1);

    connect(m_print, &QPushButton::clicked, this,
            [this] { askPrintVerdict(this, caseModel()->data()); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { askSaveVerdictPdf(this, caseModel()->data()); });
    // Made again while it is shown, else when it is shown next (Next or Back).
    connect(model, &CaseModel::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_outdated = true;
    });
    translate();
}

void ReviewSummaryPage::showEvent(QShowEvent *event)
{
    if (m_outdated)
        refresh();
    RunbookPage::showEvent(event);
}

// Everything the page shows comes from the case, said again after a language switch.
void ReviewSummaryPage::refresh()
{
    m_outdated = false;
    const CaseData &data = caseModel()->data();
    const ReviewInfo &review = data.review;

    const Diagnosis diagnosis = diagnose(data);
    const QString color =
        diagnosisSeverity(diagnosis) == Severity::Error     ? QStringLiteral("#b00020")
        : diagnosisSeverity(diagnosis) == Severity::Warning ? QStringLiteral("#8a5a00")
                                                            : QStringLiteral("#1b6e20");
    m_verdict->setText(QStringLiteral("<b>%1</b> %2<br>%3")
                           .arg(colored(color, diagnosisTitle(diagnosis)),
                                tr("(confidence: %1; step 7 explains it)")
                                    .arg(diagnosisConfidenceText(diagnosis))
                                    .toHtmlEscaped(),
                                diagnosisSummary(diagnosis).toHtmlEscaped()));

    int used = 0;
    m_files->setRowCount(int(review.files.size()));
    for (int row = 0; row < review.files.size(); ++row) {
        const ReviewedFile &file = review.files[row];
        used += file.used ? 1 : 0;
        QString use;
        if (!file.problem.isNull())
            use = tr("not used: %1").arg(file.problem.message());
        else if (file.used)
            use = reviewUseText(file);
        else if (file.step)
            use = tr("not used: %1 has a result already").arg(stepLabel(*file.step));
        else
            use = tr("not used");
        const QStringList cells{file.name, reviewKindText(file), use};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            if (column == UseColumn && (!file.problem.isNull() || !file.used))
                item->setForeground(QColor(0x80, 0x80, 0x80));
            m_files->setItem(row, column, item);
        }
    }
    // As tall as its rows (up to ten; the page scrolls); long names are elided in the middle (their
    // tooltip holds them whole).
    for (const auto &[column, widest] : {std::pair{int(FileColumn), 320}, {int(UseColumn), 300}}) {
        m_files->resizeColumnToContents(column);
        m_files->setColumnWidth(column, std::clamp(m_files->columnWidth(column), 120, widest));
    }
    int height = m_files->horizontalHeader()->sizeHint().height() + 2 * m_files->frameWidth();
    for (int row = 0; row < std::min(10, m_files->rowCount()); ++row)
        height += m_files->verticalHeader()->sectionSize(row);
    if (m_files->rowCount() > 10)
        height += m_files->horizontalScrollBar()->sizeHint().height();
    m_files->setFixedHeight(height + 2);
    m_filesLabel->setText(
        tr("Files &opened: %1 of %2 used for the steps.")
            .arg(QLocale().toString(used), QLocale().toString(qsizetype(review.files.size()))));

    QStringList checks;
    for (const BundleManifest &bundle : review.bundles) {
        checks << (bundle.intact
                       ? colored(QStringLiteral("#1b6e20"),
                                 tr("%1: a bundle of SNI Doctor %2 made %3; all %4 files match its "
                                    "manifest (SHA-256).")
                                     .arg(bundle.origin, bundle.version, bundle.created)
                                     .arg(QLocale().toString(bundle.files)))
                       : colored(QStringLiteral("#b00020"),
                                 tr("%1: only %2 of %3 files match the bundle's manifest: it was "
                                    "changed or damaged after it was made.")
                                     .arg(bundle.origin, QLocale().toString(bundle.verified),
                                          QLocale().toString(bundle.files))));
    }
    if (review.bundles.isEmpty() && !review.files.isEmpty())
        checks << tr("No bundle manifest: the files cannot be checked against the ones collected.")
                      .toHtmlEscaped();
    for (const CollectionProblem &problem : review.problems)
        checks << colored(problem.severity == Severity::Error ? QStringLiteral("#b00020")
                                                              : QStringLiteral("#8a5a00"),
                          problem.message());
    if (review.problems.isEmpty() && !review.files.isEmpty())
        checks << tr("Nothing was refused.").toHtmlEscaped();
    m_checks->setText(checks.join(QStringLiteral("<br>")));

    const QList<Step> missing = stepsNotCollected(data);
    QStringList commands;
    for (Step step : missing) {
        commands << QStringLiteral("# ") + stepLabel(step);
        commands << stepInfo(step).askFor;
    }
    m_missing->setCommands(commands);
    m_missing->setVisible(!missing.isEmpty());
    m_missingLabel->setVisible(missing.isEmpty());
    m_missingLabel->setText(tr("Every step was collected."));

    m_notes->setPlainText(data.notes.trimmed().isEmpty() ? tr("(The admin left no notes.)")
                                                         : data.notes.trimmed());
}

void ReviewSummaryPage::retranslate()
{
    setTexts(tr("What the collected files hold"),
             tr("Read-only: nothing was executed and the network was not used. Next goes "
                "through each step as the files show it."));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Recognised as"), tr("Used for")});
    m_files->setAccessibleName(tr("Files opened"));
    m_notesLabel->setText(tr("The admin's no&tes:"));
    m_notes->setAccessibleName(tr("The admin's notes"));
    m_print->setText(tr("&Print verdict…"));
    m_print->setAccessibleName(tr("Print the verdict on one page"));
    m_pdf->setText(tr("Save verdict as P&DF…"));
    m_pdf->setAccessibleName(tr("Save the verdict as a one-page PDF"));
    refresh(); // its words too, also when the page is not shown
}

} // namespace SniDoctor
