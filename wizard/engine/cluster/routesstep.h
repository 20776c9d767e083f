#pragma once

namespace SniDoctor {

class StepModule;

// Runbook step 5 for the rest of the tool: results are RoutesResult.
[[nodiscard]] const StepModule &routesStepModule();

} // namespace SniDoctor
