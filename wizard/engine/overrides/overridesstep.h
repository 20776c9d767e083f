#pragma once

namespace SniDoctor {

class StepModule;

// Runbook step 6 for the rest of the tool: results are OverridesResult.
[[nodiscard]] const StepModule &overridesStepModule();

} // namespace SniDoctor
