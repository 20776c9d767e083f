#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SniDoctor {

enum class Severity
{
    Info,
    Warning,
    Error
};

[[nodiscard]] QString severityId(Severity severity); // "info", "warning", "error"

// One conclusion of a runbook step. The id is stable (tests, JSON, bundles); the
// arguments are language-neutral data (names, counts) that a FindingText turns into
// a title and a detail in the user's language at display time.
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    QStringList args;
};

[[nodiscard]] bool hasError(const QList<Finding> &findings);

// The finding that decides a verdict: the first error, else the first warning, else
// the first finding; nullptr when there is none.
[[nodiscard]] const Finding *leadingFinding(const QList<Finding> &findings);

} // namespace SniDoctor
