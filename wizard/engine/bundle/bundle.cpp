#include "bundle/bundle.h"

#include "accesslog/accesslogjson.h"
#include "accesslog/accesslogtext.h"
#include "capture/capturejson.h"
#include "capture/capturetext.h"
#include "cluster/routetext.h"
#include "overrides/overridesjson.h"
#include "probe/probejson.h"
#include "probe/probetext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace SniDoctor {

namespace {

class BundleText
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::BundleText)
};

// A small document model rendered as Markdown and as HTML: the same report twice.
struct Block
{
    enum Kind
    {
        Heading,
        Paragraph,
        Code,
        List,
        Table
    } kind = Paragraph;
    QString text;
    QStringList items;       // List
    QList<QStringList> rows; // Table, first row the header
};

QString markdown(const QList<Block> &blocks)
{
    QString out;
    for (const Block &block : blocks) {
        switch (block.kind) {
        case Block::Heading:
            out += QStringLiteral("## %1\n\n").arg(block.text);
            break;
        case Block::Paragraph:
            out += block.text + QStringLiteral("\n\n");
            break;
        case Block::Code:
            out += QStringLiteral("```\n") + block.text +
                   (block.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) +
                   QStringLiteral("```\n\n");
            break;
        case Block::List:
            for (const QString &item : block.items)
                out += QStringLiteral("- ") +
                       QString(item).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) +
                       QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case Block::Table:
            for (int i = 0; i < block.rows.size(); ++i) {
                QStringList cells = block.rows[i];
                for (QString &cell : cells)
                    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) +
                       QStringLiteral(" |\n");
                if (i == 0)
                    out += QStringLiteral("|") + QStringLiteral("---|").repeated(cells.size()) +
                           QLatin1Char('\n');
            }
            out += QLatin1Char('\n');
            break;
        }
    }
    return out;
}

QString html(const QString &title, const QList<Block> &blocks)
{
    QString body;
    for (const Block &block : blocks) {
        switch (block.kind) {
        case Block::Heading:
            body += QStringLiteral("<h2>%1</h2>\n").arg(block.text.toHtmlEscaped());
            break;
        case Block::Paragraph:
            body += QStringLiteral("<p>%1</p>\n").arg(block.text.toHtmlEscaped());
            break;
        case Block::Code:
            body += QStringLiteral("<pre>%1</pre>\n").arg(block.text.toHtmlEscaped());
            break;
        case Block::List:
            body += QStringLiteral("<ul>\n");
            for (const QString &item : block.items)
                body += QStringLiteral("<li>%1</li>\n")
                            .arg(item.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                              QStringLiteral("<br>")));
            body += QStringLiteral("</ul>\n");
            break;
        case Block::Table:
            body += QStringLiteral("<table>\n");
            for (int i = 0; i < block.rows.size(); ++i) {
                body += QStringLiteral("<tr>");
                for (const QString &cell : block.rows[i])
                    body += QString::fromLatin1(i == 0 ? "<th>%1</th>" : "<td>%1</td>")
                                .arg(cell.toHtmlEscaped());
                body += QStringLiteral("</tr>\n");
            }
            body += QStringLiteral("</table>\n");
            break;
        }
    }
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta "
               "charset=\"utf-8\"><title>%2</title>\n"
               "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
               "pre{background:#f4f4f4;padding:.6em;overflow:auto}table{border-collapse:collapse}"
               "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style></head>\n"
               "<body>\n<h1>%2</h1>\n%3</body></html>\n")
        .arg(QLocale().name().left(2), title.toHtmlEscaped(), body);
}

QString evidenceLine(const DiagnosisEvidence &evidence)
{
    QString where = evidence.where;
    if (evidence.time.isValid())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) +
                 evidence.time.toString(Qt::ISODate);
    return diagnosisStepName(evidence.step) + QStringLiteral(": ") +
           diagnosisEvidenceText(evidence) +
           (where.isEmpty() ? QString() : QStringLiteral("\n(") + where + QLatin1Char(')'));
}

