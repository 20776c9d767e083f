#pragma once

#include "cluster/apigeeroute.h"

#include <QCoreApplication>

namespace SniDoctor {

// The route analysis in sentences of the current language, at display time.
class RouteText final
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::RouteText)

public:
    [[nodiscard]] static QString title(const Finding &finding);
    [[nodiscard]] static QString detail(const Finding &finding);
    [[nodiscard]] static QString verdict(const QList<Finding> &findings);
    [[nodiscard]] static QString nextStep(const QList<Finding> &findings);
};

} // namespace SniDoctor
