#pragma once

#include "case/step.h"

class QWidget;

namespace SniDoctor {

class CaseModel;
class StepPage;

// The page of each runbook step: the one place that names the page classes. A new step
// adds its case here (the compiler warns about a step without one).
[[nodiscard]] StepPage *createStepPage(Step step, CaseModel *model, QWidget *parent);

} // namespace SniDoctor
