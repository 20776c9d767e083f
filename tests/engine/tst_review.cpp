// Offline review: collected files (bundles, archives, folders, single files) give the
// same results as the live steps; hostile archives are refused by name and nothing is
// written or executed.

#include "accesslog/accessloganalyzer.h"
#include "bundle/bundle.h"
#include "capture/captureanalyzer.h"
#include "cluster/routesresult.h"
#include "core/taskcontrol.h"
#include "diagnosis/diagnosis.h"
#include "lab/practicelab.h"
#include "overrides/overridesvalidator.h"
#include "probe/tlsprobe.h"
#include "review/review.h"
#include "session/sessionfile.h"

#include <archive.h>
#include <archive_entry.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// Entry{name, data} leaves the links empty on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace SniDoctor;

namespace {

const QString kSample = QStringLiteral(SNI_DOCTOR_SAMPLE_CASE);

struct Entry
{
    QString name;
    QByteArray data;
    QString symlink;  // a symbolic link to this
    QString hardlink; // a hard link to this
    qint64 zeros = 0; // data of that many zero bytes, written in chunks
};

enum class Format
{
    Zip,
    Tar,
    TarGz
};

// Writes an archive as an attacker would: names and links exactly as given.
void writeArchive(const QString &path, Format format, const QList<Entry> &entries)
{
    archive *writer = archive_write_new();
    if (format == Format::Zip)
        archive_write_set_format_zip(writer);
    else
        archive_write_set_format_pax_restricted(writer);
    if (format == Format::TarGz)
        archive_write_add_filter_gzip(writer);
    QVERIFY(archive_write_open_filename(writer, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.toUtf8().constData());
        archive_entry_set_perm(entry, 0644);
        if (!e.symlink.isEmpty()) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.symlink.toUtf8().constData());
            archive_entry_set_size(entry, 0);
        } else if (!e.hardlink.isEmpty()) {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, e.hardlink.toUtf8().constData());
            archive_entry_set_size(entry, 0);
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.zeros > 0 ? e.zeros : e.data.size());
        }
        QVERIFY2(archive_write_header(writer, entry) == ARCHIVE_OK, archive_error_string(writer));
        if (e.zeros > 0) {
            const QByteArray chunk(1 << 20, '\0');
            for (qint64 done = 0; done < e.zeros; done += chunk.size())
                archive_write_data(writer, chunk.constData(),
                                   size_t(std::min<qint64>(chunk.size(), e.zeros - done)));
        } else if (!e.data.isEmpty()) {
            archive_write_data(writer, e.data.constData(), size_t(e.data.size()));
        }
        archive_entry_free(entry);
    }
    QVERIFY(archive_write_close(writer) == ARCHIVE_OK);
    archive_write_free(writer);
}

