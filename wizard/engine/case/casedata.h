#pragma once

#include "case/step.h"
#include "cluster/clustertarget.h"
#include "probe/tlsprobe.h"
#include "review/reviewinfo.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <typeinfo>

namespace SniDoctor {

// Where a step's result came from.
struct Origin
{
    enum class Kind
    {
        ThisMachine, // run here: the probe, files the user opened, pasted text
        Cluster,     // read from the cluster's API
        Files,       // read from collected files (offline review)
    };
    Kind kind = Kind::ThisMachine;
    QStringList files; // the files it was read from, as the user knows them

    [[nodiscard]] static Origin thisMachine(const QStringList &files = {})
    {
        return {Kind::ThisMachine, files};
    }
    [[nodiscard]] static Origin cluster() { return {Kind::Cluster, {}}; }
    [[nodiscard]] static Origin collected(const QStringList &files) { return {Kind::Files, files}; }
    [[nodiscard]] QString id() const; // "this_machine", "cluster", "files"
    [[nodiscard]] static Origin fromId(const QString &id, const QStringList &files);
};

// One step's result in the case: the step module's own result type (its module says
// which), where it came from and when. Shared and immutable: copying a case is cheap.
class StepRecord final
{
public:
    StepRecord() = default;
    template <typename T>
    StepRecord(T value, Origin origin, QDateTime time = QDateTime::currentDateTimeUtc())
        : m_data(std::make_shared<const T>(std::move(value)))
        , m_type(&typeid(T))
        , m_origin(std::move(origin))
        , m_time(time)
    {}

    [[nodiscard]] bool isNull() const { return !m_data; }
    // The result; nullptr when it is of another type (a programming error, asserted).
    template <typename T> [[nodiscard]] const T *get() const
    {
        Q_ASSERT(!m_data || *m_type == typeid(T));
        return m_data && *m_type == typeid(T) ? static_cast<const T *>(m_data.get()) : nullptr;
    }
    template <typename T> [[nodiscard]] const T &as() const { return *get<T>(); }

    [[nodiscard]] const Origin &origin() const { return m_origin; }
    [[nodiscard]] const QDateTime &time() const { return m_time; } // invalid: unknown
    // Review: the collected files it was read from (a bundle's analysis, a saved session).
    [[nodiscard]] const QStringList &collectedFrom() const { return m_collectedFrom; }
    void setCollectedFrom(const QStringList &files) { m_collectedFrom = files; }
    void setTime(const QDateTime &time) { m_time = time; }
    void setOrigin(const Origin &origin) { m_origin = origin; }

private:
    std::shared_ptr<const void> m_data;
    const std::type_info *m_type = nullptr;
    Origin m_origin;
    QDateTime m_time;
    QStringList m_collectedFrom;
};

// How the fix is made.
enum class InstallTool
{
    Helm,      // hybrid 1.12 and later
    Apigeectl, // hybrid 1.11 and earlier
};

struct FixOptions
{
    QString routeName = QStringLiteral("non-sni"); // the wildcard route to create
    InstallTool tool = InstallTool::Helm;

    friend bool operator==(const FixOptions &, const FixOptions &) = default;
};

// One case: everything found so far and everything the user told the tool about it.
// Plain data, cheap to copy (results are shared): the wizard's CaseModel holds one,
// the command line builds one, review rebuilds one from collected files, a session
// file saves one. The verdict (diagnose), the fix (remediationFor) and the support
// bundle (bundleFiles) are derived from it by one engine function each.
class CaseData final
{
public:
    ProbeTarget endpoint;  // the endpoint under diagnosis (step 4 probes it, Verify again)
    ClusterTarget cluster; // where cluster steps read from and the fix is applied
    FixOptions fix;
    QString notes;                 // the user's words for support
    QStringList environmentGroups; // affected, as the user named them; empty: the virtual hosts'
    ReviewInfo review;
    // The automatic diagnosis's step 4 over every host and ingress (a ProbeMatrix,
    // probe/probematrix.h), and the one it replaced when the fix was verified; null
    // records when not run. The newer of probeMatrix and step 4's own probe speaks for
    // step 4 in the verdict.
    StepRecord probeMatrix;
    StepRecord probeMatrixBefore;
    // When step 7's Verify probed the endpoint again (after the fix): step 4's result is
    // that probe while its time is this one; invalid when Verify has not run. A probe run
    // on step 4 afterwards is a probe again, not a verification.
    QDateTime fixVerified;
    // The probe step 4 held when Verify replaced it (the state before the fix); null when
    // there was none or it was a verification itself.
    StepRecord probeBeforeFix;
    // Whether step 4's result is Verify's probe.
    [[nodiscard]] bool probeIsVerification() const
    {
        const StepRecord *probe = record(Step::Probe);
        return probe && fixVerified.isValid() && probe->time() == fixVerified;
    }

    [[nodiscard]] bool has(Step step) const { return m_steps[size_t(step)].has_value(); }
    // nullptr when the step has no result.
    [[nodiscard]] const StepRecord *record(Step step) const
    {
        const auto &slot = m_steps[size_t(step)];
        return slot ? &*slot : nullptr;
    }
    template <typename T> [[nodiscard]] const T *result(Step step) const
    {
        const StepRecord *found = record(step);
        return found ? found->get<T>() : nullptr;
    }
    void setRecord(Step step, StepRecord record) { m_steps[size_t(step)] = std::move(record); }
    void clear(Step step) { m_steps[size_t(step)].reset(); }
    // The steps with a result, in runbook order.
    [[nodiscard]] QList<Step> stepsRun() const;
    [[nodiscard]] bool isReview() const { return review.active; }

private:
    std::array<std::optional<StepRecord>, kStepCount> m_steps;
};

// The endpoint under diagnosis: the one the user entered, else the one the probe's
// result names (a reviewed case).
[[nodiscard]] ProbeTarget caseEndpoint(const CaseData &data);

} // namespace SniDoctor
