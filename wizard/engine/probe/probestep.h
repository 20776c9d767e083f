#pragma once

namespace SniDoctor {

class StepModule;

// Runbook step 4 for the rest of the tool: results are ProbeReport.
[[nodiscard]] const StepModule &probeStepModule();

} // namespace SniDoctor
