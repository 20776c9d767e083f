#include "review.h"

#include "case/stepmodule.h"
#include "core/logging.h"
#include "core/yaml.h"
#include "probe/probematrix.h"
#include "review/filesniff.h"
#include "review/reviewtext.h"
#include "session/sessionfile.h"

#include <QJsonArray>
#include <QSslCertificate>

#include <memory>
#include <vector>

namespace SniDoctor {

namespace {

struct Recognized
{
    std::unique_ptr<FileSniff> sniff;
    ReviewedFile info;
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

// The first step whose module recognises the file as its raw input in this phase.
bool recognizeStepInput(FileSniff &sniff, RecognitionPhase phase, ReviewedFile &info)
{
    for (Step step : kSteps) {
        Args detail;
        if (stepModule(step).recognize(sniff, phase, detail)) {
            info.kind = ReviewKind::StepInput;
            info.step = step;
            info.detail = detail;
            return true;
        }
    }
    return false;
}

// The tool's own JSON, then a kubeconfig, then a step's raw input written as JSON.
bool recognizeJson(FileSniff &sniff, ReviewedFile &info)
{
    const QJsonObject *found = sniff.json();
    if (!found)
        return false;
    const QJsonObject &json = *found;
    const auto is = [&info](ReviewKind kind, Args detail = {}) {
        info.kind = kind;
        info.detail = std::move(detail);
        return true;
    };
    if (isSessionJson(json))
        return is(ReviewKind::Session);
    if (json.value(QLatin1String("tool")).toString() == QLatin1String("sni-doctor") &&
        json.contains(QLatin1String("files")))
        return is(ReviewKind::Manifest);
    if (json.size() == 1 && json.value(QLatin1String("redactions")).isArray())
        return is(
            ReviewKind::Redactions,
            {{"count", QString::number(json.value(QLatin1String("redactions")).toArray().size())}});
    const QJsonObject verdict = json.value(QLatin1String("verdict")).toObject();
    if (verdict.contains(QLatin1String("root_cause")))
        return is(ReviewKind::DiagnoseResult,
                  {{"root_cause", verdict.value(QLatin1String("root_cause")).toString()}});
    if (json.contains(QLatin1String("root_cause")))
        return is(ReviewKind::Verdict,
                  {{"root_cause", json.value(QLatin1String("root_cause")).toString()}});
    for (Step step : kSteps) {
        if (stepModule(step).isResultJson(json)) {
            info.step = step;
            return is(ReviewKind::StepResult);
        }
    }
    if (json.value(QLatin1String("kind")).toString() == QLatin1String("Config"))
        return is(ReviewKind::Kubeconfig);
    return recognizeStepInput(sniff, RecognitionPhase::Json, info);
}

bool recognizePem(FileSniff &sniff, ReviewedFile &info)
{
    const QByteArray &head = sniff.head();
    if (!head.contains("-----BEGIN "))
        return false;
    if (head.contains("PRIVATE KEY-----")) {
        info.kind = ReviewKind::PrivateKey;
        return true;
    }
    if (!head.contains("-----BEGIN CERTIFICATE-----"))
        return false;
    const QByteArray *text = sniff.text(qint64(8) << 20);
    const QList<QSslCertificate> certificates =
        text ? QSslCertificate::fromData(*text, QSsl::Pem) : QList<QSslCertificate>{};
    if (certificates.isEmpty())
        return false;
    const QSslCertificate &leaf = certificates.first();
    info.kind = ReviewKind::Certificate;
    info.detail = {
        {"subject", leaf.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))},
        {"until", leaf.expiryDate().toUTC().toString(Qt::ISODate)},
        {"count", QString::number(certificates.size())}};
    return true;
}

bool recognizeYaml(FileSniff &sniff, ReviewedFile &info)
{
    const std::vector<YAML::Node> &documents = sniff.yaml();
    if (documents.empty() || !documents.front().IsMap())
        return false;
    if (recognizeStepInput(sniff, RecognitionPhase::Yaml, info))
        return true;
    const YAML::Node &first = documents.front();
    if (Yaml::text(Yaml::child(first, "kind")) == QLatin1String("Config") ||
        hasKeys(first, {"clusters", "contexts", "users"}, 2)) {
        QStringList plugins;
        for (const YAML::Node &user : Yaml::items(Yaml::child(first, "users"))) {
            const QString command =
                Yaml::text(Yaml::child(Yaml::child(Yaml::child(user, "user"), "exec"), "command"));
            if (!command.isEmpty())
                plugins << command;
        }
        info.kind = ReviewKind::Kubeconfig;
        info.detail = {{"plugins", plugins.join(QStringLiteral(", "))}};
        return true;
    }
    if (hasKeys(first, {"name", "hostnames", "enableNonSniClient", "events"}, 4)) {
        info.kind = ReviewKind::RouteDescription;
        info.detail = {{"route", Yaml::text(Yaml::child(first, "name"))}};
        return true;
    }
    return false;
}

// What the file is, by its content: cheap tests first, each read of it at most once.
ReviewedFile recognize(FileSniff &sniff, const QSet<QString> &bundleOrigins)
{
    const CollectedFile &file = sniff.file();
    ReviewedFile info;
    info.name = file.name;
    if (file.size == 0) {
        info.kind = ReviewKind::Empty;
        return info;
    }
    if (recognizeStepInput(sniff, RecognitionPhase::Binary, info))
        return info;
    if (sniff.isCompressed()) {
        // A compressed file is a step's raw input or nothing (archives were opened before).
        if (!recognizeStepInput(sniff, RecognitionPhase::Compressed, info))
            info.detail = {{"compressed", QStringLiteral("1")}};
        return info;
    }
    const QByteArray &head = sniff.head();
    const QByteArray trimmed = head.trimmed();
    if (recognizeJson(sniff, info) || recognizePem(sniff, info) ||
        recognizeStepInput(sniff, RecognitionPhase::Text, info))
        return info;
    if (head.contains("SNI Doctor") &&
        (trimmed.startsWith("<!DOCTYPE html") || trimmed.startsWith("<html") ||
         trimmed.startsWith("# ")) &&
        !trimmed.startsWith("# The wildcard ApigeeRoute")) {
        info.kind = ReviewKind::Report;
        return info;
    }
    if (head.contains("(made by SNI Doctor)")) {
        info.kind = ReviewKind::Remediation;
        return info;
    }
    if (recognizeYaml(sniff, info))
        return info;
    // Qt 6: left(-1) is empty, so a file of one line without a break is that line.
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray firstLine = lineEnd < 0 ? head : head.left(lineEnd);
    if (firstLine.startsWith("NAME ") &&
        (firstLine.contains(" READY ") || firstLine.contains(" STATE"))) {
        info.kind = ReviewKind::KubectlTable;
        return info;
    }
    if (bundleOrigins.contains(file.origin)) {
        // A bundle's own files that say what they are only by their place in it.
        if (file.relative == QLatin1String("notes.txt"))
            info.kind = ReviewKind::Notes;
        else if (file.relative == QLatin1String("report.md") ||
                 file.relative == QLatin1String("report.html"))
            info.kind = ReviewKind::Report;
        else if (file.relative == QLatin1String("environment-groups.txt"))
            info.kind = ReviewKind::EnvironmentGroups;
        else if (file.relative.endsWith(QLatin1String(".diff")))
            info.kind = ReviewKind::Remediation;
    }
    if (info.kind == ReviewKind::Unrecognised && sniff.yamlTooComplex())
        info.detail = {{"yaml_too_complex", QStringLiteral("1")}};
    return info;
}

QStringList lines(const QByteArray *text)
{
    QStringList list;
    if (!text)
        return list;
    for (const QString &line : QString::fromUtf8(*text).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    }
    return list;
}

} // namespace

