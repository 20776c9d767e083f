#pragma once

#include "capture/capturesummary.h"

#include <QJsonObject>

#include <optional>

namespace SniDoctor {

// The summary as `sni-doctor capture --json` prints it: file, link_types, packets,
// connections, client_hellos, summary, findings (in the current language).
[[nodiscard]] QJsonObject captureSummaryToJson(const CaptureSummary &summary);
// The summary as written (findings derived again when the file has no named args);
// nullopt for a JSON object of another shape.
[[nodiscard]] std::optional<CaptureSummary> captureSummaryFromJson(const QJsonObject &json);
[[nodiscard]] bool isCaptureSummaryJson(const QJsonObject &json);

} // namespace SniDoctor
