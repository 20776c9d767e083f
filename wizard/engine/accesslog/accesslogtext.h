#pragma once

#include "accesslog/accesslogsummary.h"

#include <QCoreApplication>

namespace SniDoctor {

// The access-log analysis in sentences of the current language, at display time.
class AccessLogText final
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::AccessLogText)

public:
    [[nodiscard]] static QString title(const Finding &finding);
    [[nodiscard]] static QString detail(const Finding &finding);
    [[nodiscard]] static QString verdict(const AccessLogSummary &summary);
    [[nodiscard]] static QString nextStep(const AccessLogSummary &summary);
    [[nodiscard]] static QString className(LogClass logClass);
    [[nodiscard]] static QString reason(const QString &reasonId);
    // "2025-05-19T04:46:20.117Z"; "unknown" for -1.
    [[nodiscard]] static QString time(qint64 msSinceEpoch);
};

// ISO 8601 in UTC with milliseconds, as Envoy writes start_time; empty for -1.
[[nodiscard]] QString logTimeIso(qint64 msSinceEpoch);

} // namespace SniDoctor
