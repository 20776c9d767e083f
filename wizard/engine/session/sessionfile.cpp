#include "sessionfile.h"

#include "core/savefile.h"

#include "case/stepmodule.h"
#include "core/logging.h"
#include "probe/probematrix.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace SniDoctor {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString key(Step step, const char *suffix)
{
    return stepId(step) + QLatin1String(suffix);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// Sessions saved before the case model kept a few things beside their step's section.
QJsonObject withLegacyFields(Step step, QJsonObject section, const QJsonObject &json)
{
    if (step == Step::Routes && !section.contains(QLatin1String("pods")) &&
        json.value(QLatin1String("ingress_pods")).isArray())
        section.insert(QStringLiteral("pods"), json.value(QLatin1String("ingress_pods")));
    if (step == Step::Overrides && !section.contains(QLatin1String("text")) &&
        json.contains(QLatin1String("overrides_text")))
        section.insert(QStringLiteral("text"), json.value(QLatin1String("overrides_text")));
    return section;
}

Origin legacyOrigin(Step step, const QJsonObject &json)
{
    const QString source = json.value(key(step, "_source")).toString();
    if (source == QLatin1String("cluster"))
        return Origin::cluster();
    return source.isEmpty() ? Origin::thisMachine() : Origin::thisMachine({source});
}

} // namespace

QByteArray sessionToJson(const CaseData &data)
{
    QJsonObject json{
        {QStringLiteral("format"), QLatin1String(kSessionFormat)},
        {QStringLiteral("version"), kSessionVersion},
        {QStringLiteral("tool_version"), QStringLiteral(SNI_DOCTOR_VERSION)},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("review"), data.review.active},
        {QStringLiteral("reviewed_paths"), QJsonArray::fromStringList(data.review.paths)},
        {QStringLiteral("notes"), data.notes},
        {QStringLiteral("environment_groups"), QJsonArray::fromStringList(data.environmentGroups)},
        {QStringLiteral("probe_target"),
         QJsonObject{{QStringLiteral("host"), data.endpoint.host},
                     {QStringLiteral("port"), data.endpoint.port},
                     {QStringLiteral("connect"), data.endpoint.connectAddress},
                     {QStringLiteral("timeout_ms"), data.endpoint.timeoutMs},
                     {QStringLiteral("ca_file"), data.endpoint.caFile}}},
        {QStringLiteral("cluster"),
         QJsonObject{{QStringLiteral("kubeconfig"), data.cluster.kubeconfig},
                     {QStringLiteral("context"), data.cluster.context},
                     {QStringLiteral("namespace"), data.cluster.ns}}},
        {QStringLiteral("fix"),
         QJsonObject{{QStringLiteral("route_name"), data.fix.routeName},
                     {QStringLiteral("tool"), data.fix.tool == InstallTool::Helm
                                                  ? QStringLiteral("helm")
                                                  : QStringLiteral("apigeectl")}}}};
    for (Step step : kSteps) {
        const StepRecord *record = data.record(step);
        if (!record)
            continue;
        json.insert(stepId(step), stepModule(step).sessionJson(*record));
        json.insert(key(step, "_time"), timeOrNull(record->time()));
        json.insert(key(step, "_origin"),
                    QJsonObject{{QStringLiteral("kind"), record->origin().id()},
                                {QStringLiteral("files"),
                                 QJsonArray::fromStringList(record->origin().files)}});
        if (!record->collectedFrom().isEmpty())
            json.insert(key(step, "_collected_from"),
                        QJsonArray::fromStringList(record->collectedFrom()));
    }
    // Step 7's Verify: step 4's result is its probe while the times agree.
    if (data.fixVerified.isValid())
        json.insert(QStringLiteral("fix_verified"), timeOrNull(data.fixVerified));
    if (!data.probeBeforeFix.isNull()) {
        json.insert(QStringLiteral("probe_before_fix"),
                    stepModule(Step::Probe).sessionJson(data.probeBeforeFix));
        json.insert(QStringLiteral("probe_before_fix_time"),
                    timeOrNull(data.probeBeforeFix.time()));
    }
    // The automatic diagnosis's probe matrix, and the one before the fix.
    for (const auto &[name, record] : {std::pair{"probe_matrix", &data.probeMatrix},
                                       std::pair{"probe_matrix_before", &data.probeMatrixBefore}}) {
        if (record->isNull())
            continue;
        json.insert(QLatin1String(name), probeMatrixToJson(record->as<ProbeMatrix>()));
        json.insert(QLatin1String(name) + QLatin1String("_time"), timeOrNull(record->time()));
        json.insert(QLatin1String(name) + QLatin1String("_origin"), record->origin().id());
    }
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

