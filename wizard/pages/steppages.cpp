#include "steppages.h"

#include "accesslogpage.h"
#include "capturepage.h"
#include "overridespage.h"
#include "probepage.h"
#include "routespage.h"

namespace SniDoctor {

StepPage *createStepPage(Step step, CaseModel *model, QWidget *parent)
{
    switch (step) {
    case Step::Logs:
        return new AccessLogPage(model, parent);
    case Step::Capture:
        return new CapturePage(model, parent);
    case Step::Probe:
        return new ProbePage(model, parent);
    case Step::Routes:
        return new RoutesPage(model, parent);
    case Step::Overrides:
        return new OverridesPage(model, parent);
    }
    return nullptr;
}

} // namespace SniDoctor
