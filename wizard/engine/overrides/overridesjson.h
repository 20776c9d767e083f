#pragma once

#include "overrides/overridesvalidator.h"

#include <QJsonObject>

#include <optional>

namespace SniDoctor {

// The report as `sni-doctor overrides --json` prints it: file, diagnostics [ {severity,
// line, column, end_column, path, code, message} ], sensitive [ {line, end_line, path,
// kind} ] (never the values), virtualhosts and certificates (subject, SANs, dates).
[[nodiscard]] QJsonObject overridesReportToJson(const OverridesReport &report);
// The report as written; nullopt for another shape, or a report written before named
// args (the caller validates the text again).
[[nodiscard]] std::optional<OverridesReport> overridesReportFromJson(const QJsonObject &json);
[[nodiscard]] bool isOverridesReportJson(const QJsonObject &json);

} // namespace SniDoctor