bool isSessionJson(const QJsonObject &json)
{
    return json.value(QLatin1String("format")).toString() == QLatin1String(kSessionFormat);
}

Result<CaseData> sessionFromJson(const QByteArray &text, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(text.left(error.offset).count('\n')) + 1;
        return Error(
            SessionError::Syntax,
            {{"file", fileName}, {"line", QString::number(line)}, {"reason", error.errorString()}});
    }
    return sessionFromJsonObject(document.object(), fileName);
}

Result<CaseData> sessionFromJsonObject(const QJsonObject &json, const QString &fileName)
{
    if (!isSessionJson(json))
        return Error(SessionError::WrongFormat, {{"file", fileName}});
    if (json.value(QLatin1String("version")).toInt() > kSessionVersion)
        return Error(SessionError::Newer,
                     {{"file", fileName},
                      {"version", json.value(QLatin1String("tool_version")).toString()}});
    CaseData data;
    data.review.active = json.value(QLatin1String("review")).toBool();
    data.review.paths = strings(json.value(QLatin1String("reviewed_paths")));
    data.notes = json.value(QLatin1String("notes")).toString();
    data.environmentGroups = strings(json.value(QLatin1String("environment_groups")));
    const QJsonObject target = json.value(QLatin1String("probe_target")).toObject();
    data.endpoint.host = target.value(QLatin1String("host")).toString();
    data.endpoint.port =
        quint16(std::clamp(target.value(QLatin1String("port")).toInt(443), 0, 65535));
    data.endpoint.connectAddress = target.value(QLatin1String("connect")).toString();
    data.endpoint.timeoutMs = target.value(QLatin1String("timeout_ms")).toInt(10000);
    data.endpoint.caFile = target.value(QLatin1String("ca_file")).toString();
    const QJsonObject cluster = json.value(QLatin1String("cluster")).toObject();
    data.cluster.kubeconfig = cluster.value(QLatin1String("kubeconfig")).toString();
    data.cluster.context = cluster.value(QLatin1String("context")).toString();
    data.cluster.ns = cluster.value(QLatin1String("namespace")).toString();
    const QJsonObject fix = json.value(QLatin1String("fix")).toObject();
    if (!fix.value(QLatin1String("route_name")).toString().isEmpty())
        data.fix.routeName = fix.value(QLatin1String("route_name")).toString();
    data.fix.tool = fix.value(QLatin1String("tool")).toString() == QLatin1String("apigeectl")
                        ? InstallTool::Apigeectl
                        : InstallTool::Helm;
    for (Step step : kSteps) {
        if (!json.contains(stepId(step)))
            continue;
        const QJsonObject section =
            withLegacyFields(step, json.value(stepId(step)).toObject(), json);
        StepRecord record = stepModule(step).fromJson(section);
        if (record.isNull())
            return Error(SessionError::BadSection, {{"file", fileName}, {"step", stepId(step)}});
        record.setTime(timeFrom(json.value(key(step, "_time"))));
        const QJsonObject origin = json.value(key(step, "_origin")).toObject();
        record.setOrigin(origin.isEmpty()
                             ? legacyOrigin(step, json)
                             : Origin::fromId(origin.value(QLatin1String("kind")).toString(),
                                              strings(origin.value(QLatin1String("files")))));
        record.setCollectedFrom(strings(json.value(key(step, "_collected_from"))));
        data.setRecord(step, std::move(record));
    }
    data.fixVerified = timeFrom(json.value(QLatin1String("fix_verified")));
    if (json.contains(QLatin1String("probe_before_fix"))) {
        data.probeBeforeFix =
            stepModule(Step::Probe)
                .fromJson(json.value(QLatin1String("probe_before_fix")).toObject());
        if (data.probeBeforeFix.isNull())
            return Error(SessionError::BadSection,
                         {{"file", fileName}, {"step", QStringLiteral("probe_before_fix")}});
        data.probeBeforeFix.setTime(timeFrom(json.value(QLatin1String("probe_before_fix_time"))));
    }
    for (const auto &[name, record] : {std::pair{"probe_matrix", &data.probeMatrix},
                                       std::pair{"probe_matrix_before", &data.probeMatrixBefore}}) {
        if (!json.contains(QLatin1String(name)))
            continue;
        std::optional<ProbeMatrix> matrix =
            probeMatrixFromJson(json.value(QLatin1String(name)).toObject());
        if (!matrix)
            return Error(SessionError::BadSection,
                         {{"file", fileName}, {"step", QLatin1String(name)}});
        *record = StepRecord(
            std::move(*matrix),
            Origin::fromId(json.value(QLatin1String(name) + QLatin1String("_origin")).toString(),
                           {}),
            timeFrom(json.value(QLatin1String(name) + QLatin1String("_time"))));
    }
    return data;
}

