#pragma once

#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace SniDoctor {

// `sni-doctor routes --json`: source ("cluster" or "file"), context, namespace, routes
// (with their events), findings (in the current language) and the verdict.
[[nodiscard]] QJsonObject routesToJson(const QList<ApigeeRoute> &routes,
                                       const QList<Finding> &findings, const QString &source,
                                       const QString &context, const QString &ns);
// The routes as written; nullopt for a JSON object of another shape.
[[nodiscard]] std::optional<QList<ApigeeRoute>> routesFromJson(const QJsonObject &json);
[[nodiscard]] bool isRoutesJson(const QJsonObject &json);

// The ingress pods as kubectl get pods shows them, and back.
[[nodiscard]] QJsonArray podsToJson(const QList<IngressPod> &pods);
[[nodiscard]] QList<IngressPod> podsFromJson(const QJsonArray &json);

} // namespace SniDoctor