QStringList codes(const QList<CollectionProblem> &problems)
{
    QStringList list;
    for (const CollectionProblem &problem : problems)
        list << problem.id();
    return list;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The steps' results of a case by name, as the assertions below read them.
struct Steps
{
    std::optional<ProbeReport> probe;
    QDateTime probeTime;
    std::optional<AccessLogSummary> logs;
    std::optional<CaptureSummary> capture;
    std::optional<QList<ApigeeRoute>> routes;
    std::optional<OverridesReport> overrides;
    QByteArray overridesText;
};

Steps stepsOf(const CaseData &data)
{
    Steps steps;
    if (const ProbeReport *probe = data.result<ProbeReport>(Step::Probe)) {
        steps.probe = *probe;
        steps.probeTime = data.record(Step::Probe)->time();
    }
    if (const AccessLogSummary *logs = data.result<AccessLogSummary>(Step::Logs))
        steps.logs = *logs;
    if (const CaptureSummary *capture = data.result<CaptureSummary>(Step::Capture))
        steps.capture = *capture;
    if (const RoutesResult *routes = data.result<RoutesResult>(Step::Routes))
        steps.routes = routes->routes;
    if (const OverridesResult *overrides = data.result<OverridesResult>(Step::Overrides)) {
        steps.overrides = overrides->report;
        steps.overridesText = overrides->text;
    }
    return steps;
}

// What the live wizard holds after each step on the sample case's files, with a real
// probe of the strict lab.
CaseData liveCase(PracticeLab &lab)
{
    CaseData data;
    CancelFlag control;
    const Result<quint16> port = lab.start(LabOptions{LabMode::Strict});
    if (!port)
        return data;
    data.endpoint = ProbeTarget{QStringLiteral("api-test.mydomain.com"),
                                port.value(),
                                QStringLiteral("127.0.0.1"),
                                5000,
                                {}};
    const Result<ProbeReport> probe = runProbe(data.endpoint, control);
    if (probe)
        data.setRecord(Step::Probe, StepRecord(probe.value(), Origin::thisMachine()));
    const Result<AccessLogSummary> logs =
        analyzeAccessLogFiles({kSample + "/ingress-gateway.log"}, control);
    if (logs)
        data.setRecord(Step::Logs, StepRecord(logs.value(), Origin::thisMachine()));
    const Result<CaptureSummary> capture = analyzeCapture(kSample + "/non-sni.pcap", control);
    if (capture)
        data.setRecord(Step::Capture, StepRecord(capture.value(), Origin::thisMachine()));
    const Result<QList<ApigeeRoute>> routes =
        parseApigeeRoutes(readFile(kSample + "/apigeeroutes.yaml"), "apigeeroutes.yaml");
    if (routes)
        data.setRecord(Step::Routes, StepRecord(RoutesResult{routes.value(), std::nullopt, {}},
                                                Origin::thisMachine({"apigeeroutes.yaml"})));
    const QByteArray overridesText = readFile(kSample + "/overrides.yaml");
    OverridesContext context;
    if (routes)
        context.routes = routes.value();
    data.setRecord(
        Step::Overrides,
        StepRecord(
            OverridesResult{validateOverrides(overridesText, kSample + "/overrides.yaml", context),
                            overridesText},
            Origin::thisMachine()));
    return data;
}

QStringList findingList(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list << finding.id + '|' + severityId(finding.severity) + '|' +
                    finding.args.values().join('|');
    return list;
}

QStringList evidenceList(const QList<DiagnosisEvidence> &evidence)
{
    QStringList list;
    for (const DiagnosisEvidence &e : evidence)
        list << stepId(e.step) + '|' + e.finding.id + '|' + e.finding.args.values().join('|');
    return list;
}

QStringList diagnosticList(const OverridesReport &report)
{
    QStringList list;
    for (const OverridesDiagnostic &d : report.diagnostics)
        list << QStringLiteral("%1:%2:%3 %4 %5")
                    .arg(d.line)
                    .arg(d.column)
                    .arg(d.endColumn)
                    .arg(d.code, d.args.values().join('|'));
    return list;
}

// The same results, step by step, and the same verdict.
void compareInputs(const CaseData &liveCase, const CaseData &reviewedCase)
{
    const Steps live = stepsOf(liveCase);
    const Steps reviewed = stepsOf(reviewedCase);
    QVERIFY(reviewed.probe && reviewed.logs && reviewed.capture && reviewed.routes &&
            reviewed.overrides);
    QCOMPARE(findingList(reviewed.probe->findings), findingList(live.probe->findings));
    QCOMPARE(reviewed.probe->attempts.size(), live.probe->attempts.size());
    for (int i = 0; i < live.probe->attempts.size(); ++i) {
        QCOMPARE(reviewed.probe->attempts[i].outcome, live.probe->attempts[i].outcome);
        QCOMPARE(reviewed.probe->attempts[i].sniChoice, live.probe->attempts[i].sniChoice);
        QCOMPARE(reviewed.probe->attempts[i].chain.size(), live.probe->attempts[i].chain.size());
    }
    QCOMPARE(findingList(reviewed.logs->findings), findingList(live.logs->findings));
    QCOMPARE(reviewed.logs->classes, live.logs->classes);
    QCOMPARE(reviewed.logs->classFirstMs, live.logs->classFirstMs);
    QCOMPARE(reviewed.logs->clients.size(), live.logs->clients.size());
    QCOMPARE(reviewed.logs->samples.size(), live.logs->samples.size());
    QCOMPARE(findingList(reviewed.capture->findings), findingList(live.capture->findings));
    QCOMPARE(reviewed.capture->hellos.size(), live.capture->hellos.size());
    for (int i = 0; i < live.capture->hellos.size(); ++i) {
        QCOMPARE(reviewed.capture->hellos[i].timeUs, live.capture->hellos[i].timeUs);
        QCOMPARE(reviewed.capture->hellos[i].reaction, live.capture->hellos[i].reaction);
        QCOMPARE(reviewed.capture->hellos[i].ja4, live.capture->hellos[i].ja4);
    }
    QCOMPARE(findingList(routeFindings(*reviewed.routes)),
             findingList(routeFindings(*live.routes)));
    QCOMPARE(diagnosticList(*reviewed.overrides), diagnosticList(*live.overrides));

    const Diagnosis a = diagnose(liveCase);
    const Diagnosis b = diagnose(reviewedCase);
    QCOMPARE(b.rootCause, a.rootCause);
    QCOMPARE(b.confidence, a.confidence);
    QCOMPARE(evidenceList(b.evidence), evidenceList(a.evidence));
    QCOMPARE(evidenceList(b.conflicts), evidenceList(a.conflicts));
    QCOMPARE(b.stepsRun, a.stepsRun);
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleCaseFolder();
    void bundleRoundTrip_data();
    void bundleRoundTrip();
    void sessionRoundTrip();
    void traversalAndAbsolutePaths();
    void linksLeavingTheArchive();
    void decompressionBomb();
    void hugeEntryCount();
    void tamperedBundle();
    void kubeconfigExecNeverRuns();
    void damagedArchive();
    void recognisesByContent();
};

void TestReview::sampleCaseFolder()
{
    CancelFlag control;
    const Result<CaseData> reviewed = reviewPaths({kSample}, control);
    QVERIFY2(reviewed, qPrintable(reviewed ? QString() : reviewed.error().message()));
    const CaseData &c = reviewed.value();
    const Steps steps = stepsOf(c);
    QVERIFY(c.review.problems.isEmpty());
    QHash<QString, QString> kinds;
    for (const ReviewedFile &file : c.review.files)
        kinds.insert(file.name, reviewKindId(file));
    QCOMPARE(kinds.value("apigeeroutes.yaml"), QString("routes"));
    QCOMPARE(kinds.value("ingress-gateway.log"), QString("access_log"));
    QCOMPARE(kinds.value("non-sni.pcap"), QString("capture"));
    QCOMPARE(kinds.value("overrides.yaml"), QString("overrides"));
    const Diagnosis diagnosis = diagnose(c);
    QCOMPARE(rootCauseId(diagnosis.rootCause), QString("wildcard_route_not_attached"));
    QCOMPARE(confidenceId(diagnosis.confidence), QString("high"));
    QCOMPARE(stepsNotCollected(c), QList<Step>{Step::Probe});
    QVERIFY(!stepInfo(Step::Probe).askFor.isEmpty());
    // Refused clients among healthy traffic, and a capture of resets without SNI.
    QVERIFY(steps.logs->count(LogClass::NonSniRefused) > 0);
    QVERIFY(steps.logs->count(LogClass::Ok) > steps.logs->count(LogClass::NonSniRefused));
    QVERIFY(steps.capture->resetWithoutSni > 0);
    QCOMPARE(steps.capture->linkTypes.value(0), QString("LINUX_SLL2"));
    QCOMPARE(steps.overrides->virtualHosts.size(), 2);
    // Results name the files they came from, with lines.
    QCOMPARE(c.record(Step::Logs)->collectedFrom(), QStringList{"ingress-gateway.log"});
    QCOMPARE(steps.logs->samples.first().input, QString("ingress-gateway.log"));
    QVERIFY(steps.logs->samples.first().line > 0);
}

void TestReview::bundleRoundTrip_data()
{
    QTest::addColumn<bool>("tarGz");
    QTest::newRow("zip") << false;
    QTest::newRow("tar.gz") << true;
}

void TestReview::bundleRoundTrip()
{
    QFETCH(bool, tarGz);
    PracticeLab lab;
    CaseData live = liveCase(lab);
    QVERIFY(live.has(Step::Probe) && live.has(Step::Overrides));
    live.notes = "Seen since the load balancer change on Monday. password: hunter2";
    QList<Redaction> redactions;
    QList<BundleFile> files = bundleFiles(live, redactions);
    for (BundleFile &file : files)
        file.included = true; // the full logs and the capture too
    QTemporaryDir dir;
    const QString path = dir.filePath(tarGz ? "case.tar.gz" : "case.zip");
    CancelFlag control;
    const Result<BundleResult> written =
        writeBundle(path, files, redactions, diagnose(live).stepsRun,
                    tarGz ? BundleFormat::TarGz : BundleFormat::Zip, false, control);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));

    const Result<CaseData> reviewed = reviewPaths({path}, control);
    QVERIFY2(reviewed, qPrintable(reviewed ? QString() : reviewed.error().message()));
    const CaseData &c = reviewed.value();
    QCOMPARE(codes(c.review.problems), QStringList());
    QCOMPARE(c.review.bundles.size(), 1);
    QVERIFY(c.review.bundles.first().intact);
    QCOMPARE(c.review.bundles.first().verified, c.review.bundles.first().files);
    compareInputs(live, c);
    QVERIFY(c.notes.startsWith("Seen since the load balancer change on Monday."));
    QVERIFY(!c.notes.contains("hunter2"));
    QVERIFY(!stepsOf(c).overridesText.isEmpty());
    // The tool's own analyses are used; the raw copies are listed, not read twice.
    for (const ReviewedFile &file : c.review.files) {
        if (file.name.endsWith("logs/ingress-gateway.log")) {
            QCOMPARE(reviewKindId(file), QString("access_log"));
            QVERIFY(!file.used);
        }
        if (file.name.endsWith("remediation/non-sni.yaml") || file.name.endsWith(".diff"))
            QCOMPARE(reviewKindId(file), QString("remediation"));
    }
}