Result<CaseData> reviewCollection(const Collection &collection, TaskControl &control,
                                  const FixOptions &fix)
{
    CaseData data;
    data.fix = fix;
    QSet<QString> bundleOrigins;
    for (const BundleManifest &bundle : collection.bundles)
        bundleOrigins.insert(bundle.origin);

    std::vector<Recognized> recognized; // QList would copy: FileSniff is not copyable
    control.setProgressRange(0, int(collection.files.size()) + kStepCount);
    int done = 0;
    for (const CollectedFile &file : collection.files) {
        if (control.isCanceled())
            return Error(ReviewError::Canceled);
        control.setProgress(done++, file.name);
        Recognized r{std::make_unique<FileSniff>(file), {}};
        r.info = recognize(*r.sniff, bundleOrigins);
        qCDebug(logReview) << "recognised" << r.info.name << "as" << reviewKindId(r.info);
        recognized.push_back(std::move(r));
    }
    const auto use = [](Recognized &r) { r.info.used = true; };

    // A saved session first: it holds every step as it was.
    for (Recognized &r : recognized) {
        if (r.info.kind != ReviewKind::Session)
            continue;
        Result<CaseData> session = sessionFromJsonObject(*r.sniff->json(), r.info.name);
        if (!session) {
            r.info.problem = session.error();
            continue;
        }
        data = std::move(session).value();
        for (Step step : kSteps) {
            if (data.has(step)) {
                StepRecord record = *data.record(step);
                record.setCollectedFrom({r.info.name});
                data.setRecord(step, std::move(record));
            }
        }
        use(r);
        break;
    }
    // Then each step: the tool's own results (the live results themselves, as a bundle
    // or --json wrote them), else its raw inputs analysed as the live step does.
    for (Step step : kSteps) {
        control.setProgress(done++, stepLabel(step));
        if (data.has(step))
            continue;
        StepCollected collected;
        for (Recognized &r : recognized) {
            if (r.info.kind == ReviewKind::StepResult && r.info.step == step)
                collected.results << CollectedResult{&r.sniff->file(), *r.sniff->json()};
        }
        for (Recognized &r : recognized) {
            if (r.info.kind != ReviewKind::DiagnoseResult)
                continue;
            const QJsonValue section = r.sniff->json()->value(stepId(step));
            if (section.isObject())
                collected.results << CollectedResult{&r.sniff->file(), section.toObject()};
        }
        for (Recognized &r : recognized) {
            if (r.info.kind == ReviewKind::StepInput && r.info.step == step)
                collected.inputs << r.sniff.get();
        }
        if (collected.results.isEmpty() && collected.inputs.isEmpty())
            continue;
        StepRecord record = stepModule(step).review(collected, data, control);
        QStringList from;
        for (Recognized &r : recognized) {
            if (collected.used.contains(&r.sniff->file())) {
                use(r);
                if (!from.contains(r.info.name))
                    from << r.info.name;
            }
            if (collected.problems.contains(&r.sniff->file()))
                r.info.problem = collected.problems.value(&r.sniff->file());
        }
        if (record.isNull())
            continue;
        record.setCollectedFrom(from);
        data.setRecord(step, std::move(record));
    }
    // The automatic diagnosis's probe matrices (a bundle's probe-matrix.json and
    // probe-matrix-before.json, diagnose --cluster --json's probe_matrix), unless the
    // session had them.
    for (Recognized &r : recognized) {
        if (!data.probeMatrix.isNull() && !data.probeMatrixBefore.isNull())
            break;
        QJsonObject json;
        if (r.info.kind == ReviewKind::StepResult && r.info.step == Step::Probe)
            json = *r.sniff->json();
        else if (r.info.kind == ReviewKind::DiagnoseResult)
            json = r.sniff->json()->value(QLatin1String("probe_matrix")).toObject();
        std::optional<ProbeMatrix> matrix = probeMatrixFromJson(json);
        if (!matrix)
            continue;
        const bool before = r.info.name.contains(QLatin1String("before"));
        StepRecord &slot = before ? data.probeMatrixBefore : data.probeMatrix;
        if (!slot.isNull())
            continue;
        const QDateTime finished = matrix->finished;
        slot = StepRecord(std::move(*matrix), Origin::collected({r.info.name}), finished);
        slot.setCollectedFrom({r.info.name});
        use(r);
    }
    for (Recognized &r : recognized) {
        if (r.info.kind == ReviewKind::Notes && data.notes.isEmpty()) {
            if (const QByteArray *notes = r.sniff->text(1 << 20)) {
                data.notes = QString::fromUtf8(*notes);
                use(r);
            }
        } else if (r.info.kind == ReviewKind::EnvironmentGroups &&
                   data.environmentGroups.isEmpty()) {
            data.environmentGroups = lines(r.sniff->text(1 << 20));
            use(r);
        }
    }
    data.review.active = true;
    data.review.problems = collection.problems;
    data.review.bundles = collection.bundles;
    data.review.files.clear();
    for (const Recognized &r : recognized)
        data.review.files.append(r.info);
    control.setProgress(int(collection.files.size()) + kStepCount, QString());
    return data;
}

Result<CaseData> reviewPaths(const QStringList &paths, TaskControl &control, const FixOptions &fix,
                             const CollectionLimits &limits)
{
    const Result<Collection> collection = collectFiles(paths, control, limits);
    if (!collection)
        return collection.error();
    Result<CaseData> reviewed = reviewCollection(collection.value(), control, fix);
    if (!reviewed)
        return reviewed;
    CaseData data = std::move(reviewed).value();
    data.review.paths = paths;
    return data;
}

QList<Step> stepsNotCollected(const CaseData &data)
{
    QList<Step> missing;
    for (Step step : kSteps) {
        if (!data.has(step))
            missing << step;
    }
    return missing;
}

} // namespace SniDoctor
