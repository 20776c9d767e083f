#include "review.h"

#include "accesslog/accessloganalyzer.h"
#include "capture/captureanalyzer.h"
#include "cluster/yamlnodes.h"
#include "review/resultsjson.h"
#include "review/reviewtext.h"

#include <archive.h>
#include <archive_entry.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

#include <cstdio>
#include <memory>

namespace SniDoctor {

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr qint64 kMaxJsonBytes = qint64(256) << 20;
constexpr qint64 kMaxYamlBytes = qint64(8) << 20;

bool isCaptureMagic(const QByteArray &head)
{
    static const QByteArray magics[] = {
        QByteArrayLiteral("\xd4\xc3\xb2\xa1"), QByteArrayLiteral("\xa1\xb2\xc3\xd4"),
        QByteArrayLiteral("\x4d\x3c\xb2\xa1"), QByteArrayLiteral("\xa1\xb2\x3c\x4d"),
        QByteArrayLiteral("\x0a\x0d\x0d\x0a")};
    for (const QByteArray &magic : magics) {
        if (head.startsWith(magic))
            return true;
    }
    return false;
}

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

// Reads a compressed file (gzip, bzip2, xz, zstd) through libarchive's raw format and
// gives each decompressed chunk to sink until it returns false; at most maxBytes
// decompressed (a bomb stops there). An error text when the stream is damaged.
QString readCompressed(const CollectedFile &file, qint64 maxBytes,
                       const std::function<bool(const char *, qsizetype)> &sink)
{
    ArchivePtr reader(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_raw(reader.get());
    const int opened = file.inMemory()
                           ? archive_read_open_memory(reader.get(), file.data.constData(),
                                                      size_t(file.data.size()))
                           : archive_read_open_filename(
                                 reader.get(), QFile::encodeName(file.path).constData(), 1 << 20);
    archive_entry *entry = nullptr;
    if (opened != ARCHIVE_OK || archive_read_next_header(reader.get(), &entry) != ARCHIVE_OK)
        return QString::fromLocal8Bit(archive_error_string(reader.get()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (total < maxBytes) {
        const la_ssize_t n = archive_read_data(
            reader.get(), buffer.data(), size_t(std::min<qint64>(buffer.size(), maxBytes - total)));
        if (n < 0)
            return QString::fromLocal8Bit(archive_error_string(reader.get()));
        if (n == 0)
            break;
        total += n;
        if (!sink(buffer.constData(), n))
            break;
    }
    return {};
}

// The first decompressed bytes of a compressed file.
QByteArray decompressedHead(const CollectedFile &file)
{
    QByteArray head;
    CollectedFile part = file;
    if (file.inMemory())
        part.data = file.data.left(kHeadBytes * 4); // a damaged tail does not matter for a head
    (void)readCompressed(part, kHeadBytes, [&head](const char *data, qsizetype size) {
        head.append(data, size);
        return head.size() < kHeadBytes;
    });
    return head;
}

// Up to the last complete line.
QByteArray wholeLines(const QByteArray &head, bool complete)
{
    if (complete)
        return head;
    const qsizetype end = head.lastIndexOf('\n');
    return end < 0 ? head : head.left(end + 1);
}

// Most non-blank lines are Envoy access-log records (kubectl --prefix and
// --timestamps prefixes included).
bool looksLikeAccessLog(const QByteArray &lines, qint64 &records)
{
    const AccessLogSummary sample = analyzeAccessLogText(lines, QStringLiteral("head"));
    records = sample.records;
    const qint64 meaningful = sample.lines - sample.blankLines;
    return sample.records > 0 && sample.records * 5 >= meaningful;
}

struct Recognized
{
    ReviewedFile info;
    QJsonObject json;
    QList<ApigeeRoute> routes;
    QByteArray text;
    bool compressed = false;
};

bool hasKeys(const YAML::Node &map, std::initializer_list<const char *> keys, int atLeast)
{
    int found = 0;
    for (const char *key : keys) {
        if (Yaml::entry(map, key).first)
            ++found;
    }
    return found >= atLeast;
}

void recognizeYaml(const CollectedFile &file, Recognized &r)
{
    const Result<QByteArray> text = file.readAll(kMaxYamlBytes);
    if (!text)
        return;
    std::vector<YAML::Node> documents;
    try {
        documents = Yaml::loadAllDocuments(text.value().toStdString());
    } catch (const YAML::Exception &) {
        return;
    }
    if (documents.empty() || !documents.front().IsMap())
        return;
    const YAML::Node &first = documents.front();
    const QString kind = Yaml::text(Yaml::child(first, "kind"));
    if (kind == QLatin1String("ApigeeRoute") || kind == QLatin1String("List") ||
        kind == QLatin1String("ApigeeRouteList")) {
        const Result<QList<ApigeeRoute>> routes = parseApigeeRoutes(text.value(), file.name);
        if (routes) {
            r.info.kind = QStringLiteral("routes");
            r.info.step = QStringLiteral("routes");
            r.info.detail = QString::number(routes.value().size());
            r.routes = routes.value();
        }
        return;
    }
    if (kind == QLatin1String("Config") || hasKeys(first, {"clusters", "contexts", "users"}, 2)) {
        r.info.kind = QStringLiteral("kubeconfig");
        QStringList plugins;
        for (const YAML::Node &user : Yaml::items(Yaml::child(first, "users"))) {
            const QString command =
                Yaml::text(Yaml::child(Yaml::child(Yaml::child(user, "user"), "exec"), "command"));
            if (!command.isEmpty())
                plugins << command;
        }
        r.info.detail = plugins.join(QStringLiteral(", "));
        return;
    }
    if (hasKeys(first,
                {"org", "instanceID", "virtualhosts", "envs", "ingressGateways", "gcp",
                 "k8sCluster", "cassandra", "runtime", "synchronizer", "udca", "mart", "watcher",
                 "connectAgent"},
                2)) {
        r.info.kind = QStringLiteral("overrides");
        r.info.step = QStringLiteral("overrides");
        r.text = text.value();
        return;
    }
    if (hasKeys(first, {"name", "hostnames", "enableNonSniClient", "events"}, 4)) {
        r.info.kind = QStringLiteral("route_description");
        r.info.detail = Yaml::text(Yaml::child(first, "name"));
    }
}

void recognizeJson(const CollectedFile &file, Recognized &r)
{
    const Result<QByteArray> text = file.readAll(kMaxJsonBytes);
    if (!text)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.value(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject json = document.object();
    r.json = json;
    if (isSessionJson(json)) {
        r.info.kind = QStringLiteral("session");
        return;
    }
    if (json.value(QLatin1String("tool")).toString() == QLatin1String("sni-doctor") &&
        json.contains(QLatin1String("files"))) {
        r.info.kind = QStringLiteral("manifest");
        return;
    }
    if (json.size() == 1 && json.value(QLatin1String("redactions")).isArray()) {
        r.info.kind = QStringLiteral("redactions");
        r.info.detail = QString::number(json.value(QLatin1String("redactions")).toArray().size());
        return;
    }
    const QString result = resultKind(json);
    if (result == QLatin1String("diagnosis")) {
        r.info.kind = QStringLiteral("diagnose_result");
        r.info.detail = json.value(QLatin1String("verdict"))
                            .toObject()
                            .value(QLatin1String("root_cause"))
                            .toString();
        return;
    }
    if (result == QLatin1String("verdict")) {
        r.info.kind = QStringLiteral("verdict");
        r.info.detail = json.value(QLatin1String("root_cause")).toString();
        return;
    }
    if (!result.isEmpty()) {
        r.info.kind = result + QStringLiteral("_result");
        r.info.step = result;
        return;
    }
    if (json.value(QLatin1String("kind")).toString() == QLatin1String("Config")) {
        r.info.kind = QStringLiteral("kubeconfig");
        return;
    }
    const Result<QList<ApigeeRoute>> routes = parseApigeeRoutes(text.value(), file.name);
    if (routes) {
        r.info.kind = QStringLiteral("routes");
        r.info.step = QStringLiteral("routes");
        r.info.detail = QString::number(routes.value().size());
        r.routes = routes.value();
    }
}

Recognized recognize(const CollectedFile &file, const QSet<QString> &bundleOrigins)
{
    Recognized r;
    r.info.name = file.name;
    r.info.kind = QStringLiteral("unrecognised");
    if (file.size == 0) {
        r.info.kind = QStringLiteral("empty");
        return r;
    }
    QByteArray head = file.head(kHeadBytes);
    if (isCaptureMagic(head)) {
        r.info.kind = QStringLiteral("capture");
        r.info.step = QStringLiteral("capture");
        return r;
    }
    if (isCompressedHead(head)) {
        // A compressed file can only be a log here (archives were opened before).
        r.compressed = true;
        const QByteArray text = decompressedHead(file);
        qint64 records = 0;
        if (looksLikeAccessLog(wholeLines(text, false), records)) {
            r.info.kind = QStringLiteral("access_log");
            r.info.step = QStringLiteral("logs");
        } else {
            r.info.detail = QStringLiteral("compressed");
        }
        return r;
    }
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{')) {
        recognizeJson(file, r);
        if (r.info.kind != QLatin1String("unrecognised"))
            return r;
    }
    if (head.contains("-----BEGIN ")) {
        if (head.contains("PRIVATE KEY-----")) {
            r.info.kind = QStringLiteral("private_key");
            return r;
        }
        if (head.contains("-----BEGIN CERTIFICATE-----")) {
            const Result<QByteArray> text = file.readAll(kMaxYamlBytes);
            const QList<QSslCertificate> certificates =
                text ? QSslCertificate::fromData(text.value(), QSsl::Pem)
                     : QList<QSslCertificate>{};
            if (!certificates.isEmpty()) {
                r.info.kind = QStringLiteral("certificate");
                const QSslCertificate &leaf = certificates.first();
                r.info.detail = QStringLiteral("%1|%2|%3")
                                    .arg(leaf.subjectInfo(QSslCertificate::CommonName)
                                             .join(QStringLiteral(", ")),
                                         leaf.expiryDate().toUTC().toString(Qt::ISODate))
                                    .arg(certificates.size());
                return r;
            }
        }
    }
    qint64 records = 0;
    if (looksLikeAccessLog(wholeLines(head, file.size <= kHeadBytes), records)) {
        r.info.kind = QStringLiteral("access_log");
        r.info.step = QStringLiteral("logs");
        return r;
    }
    if (head.contains("SNI Doctor") &&
        (trimmed.startsWith("<!DOCTYPE html") || trimmed.startsWith("<html") ||
         trimmed.startsWith("# ")) &&
        !trimmed.startsWith("# The wildcard ApigeeRoute")) {
        r.info.kind = QStringLiteral("report");
        return r;
    }
    if (head.contains("(made by SNI Doctor)")) {
        r.info.kind = QStringLiteral("remediation");
        return r;
    }
    recognizeYaml(file, r);
    if (r.info.kind != QLatin1String("unrecognised"))
        return r;
    const QByteArray firstLine = head.left(head.indexOf('\n'));
    if (firstLine.startsWith("NAME ") &&
        (firstLine.contains(" READY ") || firstLine.contains(" STATE"))) {
        r.info.kind = QStringLiteral("kubectl_table");
        return r;
    }
    if (bundleOrigins.contains(file.origin)) {
        if (file.relative == QLatin1String("notes.txt")) {
            r.info.kind = QStringLiteral("notes");
            const Result<QByteArray> notes = file.readAll(1 << 20);
            if (notes)
                r.text = notes.value();
        } else if (file.relative == QLatin1String("report.md") ||
                   file.relative == QLatin1String("report.html")) {
            r.info.kind = QStringLiteral("report");
        } else if (file.relative == QLatin1String("environment-groups.txt")) {
            r.info.kind = QStringLiteral("environment_groups");
        } else if (file.relative.endsWith(QLatin1String(".diff"))) {
            r.info.kind = QStringLiteral("remediation");
        }
    }
    return r;
}

// The logs of every file recognised as one, as the live step reads them, named as
// the user knows them.
AccessLogSummary analyzeLogs(const QList<const CollectedFile *> &files, TaskControl &control,
                             qint64 maxBytes)
{
    AccessLogAnalyzer analyzer;
    bool canceled = false;
    for (const CollectedFile *file : files) {
        if (control.isCanceled()) {
            canceled = true;
            break;
        }
        analyzer.beginInput(file->name);
        const QByteArray head = file->head(8);
        if (isCompressedHead(head)) {
            // A compressed log out of an archive is a stranger's: at most 100 times its
            // size (16 MiB for a small one), as for the archive itself.
            const qint64 cap =
                file->inMemory()
                    ? std::min(maxBytes, std::max<qint64>(qint64(16) << 20, 100 * file->size))
                    : maxBytes;
            const QString error = readCompressed(*file, cap, [&](const char *data, qsizetype size) {
                analyzer.feed(data, size);
                return !control.isCanceled();
            });
            if (!error.isEmpty())
                analyzer.noteInputError(file->name, 0, error);
        } else if (file->inMemory()) {
            analyzer.feed(file->data.constData(), file->data.size());
        } else {
            QFile disk(file->path);
            if (!disk.open(QIODevice::ReadOnly)) {
                analyzer.noteInputError(file->name, 0, disk.errorString());
            } else {
                QByteArray buffer(1 << 20, Qt::Uninitialized);
                qint64 n = 0;
                while ((n = disk.read(buffer.data(), buffer.size())) > 0 && !control.isCanceled())
                    analyzer.feed(buffer.constData(), n);
            }
        }
        analyzer.endInput();
    }
    AccessLogSummary summary = analyzer.summary();
    summary.canceled = canceled;
    return summary;
}

Result<CaptureSummary> analyzeCaptureFile(const CollectedFile &file, TaskControl &control)
{
    Result<CaptureSummary> summary = [&]() -> Result<CaptureSummary> {
        if (!file.inMemory())
            return analyzeCapture(file.path, control);
        // libpcap reads a FILE: one over the bytes in memory, never a file on disk.
        QByteArray copy = file.data;
        FILE *stream = ::fmemopen(copy.data(), size_t(copy.size()), "rb");
        if (!stream)
            return Error{QStringLiteral("capture_unreadable"),
                         ReviewText::tr("Cannot read %1.").arg(file.name)};
        return analyzeCaptureStream(stream, file.name, control);
    }();
    if (summary) {
        CaptureSummary value = summary.value();
        value.file = file.name;
        return value;
    }
    return summary;
}

} // namespace

Result<ReviewCase> reviewCollection(const Collection &collection, TaskControl &control)
{
    ReviewCase reviewCase;
    reviewCase.problems = collection.problems;
    reviewCase.bundles = collection.bundles;
    reviewCase.state.review = true;
    QSet<QString> bundleOrigins;
    for (const BundleManifest &bundle : collection.bundles)
        bundleOrigins.insert(bundle.origin);

    QList<Recognized> recognized;
    control.setProgressRange(0, int(collection.files.size()) + 5);
    int done = 0;
    for (const CollectedFile &file : collection.files) {
        if (control.isCanceled())
            return Error{QStringLiteral("canceled"),
                         ReviewText::tr("Canceled: nothing was reviewed.")};
        control.setProgress(done++, file.name);
        recognized.append(recognize(file, bundleOrigins));
    }
    SessionState &state = reviewCase.state;
    DiagnosisInput &input = state.input;
    const auto use = [&reviewCase, &recognized](int index, const QString &step) {
        recognized[index].info.used = true;
        reviewCase.sources[step].append(recognized[index].info.name);
    };
    const auto findAll = [&recognized](const QString &kind) {
        QList<int> found;
        for (int i = 0; i < recognized.size(); ++i) {
            if (recognized[i].info.kind == kind)
                found << i;
        }
        return found;
    };

    // A saved session first: it holds every step as it was.
    for (int i : findAll(QStringLiteral("session"))) {
        const Result<SessionState> session =
            sessionFromJsonObject(recognized[i].json, recognized[i].info.name);
        if (!session) {
            recognized[i].info.detail = session.error().message;
            continue;
        }
        const QStringList paths = state.reviewedPaths;
        state = session.value();
        state.reviewedPaths = paths;
        for (const QString &step :
             {QStringLiteral("probe"), QStringLiteral("logs"), QStringLiteral("capture"),
              QStringLiteral("routes"), QStringLiteral("overrides")})
            reviewCase.sources[step].append(recognized[i].info.name);
        recognized[i].info.used = true;
        break;
    }
    // The tool's own results (a bundle's analyses, --json output) next: they are the
    // live results themselves. diagnose --json nests one of each.
    const auto section = [&](const QString &step) -> std::optional<std::pair<int, QJsonObject>> {
        for (int i : findAll(step + QStringLiteral("_result")))
            return std::make_pair(i, recognized[i].json);
        for (int i : findAll(QStringLiteral("diagnose_result"))) {
            if (recognized[i].json.value(step).isObject())
                return std::make_pair(i, recognized[i].json.value(step).toObject());
        }
        return std::nullopt;
    };
    if (!input.probe) {
        if (const auto found = section(QStringLiteral("probe"))) {
            input.probe = probeReportFromJson(found->second);
            if (input.probe) {
                use(found->first, QStringLiteral("probe"));
                state.probeTarget = input.probe->target;
            }
        }
    }
    if (!input.logs) {
        if (const auto found = section(QStringLiteral("logs"))) {
            input.logs = accessLogSummaryFromJson(found->second);
            if (input.logs)
                use(found->first, QStringLiteral("logs"));
        }
    }
    if (!input.logs) {
        QList<const CollectedFile *> logs;
        const QList<int> indexes = findAll(QStringLiteral("access_log"));
        for (int i : indexes)
            logs << &collection.files[i];
        if (!logs.isEmpty()) {
            control.setProgress(done++, ReviewText::tr("Reading the access logs"));
            input.logs = analyzeLogs(logs, control, qint64(64) << 30);
            for (int i : indexes)
                use(i, QStringLiteral("logs"));
        }
    }
    if (!input.capture) {
        if (const auto found = section(QStringLiteral("capture"))) {
            input.capture = captureSummaryFromJson(found->second);
            if (input.capture)
                use(found->first, QStringLiteral("capture"));
        }
    }
    if (!input.capture) {
        for (int i : findAll(QStringLiteral("capture"))) {
            control.setProgress(done++, ReviewText::tr("Reading the capture"));
            const Result<CaptureSummary> summary = analyzeCaptureFile(collection.files[i], control);
            if (!summary) {
                recognized[i].info.detail = summary.error().message;
                continue;
            }
            input.capture = summary.value();
            use(i, QStringLiteral("capture"));
            break; // one capture per case; the others are listed
        }
    }
    if (!input.routes) {
        if (const auto found = section(QStringLiteral("routes"))) {
            input.routes = routesFromJson(found->second);
            if (input.routes) {
                use(found->first, QStringLiteral("routes"));
                const QString source = found->second.value(QLatin1String("source")).toString();
                input.routesSource = source == QLatin1String("cluster") ||
                                             input.routes->isEmpty() ||
                                             input.routes->first().file.isEmpty()
                                         ? source
                                         : QFileInfo(input.routes->first().file).fileName();
            }
        }
    }
    if (!input.routes) {
        QList<ApigeeRoute> routes;
        QStringList names;
        for (int i : findAll(QStringLiteral("routes"))) {
            for (const ApigeeRoute &route : recognized[i].routes) {
                const bool seen =
                    std::any_of(routes.cbegin(), routes.cend(), [&route](const ApigeeRoute &other) {
                        return other.name == route.name && other.ns == route.ns;
                    });
                if (!seen)
                    routes.append(route);
            }
            use(i, QStringLiteral("routes"));
            names << recognized[i].info.name;
        }
        if (!names.isEmpty()) {
            input.routes = routes;
            input.routesSource = names.join(QStringLiteral(", "));
        }
    }
    if (!input.overrides) {
        const QList<int> texts = findAll(QStringLiteral("overrides"));
        if (const auto found = section(QStringLiteral("overrides"))) {
            input.overrides = overridesReportFromJson(found->second);
            if (input.overrides) {
                use(found->first, QStringLiteral("overrides"));
                // The text it was made from: a bundle keeps it beside its diagnostics.
                const CollectedFile &report = collection.files[found->first];
                for (int i : texts) {
                    if (collection.files[i].origin == report.origin) {
                        state.overridesText = recognized[i].text;
                        state.overridesFile = collection.files[i].name;
                        use(i, QStringLiteral("overrides"));
                        break;
                    }
                }
            }
        }
        if (!input.overrides && !texts.isEmpty()) {
            const int i = texts.first();
            OverridesContext context;
            context.routes = input.routes;
            if (!input.routes ||
                std::none_of(input.routes->cbegin(), input.routes->cend(),
                             [](const ApigeeRoute &route) { return route.isWildcard(); }))
                context.wildcardRoute = QStringLiteral("non-sni"); // the route the fix creates
            context.checkCertificates =
                false; // certificate files are not part of what was collected
            input.overrides =
                validateOverrides(recognized[i].text, collection.files[i].name, context);
            state.overridesText = recognized[i].text;
            state.overridesFile = collection.files[i].name;
            use(i, QStringLiteral("overrides"));
        }
    }
    for (int i : findAll(QStringLiteral("notes"))) {
        if (state.notes.isEmpty()) {
            state.notes = QString::fromUtf8(recognized[i].text);
            recognized[i].info.used = true;
        }
    }
    for (const Recognized &r : recognized)
        reviewCase.files.append(r.info);
    control.setProgress(int(collection.files.size()) + 5, QString());
    return reviewCase;
}

Result<ReviewCase> reviewPaths(const QStringList &paths, TaskControl &control,
                               const CollectionLimits &limits)
{
    const Result<Collection> collection = collectFiles(paths, control, limits);
    if (!collection)
        return collection.error();
    Result<ReviewCase> reviewCase = reviewCollection(collection.value(), control);
    if (!reviewCase)
        return reviewCase;
    ReviewCase value = reviewCase.value();
    value.state.reviewedPaths = paths;
    return value;
}

QString reviewKindText(const ReviewedFile &file)
{
    const QString &kind = file.kind;
    if (kind == QLatin1String("capture"))
        return ReviewText::tr("Packet capture (pcap or pcapng)");
    if (kind == QLatin1String("access_log"))
        return ReviewText::tr("Ingress access log");
    if (kind == QLatin1String("routes"))
        return ReviewText::tr("ApigeeRoutes (kubectl get apigeeroutes): %n route(s)", nullptr,
                              file.detail.toInt());
    if (kind == QLatin1String("overrides"))
        return ReviewText::tr("overrides.yaml");
    if (kind == QLatin1String("kubeconfig"))
        return file.detail.isEmpty() ? ReviewText::tr("kubeconfig: never used to connect in review")
                                     : ReviewText::tr("kubeconfig: never used to connect in "
                                                      "review; its exec plugin (%1) is not run")
                                           .arg(file.detail);
    if (kind == QLatin1String("certificate")) {
        const QStringList parts = file.detail.split(QLatin1Char('|'));
        return ReviewText::tr("PEM certificate: %1, valid until %2")
            .arg(parts.value(0), parts.value(1));
    }
    if (kind == QLatin1String("private_key"))
        return ReviewText::tr(
            "Private key: not read and not shown (it should not have been collected)");
    if (kind == QLatin1String("probe_result"))
        return ReviewText::tr("SNI Doctor probe result");
    if (kind == QLatin1String("logs_result"))
        return ReviewText::tr("SNI Doctor access-log analysis");
    if (kind == QLatin1String("capture_result"))
        return ReviewText::tr("SNI Doctor capture analysis");
    if (kind == QLatin1String("routes_result"))
        return ReviewText::tr("SNI Doctor routes result");
    if (kind == QLatin1String("overrides_result"))
        return ReviewText::tr("SNI Doctor overrides.yaml check");
    if (kind == QLatin1String("diagnose_result"))
        return ReviewText::tr("SNI Doctor diagnosis (diagnose --json): %1").arg(file.detail);
    if (kind == QLatin1String("verdict"))
        return ReviewText::tr("SNI Doctor verdict as exported: %1").arg(file.detail);
    if (kind == QLatin1String("session"))
        return ReviewText::tr("Saved SNI Doctor session");
    if (kind == QLatin1String("manifest"))
        return ReviewText::tr("Bundle manifest (sizes and SHA-256 of every file)");
    if (kind == QLatin1String("redactions"))
        return ReviewText::tr("List of redactions: %n secret(s) removed", nullptr,
                              file.detail.toInt());
    if (kind == QLatin1String("remediation"))
        return ReviewText::tr("Fix made by SNI Doctor (not evidence)");
    if (kind == QLatin1String("route_description"))
        return ReviewText::tr("Description of route %1").arg(file.detail);
    if (kind == QLatin1String("kubectl_table"))
        return ReviewText::tr("kubectl table");
    if (kind == QLatin1String("notes"))
        return ReviewText::tr("Notes for support");
    if (kind == QLatin1String("report"))
        return ReviewText::tr("Report");
    if (kind == QLatin1String("environment_groups"))
        return ReviewText::tr("Environment groups");
    if (kind == QLatin1String("empty"))
        return ReviewText::tr("Empty file");
    if (file.detail == QLatin1String("compressed"))
        return ReviewText::tr("Not recognised (a compressed file that is not an access log)");
    return ReviewText::tr("Not recognised");
}

QStringList reviewCommandsFor(const QString &step)
{
    if (step == QLatin1String("logs"))
        return {QStringLiteral(
            "kubectl -n apigee logs -l app=apigee-ingressgateway --all-containers --prefix "
            "--timestamps --tail=-1 > ingress.log")};
    if (step == QLatin1String("capture"))
        return {QStringLiteral("sudo tcpdump -n -i any -s 0 'host CLIENT_IP' -w non-sni.pcap")};
    if (step == QLatin1String("probe"))
        return {QStringLiteral("sni-doctor probe HOST:443 --json > probe.json"),
                QStringLiteral("openssl s_client -connect HOST:443 -noservername </dev/null")};
    if (step == QLatin1String("routes"))
        return {QStringLiteral("kubectl -n apigee get apigeeroutes -o yaml > apigeeroutes.yaml")};
    if (step == QLatin1String("overrides"))
        return {QStringLiteral("helm get values ENV_GROUP -n apigee -o yaml > overrides.yaml")};
    return {};
}

QStringList reviewStepsNotCollected(const ReviewCase &reviewCase)
{
    QStringList missing;
    const DiagnosisInput &input = reviewCase.state.input;
    if (!input.logs)
        missing << QStringLiteral("logs");
    if (!input.capture)
        missing << QStringLiteral("capture");
    if (!input.probe)
        missing << QStringLiteral("probe");
    if (!input.routes)
        missing << QStringLiteral("routes");
    if (!input.overrides)
        missing << QStringLiteral("overrides");
    return missing;
}

} // namespace SniDoctor
