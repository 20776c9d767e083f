#pragma once

#include "accesslog/accesslogsummary.h"

#include <QJsonObject>

#include <optional>

namespace SniDoctor {

// The summary as `sni-doctor logs --json` prints it: inputs, lines, records,
// unparsed_lines, classes, clients, sni_hosts, time_range, samples, findings (titles
// and details in the current language), and the other tables.
[[nodiscard]] QJsonObject accessLogSummaryToJson(const AccessLogSummary &summary);
// The summary as written (findings derived again when the file has no named args);
// nullopt for a JSON object of another shape.
[[nodiscard]] std::optional<AccessLogSummary> accessLogSummaryFromJson(const QJsonObject &json);
[[nodiscard]] bool isAccessLogSummaryJson(const QJsonObject &json);

} // namespace SniDoctor
