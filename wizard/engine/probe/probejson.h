#pragma once

#include "probe/tlsprobe.h"

#include <QJsonObject>

#include <optional>

namespace SniDoctor {

// The report as `sni-doctor probe --json` prints it: target {host, port, address},
// attempts [...], findings [{id, severity, title, detail}]. Titles and details are
// in the current language.
[[nodiscard]] QJsonObject probeReportToJson(const ProbeReport &report);
// The report as written, findings included (derived again when the file has no named
// args); nullopt for a JSON object of another shape.
[[nodiscard]] std::optional<ProbeReport> probeReportFromJson(const QJsonObject &json);
// True when the object is what probe --json prints.
[[nodiscard]] bool isProbeReportJson(const QJsonObject &json);

} // namespace SniDoctor
