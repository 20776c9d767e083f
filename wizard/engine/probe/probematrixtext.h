#pragma once

#include "core/finding.h"
#include "probe/probematrix.h"

#include <QCoreApplication>

namespace SniDoctor {

// The probe matrix's language-neutral results in the current language. Call at display
// time.
class ProbeMatrixText final
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::ProbeMatrixText)

public:
    // A finding's title and explanation; empty for ids of other modules.
    [[nodiscard]] static QString title(const Finding &finding);
    [[nodiscard]] static QString detail(const Finding &finding);
    // One cell's verdict in a few words: "served without SNI", "refused without SNI".
    [[nodiscard]] static QString cellLabel(CellVerdict verdict);
    // How the ingress address was found: "load balancer", "cluster IP", "port-forward".
    [[nodiscard]] static QString viaLabel(const QString &via);
    // The matrix in one sentence.
    [[nodiscard]] static QString verdict(const ProbeMatrix &matrix);
    // Before and after the fix in one sentence.
    [[nodiscard]] static QString comparison(const QList<MatrixComparisonRow> &rows);
};

} // namespace SniDoctor
