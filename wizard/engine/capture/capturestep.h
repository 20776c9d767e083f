#pragma once

namespace SniDoctor {

class StepModule;

// Runbook step 3 for the rest of the tool: results are CaptureSummary.
[[nodiscard]] const StepModule &captureStepModule();

} // namespace SniDoctor
