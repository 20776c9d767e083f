#pragma once

#include "accesslog/accesslogsummary.h"

#include <QJsonObject>

namespace SniDoctor {

// The summary as `sni-doctor logs --json` prints it: inputs, lines, records,
// unparsed_lines, classes, clients, sni_hosts, time_range, samples, findings (titles
// and details in the current language), and the other tables.
[[nodiscard]] QJsonObject accessLogSummaryToJson(const AccessLogSummary &summary);

} // namespace SniDoctor