Result<> saveSession(const QString &path, const CaseData &data)
{
    // A session holds the case's evidence: readable by its owner only.
    if (const QString why = writeFileReplacing(path, sessionToJson(data)); !why.isEmpty())
        return Error(SessionError::Unwritable, {{"file", path}, {"reason", why}});
    qCDebug(logSession) << "saved" << path << "steps" << data.stepsRun().size();
    return {};
}

Result<CaseData> loadSession(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(SessionError::Unreadable, {{"file", path}, {"reason", file.errorString()}});
    if (file.size() > (qint64(256) << 20))
        return Error(SessionError::TooLarge, {{"file", path}});
    qCDebug(logSession) << "opening" << path << file.size() << "bytes";
    return sessionFromJson(file.readAll(), QFileInfo(path).fileName());
}

namespace {

QString sessionErrorId(int code)
{
    switch (SessionError(code)) {
    case SessionError::Unreadable:
        return QStringLiteral("session_unreadable");
    case SessionError::Unwritable:
        return QStringLiteral("session_unwritable");
    case SessionError::Syntax:
    case SessionError::WrongFormat:
    case SessionError::Newer:
    case SessionError::BadSection:
    case SessionError::TooLarge:
        break;
    }
    return QStringLiteral("session_invalid");
}

QString reviewText(const char *text)
{
    return QCoreApplication::translate("SniDoctor::ReviewText", text);
}

QString sessionErrorMessage(const Error &error)
{
    const Args &a = error.args();
    QString why;
    switch (SessionError(error.code())) {
    case SessionError::Unreadable:
        return reviewText(QT_TRANSLATE_NOOP("SniDoctor::ReviewText", "Cannot read %1: %2"))
            .arg(a.value("file"), a.value("reason"));
    case SessionError::Unwritable:
        return reviewText(
                   QT_TRANSLATE_NOOP("SniDoctor::ReviewText", "Cannot save the session to %1: %2"))
            .arg(a.value("file"), a.value("reason"));
    case SessionError::Syntax:
        why = reviewText(QT_TRANSLATE_NOOP("SniDoctor::ReviewText", "line %1: %2"))
                  .arg(a.value("line"), a.value("reason"));
        break;
    case SessionError::WrongFormat:
        why = reviewText(QT_TRANSLATE_NOOP("SniDoctor::ReviewText", "expected \"format\": \"%1\"."))
                  .arg(QLatin1String(kSessionFormat));
        break;
    case SessionError::Newer:
        why =
            reviewText(QT_TRANSLATE_NOOP("SniDoctor::ReviewText", "saved by a newer version (%1)."))
                .arg(a.value("version"));
        break;
    case SessionError::BadSection: {
        const std::optional<Step> step = stepFromId(a.value("step"));
        why = reviewText(QT_TRANSLATE_NOOP("SniDoctor::ReviewText",
                                           "\"%1\" is not what SNI Doctor writes for %2."))
                  .arg(a.value("step"), step ? stepLabel(*step) : a.value("step"));
        break;
    }
    case SessionError::TooLarge:
        why = reviewText(QT_TRANSLATE_NOOP("SniDoctor::ReviewText", "larger than 256 MiB."));
        break;
    }
    return reviewText(QT_TRANSLATE_NOOP("SniDoctor::ReviewText",
                                        "%1 is not a usable SNI Doctor session: %2"))
        .arg(a.value("file"), why);
}

} // namespace

const ErrorDomain &errorDomain(SessionError)
{
    static const ErrorDomain domain{"session", sessionErrorId, sessionErrorMessage};
    return domain;
}

} // namespace SniDoctor
