#pragma once

#include "core/args.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace SniDoctor {

enum class Severity
{
    Info,
    Warning,
    Error
};

[[nodiscard]] QString severityId(Severity severity);      // "info", "warning", "error"
[[nodiscard]] Severity severityFromId(const QString &id); // anything unknown is info

// One conclusion of a runbook step. The id is stable (tests, JSON, bundles); the
// arguments are language-neutral data (names, counts) by name that the module's text
// functions turn into a title and a detail in the user's language at display time.
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    Args args;
};

// {id, severity, title, detail, args}: a finding as every --json output writes it.
[[nodiscard]] QJsonObject findingToJson(const Finding &finding, const QString &title,
                                        const QString &detail);
// The findings as written; nullopt when one has no named args (a file of an earlier
// version: the caller derives the findings again from the data).
[[nodiscard]] std::optional<QList<Finding>> findingsFromJson(const QJsonValue &value);

[[nodiscard]] bool hasError(const QList<Finding> &findings);

// The finding that decides a verdict: the first error, else the first warning, else
// the first finding; nullptr when there is none.
[[nodiscard]] const Finding *leadingFinding(const QList<Finding> &findings);

} // namespace SniDoctor
