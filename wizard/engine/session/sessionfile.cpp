#include "sessionfile.h"

#include "accesslog/accesslogjson.h"
#include "capture/capturejson.h"
#include "cluster/routetext.h"
#include "overrides/overridesjson.h"
#include "probe/probejson.h"
#include "review/resultsjson.h"
#include "review/reviewtext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

Error badSession(const QString &fileName, const QString &what)
{
    return Error{QStringLiteral("session_invalid"),
                 ReviewText::tr("%1 is not a usable SNI Doctor session: %2").arg(fileName, what)};
}

} // namespace

QByteArray sessionToJson(const SessionState &state)
{
    const DiagnosisInput &input = state.input;
    QJsonObject json{
        {QStringLiteral("format"), QLatin1String(kSessionFormat)},
        {QStringLiteral("version"), kSessionVersion},
        {QStringLiteral("tool_version"), QStringLiteral(SNI_DOCTOR_VERSION)},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("review"), state.review},
        {QStringLiteral("reviewed_paths"), QJsonArray::fromStringList(state.reviewedPaths)},
        {QStringLiteral("notes"), state.notes},
        {QStringLiteral("probe_target"),
         QJsonObject{{QStringLiteral("host"), state.probeTarget.host},
                     {QStringLiteral("port"), state.probeTarget.port},
                     {QStringLiteral("connect"), state.probeTarget.connectAddress},
                     {QStringLiteral("timeout_ms"), state.probeTarget.timeoutMs},
                     {QStringLiteral("ca_file"), state.probeTarget.caFile}}}};
    if (input.probe) {
        json.insert(QStringLiteral("probe"), probeReportToJson(*input.probe));
        json.insert(QStringLiteral("probe_time"), timeOrNull(input.probeTime));
    }
    if (input.logs)
        json.insert(QStringLiteral("logs"), accessLogSummaryToJson(*input.logs));
    if (input.capture)
        json.insert(QStringLiteral("capture"), captureSummaryToJson(*input.capture));
    if (input.routes) {
        json.insert(QStringLiteral("routes"),
                    routesToJson(*input.routes, routeFindings(*input.routes), input.routesSource,
                                 QString(), QString()));
        json.insert(QStringLiteral("routes_source"), input.routesSource);
        json.insert(QStringLiteral("routes_time"), timeOrNull(input.routesTime));
    }
    if (state.pods)
        json.insert(QStringLiteral("ingress_pods"), podsToJson(*state.pods));
    if (input.overrides) {
        json.insert(QStringLiteral("overrides"), overridesReportToJson(*input.overrides));
        json.insert(QStringLiteral("overrides_text"), QString::fromUtf8(state.overridesText));
        json.insert(QStringLiteral("overrides_file"), state.overridesFile);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

bool isSessionJson(const QJsonObject &json)
{
    return json.value(QLatin1String("format")).toString() == QLatin1String(kSessionFormat);
}

Result<SessionState> sessionFromJson(const QByteArray &text, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(text.left(error.offset).count('\n')) + 1;
        return badSession(fileName,
                          ReviewText::tr("line %1: %2").arg(line).arg(error.errorString()));
    }
    return sessionFromJsonObject(document.object(), fileName);
}

Result<SessionState> sessionFromJsonObject(const QJsonObject &json, const QString &fileName)
{
    if (json.value(QLatin1String("format")).toString() != QLatin1String(kSessionFormat))
        return badSession(
            fileName,
            ReviewText::tr("expected \"format\": \"%1\".").arg(QLatin1String(kSessionFormat)));
    if (json.value(QLatin1String("version")).toInt() > kSessionVersion)
        return badSession(fileName, ReviewText::tr("saved by a newer version (%1).")
                                        .arg(json.value(QLatin1String("tool_version")).toString()));
    SessionState state;
    state.review = json.value(QLatin1String("review")).toBool();
    for (const QJsonValue &path : json.value(QLatin1String("reviewed_paths")).toArray())
        state.reviewedPaths << path.toString();
    state.notes = json.value(QLatin1String("notes")).toString();
    const QJsonObject target = json.value(QLatin1String("probe_target")).toObject();
    state.probeTarget.host = target.value(QLatin1String("host")).toString();
    state.probeTarget.port = quint16(target.value(QLatin1String("port")).toInt(443));
    state.probeTarget.connectAddress = target.value(QLatin1String("connect")).toString();
    state.probeTarget.timeoutMs = target.value(QLatin1String("timeout_ms")).toInt(10000);
    state.probeTarget.caFile = target.value(QLatin1String("ca_file")).toString();
    DiagnosisInput &input = state.input;
    const auto section = [&json](const char *key) {
        return json.value(QLatin1String(key)).toObject();
    };
    if (json.contains(QLatin1String("probe"))) {
        input.probe = probeReportFromJson(section("probe"));
        if (!input.probe)
            return badSession(fileName, ReviewText::tr("\"probe\" is not a probe report."));
        input.probeTime = timeFrom(json.value(QLatin1String("probe_time")));
    }
    if (json.contains(QLatin1String("logs"))) {
        input.logs = accessLogSummaryFromJson(section("logs"));
        if (!input.logs)
            return badSession(fileName, ReviewText::tr("\"logs\" is not an access-log analysis."));
    }
    if (json.contains(QLatin1String("capture"))) {
        input.capture = captureSummaryFromJson(section("capture"));
        if (!input.capture)
            return badSession(fileName, ReviewText::tr("\"capture\" is not a capture analysis."));
    }
    if (json.contains(QLatin1String("routes"))) {
        input.routes = routesFromJson(section("routes"));
        if (!input.routes)
            return badSession(fileName, ReviewText::tr("\"routes\" is not a list of routes."));
        input.routesSource = json.value(QLatin1String("routes_source")).toString();
        input.routesTime = timeFrom(json.value(QLatin1String("routes_time")));
    }
    if (json.contains(QLatin1String("ingress_pods")))
        state.pods = podsFromJson(json.value(QLatin1String("ingress_pods")).toArray());
    if (json.contains(QLatin1String("overrides"))) {
        input.overrides = overridesReportFromJson(section("overrides"));
        if (!input.overrides)
            return badSession(fileName,
                              ReviewText::tr("\"overrides\" is not an overrides.yaml report."));
        state.overridesText = json.value(QLatin1String("overrides_text")).toString().toUtf8();
        state.overridesFile = json.value(QLatin1String("overrides_file")).toString();
    }
    return state;
}

Result<QString> saveSession(const QString &path, const SessionState &state)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sessionToJson(state)) < 0 || !file.commit())
        return Error{
            QStringLiteral("session_unwritable"),
            ReviewText::tr("Cannot save the session to %1: %2").arg(path, file.errorString())};
    return path;
}

Result<SessionState> loadSession(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("session_unreadable"),
                     ReviewText::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > (qint64(256) << 20))
        return badSession(path, ReviewText::tr("larger than 256 MiB."));
    return sessionFromJson(file.readAll(), QFileInfo(path).fileName());
}

} // namespace SniDoctor
