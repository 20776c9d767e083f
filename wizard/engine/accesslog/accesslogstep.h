#pragma once

namespace SniDoctor {

class StepModule;

// Runbook step 2 for the rest of the tool: results are AccessLogSummary.
[[nodiscard]] const StepModule &accessLogStepModule();

} // namespace SniDoctor