QList<Block> reportBlocks(const BundleInput &input, const Diagnosis &diagnosis)
{
    QList<Block> blocks;
    const QString confidence = diagnosisConfidenceText(diagnosis);
    blocks << Block{
        Block::Paragraph,
        BundleText::tr("Created by SNI Doctor %1 on %2 (UTC).")
            .arg(QStringLiteral(SNI_DOCTOR_VERSION),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        {},
        {}};
    blocks << Block{Block::Heading, BundleText::tr("Verdict"), {}, {}};
    blocks << Block{Block::Paragraph,
                    QStringLiteral("%1 [%2]. %3")
                        .arg(diagnosisTitle(diagnosis), diagnosis.rootCause,
                             BundleText::tr("Confidence: %1.").arg(confidence)),
                    {},
                    {}};
    blocks << Block{Block::Paragraph, diagnosisSummary(diagnosis), {}, {}};
    if (!diagnosis.evidence.isEmpty()) {
        Block list{Block::List, {}, {}, {}};
        for (const DiagnosisEvidence &evidence : diagnosis.evidence)
            list.items << evidenceLine(evidence);
        blocks << Block{Block::Heading, BundleText::tr("Evidence"), {}, {}} << list;
    }
    if (!diagnosis.conflicts.isEmpty()) {
        Block list{Block::List, {}, {}, {}};
        for (const DiagnosisEvidence &evidence : diagnosis.conflicts)
            list.items << evidenceLine(evidence);
        blocks << Block{Block::Heading, BundleText::tr("Evidence that says otherwise"), {}, {}}
               << list;
    }
    if (input.remediation) {
        const Remediation &fix = *input.remediation;
        blocks << Block{Block::Heading, BundleText::tr("Remediation"), {}, {}};
        if (fix.routeNeeded)
            blocks << Block{Block::Paragraph,
                            BundleText::tr("The wildcard route (remediation/%1.yaml):")
                                .arg(fix.routeName),
                            {},
                            {}}
                   << Block{Block::Code, QString::fromUtf8(fix.routeYaml), {}, {}};
        if (!fix.overridesDiff.isEmpty())
            blocks << Block{Block::Paragraph,
                            BundleText::tr(
                                "The overrides.yaml change (remediation/overrides.diff):"),
                            {},
                            {}}
                   << Block{Block::Code, fix.overridesDiff, {}, {}};
        blocks << Block{Block::Paragraph, BundleText::tr("Commands (a dry run first):"), {}, {}}
               << Block{Block::Code, fix.commands.join(QLatin1Char('\n')), {}, {}};
    }
    if (!input.environmentGroups.isEmpty())
        blocks << Block{Block::Heading, BundleText::tr("Environment groups affected"), {}, {}}
               << Block{Block::List, {}, input.environmentGroups, {}};
    const DiagnosisInput &steps = input.evidence;
    if (steps.probe) {
        Block table{Block::Table,
                    {},
                    {},
                    {{BundleText::tr("SNI sent"), BundleText::tr("Outcome"),
                      BundleText::tr("Protocol"), BundleText::tr("Certificate")}}};
        for (const ProbeAttempt &attempt : steps.probe->attempts)
            table.rows << QStringList{
                ProbeText::sniLabel(attempt), ProbeText::outcomeLabel(attempt), attempt.protocol,
                attempt.chain.isEmpty() ? QStringLiteral("-") : attempt.chain.first().subject};
        blocks << Block{Block::Heading, diagnosisStepName(QStringLiteral("probe")), {}, {}}
               << Block{Block::Paragraph, ProbeText::verdict(*steps.probe), {}, {}} << table;
    }
    if (steps.logs)
        blocks << Block{Block::Heading, diagnosisStepName(QStringLiteral("logs")), {}, {}}
               << Block{Block::Paragraph, AccessLogText::verdict(*steps.logs), {}, {}};
    if (steps.capture)
        blocks << Block{Block::Heading, diagnosisStepName(QStringLiteral("capture")), {}, {}}
               << Block{Block::Paragraph, CaptureText::verdict(*steps.capture), {}, {}};
    if (steps.routes) {
        Block table{Block::Table,
                    {},
                    {},
                    {{BundleText::tr("Route"), BundleText::tr("State"), BundleText::tr("Hostnames"),
                      QStringLiteral("enableNonSniClient"), QStringLiteral("additionalGateways")}}};
        for (const ApigeeRoute &route : *steps.routes)
            table.rows << QStringList{
                route.name, route.state, route.hostnames.join(QStringLiteral(", ")),
                route.enableNonSniClient
                    ? (*route.enableNonSniClient ? QStringLiteral("true") : QStringLiteral("false"))
                    : QStringLiteral("-"),
                route.additionalGateways.join(QStringLiteral(", "))};
        blocks << Block{Block::Heading, diagnosisStepName(QStringLiteral("routes")), {}, {}}
               << Block{Block::Paragraph, RouteText::verdict(routeFindings(*steps.routes)), {}, {}}
               << table;
    }
    if (steps.overrides) {
        Block list{Block::List, {}, {}, {}};
        for (const OverridesDiagnostic &diagnostic : steps.overrides->diagnostics) {
            if (diagnostic.severity != Severity::Info)
                list.items << QStringLiteral("%1:%2: %3 [%4]")
                                  .arg(diagnostic.line)
                                  .arg(diagnostic.column)
                                  .arg(overridesMessage(diagnostic), diagnostic.code);
        }
        if (list.items.isEmpty())
            list.items << BundleText::tr("No errors or warnings.");
        blocks << Block{Block::Heading, diagnosisStepName(QStringLiteral("overrides")), {}, {}}
               << list;
    }
    if (!input.notes.isEmpty())
        blocks << Block{Block::Heading, BundleText::tr("Notes"), {}, {}}
               << Block{Block::Paragraph, input.notes, {}, {}};
    return blocks;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// A route as `kubectl describe` would have it: its fields and its events, as YAML.
QByteArray describeRoute(const ApigeeRoute &route)
{
    QString text =
        QStringLiteral("name: %1\nnamespace: %2\ncreationTimestamp: %8\nstate: %3\nhostnames: "
                       "[%4]\nenableNonSniClient: %5\n"
                       "additionalGateways: [%6]\ncredentialNames: [%7]\nselector:\n")
            .arg(
                route.name, route.ns, route.state.isEmpty() ? QStringLiteral("null") : route.state,
                [&] {
                    QStringList quoted;
                    for (const QString &host : route.hostnames)
                        quoted << QLatin1Char('"') + host + QLatin1Char('"');
                    return quoted.join(QStringLiteral(", "));
                }(),
                route.enableNonSniClient
                    ? (*route.enableNonSniClient ? QStringLiteral("true") : QStringLiteral("false"))
                    : QStringLiteral("null"),
                route.additionalGateways.join(QStringLiteral(", ")),
                route.credentialNames.join(QStringLiteral(", ")),
                route.created.isValid()
                    ? QStringLiteral("\"%1\"").arg(route.created.toString(Qt::ISODate))
                    : QStringLiteral("null"));
    for (auto it = route.selector.cbegin(); it != route.selector.cend(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key(), it.value());
    text += QStringLiteral("events:\n");
    if (route.events.isEmpty())
        text += QStringLiteral("  []\n");
    for (const KubeEvent &event : route.events)
        text += QStringLiteral(
                    "- {type: %1, reason: %2, count: %3, lastSeen: \"%4\", message: \"%5\"}\n")
                    .arg(event.type, event.reason)
                    .arg(event.count)
                    .arg(event.lastSeen,
                         QString(event.message).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
    return text.toUtf8();
}

QByteArray table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (int column = 0; column < headers.size(); ++column) {
        qsizetype width = headers[column].size();
        for (const QStringList &row : rows)
            width = std::max(width, row.value(column).size());
        widths << width + 3;
    }
    QString out;
    for (const QStringList &row : QList<QStringList>{headers} + rows) {
        QString line;
        for (int column = 0; column < row.size(); ++column)
            line += row[column].leftJustified(int(widths[column]));
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

QList<BundleFile> bundleFiles(const BundleInput &input, QList<Redaction> &redactions)
{
    QList<BundleFile> files;
    auto add = [&files, &redactions](const QString &name, const QByteArray &data,
                                     bool optional = false) {
        // Every text goes through the redactor: secrets can hide in any of them.
        const QByteArray clean = redactSecrets(data, name, redactions);
        files.append(BundleFile{name, clean, {}, clean.size(), optional, true});
    };
    const Diagnosis diagnosis = diagnose(input.evidence);
    const QList<Block> blocks = reportBlocks(input, diagnosis);
    const QString title = BundleText::tr("SNI Doctor report: %1").arg(diagnosisTitle(diagnosis));
    add(QStringLiteral("report.md"),
        (QStringLiteral("# ") + title + QStringLiteral("\n\n") + markdown(blocks)).toUtf8());
    add(QStringLiteral("report.html"), html(title, blocks).toUtf8());
    add(QStringLiteral("diagnosis.json"), jsonBytes(diagnosisToJson(diagnosis)));
    if (input.remediation) {
        if (input.remediation->routeNeeded)
            add(QStringLiteral("remediation/%1.yaml").arg(input.remediation->routeName),
                input.remediation->routeYaml);
        if (!input.remediation->overridesDiff.isEmpty())
            add(QStringLiteral("remediation/overrides.diff"),
                input.remediation->overridesDiff.toUtf8());
    }
    const DiagnosisInput &steps = input.evidence;
    if (!input.overridesText.isEmpty())
        add(QStringLiteral("overrides/overrides.yaml"), input.overridesText);
    if (steps.overrides)
        add(QStringLiteral("overrides/diagnostics.json"),
            jsonBytes(overridesReportToJson(*steps.overrides)));
    if (steps.routes) {
        // As kubectl get apigeeroutes prints them (the CRD's columns: state, age).
        QList<QStringList> rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ApigeeRoute &route : *steps.routes)
            rows << QStringList{route.name,
                                route.state.isEmpty() ? QStringLiteral("<none>") : route.state,
                                kubectlAge(route.created, now)};
        add(QStringLiteral("routes/kubectl-get-apigeeroutes.txt"),
            table({QStringLiteral("NAME"), QStringLiteral("STATE"), QStringLiteral("AGE")}, rows));
        for (const ApigeeRoute &route : *steps.routes)
            add(QStringLiteral("routes/describe-%1.yaml").arg(route.name), describeRoute(route));
        add(QStringLiteral("routes/routes.json"),
            jsonBytes(routesToJson(*steps.routes, routeFindings(*steps.routes),
                                   steps.routesSource == QLatin1String("cluster")
                                       ? QStringLiteral("cluster")
                                       : QStringLiteral("file"),
                                   {}, {})));
    }
    if (input.pods) {
        QList<QStringList> rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const IngressPod &pod : *input.pods)
            rows << QStringList{pod.name, pod.ready, pod.status, QString::number(pod.restarts),
                                pod.age(now)};
        add(QStringLiteral("routes/kubectl-get-pods.txt"),
            table({QStringLiteral("NAME"), QStringLiteral("READY"), QStringLiteral("STATUS"),
                   QStringLiteral("RESTARTS"), QStringLiteral("AGE")},
                  rows));
    }
    if (!input.environmentGroups.isEmpty())
        add(QStringLiteral("environment-groups.txt"),
            (input.environmentGroups.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (steps.probe)
        add(QStringLiteral("probe.json"), jsonBytes(probeReportToJson(*steps.probe)));
    if (steps.logs)
        add(QStringLiteral("logs/analysis.json"), jsonBytes(accessLogSummaryToJson(*steps.logs)));
    if (steps.capture)
        add(QStringLiteral("capture/analysis.json"),
            jsonBytes(captureSummaryToJson(*steps.capture)));
    if (!input.notes.isEmpty())
        add(QStringLiteral("notes.txt"), input.notes.toUtf8());
    // The full logs and the capture only when asked for; read at export. Logs are
    // text and get redacted; the capture is binary and goes as it is (ClientHellos
    // hold no secret; the user is told its size).
    for (const QString &log : input.logFiles) {
        QFile file(log);
        if (file.open(QIODevice::ReadOnly) && file.size() <= 512LL * 1024 * 1024) {
            const QString name = QStringLiteral("logs/") + QFileInfo(log).fileName();
            add(name, file.readAll(), true);
        }
    }
    if (!input.captureFile.isEmpty()) {
        const QFileInfo info(input.captureFile);
        files.append(BundleFile{QStringLiteral("capture/") + info.fileName(),
                                {},
                                info.absoluteFilePath(),
                                info.size(),
                                true,
                                true});
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const BundleFile &a, const BundleFile &b) { return a.name < b.name; });
    return files;
}

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

} // namespace

Result<BundleResult> writeBundle(const QString &path, const QList<BundleFile> &files,
                                 const QList<Redaction> &redactions, const QStringList &stepsRun,
                                 BundleFormat format, bool overwrite, TaskControl &control)
{
    auto failure = [&path](const QString &why) {
        return Error{QStringLiteral("bundle_write"),
                     BundleText::tr("The bundle %1 could not be written: %2").arg(path, why)};
    };
    if (QFileInfo::exists(path) && !overwrite)
        return Error{
            QStringLiteral("bundle_exists"),
            BundleText::tr("%1 exists already: choose another name or confirm replacing it.")
                .arg(path)};
    QTemporaryFile temporary(
        QFileInfo(path).absoluteDir().filePath(QStringLiteral(".sni-doctor-bundle-XXXXXX")));
    if (!temporary.open())
        return failure(temporary.errorString());
    std::unique_ptr<archive, ArchiveDeleter> writer(archive_write_new());
    if (format == BundleFormat::Zip) {
        archive_write_set_format_zip(writer.get());
    } else {
        archive_write_set_format_pax_restricted(writer.get());
        archive_write_add_filter_gzip(writer.get());
    }
    if (archive_write_open_fd(writer.get(), temporary.handle()) != ARCHIVE_OK)
        return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QJsonArray manifestFiles;
    int written = 0;
    auto writeEntry = [&](const QString &name, qint64 size,
                          const std::function<bool(QCryptographicHash &)> &body) -> bool {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
        archive_entry_set_size(entry.get(), size);
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), created.toSecsSinceEpoch(), 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return false;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!body(hash))
            return false;
        manifestFiles.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("size"), size},
                        {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())}});
        ++written;
        return true;
    };
    auto writeBytes = [&writer](const QByteArray &data, QCryptographicHash &hash) {
        hash.addData(data);
        return data.isEmpty() || archive_write_data(writer.get(), data.constData(),
                                                    size_t(data.size())) == data.size();
    };
    int done = 0;
    control.setProgressRange(0, 100);
    for (const BundleFile &file : files) {
        control.setProgress(int(100 * done++ / std::max<qsizetype>(1, files.size())), file.name);
        if (control.isCanceled())
            return Error{QStringLiteral("bundle_canceled"),
                         BundleText::tr("Canceled: no bundle was written.")};
        if (!file.included)
            continue;
        bool ok = false;
        if (file.sourcePath.isEmpty()) {
            ok = writeEntry(file.name, file.data.size(),
                            [&](QCryptographicHash &hash) { return writeBytes(file.data, hash); });
        } else {
            QFile source(file.sourcePath);
            if (!source.open(QIODevice::ReadOnly))
                return failure(BundleText::tr("cannot read %1: %2")
                                   .arg(file.sourcePath, source.errorString()));
            ok = writeEntry(file.name, source.size(), [&](QCryptographicHash &hash) {
                while (!source.atEnd()) {
                    if (control.isCanceled() || !writeBytes(source.read(1024 * 1024), hash))
                        return false;
                }
                return true;
            });
            if (control.isCanceled())
                return Error{QStringLiteral("bundle_canceled"),
                             BundleText::tr("Canceled: no bundle was written.")};
        }
        if (!ok)
            return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    }
    // What was redacted where, never the secret; then the manifest of everything.
    QJsonArray redactionList;
    for (const Redaction &redaction : redactions)
        redactionList.append(QJsonObject{{QStringLiteral("file"), redaction.file},
                                         {QStringLiteral("line"), redaction.line},
                                         {QStringLiteral("kind"), redaction.kind}});
    const QByteArray redactionJson =
        QJsonDocument(QJsonObject{{QStringLiteral("redactions"), redactionList}})
            .toJson(QJsonDocument::Indented);
    if (!writeEntry(QStringLiteral("redactions.json"), redactionJson.size(),
                    [&](QCryptographicHash &hash) { return writeBytes(redactionJson, hash); }))
        return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    const QByteArray manifest =
        QJsonDocument(
            QJsonObject{{QStringLiteral("tool"), QStringLiteral("sni-doctor")},
                        {QStringLiteral("version"), QStringLiteral(SNI_DOCTOR_VERSION)},
                        {QStringLiteral("created"), created.toString(Qt::ISODate)},
                        {QStringLiteral("host_os"), QSysInfo::prettyProductName()},
                        {QStringLiteral("steps_run"), QJsonArray::fromStringList(stepsRun)},
                        {QStringLiteral("files"), manifestFiles}})
            .toJson(QJsonDocument::Indented);
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                        archive_entry_free);
    archive_entry_set_pathname_utf8(entry.get(), "manifest.json");
    archive_entry_set_size(entry.get(), manifest.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), created.toSecsSinceEpoch(), 0);
    if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK ||
        archive_write_data(writer.get(), manifest.constData(), size_t(manifest.size())) !=
            manifest.size() ||
        archive_write_close(writer.get()) != ARCHIVE_OK)
        return failure(QString::fromLocal8Bit(archive_error_string(writer.get())));
    writer.reset();
    if (!temporary.flush() || ::fsync(temporary.handle()) != 0)
        return failure(temporary.errorString());
    // rename(2) replaces the target in one step: the old file or the new, never half.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(path).constData()) != 0)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    temporary.setAutoRemove(false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup);
    control.setProgress(100, QString());
    return BundleResult{path, QFileInfo(path).size(), written + 1, redactions};
}

} // namespace SniDoctor
