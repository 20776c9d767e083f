#pragma once

#include "case/casedata.h"

#include <QObject>

namespace SniDoctor {

// The wizard's one case: a CaseData on the GUI thread, with signals. Pages read the
// case and write their step's result to it; the verdict, the fix and the bundle are
// derived from data() by the engine's functions. Lives on the GUI thread.
class CaseModel final : public QObject
{
    Q_OBJECT

public:
    explicit CaseModel(QObject *parent = nullptr);

    [[nodiscard]] const CaseData &data() const { return m_data; }
    [[nodiscard]] bool isReview() const { return m_data.review.active; }

    template <typename T> [[nodiscard]] const T *result(Step step) const
    {
        return m_data.result<T>(step);
    }
    void setRecord(Step step, StepRecord record);
    template <typename T>
    void setResult(Step step, T value, Origin origin,
                   QDateTime time = QDateTime::currentDateTimeUtc())
    {
        setRecord(step, StepRecord(std::move(value), std::move(origin), time));
    }
    void clear(Step step);
    // Step 7's Verify: its probe becomes step 4's result, marked as the verification of
    // the fix (CaseData::fixVerified).
    void setVerification(StepRecord probe);
    // The automatic diagnosis's probe matrix and the one before the fix (null records
    // clear them); step 4's row changes with them.
    void setProbeMatrix(StepRecord matrix, StepRecord before);

    void setEndpoint(const ProbeTarget &endpoint);
    void setCluster(const ClusterTarget &cluster);
    void setFix(const FixOptions &fix);
    void setNotes(const QString &notes);
    void setEnvironmentGroups(const QStringList &groups);

    // Everything at once: a saved session reopened, or collected files reviewed. In
    // review the pages show the results read-only, and nothing runs again.
    void load(const CaseData &data);

    // Whether closing now would lose work: results, notes or a review that changed
    // since the case was last saved as a session (or reopened from one).
    [[nodiscard]] bool hasUnsavedWork() const;
    // The case as it is now is in a session file.
    void markSaved() { m_unsaved = false; }

Q_SIGNALS:
    // Something in the case changed (step: the step whose result changed, if one did).
    void changed();
    void stepChanged(SniDoctor::Step step);
    // After load(): the pages show what the case now holds.
    void loaded();

private:
    CaseData m_data;
    bool m_unsaved = false;
};

} // namespace SniDoctor
