#include "finding.h"

#include <QJsonArray>

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

Severity severityFromId(const QString &id)
{
    if (id == QLatin1String("error"))
        return Severity::Error;
    if (id == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Info;
}

QJsonObject findingToJson(const Finding &finding, const QString &title, const QString &detail)
{
    return QJsonObject{{QStringLiteral("id"), finding.id},
                       {QStringLiteral("severity"), severityId(finding.severity)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("args"), finding.args.toJson()}};
}

std::optional<QList<Finding>> findingsFromJson(const QJsonValue &value)
{
    QList<Finding> findings;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (!object.value(QLatin1String("args")).isObject())
            return std::nullopt;
        findings.append(Finding{object.value(QLatin1String("id")).toString(),
                                severityFromId(object.value(QLatin1String("severity")).toString()),
                                Args::fromJson(object.value(QLatin1String("args")).toObject())});
    }
    return findings;
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
