#include "finding.h"

#include <algorithm>

namespace SniDoctor {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

bool hasError(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

const Finding *leadingFinding(const QList<Finding> &findings)
{
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        for (const Finding &finding : findings) {
            if (finding.severity == severity)
                return &finding;
        }
    }
    return nullptr;
}

} // namespace SniDoctor