void TestReview::sessionRoundTrip()
{
    PracticeLab lab;
    CaseData data = liveCase(lab);
    data.notes = "Notes of the admin.";
    // The routes as read from a cluster, with its pods.
    RoutesResult routes = *data.result<RoutesResult>(Step::Routes);
    routes.pods = QList<IngressPod>{IngressPod{"apigee-ingressgateway-x",
                                               "2/2",
                                               "Running",
                                               1,
                                               QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC),
                                               {"istio-proxy"},
                                               true}};
    data.setRecord(Step::Routes, StepRecord(routes, Origin::cluster()));
    data.fix.routeName = "catch-all";
    data.cluster.context = "gke_myproject";
    QTemporaryDir dir;
    const QString path = dir.filePath("case.sni-doctor.json");
    QVERIFY(saveSession(path, data));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions()); // evidence: its owner's only
    // Saved where a link was planted: the link is replaced, what it points to untouched.
    const QString victim = dir.filePath("victim.txt");
    const QString link = dir.filePath("linked.sni-doctor.json");
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    QVERIFY(QFile::link(victim, link));
    QVERIFY(saveSession(link, data));
    QVERIFY(!QFileInfo(link).isSymLink());
    QVERIFY(loadSession(link));
    QFile kept(victim);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me\n"));
    // No temporary file left beside them.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files | QDir::System, QDir::Name),
             (QStringList{"case.sni-doctor.json", "linked.sni-doctor.json", "victim.txt"}));
    const Result<CaseData> loaded = loadSession(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message()));
    compareInputs(data, loaded.value());
    QCOMPARE(stepsOf(loaded.value()).probeTime, stepsOf(data).probeTime);
    QCOMPARE(loaded.value().notes, data.notes);
    QCOMPARE(stepsOf(loaded.value()).overridesText, stepsOf(data).overridesText);
    QCOMPARE(loaded.value().result<RoutesResult>(Step::Routes)->pods->first().restarts, 1);
    QCOMPARE(loaded.value().record(Step::Routes)->origin().kind, Origin::Kind::Cluster);
    QCOMPARE(loaded.value().fix.routeName, QString("catch-all"));
    QCOMPARE(loaded.value().cluster.context, QString("gke_myproject"));
    QCOMPARE(loaded.value().endpoint.port, data.endpoint.port);
    // Saved again, the file is the same but for the moment it was saved.
    auto withoutSaved = [](QByteArray json) {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.remove("saved");
        return QJsonDocument(object).toJson();
    };
    const QByteArray again = withoutSaved(sessionToJson(loaded.value()));
    const QByteArray first = withoutSaved(readFile(path));
    if (again != first) {
        const QList<QByteArray> a = again.split('\n'), b = first.split('\n');
        for (int i = 0; i < std::min(a.size(), b.size()); ++i)
            QCOMPARE(a[i], b[i]);
    }
    QCOMPARE(again, first);
    // Review opens a session file as it is.
    CancelFlag control;
    const Result<CaseData> reviewed = reviewPaths({path}, control);
    QVERIFY(reviewed);
    QCOMPARE(reviewKindId(reviewed.value().review.files.first()), QString("session"));
    compareInputs(data, reviewed.value());
    // A damaged session names the file and the line.
    QFile::resize(path, QFileInfo(path).size() / 2);
    const Result<CaseData> broken = loadSession(path);
    QVERIFY(!broken);
    QVERIFY(broken.error().message().contains("case.sni-doctor.json"));
    QVERIFY(broken.error().message().contains("line"));
}

