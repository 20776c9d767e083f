#pragma once

#include "overrides/overridesvalidator.h"

#include <QJsonObject>

namespace SniDoctor {

// The report as `sni-doctor overrides --json` prints it: file, diagnostics [ {severity,
// line, column, end_column, path, code, message} ], sensitive [ {line, end_line, path,
// kind} ] (never the values), virtualhosts and certificates (subject, SANs, dates).
[[nodiscard]] QJsonObject overridesReportToJson(const OverridesReport &report);

} // namespace SniDoctor
