#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace SniDoctor {

class StepModule;

// The runbook's evidence steps (its steps 2 to 6), in the runbook's order.
// Step 1 (does the client send SNI?) is the wizard's start page and step 7 the
// verdict made of these; each of these has a row in the step table (case/steps.cpp),
// and everything that handles "each step" walks that table.
enum class Step
{
    Logs,      // 2: the ingress access logs
    Capture,   // 3: a packet capture
    Probe,     // 4: the endpoint probed with and without SNI
    Routes,    // 5: the ApigeeRoutes
    Overrides, // 6: overrides.yaml
};
inline constexpr int kStepCount = 5;

// One row of the step table: everything about a step that is not its own analysis.
struct StepInfo
{
    Step step;
    int runbookNumber; // as the runbook numbers it: 2 to 6
    // Where its evidence stands in a verdict, the most direct test first (the probe).
    int evidenceRank;
    const char *id;     // stable: JSON keys, session files, review kinds ("logs")
    const char *name;   // for the side list, after its number: "Ingress access logs"
    const char *label;  // in sentences: "Step 2 (ingress access logs)"
    const char *checks; // what it checks, in one sentence (a tooltip)
    // What to ask an admin for when the step was not collected: the exact commands.
    QStringList askFor;
    const StepModule *module; // the step's own knowledge (case/stepmodule.h)
};

// Every step in runbook order: for (Step step : kSteps).
inline constexpr std::array<Step, kStepCount> kSteps{Step::Logs, Step::Capture, Step::Probe,
                                                     Step::Routes, Step::Overrides};

[[nodiscard]] const StepInfo &stepInfo(Step step);
[[nodiscard]] const StepModule &stepModule(Step step);
[[nodiscard]] QString stepId(Step step);
[[nodiscard]] std::optional<Step> stepFromId(const QString &id);
// In the current language.
[[nodiscard]] QString stepName(Step step);  // "Ingress access logs"
[[nodiscard]] QString stepLabel(Step step); // "Step 2 (ingress access logs)"
[[nodiscard]] QString stepChecks(Step step);

} // namespace SniDoctor
