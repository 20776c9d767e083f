#include "probe/probematrixtext.h"

#include "probe/probetext.h"

namespace SniDoctor {

QString ProbeMatrixText::title(const Finding &finding)
{
    const Args &a = finding.args;
    if (finding.id == QLatin1String("matrix_non_sni_refused"))
        return tr("Ingress %1 refuses clients without SNI").arg(a.value("ingress"));
    if (finding.id == QLatin1String("matrix_non_sni_served"))
        return tr("Ingress %1 serves clients without SNI").arg(a.value("ingress"));
    if (finding.id == QLatin1String("matrix_ingress_unreachable"))
        return tr("Ingress %1 cannot be reached from this machine").arg(a.value("ingress"));
    if (finding.id == QLatin1String("matrix_sni_rejected"))
        return tr("Ingress %1 refuses some hosts even with SNI").arg(a.value("ingress"));
    if (finding.id == QLatin1String("matrix_virtual_host_without_wildcard"))
        return tr("Virtual host %1 lacks the wildcard route").arg(a.value("route"));
    return {};
}

QString ProbeMatrixText::detail(const Finding &finding)
{
    const Args &a = finding.args;
    const int count = int(a.number("count"));
    if (finding.id == QLatin1String("matrix_non_sni_refused"))
        return tr("Through ingress %1 (%2), %n host(s) answer with their SNI but a client "
                  "without SNI gets %3: %4.",
                  nullptr, count)
            .arg(a.value("ingress"), a.value("address"),
                 ProbeText::outcomePhrase(a.value("outcome")), a.value("hosts"));
    if (finding.id == QLatin1String("matrix_non_sni_served"))
        return tr("Through ingress %1 (%2), a client without SNI gets a certificate for all %n "
                  "host(s) probed.",
                  nullptr, count)
            .arg(a.value("ingress"), a.value("address"));
    if (finding.id == QLatin1String("matrix_ingress_unreachable")) {
        const QString where = a.value("address").isEmpty()
                                  ? tr("Ingress %1 has no load-balancer address or cluster IP.")
                                        .arg(a.value("ingress"))
                                  : tr("This machine does not reach ingress %1 at %2 (%3): an "
                                       "internal load balancer or a private cluster. Its "
                                       "probes are marked unreachable, not refused.")
                                        .arg(a.value("ingress"), a.value("address"),
                                             ProbeText::outcomePhrase(a.value("outcome")));
        if (a.value("command").isEmpty())
            return where;
        return where + QLatin1Char(' ') +
               tr("Forward a local port to one of its pods and probe through it: %1")
                   .arg(a.value("command"));
    }
    if (finding.id == QLatin1String("matrix_sni_rejected"))
        return tr("Through ingress %1 (%2), %n host(s) fail the handshake even with their own "
                  "SNI: %3. Check their environment group's host names and certificate.",
                  nullptr, count)
            .arg(a.value("ingress"), a.value("address"), a.value("hosts"));
    if (finding.id == QLatin1String("matrix_virtual_host_without_wildcard")) {
        if (a.value("wildcard").isEmpty())
            return tr("Virtual host %1 (%2) has no wildcard route to list: no route has "
                      "hostnames [\"*\"].")
                .arg(a.value("route"), a.value("hosts"));
        return tr("Virtual host %1 (%2) does not list the wildcard route %3 in "
                  "additionalGateways.")
            .arg(a.value("route"), a.value("hosts"), a.value("wildcard"));
    }
    return {};
}

QString ProbeMatrixText::cellLabel(CellVerdict verdict)
{
    switch (verdict) {
    case CellVerdict::NonSniServed:
        return tr("served without SNI");
    case CellVerdict::NonSniRefused:
        return tr("refused without SNI");
    case CellVerdict::SniRejected:
        return tr("fails with SNI too");
    case CellVerdict::Unreachable:
        return tr("unreachable from here");
    case CellVerdict::Canceled:
        break;
    }
    return tr("not probed");
}

QString ProbeMatrixText::viaLabel(const QString &via)
{
    if (via == QLatin1String("load_balancer"))
        return tr("load balancer");
    if (via == QLatin1String("cluster_ip"))
        return tr("cluster IP");
    if (via == QLatin1String("forward"))
        return tr("port-forward");
    return tr("no address");
}

QString ProbeMatrixText::verdict(const ProbeMatrix &matrix)
{
    int refused = 0, served = 0, unreachable = 0;
    for (const MatrixCell &cell : matrix.cells) {
        refused += cell.verdict == CellVerdict::NonSniRefused ? 1 : 0;
        served += cell.verdict == CellVerdict::NonSniServed ? 1 : 0;
        unreachable += cell.verdict == CellVerdict::Unreachable ? 1 : 0;
    }
    if (matrix.cells.isEmpty())
        return tr("No host name to probe: the routes list no virtual host.");
    QString text =
        tr("%n probe(s) of every host through every ingress:", nullptr, int(matrix.cells.size()));
    text += QLatin1Char(' ') + tr("%1 refused without SNI, %2 served, %3 unreachable.")
                                   .arg(refused)
                                   .arg(served)
                                   .arg(unreachable);
    if (matrix.canceled)
        text += QLatin1Char(' ') + tr("Stopped before the end.");
    return text;
}

QString ProbeMatrixText::comparison(const QList<MatrixComparisonRow> &rows)
{
    int fixed = 0, still = 0;
    for (const MatrixComparisonRow &row : rows) {
        fixed += row.fixed() ? 1 : 0;
        still += row.after && *row.after == CellVerdict::NonSniRefused ? 1 : 0;
    }
    if (still == 0 && fixed > 0)
        return tr("Fixed: %n host and ingress pair(s) refused before now serve clients without "
                  "SNI.",
                  nullptr, fixed);
    if (still > 0)
        return tr("Not fixed yet: %n host and ingress pair(s) still refuse clients without SNI.",
                  nullptr, still);
    return tr("No change in how clients without SNI are served.");
}

} // namespace SniDoctor