void TestReview::traversalAndAbsolutePaths()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath("review/inner");
    const QString absolute = dir.filePath("evil-absolute.txt");
    const QString zip = dir.filePath("review/inner/case.zip");
    writeArchive(zip, Format::Zip,
                 {Entry{"../../evil-traversal.txt", "pwned"}, Entry{absolute, "pwned"},
                  Entry{"ok/../../evil-middle.txt", "pwned"},
                  Entry{"C:\\Windows\\evil.txt", "pwned"}, Entry{"./notes/readme.txt", "hello"}});
    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.filePath("review/inner"));
    CancelFlag control;
    const Result<Collection> collection = collectFiles({zip}, control);
    QDir::setCurrent(previous);
    QVERIFY(collection);
    QCOMPARE(
        codes(collection.value().problems),
        (QStringList{"parent_component", "absolute_path", "parent_component", "absolute_path"}));
    QVERIFY(collection.value().problems[0].message().contains("../../evil-traversal.txt"));
    QVERIFY(collection.value().problems[0].message().contains("case.zip"));
    QVERIFY(collection.value().problems[1].message().contains(absolute));
    QCOMPARE(collection.value().files.size(), 1);
    QCOMPARE(collection.value().files.first().relative, QString("notes/readme.txt"));
    QVERIFY(!QFile::exists(dir.filePath("evil-traversal.txt")));
    QVERIFY(!QFile::exists(dir.filePath("review/evil-middle.txt")));
    QVERIFY(!QFile::exists(absolute));
    // Nothing was written anywhere around the archive either.
    QCOMPARE(QDir(dir.filePath("review/inner")).entryList(QDir::Files), QStringList{"case.zip"});
}

