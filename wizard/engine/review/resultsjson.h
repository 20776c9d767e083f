#pragma once

#include "accesslog/accesslogsummary.h"
#include "capture/capturesummary.h"
#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"
#include "overrides/overridesvalidator.h"
#include "probe/tlsprobe.h"

#include <QJsonObject>

namespace SniDoctor {

// Readers for the tool's own result files: the JSON that probe/logs/capture/routes/
// overrides --json print, that diagnose --json nests, and that a bundle and a saved
// session hold. Each gives back the result the writer was given, findings included
// (they carry their language-neutral args; files without them get the findings
// derived again from the data). A file of another shape is nullopt.
[[nodiscard]] std::optional<ProbeReport> probeReportFromJson(const QJsonObject &json);
[[nodiscard]] std::optional<AccessLogSummary> accessLogSummaryFromJson(const QJsonObject &json);
[[nodiscard]] std::optional<CaptureSummary> captureSummaryFromJson(const QJsonObject &json);
[[nodiscard]] std::optional<QList<ApigeeRoute>> routesFromJson(const QJsonObject &json);
[[nodiscard]] std::optional<OverridesReport> overridesReportFromJson(const QJsonObject &json);

// Which of the above a JSON object looks like: probe, logs, capture, routes,
// overrides, diagnosis (diagnose --json), or empty.
[[nodiscard]] QString resultKind(const QJsonObject &json);

// The ingress pods as the session file keeps them.
[[nodiscard]] QJsonArray podsToJson(const QList<IngressPod> &pods);
[[nodiscard]] QList<IngressPod> podsFromJson(const QJsonArray &json);

} // namespace SniDoctor
