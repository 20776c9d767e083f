#pragma once

#include "accesslog/accesslogsummary.h"
#include "capture/capturesummary.h"
#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"
#include "diagnosis/diagnosis.h"
#include "overrides/overridesvalidator.h"
#include "probe/tlsprobe.h"
#include "review/review.h"
#include "session/sessionfile.h"

#include <QObject>

#include <optional>

namespace SniDoctor {

// The state of one diagnosis: what each runbook step found so far. Owned by the
// wizard; pages read and write it, and the verdict and the bundle are built from it.
// Lives on the GUI thread.
class CaseSession final : public QObject
{
    Q_OBJECT

public:
    explicit CaseSession(QObject *parent = nullptr);

    [[nodiscard]] const ProbeTarget &probeTarget() const { return m_probeTarget; }
    void setProbeTarget(const ProbeTarget &target);

    [[nodiscard]] const std::optional<ProbeReport> &probeReport() const { return m_probeReport; }
    void setProbeReport(const ProbeReport &report);
    void clearProbeReport();

    [[nodiscard]] const std::optional<AccessLogSummary> &accessLogSummary() const
    {
        return m_accessLogSummary;
    }
    void setAccessLogSummary(const AccessLogSummary &summary);
    void clearAccessLogSummary();

    [[nodiscard]] const std::optional<CaptureSummary> &captureSummary() const
    {
        return m_captureSummary;
    }
    void setCaptureSummary(const CaptureSummary &summary);

    // The routes of step 5, where they came from ("cluster" or a file name) and the findings.
    [[nodiscard]] const std::optional<QList<ApigeeRoute>> &routes() const { return m_routes; }
    [[nodiscard]] const QString &routesSource() const { return m_routesSource; }
    void setRoutes(const QList<ApigeeRoute> &routes, const QString &source);

    // The ingress gateway pods read with the routes; empty when not read (offline, or
    // the user may not list pods).
    [[nodiscard]] const std::optional<QList<IngressPod>> &ingressPods() const
    {
        return m_ingressPods;
    }
    void setIngressPods(const std::optional<QList<IngressPod>> &pods);

    // The last validation of overrides.yaml (step 6), and its problems as findings.
    [[nodiscard]] const std::optional<OverridesReport> &overridesReport() const
    {
        return m_overridesReport;
    }
    [[nodiscard]] const QByteArray &overridesText() const { return m_overridesText; }
    void setOverridesReport(const OverridesReport &report, const QByteArray &text);
    [[nodiscard]] QList<Finding> overridesFindings() const;

    // Everything above, for the verdict (step 7).
    [[nodiscard]] DiagnosisInput diagnosisInput() const;

    // The user's notes for support (the bundle page edits them).
    [[nodiscard]] const QString &notes() const { return m_notes; }
    void setNotes(const QString &notes);

    // Everything at once: a saved session reopened, or collected files reviewed. In
    // review mode the pages show the results read-only, and nothing runs again.
    void loadState(const SessionState &state, const ReviewCase &reviewCase = {});
    [[nodiscard]] SessionState state() const;
    [[nodiscard]] bool isReview() const { return m_review; }
    // What review opened: the files, how each was recognised, and what was refused.
    [[nodiscard]] const ReviewCase &reviewCase() const { return m_reviewCase; }

Q_SIGNALS:
    void changed();
    // After loadState: the pages show what the session now holds.
    void loaded();

private:
    ProbeTarget m_probeTarget;
    std::optional<ProbeReport> m_probeReport;
    std::optional<AccessLogSummary> m_accessLogSummary;
    std::optional<CaptureSummary> m_captureSummary;
    std::optional<QList<ApigeeRoute>> m_routes;
    QString m_routesSource;
    std::optional<QList<IngressPod>> m_ingressPods;
    std::optional<OverridesReport> m_overridesReport;
    QByteArray m_overridesText;
    QDateTime m_probeTime;
    QDateTime m_routesTime;
    QString m_overridesFile;
    QString m_notes;
    bool m_review = false;
    ReviewCase m_reviewCase;
};

} // namespace SniDoctor
