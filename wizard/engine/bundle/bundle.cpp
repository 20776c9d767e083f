#include "bundle/bundle.h"

#include "probe/probematrix.h"
#include "probe/probematrixtext.h"

#include "case/stepmodule.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/remediation.h"
#include "overrides/overridesvalidator.h"
#include "review/review.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace SniDoctor {

namespace {

class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::BundleText)
};

QString evidenceLine(const DiagnosisEvidence &evidence)
{
    const QString where =
        diagnosisEvidencePlace(evidence, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    return stepLabel(evidence.step) + QStringLiteral(": ") + diagnosisEvidenceText(evidence) +
           (where.isEmpty() ? QString() : QStringLiteral("\n(") + where + QLatin1Char(')'));
}

// The affected environment groups: the case's, else the virtual hosts of overrides.yaml.
QStringList environmentGroups(const CaseData &data)
{
    if (!data.environmentGroups.isEmpty())
        return data.environmentGroups;
    QStringList groups;
    if (const OverridesResult *overrides = data.result<OverridesResult>(Step::Overrides)) {
        for (const OverridesVirtualHost &host : overrides->report.virtualHosts) {
            if (!host.name.isEmpty())
                groups << host.name;
        }
    }
    return groups;
}

QList<ReportBlock> verdictBlocks(const Diagnosis &diagnosis)
{
    QList<ReportBlock> blocks;
    blocks << ReportBlock::paragraph(
        BundleText::tr("Created by SNI Doctor %1 on %2 (UTC).")
            .arg(QStringLiteral(SNI_DOCTOR_VERSION),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    blocks << ReportBlock::heading(BundleText::tr("Verdict"));
    blocks << ReportBlock::paragraph(
        QStringLiteral("%1 [%2]. %3")
            .arg(diagnosisTitle(diagnosis), rootCauseId(diagnosis.rootCause),
                 BundleText::tr("Confidence: %1.").arg(diagnosisConfidenceText(diagnosis))));
    blocks << ReportBlock::paragraph(diagnosisSummary(diagnosis));
    const auto evidence = [&blocks](const QString &heading, const QList<DiagnosisEvidence> &items) {
        if (items.isEmpty())
            return;
        QStringList lines;
        for (const DiagnosisEvidence &item : items)
            lines << evidenceLine(item);
        blocks << ReportBlock::heading(heading) << ReportBlock::list(lines);
    };
    evidence(BundleText::tr("Evidence"), diagnosis.evidence);
    evidence(BundleText::tr("Evidence that says otherwise"), diagnosis.conflicts);
    return blocks;
}

QList<ReportBlock> remediationBlocks(const Remediation &fix)
{
    QList<ReportBlock> blocks{ReportBlock::heading(BundleText::tr("Remediation"))};
    if (fix.routeNeeded)
        blocks << ReportBlock::paragraph(BundleText::tr("The wildcard route (remediation/%1.yaml):")
                                             .arg(fix.routeName))
               << ReportBlock::code(QString::fromUtf8(fix.routeYaml));
    if (!fix.overridesDiff.isEmpty())
        blocks << ReportBlock::paragraph(
                      BundleText::tr("The overrides.yaml change (remediation/overrides.diff):"))
               << ReportBlock::code(fix.overridesDiff);
    blocks << ReportBlock::paragraph(BundleText::tr("Commands (a dry run first):"))
           << ReportBlock::code(fix.commands.join(QLatin1Char('\n')));
    return blocks;
}

} // namespace

namespace {

// An entry name from a safe alphabet: each part of the path redacted (a token in a
// file name), then every character but letters, digits and . _ - replaced by _, no
// part empty or made of dots. Never a /, .. or a control character from a name.
QString safeEntryName(const QString &name, QList<Redaction> &redactions)
{
    const QString clean = redactText(name, QStringLiteral("(entry names)"), redactions);
    // The folder is ours ("routes/"); the rest came from the input, slashes and all.
    static const QStringList folders{QStringLiteral("routes"), QStringLiteral("logs"),
                                     QStringLiteral("capture"), QStringLiteral("remediation"),
                                     QStringLiteral("overrides")};
    QStringList parts;
    QString last = clean;
    if (const qsizetype slash = clean.indexOf(u'/');
        slash > 0 && folders.contains(clean.left(slash))) {
        parts << clean.left(slash);
        last = clean.mid(slash + 1);
    }
    QString safe;
    for (QChar c : std::as_const(last)) {
        const bool plain =
            (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'.' || c == u'_' || c == u'-';
        // no ".." either, even where it could not climb
        safe += plain && !(c == u'.' && safe.endsWith(u'.')) ? c : QLatin1Char('_');
    }
    while (safe.startsWith(u'.'))
        safe[0] = QLatin1Char('_');
    if (safe.isEmpty())
        safe = QStringLiteral("_");
    parts << safe.left(180);
    return parts.join(QLatin1Char('/'));
}

// The case as the bundle may show it: overrides.yaml redacted before anything is made
// from it, so the remediation's diff (which may span the whole file) holds no secret.
CaseData redactedCase(const CaseData &data, QList<Redaction> &redactions)
{
    CaseData safe = data;
    if (const StepRecord *record = data.record(Step::Overrides)) {
        if (const OverridesResult *overrides = record->get<OverridesResult>()) {
            OverridesResult clean = *overrides;
            clean.text = redactSecrets(overrides->text, QStringLiteral("overrides/overrides.yaml"),
                                       redactions);
            StepRecord copy(clean, record->origin(), record->time());
            copy.setCollectedFrom(record->collectedFrom());
            safe.setRecord(Step::Overrides, copy);
        }
    }
    QStringList groups;
    for (const QString &group : data.environmentGroups)
        groups << redactText(group, QStringLiteral("environment-groups.txt"), redactions);
    safe.environmentGroups = groups;
    safe.notes = redactText(data.notes, QStringLiteral("notes.txt"), redactions);
    return safe;
}

// Every text of the report redacted before it is rendered (and escaped) as Markdown
// or HTML: a secret is found in the raw text, never looked for after escaping.
QList<ReportBlock> redactedBlocks(QList<ReportBlock> blocks, QList<Redaction> &redactions)
{
    const QString file = QStringLiteral("report.md");
    for (ReportBlock &block : blocks) {
        block.text = redactText(block.text, file, redactions);
        for (QString &item : block.items)
            item = redactText(item, file, redactions);
        for (QStringList &row : block.rows) {
            for (QString &cell : row)
                cell = redactText(cell, file, redactions);
        }
    }
    return blocks;
}

} // namespace

QList<ReportBlock> verdictSheet(const CaseData &original)
{
    QList<Redaction> redactions;
    const CaseData data = redactedCase(original, redactions);
    const Diagnosis diagnosis = diagnose(data);
    QList<ReportBlock> sheet = verdictBlocks(diagnosis);
    if (const std::optional<Remediation> fix = remediationFor(data, diagnosis)) {
        QStringList changes;
        if (fix->routeNeeded)
            changes << BundleText::tr("Create the wildcard ApigeeRoute %1 (hostnames [\"*\"], "
                                      "enableNonSniClient: true).")
                           .arg(fix->routeName);
        else
            changes << BundleText::tr("The wildcard ApigeeRoute %1 exists with "
                                      "enableNonSniClient: true.")
                           .arg(fix->routeName);
        if (!fix->overridesDiff.isEmpty())
            changes << BundleText::tr("List %1 in the additionalGateways of every virtual host "
                                      "in overrides.yaml, then apply it.")
                           .arg(fix->routeName);
        for (const QString &host : fix->skippedHosts)
            changes << BundleText::tr("Edit the virtual host %1 by hand.").arg(host);
        sheet << ReportBlock::heading(BundleText::tr("What the fix changes"))
              << ReportBlock::list(changes);
    }
    QList<QStringList> rows{
        {BundleText::tr("Step"), BundleText::tr("Result"), BundleText::tr("From")}};
    for (Step step : kSteps) {
        const StepRecord *record = data.record(step);
        if (!record)
            continue;
        const QStringList from =
            record->collectedFrom().isEmpty() ? record->origin().files : record->collectedFrom();
        rows << QStringList{
            stepLabel(step), stepModule(step).verdict(*record),
            redactText(from.join(QStringLiteral(", ")), QStringLiteral("report"), redactions)};
    }
    if (rows.size() > 1)
        sheet << ReportBlock::heading(BundleText::tr("Steps")) << ReportBlock::table(rows);
    QStringList missing;
    for (Step step : stepsNotCollected(data))
        missing << stepLabel(step) + QLatin1Char('\n') +
                       stepInfo(step).askFor.join(QLatin1Char('\n'));
    if (!missing.isEmpty())
        sheet << ReportBlock::heading(BundleText::tr("Not collected (ask the admin for these)"))
              << ReportBlock::list(missing);
    if (!data.notes.trimmed().isEmpty())
        sheet << ReportBlock::heading(BundleText::tr("Notes"))
              << ReportBlock::code(data.notes.trimmed());
    return sheet;
}

QList<BundleFile> bundleFiles(const CaseData &original, QList<Redaction> &redactions)
{
    const CaseData data = redactedCase(original, redactions);
    BundleContent content;
    const Diagnosis diagnosis = diagnose(data);
    const std::optional<Remediation> fix = remediationFor(data, diagnosis);
    QList<ReportBlock> report = verdictBlocks(diagnosis);
    if (fix) {
        report += remediationBlocks(*fix);
        if (fix->routeNeeded)
            content.addFile(QStringLiteral("remediation/%1.yaml").arg(fix->routeName),
                            fix->routeYaml);
        if (!fix->overridesDiff.isEmpty())
            content.addFile(QStringLiteral("remediation/overrides.diff"),
                            fix->overridesDiff.toUtf8());
    }
    const QStringList groups = environmentGroups(data);
    if (!groups.isEmpty()) {
        report << ReportBlock::heading(BundleText::tr("Environment groups affected"))
               << ReportBlock::list(groups);
        content.addFile(QStringLiteral("environment-groups.txt"),
                        (groups.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }
    // Each step's section in the order of the verdict's evidence.
    QList<Step> steps = data.stepsRun();
    std::stable_sort(steps.begin(), steps.end(), [](Step a, Step b) {
        return stepInfo(a).evidenceRank < stepInfo(b).evidenceRank;
    });
    for (Step step : steps) {
        BundleContent section;
        stepModule(step).addToBundle(*data.record(step), section);
        report << ReportBlock::heading(stepLabel(step)) << section.report();
        for (const BundleFile &file : section.files())
            content.addFile(file);
    }
    // The automatic diagnosis: every host through every ingress, before and after the fix.
    if (!data.probeMatrix.isNull()) {
        const ProbeMatrix &matrix = data.probeMatrix.as<ProbeMatrix>();
        content.addFile(QStringLiteral("probe-matrix.json"), jsonBytes(probeMatrixToJson(matrix)));
        const ProbeMatrix *before =
            data.probeMatrixBefore.isNull() ? nullptr : &data.probeMatrixBefore.as<ProbeMatrix>();
        if (before)
            content.addFile(QStringLiteral("probe-matrix-before.json"),
                            jsonBytes(probeMatrixToJson(*before)));
        QList<QStringList> rows;
        if (before) {
            rows << QStringList{BundleText::tr("Host"), BundleText::tr("Ingress"),
                                BundleText::tr("Before the fix"), BundleText::tr("After the fix")};
            const auto label = [](const std::optional<CellVerdict> &verdict) {
                return verdict ? ProbeMatrixText::cellLabel(*verdict) : QStringLiteral("-");
            };
            for (const MatrixComparisonRow &row : compareMatrices(*before, matrix))
                rows << QStringList{row.host, row.ingress, label(row.before), label(row.after)};
        } else {
            rows << QStringList{BundleText::tr("Host"), BundleText::tr("Ingress"),
                                BundleText::tr("Result")};
            for (const MatrixCell &cell : matrix.cells)
                rows << QStringList{cell.host, cell.ingress,
                                    ProbeMatrixText::cellLabel(cell.verdict)};
        }
        report << ReportBlock::heading(BundleText::tr("Every host through every ingress"))
               << ReportBlock::paragraph(ProbeMatrixText::verdict(matrix));
        if (before)
            report << ReportBlock::paragraph(
                ProbeMatrixText::comparison(compareMatrices(*before, matrix)));
        QStringList findings;
        for (const Finding &finding : matrix.findings)
            findings << ProbeMatrixText::detail(finding);
        if (!findings.isEmpty())
            report << ReportBlock::list(findings);
        report << ReportBlock::table(rows);
    }
    const QString notes = data.notes.trimmed();
    if (!notes.isEmpty()) {
        report << ReportBlock::heading(BundleText::tr("Notes")) << ReportBlock::paragraph(notes);
        content.addFile(QStringLiteral("notes.txt"), notes.toUtf8());
    }
    const QString title = BundleText::tr("SNI Doctor report: %1").arg(diagnosisTitle(diagnosis));
    report = redactedBlocks(report, redactions);
    content.addFile(QStringLiteral("report.md"), reportMarkdown(title, report).toUtf8());
    content.addFile(QStringLiteral("report.html"),
                    reportHtml(title, report, QLocale().name().left(2)).toUtf8());
    content.addFile(QStringLiteral("diagnosis.json"), jsonBytes(diagnosisToJson(diagnosis)));

    // Every generated text goes through the redactor: secrets can hide in any of them.
    // The user's own files are redacted as they are written (writeBundle).
    QList<BundleFile> files = content.files();
    QSet<QString> names;
    for (BundleFile &file : files) {
        file.name = safeEntryName(file.name, redactions);
        for (int n = 2; names.contains(file.name); ++n) {
            const qsizetype dot = file.name.lastIndexOf(u'.');
            const qsizetype slash = file.name.lastIndexOf(u'/');
            const qsizetype at = dot > slash ? dot : file.name.size();
            file.name = file.name.left(at) + QStringLiteral("-%1").arg(n) + file.name.mid(at);
        }
        names.insert(file.name);
        if (file.sourcePath.isEmpty() && file.kind == BundleFile::Kind::Text) {
            file.data = redactSecrets(file.data, file.name, redactions);
            file.size = file.data.size();
        }
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const BundleFile &a, const BundleFile &b) { return a.name < b.name; });
    return files;
}

namespace {

QString bundleErrorId(int code)
{
    switch (BundleError(code)) {
    case BundleError::Exists:
        return QStringLiteral("bundle_exists");
    case BundleError::Write:
    case BundleError::SourceUnreadable:
        return QStringLiteral("bundle_write");
    case BundleError::Canceled:
        return QStringLiteral("bundle_canceled");
    }
    return QStringLiteral("bundle_write");
}

QString bundleErrorMessage(const Error &error)
{
    const Args &a = error.args();
    switch (BundleError(error.code())) {
    case BundleError::Exists:
        return BundleText::tr("%1 exists already: choose another name or confirm replacing it.")
            .arg(a.value("file"));
    case BundleError::Write:
        return BundleText::tr("The bundle %1 could not be written: %2")
            .arg(a.value("file"), a.value("reason"));
    case BundleError::SourceUnreadable:
        return BundleText::tr("The bundle %1 could not be written: %2")
            .arg(a.value("file"),
                 BundleText::tr("cannot read %1: %2").arg(a.value("source"), a.value("reason")));
    case BundleError::Canceled:
        return BundleText::tr("Canceled: no bundle was written.");
    }
    return {};
}

} // namespace

const ErrorDomain &errorDomain(BundleError)
{
    static const ErrorDomain domain{"bundle", bundleErrorId, bundleErrorMessage,
                                    int(BundleError::Canceled)};
    return domain;
}

} // namespace SniDoctor