void TestReview::linksLeavingTheArchive()
{
    QTemporaryDir dir;
    const QString tar = dir.filePath("links.tar");
    writeArchive(tar, Format::Tar,
                 {Entry{"notes.txt", "inside"}, Entry{"up", {}, "../../../etc/passwd"},
                  Entry{"logs/abs", {}, "/etc/shadow"}, Entry{"hard", {}, {}, "../outside.txt"},
                  Entry{"logs/inside", {}, "../notes.txt"}, Entry{"same", {}, {}, "notes.txt"}});
    CancelFlag control;
    const Result<Collection> collection = collectFiles({tar}, control);
    QVERIFY(collection);
    QCOMPARE(codes(collection.value().problems),
             (QStringList{"link_outside", "link_outside", "link_outside"}));
    QVERIFY(collection.value().problems[0].message().contains("up"));
    QVERIFY(collection.value().problems[0].message().contains("../../../etc/passwd"));
    QVERIFY(collection.value().problems[1].message().contains("/etc/shadow"));
    QVERIFY(collection.value().problems[2].message().contains("hard"));
    // Links inside are the files they point to, read once.
    QCOMPARE(collection.value().files.size(), 1);
    QCOMPARE(collection.value().files.first().data, QByteArray("inside"));

    // A folder's links that leave it are refused the same way.
    QDir(dir.path()).mkpath("folder");
    QFile::link("/etc/passwd", dir.filePath("folder/passwd"));
    QFile::link(tar, dir.filePath("folder/outside.tar"));
    QFile notes(dir.filePath("folder/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("notes");
    notes.close();
    QFile::link(dir.filePath("folder/notes.txt"), dir.filePath("folder/again.txt"));
    const Result<Collection> folder = collectFiles({dir.filePath("folder")}, control);
    QVERIFY(folder);
    QCOMPARE(codes(folder.value().problems), (QStringList{"link_outside", "link_outside"}));
    QCOMPARE(folder.value().files.size(), 2); // notes.txt and the link to it
}

void TestReview::decompressionBomb()
{
    QTemporaryDir dir;
    const QString bomb = dir.filePath("bundle.tar.gz");
    writeArchive(
        bomb, Format::TarGz,
        {Entry{"notes.txt", "hello"}, Entry{"logs/zeros.log", {}, {}, {}, qint64(256) << 20}});
    QVERIFY(QFileInfo(bomb).size() < 1024 * 1024);
    CancelFlag control;
    const Result<Collection> collection = collectFiles({bomb}, control);
    QVERIFY(collection);
    QCOMPARE(codes(collection.value().problems), QStringList{"ratio_exceeded"});
    QVERIFY(collection.value().problems.first().message().contains("logs/zeros.log"));
    QVERIFY(collection.value().files.isEmpty()); // nothing of a refused archive is used
    // Stopped at 100 times the archive's size (or 16 MiB for a tiny one), not 256 MiB.
    const qint64 limit =
        std::max<qint64>(CollectionLimits{}.ratioFloorBytes, 100 * QFileInfo(bomb).size());
    QVERIFY(collection.value().unpackedBytes <= limit + (1 << 20));
    QVERIFY(collection.value().unpackedBytes < (qint64(64) << 20));

    // A zip bomb too, and an entry that declares it is too big.
    const QString zip = dir.filePath("bomb.zip");
    writeArchive(zip, Format::Zip, {Entry{"zeros.bin", {}, {}, {}, qint64(64) << 20}});
    const Result<Collection> zipped = collectFiles({zip}, control);
    QVERIFY(zipped);
    QCOMPARE(codes(zipped.value().problems), QStringList{"ratio_exceeded"});
    // A compressed access log inside an archive that would unpack to 256 MiB: read up
    // to 100 times its size only.
    QByteArray line = readFile(kSample + "/ingress-gateway.log");
    line = line.left(line.indexOf('\n') + 1);
    QByteArray compressed;
    {
        archive *raw = archive_write_new();
        archive_write_set_format_raw(raw);
        archive_write_add_filter_gzip(raw);
        compressed.resize(8 << 20);
        size_t used = 0;
        QVERIFY(archive_write_open_memory(raw, compressed.data(), size_t(compressed.size()),
                                          &used) == ARCHIVE_OK);
        archive_entry *entry = archive_entry_new();
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_pathname(entry, "log");
        QVERIFY(archive_write_header(raw, entry) == ARCHIVE_OK);
        QByteArray block;
        while (block.size() < (1 << 20))
            block += line;
        for (qint64 done = 0; done < (qint64(256) << 20); done += block.size())
            archive_write_data(raw, block.constData(), size_t(block.size()));
        archive_write_close(raw);
        archive_entry_free(entry);
        archive_write_free(raw);
        compressed.resize(qsizetype(used));
    }
    const QString logs = dir.filePath("logs.zip");
    writeArchive(logs, Format::Zip, {Entry{"ingress.log.gz", compressed}});
    const Result<CaseData> reviewed = reviewPaths({logs}, control);
    QVERIFY(reviewed);
    QVERIFY(reviewed.value().has(Step::Logs));
    QVERIFY(stepsOf(reviewed.value()).logs->bytes <=
            std::max<qint64>(qint64(16) << 20, 100 * compressed.size()));
    QVERIFY(stepsOf(reviewed.value()).logs->records > 0);

    CollectionLimits small;
    small.maxEntryBytes = 1 << 20;
    const Result<Collection> declared = collectFiles({zip}, control, small);
    QVERIFY(declared);
    QCOMPARE(codes(declared.value().problems), QStringList{"entry_too_large"});
}

void TestReview::hugeEntryCount()
{
    QTemporaryDir dir;
    const QString tar = dir.filePath("many.tar");
    QList<Entry> entries;
    for (int i = 0; i < 10050; ++i)
        entries.append(Entry{QStringLiteral("f/%1.txt").arg(i), "x"});
    writeArchive(tar, Format::Tar, entries);
    CancelFlag control;
    const Result<Collection> collection = collectFiles({tar}, control);
    QVERIFY(collection);
    QCOMPARE(codes(collection.value().problems), QStringList{"too_many_entries"});
    QVERIFY(collection.value().problems.first().message().contains("10000"));
    QCOMPARE(collection.value().files.size(), 10000);
}

void TestReview::tamperedBundle()
{
    // A real bundle, then the same entries with one byte of the report changed and
    // the manifest left as it was.
    QTemporaryDir dir;
    CaseData data;
    data.setRecord(
        Step::Routes,
        StepRecord(RoutesResult{parseApigeeRoutes(readFile(kSample + "/apigeeroutes.yaml"),
                                                  "apigeeroutes.yaml")
                                    .value(),
                                std::nullopt,
                                {}},
                   Origin::thisMachine({"apigeeroutes.yaml"})));
    QList<Redaction> redactions;
    const QList<BundleFile> files = bundleFiles(data, redactions);
    CancelFlag control;
    const QString original = dir.filePath("original.zip");
    QVERIFY(writeBundle(original, files, redactions, {Step::Routes}, BundleFormat::Zip, false,
                        control));
    const Result<Collection> clean = collectFiles({original}, control);
    QVERIFY(clean && clean.value().bundles.size() == 1 && clean.value().bundles.first().intact);

    QList<Entry> entries;
    for (const CollectedFile &file : clean.value().files) {
        QByteArray data = file.data;
        if (file.relative == "routes/routes.json")
            data.replace("\"running\"", "\"RUNNING\"");
        entries.append(Entry{file.relative, data});
    }
    entries.append(Entry{"extra.sh", "#!/bin/sh\nrm -rf ~\n"});
    entries.removeIf([](const Entry &e) { return e.name == "report.md"; });
    const QString tampered = dir.filePath("tampered.zip");
    writeArchive(tampered, Format::Zip, entries);
    const Result<CaseData> reviewed = reviewPaths({tampered}, control);
    QVERIFY(reviewed);
    const QStringList found = codes(reviewed.value().review.problems);
    QVERIFY2(found.contains("checksum_mismatch"), qPrintable(found.join(',')));
    QVERIFY(found.contains("missing_from_bundle"));
    QVERIFY(found.contains("not_in_manifest"));
    for (const CollectionProblem &problem : reviewed.value().review.problems) {
        if (problem.id() == "checksum_mismatch")
            QVERIFY(problem.message().contains("routes/routes.json"));
    }
    QVERIFY(!reviewed.value().review.bundles.first().intact);

    // A forged second routes/routes.json beside the genuine one: refused, named.
    for (const bool forgedFirst : {false, true}) {
        QList<Entry> forged;
        for (const CollectedFile &file : clean.value().files)
            forged.append(Entry{file.relative, file.data});
        const Entry fake{"routes/routes.json", "{\"forged\": true}"};
        if (forgedFirst)
            forged.prepend(fake);
        else
            forged.append(fake);
        const QString path = dir.filePath(forgedFirst ? "forged1.zip" : "forged2.zip");
        writeArchive(path, Format::Zip, forged);
        const Result<CaseData> refused = reviewPaths({path}, control);
        QVERIFY(refused);
        bool named = false;
        for (const CollectionProblem &problem : refused.value().review.problems)
            named = named || (problem.id() == "duplicate_entry" &&
                              problem.message().contains("routes/routes.json"));
        QVERIFY2(named, qPrintable(codes(refused.value().review.problems).join(',')));
        QVERIFY(refused.value().review.bundles.isEmpty() ||
                !refused.value().review.bundles.first().intact);
        QVERIFY(!refused.value().has(Step::Routes)); // nothing of it used
    }
    QCOMPARE(reviewed.value().review.bundles.first().verified,
             reviewed.value().review.bundles.first().files - 2);
}

void TestReview::kubeconfigExecNeverRuns()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath("exec-plugin-ran");
    const QByteArray kubeconfig =
        QStringLiteral(
            "apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
            "clusters:\n- name: prod\n  cluster:\n    server: https://10.255.255.1:6443\n"
            "contexts:\n- name: prod\n  context:\n    cluster: prod\n    user: admin\n"
            "users:\n- name: admin\n  user:\n    exec:\n      apiVersion: "
            "client.authentication.k8s.io/v1beta1\n"
            "      command: /bin/sh\n      args: [\"-c\", \"touch %1\"]\n      interactiveMode: "
            "Never\n")
            .arg(marker)
            .toUtf8();
    QDir(dir.path()).mkpath("collected");
    QFile file(dir.filePath("collected/config"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kubeconfig);
    file.close();
    const QString zip = dir.filePath("with-kubeconfig.zip");
    writeArchive(zip, Format::Zip, {Entry{".kube/config", kubeconfig}});
    CancelFlag control;
    const Result<CaseData> reviewed =
        reviewPaths({dir.filePath("collected"), zip, kSample}, control);
    QVERIFY(reviewed);
    int kubeconfigs = 0;
    for (const ReviewedFile &reviewedFile : reviewed.value().review.files) {
        if (reviewKindId(reviewedFile) == "kubeconfig") {
            ++kubeconfigs;
            QCOMPARE(reviewedFile.detail.value("plugins"), QString("/bin/sh"));
            QVERIFY(!reviewedFile.used);
            QVERIFY(reviewKindText(reviewedFile).contains("/bin/sh"));
        }
    }
    QCOMPARE(kubeconfigs, 2);
    QCOMPARE(stepsOf(reviewed.value()).routes->size(),
             3); // the sample's routes, not the cluster's
    QTest::qWait(200);
    QVERIFY(!QFile::exists(marker));
}

void TestReview::damagedArchive()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath("cut.tar.gz");
    writeArchive(
        zip, Format::TarGz,
        {Entry{"a.log", QByteArray(200000, 'a')}, Entry{"b.log", QByteArray(200000, 'b')}});
    QFile::resize(zip, QFileInfo(zip).size() / 2);
    CancelFlag control;
    const Result<Collection> collection = collectFiles({zip}, control);
    QVERIFY(collection);
    QVERIFY(!collection.value().problems.isEmpty());
    QCOMPARE(collection.value().problems.first().id(), QString("archive_error"));
    QVERIFY(collection.value().problems.first().message().contains("cut.tar.gz"));
    const Result<Collection> missing = collectFiles({dir.filePath("nope.zip")}, control);
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains("nope.zip"));
}

