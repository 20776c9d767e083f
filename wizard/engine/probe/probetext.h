#pragma once

#include "core/finding.h"
#include "probe/tlsprobe.h"

#include <QCoreApplication>

namespace SniDoctor {

// Turns the probe's language-neutral results into sentences in the current language.
// Call at display time, after the translators for the user's language are installed.
class ProbeText final
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::ProbeText)

public:
    [[nodiscard]] static QString sniLabel(const ProbeAttempt &attempt);
    [[nodiscard]] static QString outcomeLabel(const ProbeAttempt &attempt);
    // A finding's one-line title and its explanation; empty for ids of other modules.
    [[nodiscard]] static QString title(const Finding &finding);
    [[nodiscard]] static QString detail(const Finding &finding);
    // The verdict in one sentence, and what it means for the next runbook step.
    [[nodiscard]] static QString verdict(const ProbeReport &report);
    [[nodiscard]] static QString nextStep(const ProbeReport &report);
    // "reset", "alert:unrecognized_name", ... as a phrase: "a TCP reset".
    [[nodiscard]] static QString outcomePhrase(const QString &outcomeWithAlert);
};

} // namespace SniDoctor