void TestReview::recognisesByContent()
{
    // Names that say nothing: the content decides.
    QTemporaryDir dir;
    QDir(dir.path()).mkpath("x");
    QFile::copy(kSample + "/non-sni.pcap", dir.filePath("x/file1"));
    QFile::copy(kSample + "/ingress-gateway.log", dir.filePath("x/file2.txt"));
    QFile::copy(kSample + "/apigeeroutes.yaml", dir.filePath("x/file3.log"));
    QFile::copy(kSample + "/overrides.yaml", dir.filePath("x/file4"));
    QFile::copy(QStringLiteral(SNI_DOCTOR_TEST_DATA) + "/captures/sll2.pcapng",
                dir.filePath("x/file5"));
    QFile::copy(QStringLiteral(SNI_DOCTOR_TEST_DATA) + "/routes/api-list.json",
                dir.filePath("x/file6"));
    QFile random(dir.filePath("x/file7"));
    QVERIFY(random.open(QIODevice::WriteOnly));
    random.write("just some notes\nabout nothing\n");
    random.close();
    CancelFlag control;
    const Result<CaseData> reviewed = reviewPaths({dir.filePath("x")}, control);
    QVERIFY(reviewed);
    QStringList kinds;
    for (const ReviewedFile &file : reviewed.value().review.files)
        kinds << reviewKindId(file);
    QCOMPARE(kinds, (QStringList{"capture", "access_log", "routes", "overrides", "capture",
                                 "routes", "unrecognised"}));
    QVERIFY(reviewed.value().has(Step::Capture));
    QCOMPARE(stepsOf(reviewed.value()).capture->file, QString("file1"));

    // A list of routes as aliases of aliases: not expanded, and said why it is not read.
    QByteArray bomb = "r0: &r0 {kind: ApigeeRoute, metadata: {name: b}}\n";
    for (int level = 1; level <= 8; ++level)
        bomb += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" +
                QByteArrayList(10, "*" + QByteArray(level == 1 ? "r0" : "l") +
                                       (level == 1 ? "" : QByteArray::number(level - 1)))
                    .join(',') +
                "]\n";
    bomb += "kind: List\nitems: *l8\n";
    QFile bombFile(dir.filePath("bomb/routes.yaml"));
    QVERIFY(QDir(dir.path()).mkpath("bomb"));
    QVERIFY(bombFile.open(QIODevice::WriteOnly));
    bombFile.write(bomb);
    bombFile.close();
    const Result<CaseData> refused = reviewPaths({dir.filePath("bomb")}, control);
    QVERIFY(refused);
    QCOMPARE(refused.value().review.files.size(), 1);
    const ReviewedFile &file = refused.value().review.files.first();
    QCOMPARE(reviewKindId(file), QStringLiteral("unrecognised"));
    QVERIFY2(reviewKindText(file).contains(QStringLiteral("8,000,000")),
             qPrintable(reviewKindText(file)));
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
